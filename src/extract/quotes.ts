import type {Doc, Sentence, Stage} from './pipeline.js';
import {attribute, pronounGender, type Attribution, type QuoteContext} from './quotes/attribution.js';
import {findQuoteSpans, type QuoteSpan} from './quotes/marks.js';
import {findMentions, genders, type Mention} from './quotes/mentions.js';
import type {Entity, Quote} from './types.js';

// A resolved pronoun looks back at most this many paragraphs for its person.
const PRONOUN_REACH = 3;
// Quotes this short must be the object of a speech verb close by, or they are scare quotes and titles.
const SHORT_WORDS = 3;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|at|to|for|by|with|from)$/u;

/** "Person of the Year", "Make the World Great Again": capitalised like a title, not like speech. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.test(w));
  if (words.length < 2 || words.length > 8 || /[.!?,;:]["”’]?$/u.test(text)) return false;
  return words.filter((w) => /^[“"‘'(]*\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

function mask(text: string, spans: readonly QuoteSpan[]): string {
  let out = text;
  for (const s of spans)
    out =
      out.slice(0, s.open) + ' '.repeat(Math.min(s.close + 1, text.length) - s.open) + out.slice(s.close + 1);
  return out;
}

function sentenceOf(sentences: readonly Sentence[], paragraph: number, at: number): Sentence | undefined {
  return sentences.find((s) => s.paragraph === paragraph && s.start <= at && at < s.start + s.text.length);
}

interface Found {
  paragraph: number;
  span: QuoteSpan;
  text: string;
  attribution: Attribution;
}

function pronounResolver(mentions: readonly Mention[], gender: Map<string, 'm' | 'f' | null>) {
  const people = mentions.filter((m) => m.kind === 'person');
  const orgs = mentions.filter((m) => m.kind === 'organization');
  return (pronoun: string, paragraph: number, at: number): string | null => {
    const wanted = pronounGender(pronoun);
    if (!wanted) return null;
    // "it added": the organization last named, in this paragraph or the one before.
    if (wanted === 'it') {
      const before = orgs.filter(
        (m) => m.paragraph >= paragraph - 1 && (m.paragraph < paragraph || m.end <= at),
      );
      return before.at(-1)?.name ?? null;
    }
    let fallback: string | null = null;
    for (let i = people.length - 1; i >= 0; i--) {
      const m = people[i];
      if (!m || m.paragraph > paragraph || (m.paragraph === paragraph && m.end > at)) continue;
      if (m.paragraph < paragraph - PRONOUN_REACH) break;
      const g = gender.get(m.name) ?? null;
      if (g === wanted) return m.name;
      if (g === null) fallback ??= m.name;
    }
    return fallback;
  };
}

/** "the commissioner" → the last person before `at` (within PRONOUN_REACH paragraphs) named right after that word
 * ("commissioner Albert Muchanga") or given it as a role. */
function roleResolver(
  mentions: readonly Mention[],
  paragraphs: readonly string[],
  people: readonly Entity[],
) {
  const roles = new Map(people.map((p) => [p.name, (p.role ?? '').toLowerCase()]));
  return (noun: string, paragraph: number, at: number): string | null => {
    const word = noun.toLowerCase();
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      if (!m || m.kind !== 'person' || m.paragraph > paragraph || (m.paragraph === paragraph && m.end > at))
        continue;
      if (m.paragraph < paragraph - PRONOUN_REACH) break;
      const before = (paragraphs[m.paragraph] ?? '').slice(Math.max(0, m.start - 40), m.start).toLowerCase();
      const role = roles.get(m.name) ?? '';
      if (new RegExp(`\\b${word}\\s+$`, 'u').test(before) || new RegExp(`\\b${word}\\b`, 'u').test(role))
        return m.name;
    }
    return null;
  };
}

/** "Rathbun stated," / "She told reporters:" ending the paragraph before one that opens with the quote. */
function introducedAbove(
  sentences: readonly Sentence[],
  masked: readonly string[],
  paragraph: number,
  mentions: readonly Mention[],
  resolvePronoun: QuoteContext['resolvePronoun'],
): Attribution | undefined {
  const above = masked[paragraph - 1];
  if (above === undefined || !/[:,]\s*$/.test(above)) return undefined;
  const last = sentences.filter((s) => s.paragraph === paragraph - 1).at(-1);
  const end = above.trimEnd().length;
  const found = attribute({
    paragraph: paragraph - 1,
    masked: above,
    sentenceStart: last?.start ?? 0,
    sentenceEnd: end,
    open: end,
    close: end,
    mentions,
    resolvePronoun,
  });
  return found.found ? found : undefined;
}

/** A short quote counts only as the object of a nearby speech verb ("called the deal “lousy”"). */
function closeToVerb(found: Found, masked: string): boolean {
  const at = found.attribution.verbAt;
  if (at === undefined) return false;
  const gap =
    at < found.span.open ? masked.slice(at, found.span.open) : masked.slice(found.span.close + 1, at);
  return wordCount(gap) <= 10;
}

/** Finds every direct quotation and its speaker. */
export function findQuotes(doc: Doc): Quote[] {
  const paragraphs = doc.input.paragraphs;
  const spansByParagraph = paragraphs.map(findQuoteSpans);
  const maskedParagraphs = paragraphs.map((p, i) => mask(p, spansByParagraph[i] ?? []));
  const inside = (m: Mention) =>
    (spansByParagraph[m.paragraph] ?? []).some((s) => m.start > s.open && m.end <= s.close);
  const mentions = findMentions(paragraphs, doc.people, doc.organizations).filter((m) => !inside(m));
  const resolvePronoun = pronounResolver(mentions, genders(doc.people, mentions, paragraphs));
  const resolveRole = roleResolver(mentions, paragraphs, doc.people);
  const quotes: Quote[] = [];
  let previous: Found | undefined;
  paragraphs.forEach((para, paragraph) => {
    const masked = maskedParagraphs[paragraph] ?? '';
    for (const span of spansByParagraph[paragraph] ?? []) {
      const raw = para.slice(span.open + 1, span.close);
      const text = raw.trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      if (/\(\s*$/.test(para.slice(0, span.open))) continue; // a gloss in parentheses: ("British exit")
      const sentence = sentenceOf(doc.sentences, paragraph, span.open);
      const sentenceStart = sentence?.start ?? 0;
      const sentenceEnd = sentence ? sentence.start + sentence.text.length : para.length;
      let attribution = attribute({
        paragraph,
        masked,
        sentenceStart,
        sentenceEnd,
        open: span.open,
        close: span.close,
        mentions,
        resolvePronoun,
        resolveRole,
        closesClause: /[,!?]$/u.test(text) || /^\s*,/u.test(para.slice(span.close + 1)),
      });
      if (!attribution.found && /^\s*$/.test(para.slice(0, span.open)))
        attribution =
          introducedAbove(doc.sentences, maskedParagraphs, paragraph, mentions, resolvePronoun) ??
          attribution;
      const found: Found = {paragraph, span, text, attribution};
      const words = wordCount(text);
      if (attribution.found && words <= SHORT_WORDS && !closeToVerb(found, masked)) continue;
      if (!attribution.found) {
        // The same speaker goes on: a later quote of the paragraph, or a paragraph continuing an unclosed quote.
        const sameParagraph = previous && previous.paragraph === paragraph;
        const continues =
          previous &&
          previous.paragraph === paragraph - 1 &&
          !previous.span.closed &&
          /^\s*$/.test(para.slice(0, span.open));
        if (!previous || words <= SHORT_WORDS || !(sameParagraph || continues)) continue;
        // "Grenell alleged Mahan had “…”": a sentence naming someone else is not the previous speaker going on;
        // a person opening it is its subject, anyone else leaves the quote unattributed.
        const named = mentions.filter(
          (m) => m.paragraph === paragraph && m.start >= sentenceStart && m.end <= span.open,
        );
        const subject = named[0];
        if (subject && named.some((m) => m.name !== previous?.attribution.speaker)) {
          if (subject.kind !== 'person' || !/^\s*$/u.test(masked.slice(sentenceStart, subject.start)))
            continue;
          attribution = {found: true, speaker: subject.name};
        } else attribution = previous.attribution;
        found.attribution = attribution;
      }
      // A short phrase with nobody named is a label or a scare quote; so is a title ("Person of the Year").
      if (attribution.speaker === null && words <= SHORT_WORDS) continue;
      if (isTitleCase(text)) continue;
      quotes.push({text, speaker: attribution.speaker});
      previous = found;
    }
  });
  return quotes;
}

/** Finds direct quotations and resolves their speakers to entity names. */
export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['sentences', 'people', 'organizations'],
  fills: ['quotes'],
  run: (doc) => {
    doc.quotes = findQuotes(doc);
  },
};
