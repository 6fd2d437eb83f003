// Sentences a summary must never use (bylines, boilerplate, captions, fragments) and ones it should avoid when a
// better one exists (mostly a quotation, opening with a pronoun whose referent is in the sentence before).
import {atEnd, endsWithMatch, matchesOf} from '../matches.js';

// Bylines, feed footers, credits, captions and calls to action.
const BOILERPLATE = [
  /\bcontributed (?:reporting|to this (?:report|article))\b/i,
  /\bappeared first on\b/i,
  /^(?:\p{Lu}[\p{L}.'-]*\s+){1,4}(?:covers|reports on|is a (?:reporter|correspondent|writer|journalist))\b/u,
  /\b(?:image|photo|picture|video|credit|source|file photo)s?\s*:/i,
  /^(?:by|reporting by|written by|edited by)\s+\p{Lu}/iu,
  /\b(?:sign up|subscribe|follow us|click here|read more|share this|all rights reserved|newsletter)\b/i,
  /©|\bcopyright\b/i,
  /^\s*[–—-]\s*\p{Lu}/u,
  /^(?:related|sources|external links|see also)\b/i,
  /\bthis (?:article|story) (?:was|has been) (?:updated|corrected)\b/i,
];

// The patterns of one set of flags as one alternation: one scan of a sentence instead of one per pattern (asked of
// every sentence of every article). A sentence matches the alternation exactly when it matches one of them.
const BOILERPLATE_BY_FLAGS: readonly RegExp[] = [...new Set(BOILERPLATE.map((re) => re.flags))].map(
  (flags) =>
    new RegExp(
      BOILERPLATE.filter((re) => re.flags === flags)
        .map((re) => `(?:${re.source})`)
        .join('|'),
      flags,
    ),
);

/** Whether a sentence is a byline, a credit, a caption or other boilerplate rather than news. */
export function isBoilerplate(text: string): boolean {
  for (let i = 0; i < BOILERPLATE_BY_FLAGS.length; i++) if (BOILERPLATE_BY_FLAGS[i]?.test(text)) return true;
  return false;
}

// Six words (runs of non-space) with a letter, from the start of a trimmed text: each turn passes words without a
// letter and the space after each, then a word with one and the space after it (or the end). Every part stops at
// a space or a letter, so a turn has one way to match and a text of fewer such words fails in one pass.
const SIX_LETTERED_WORDS = /^(?:(?:[^\s\p{L}]+\s+)*[^\s\p{L}]*\p{L}\S*(?:\s+|$)){6}/u;
// A sentence's end: a stop, then closing quotation marks or brackets (tried once, at the end: matches.ts atEnd).
const STOP_END = atEnd(/[.!?]["”’')\]]*$/);

/** Whether a sentence is too short, unfinished or does not start like a sentence. */
export function isFragment(text: string): boolean {
  const t = text.trim();
  if (t.length < 30) return true;
  // Six words with a letter are enough (one pattern: no list of the words of every sentence).
  if (!SIX_LETTERED_WORDS.test(t)) return true;
  if (!/^["“‘'(]?[\p{Lu}\d]/u.test(t)) return true;
  if (!endsWithMatch(STOP_END, t)) return true;
  // A run of bracketed ellipses or dashes is a transcript excerpt, not prose.
  if ((t.match(/\[\.\.\.\]|…/g) ?? []).length >= 2) return true;
  return false;
}

/** Share of a sentence's characters inside quotation marks (0..1). */
export function quoteShare(text: string): number {
  // (Most sentences hold no quotation mark: no list of matches for them.)
  if (!text.includes('"') && !text.includes('“')) return 0;
  let inside = 0;
  for (const m of matchesOf(/“[^”]*”?|"[^"]*"?/g, text)) inside += m[0].length;
  return text.length === 0 ? 0 : Math.min(1, inside / text.length);
}

const PRONOUN_START = /^["“]?(?:he|she|they|it|this|that|these|those|his|her|their|its|we|him|them|there)\b/i;

/** Whether a sentence opens with a pronoun whose referent must be in an earlier sentence. */
export function startsWithPronoun(text: string): boolean {
  return (
    PRONOUN_START.test(text.trim()) && !/^(?:it is|it was|there (?:is|are|was|were))\b/i.test(text.trim())
  );
}

const CREDIT = /\b(?:image|photo|picture|video|credit)s?\s*:/i;

/**
 * Paragraphs that are captions: any paragraph with a credit line ("Image: Andrew Gray.") is a caption, and so is
 * every sentence in it ("Protesters with flags and a banner.").
 */
export function captionParagraphs(sentences: readonly {text: string; paragraph: number}[]): Set<number> {
  // (CREDIT ends in a colon: a sentence without one, most of them, is not searched. Asked by the facts and the
  // summary of every sentence.)
  const out = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as {text: string; paragraph: number};
    if (s.text.includes(':') && CREDIT.test(s.text)) out.add(s.paragraph);
  }
  return out;
}

// A wire story's dateline opening its first sentence: the place in capitals, maybe its region, maybe the agency in
// brackets, then a dash ("EASTBROOK, N.C. (AP) — ", "PORTO VERDE, Portugal (Reuters) - ", "WESTFIELD — "). Cut from
// the summary's sentence, which reads as a sentence without it; the article text keeps it.
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?(?:\s+\([\p{L}\s.&-]{2,30}\))?\s+(?:—|–|--?)\s+(?=\p{Lu}|["“‘])/u;

/** Whether a text whose first two characters have these codes (NaN past its end) may open with a wire dateline:
 * only one opening with two capitals can. */
export function mayOpenDateline(a: number, b: number): boolean {
  return a >= 65 && a <= 90 && ((b >= 65 && b <= 90) || b > 127);
}

// DATELINE's dash after white space: a text without one has no dateline (~6 M instructions to compile DATELINE for
// both string widths, in every worker, for the few sentences opening with two capitals).
const DASH_AFTER_SPACE = /\s[—–-]/;

/** `text` without a wire dateline at its start ("EASTBROOK, N.C. (AP) — A storm …" → "A storm …"). */
export function withoutDateline(text: string): string {
  // (Quick looks before the pattern.)
  if (!mayOpenDateline(text.charCodeAt(0), text.charCodeAt(1)) || !DASH_AFTER_SPACE.test(text)) return text;
  const m = DATELINE.exec(text);
  return m ? text.slice(m[0].length) : text;
}
