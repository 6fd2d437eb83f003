import type {Doc, Sentence, Stage} from './pipeline.js';
import {attribute, pronounGender, type Attribution, type QuoteContext} from './quotes/attribution.js';
import {findQuoteSpans, type QuoteSpan} from './quotes/marks.js';
import {byParagraph, lastBefore, latestUpTo, partition, sentenceAt, startingIn} from './quotes/lookup.js';
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

// Spans come in order and never overlap, so the masked text is built in one pass.
function mask(text: string, spans: readonly QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    const end = Math.min(s.close + 1, text.length);
    parts.push(text.slice(at, s.open), ' '.repeat(end - s.open));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

// True when a mention lies inside a quotation: only the last span opening before it can hold it.
function insideQuote(spans: readonly QuoteSpan[], m: Mention): boolean {
  const s = spans[partition(spans, (x) => x.open < m.start) - 1];
  return !!s && m.start > s.open && m.end <= s.close;
}

// True when only spaces stand between a "(" and `at`: a gloss in parentheses ("British exit").
function afterParenthesis(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  return text[i - 1] === '(';
}

interface Found {
  paragraph: number;
  span: QuoteSpan;
  text: string;
  attribution: Attribution;
}

// The organization named last before `at`: the last org mention from the paragraph before on that is in that
// paragraph or ends by `at` — a mention of a later paragraph counts too when it ends by `at`, as it always has.
// `reach[i]` is the smallest end among orgs[i..]: it never falls as i grows, so the last org from `from` on that
// ends by `at` is the last i whose reach is at most `at`.
function lastOrganization(orgs: readonly Mention[], reach: readonly number[], paragraph: number, at: number) {
  const from = partition(orgs, (m) => m.paragraph < paragraph);
  const last = partition(reach, (end) => end <= at) - 1;
  if (last >= from) return orgs[last];
  const previous = orgs[from - 1];
  return previous && previous.paragraph === paragraph - 1 ? previous : undefined;
}

function pronounResolver(mentions: readonly Mention[], gender: Map<string, 'm' | 'f' | null>) {
  const people = mentions.filter((m) => m.kind === 'person');
  const orgs = mentions.filter((m) => m.kind === 'organization');
  const reach: number[] = [];
  for (let i = orgs.length - 1, min = Infinity; i >= 0; i--)
    reach[i] = min = Math.min(min, orgs[i]?.end ?? 0);
  // Positions in `people` of the mentions of each gender, in order.
  const byGender = new Map<'m' | 'f' | null, number[]>([
    ['m', []],
    ['f', []],
    [null, []],
  ]);
  people.forEach((m, i) => byGender.get(gender.get(m.name) ?? null)?.push(i));
  return (pronoun: string, paragraph: number, at: number): string | null => {
    const wanted = pronounGender(pronoun);
    if (!wanted) return null;
    // "it added": the organization last named, in this paragraph or the one before.
    if (wanted === 'it') return lastOrganization(orgs, reach, paragraph, at)?.name ?? null;
    // The person of that gender named last before `at` within reach, else the last of unknown gender.
    const last = lastBefore(people, paragraph, at);
    const within = (i: number): Mention | undefined => {
      const m = people[i];
      return m && m.paragraph >= paragraph - PRONOUN_REACH ? m : undefined;
    };
    const same = within(latestUpTo(byGender.get(wanted) ?? [], last));
    if (same) return same.name;
    return within(latestUpTo(byGender.get(null) ?? [], last))?.name ?? null;
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
  const persons = mentions.filter((m) => m.kind === 'person');
  const befores = persons.map((m) =>
    (paragraphs[m.paragraph] ?? '').slice(Math.max(0, m.start - 40), m.start).toLowerCase(),
  );
  // For each role word asked about, the positions in `persons` of the mentions it fits, found in one pass.
  const fitting = new Map<string, number[]>();
  const fits = (word: string): number[] => {
    let found = fitting.get(word);
    if (!found) {
      const after = new RegExp(`\\b${word}\\s+$`, 'u');
      const inRole = new RegExp(`\\b${word}\\b`, 'u');
      found = [];
      persons.forEach((m, i) => {
        if (after.test(befores[i] ?? '') || inRole.test(roles.get(m.name) ?? '')) found?.push(i);
      });
      fitting.set(word, found);
    }
    return found;
  };
  return (noun: string, paragraph: number, at: number): string | null => {
    const m = persons[latestUpTo(fits(noun.toLowerCase()), lastBefore(persons, paragraph, at))];
    return m && m.paragraph >= paragraph - PRONOUN_REACH ? m.name : null;
  };
}

/** "Rathbun stated," / "She told reporters:" ending the paragraph before one that opens with the quote. */
function introducedAbove(
  sentences: ReadonlyMap<number, readonly Sentence[]>,
  masked: readonly string[],
  paragraph: number,
  mentions: readonly Mention[],
  resolvePronoun: QuoteContext['resolvePronoun'],
): Attribution | undefined {
  const above = masked[paragraph - 1];
  if (above === undefined || !/[:,]\s*$/.test(above)) return undefined;
  const last = sentences.get(paragraph - 1)?.at(-1);
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
  // The article's own outlet narrates; it is named in its text ("the protesters Wikinews interviewed said") but
  // never the speaker of a quote it reports.
  const own = doc.input.source?.toLowerCase();
  const speakers = doc.organizations.filter((o) => o.name.toLowerCase() !== own);
  const mentions = findMentions(paragraphs, doc.people, speakers).filter(
    (m) => !insideQuote(spansByParagraph[m.paragraph] ?? [], m),
  );
  const resolvePronoun = pronounResolver(mentions, genders(doc.people, mentions, paragraphs));
  const resolveRole = roleResolver(mentions, paragraphs, doc.people);
  const mentionsOf = byParagraph(mentions);
  const sentencesOf = byParagraph(doc.sentences);
  const quotes: Quote[] = [];
  let previous: Found | undefined;
  paragraphs.forEach((para, paragraph) => {
    const masked = maskedParagraphs[paragraph] ?? '';
    const here = mentionsOf.get(paragraph) ?? [];
    for (const span of spansByParagraph[paragraph] ?? []) {
      const raw = para.slice(span.open + 1, span.close);
      const text = raw.trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      if (afterParenthesis(para, span.open)) continue; // a gloss in parentheses: ("British exit")
      const sentence = sentenceAt(sentencesOf.get(paragraph), span.open);
      const sentenceStart = sentence?.start ?? 0;
      const sentenceEnd = sentence ? sentence.start + sentence.text.length : para.length;
      let attribution = attribute({
        paragraph,
        masked,
        sentenceStart,
        sentenceEnd,
        open: span.open,
        close: span.close,
        mentions: here,
        resolvePronoun,
        resolveRole,
        closesClause: /[,!?]$/u.test(text) || /^\s*,/u.test(para.slice(span.close + 1)),
      });
      if (!attribution.found && /^\s*$/.test(para.slice(0, span.open)))
        attribution =
          introducedAbove(
            sentencesOf,
            maskedParagraphs,
            paragraph,
            mentionsOf.get(paragraph - 1) ?? [],
            resolvePronoun,
          ) ?? attribution;
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
        const named = startingIn(here, sentenceStart, span.open).filter((m) => m.end <= span.open);
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
