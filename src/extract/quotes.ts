import type {Doc, Sentence, Stage} from './pipeline.js';
import {attribute, type Attribution, type QuoteContext} from './quotes/attribution.js';
import {DROPS, wordCount, type Candidate} from './quotes/filters.js';
import {quoteConvention} from './quotes/convention.js';
import {findQuoteSpans, withDoubleMarks, type QuoteSpan} from './quotes/marks.js';
import {byParagraph, partition, sentenceAt} from './quotes/lookup.js';
import {interviewTurns} from './quotes/interview.js';
import {loneSpeakers} from './quotes/lone-speakers.js';
import {findMentions, genders, type Mention} from './quotes/mentions.js';
import {epithetResolver, pronounResolver, roleResolver} from './quotes/resolve.js';
import {personWords} from './quotes/relayed.js';
import {SIEVES, type Found, type QuoteCase} from './quotes/sieves.js';
import {titledNonPeople} from './quotes/titled-names.js';
import {runSieve, type TraceEntry} from './rules.js';
import type {Quote} from './types.js';
import {oneSpaced} from '../library/sanitize.js';

const HAS_WORD = /[\p{L}\p{N}]/u;
// Only "and"/"or" between two quotes: one list of the same speaker's words ("as a “…” and “…”").
const JOINED = /^[\s,]*(?:and|or)\s*$/u;

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

/** The first words of a quote, as --explain names it. */
function opening(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 6 ? `“${words.slice(0, 6).join(' ')}…”` : `“${text}”`;
}

/** Finds every direct quotation and its speaker, recording on the trace which sieve gave it (or why it was dropped). */
/** Most quotations one paragraph may hold for them to be read as speech; the shipped library's busiest has 11. */
export const MAX_QUOTES_PER_PARAGRAPH = 64;

export function findQuotes(doc: Doc): Quote[] {
  const paragraphs = doc.input.paragraphs;
  // British papers quote in single marks (‘…,’ said X), nesting double ones: each text is read in its own convention.
  const convention = quoteConvention(paragraphs);
  const spansByParagraph = paragraphs.map((p) => {
    const spans = findQuoteSpans(p, convention);
    // More quotations than prose holds (a hostile file of 300,000 quotation marks took minutes: each quote's
    // checks read the rest of its paragraph): a list or noise, whose quotes are nobody's words.
    return spans.length > MAX_QUOTES_PER_PARAGRAPH ? [] : spans;
  });
  // No quotation mark, no quote: what follows (mentions, genders, lone speakers) would decide nothing (a quarter
  // of the shipped library).
  if (spansByParagraph.every((spans) => spans.length === 0)) return [];
  const maskedParagraphs = paragraphs.map((p, i) => mask(p, spansByParagraph[i] ?? []));
  // Bylines are the article's metadata, never its speakers: a person who is one of its authors is no candidate.
  const authors = new Set((doc.input.authors ?? []).map((a) => a.trim().toLowerCase()));
  // A lone unknown word that speaks ("“…,” Varnok said") is a candidate too; it joins the people if it gets a quote.
  // (Its shapes are written for double marks: a text quoting in single ones is shown to it with its marks so.)
  const marked =
    convention === 'single'
      ? paragraphs.map((p, i) => withDoubleMarks(p, spansByParagraph[i] ?? []))
      : paragraphs;
  const lone = loneSpeakers(marked, [...doc.people, ...doc.organizations, ...doc.places]).filter(
    (l) => !authors.has(l.entity.name.toLowerCase()),
  );
  // A place written with a title of office before it ("Prime Minister Luís Montenegro") is a person here.
  const titled = [...doc.people, ...titledNonPeople(doc.places)];
  const people = [...titled, ...lone.map((l) => l.entity)].filter(
    (p) => ![p.name, ...p.aliases].some((form) => authors.has(form.trim().toLowerCase())),
  );
  // The article's own outlet narrates; it is named in its text ("the protesters Wikinews interviewed said") but
  // never the speaker of a quote it reports.
  const own = doc.input.source?.toLowerCase();
  const speakers = doc.organizations.filter((o) => o.name.toLowerCase() !== own);
  // Places, and names the entities dropped as no one's, are never a person's misspelt surname.
  const others = new Set(doc.places.flatMap((p) => [p.name, ...p.aliases]));
  const mentions = findMentions(paragraphs, people, speakers, others).filter(
    (m) => !insideQuote(spansByParagraph[m.paragraph] ?? [], m),
  );
  const mentionsOf = byParagraph(mentions);
  const sentencesOf = byParagraph(doc.sentences);
  const resolveRole = roleResolver(mentions, paragraphs, titled);
  const resolveEpithet = epithetResolver(mentions, sentencesOf);
  const resolvePronoun = pronounResolver(
    mentions,
    // (Read only if a "he" or "she" is resolved.)
    () => genders(titled, mentions, paragraphs),
    paragraphs,
    sentencesOf,
    resolveRole,
  );

  // "Rathbun stated," / "She told reporters:" ending the paragraph before one that opens with the quote.
  const introducedAbove = (paragraph: number): Attribution | undefined => {
    const above = maskedParagraphs[paragraph - 1];
    // The paragraph as written must end so: one ending in a quote ("X said, “…”") introduces nothing more.
    if (above === undefined || !/[:,]\s*$/.test(paragraphs[paragraph - 1] ?? '')) return undefined;
    const last = sentencesOf.get(paragraph - 1)?.at(-1);
    const end = above.trimEnd().length;
    const found = attribute({
      paragraph: paragraph - 1,
      masked: above,
      sentenceStart: last?.start ?? 0,
      sentenceEnd: end,
      open: end,
      close: end,
      mentions: mentionsOf.get(paragraph - 1) ?? [],
      resolvePronoun,
    });
    return found.found ? found : undefined;
  };

  // The speaker of the last speech verb of a sentence ("Zapata said, adding it was hard."), for the quote after it.
  const reportedIn = (paragraph: number, sentence: Sentence): Attribution | undefined => {
    const masked = maskedParagraphs[paragraph] ?? '';
    const end = sentence.start + sentence.text.length;
    const found = attribute({
      paragraph,
      masked,
      sentenceStart: sentence.start,
      sentenceEnd: end,
      open: end,
      close: end,
      mentions: mentionsOf.get(paragraph) ?? [],
      resolvePronoun,
      resolveRole,
    });
    return found.found && found.speaker !== null ? found : undefined;
  };

  // Who answers in each paragraph of an interview, and who is asked ("((Ada Brill))", "Q:" / "A:", "BRILL:").
  const turns = interviewTurns(paragraphs, mentionsOf, people, doc.input.title);

  const personNames = new Set(people.map((p) => p.name));
  // Built on first use: only a sentence that quotes or cites someone asks.
  let wordsOfNames: Map<string, string> | undefined;
  const personByWord = (word: string) => (wordsOfNames ??= personWords(people)).get(word);
  const isPerson = (name: string | null) => name !== null && personNames.has(name);

  const quotes: Quote[] = [];
  // What was not kept as a quote of its own, recorded after the speakers so --explain prints each kind together.
  const notQuotes: TraceEntry[] = [];
  let previous: Found | undefined;
  paragraphs.forEach((para, paragraph) => {
    const masked = maskedParagraphs[paragraph] ?? '';
    const here = mentionsOf.get(paragraph) ?? [];
    const sentences = sentencesOf.get(paragraph) ?? [];
    for (const span of spansByParagraph[paragraph] ?? []) {
      const text = para.slice(span.open + 1, span.close).trim();
      const sentence = sentenceAt(sentences, span.open);
      const sentenceStart = sentence?.start ?? 0;
      const sentenceEnd = sentence ? sentence.start + sentence.text.length : para.length;
      const context: QuoteContext = {
        paragraph,
        masked,
        sentenceStart,
        sentenceEnd,
        open: span.open,
        close: span.close,
        mentions: here,
        resolvePronoun,
        resolveRole,
        resolveEpithet,
        closesClause: /[,!?]\]?$/u.test(text) || /^\s*,/u.test(para.slice(span.close + 1)),
        last: text.at(-1),
      };
      const cue = attribute(context);
      // "“…!” Macron told the world.": the sentence ends at the quote, the next one gives its speaker.
      // Only for a quote that is its sentence: in 'Trump alleged he had “mini-strokes.” Then Drudge posted…' the
      // next sentence is news of its own, not the attribution.
      const nextCue = (): Attribution | undefined => {
        if (HAS_WORD.test(masked.slice(span.close + 1, sentenceEnd))) return undefined;
        if (HAS_WORD.test(masked.slice(sentenceStart, span.open))) return undefined;
        const next = sentences[sentences.findIndex((x) => x.start === sentenceStart) + 1];
        if (!next) return undefined;
        const found = attribute({...context, sentenceEnd: next.start + next.text.length, closesClause: true});
        return found.found ? found : undefined;
      };
      const c: QuoteCase = {
        paragraph,
        span,
        text,
        para,
        masked,
        sentenceStart,
        sentenceEnd,
        sentences,
        here,
        cue,
        previous,
        above: () => introducedAbove(paragraph),
        aboveMasked: () => maskedParagraphs[paragraph - 1],
        aboveMentions: () => mentionsOf.get(paragraph - 1) ?? [],
        belowMasked: () => maskedParagraphs[paragraph + 1],
        belowMentions: () => mentionsOf.get(paragraph + 1) ?? [],
        nextCue,
        reportedIn,
        sentencesOf,
        maskedAt: (p) => maskedParagraphs[p],
        mentionsAt: (p) => mentionsOf.get(p) ?? [],
        personByWord,
        resolvePronoun,
        resolveRole,
        answerer: (p) => turns.answerers[p],
        interviewee: (p) => turns.asked[p],
        answerFrom: (p) => turns.answerFrom[p],
      };
      const decided = runSieve(SIEVES, c);
      const candidate: Candidate = {
        text,
        words: wordCount(text),
        para,
        masked,
        span,
        rule: decided?.rule ?? null,
        verdict: decided?.verdict ?? null,
        joinsKept:
          previous?.paragraph === paragraph &&
          previous.rule === decided?.rule &&
          JOINED.test(masked.slice(previous.span.close + 1, span.open)),
      };
      const dropped = runSieve(DROPS, candidate);
      if (dropped) {
        notQuotes.push({
          stage: 'quote',
          subject: opening(text),
          outcome: 'not a quote',
          rules: [dropped.rule],
        });
        continue;
      }
      const speaker = decided?.verdict.speaker ?? null;
      // News style runs one quotation over paragraphs, reopening the marks at each: one quote (GUIDE.md), its
      // paragraphs joined by a line break, as the article breaks them.
      const before = quotes.at(-1);
      // The same when this paragraph names its own speaker ("“The river came up in minutes. / “By morning it was
      // all under water,” said Ellen Carr."): the attribution in the last paragraph is the whole quote's.
      const reopened =
        !!previous &&
        previous.paragraph === paragraph - 1 &&
        !previous.span.closed &&
        !HAS_WORD.test(masked.slice(0, span.open));
      if ((decided?.rule === 'continues-unclosed' || reopened) && before) {
        before.text = `${before.text}\n${text}`;
        const rule = decided?.rule ?? 'no-sieve';
        if (before.speaker === null && speaker !== null) {
          before.speaker = speaker;
          if (doc.trace.on)
            doc.trace.add({stage: 'speaker', subject: opening(before.text), outcome: speaker, rules: [rule]});
        }
        if (doc.trace.on)
          notQuotes.push({
            stage: 'quote',
            subject: opening(text),
            outcome: 'joined to the quote before',
            rules: ['continues-unclosed'],
          });
        previous = {paragraph, span, text, speaker: before.speaker, rule, person: isPerson(before.speaker)};
        continue;
      }
      if (doc.trace.on)
        doc.trace.add({
          stage: 'speaker',
          subject: opening(text),
          outcome: speaker ?? 'unattributed',
          rules: [decided?.rule ?? 'no-sieve'],
        });
      quotes.push({text, speaker});
      previous = {
        paragraph,
        span,
        text,
        speaker,
        rule: decided?.rule ?? 'no-sieve',
        person: isPerson(speaker),
      };
    }
  });
  for (const entry of notQuotes) doc.trace.add(entry);
  const unique = withoutRepeats(quotes, doc);
  for (const l of lone) {
    if (!unique.some((q) => q.speaker === l.entity.name)) continue;
    doc.people.push(l.entity);
    if (doc.trace.on)
      doc.trace.add({stage: 'entity', subject: l.entity.name, outcome: 'person', rules: [l.rule]});
  }
  return unique;
}

/**
 * A quotation the article gives twice (in its lead and again further on, or a feed item repeated) is one quote, where
 * it first stands: with its speaker, the later one's when the first was unattributed. Compared by its words, spaces,
 * case and closing punctuation aside ("We will," and "We will.").
 */
function withoutRepeats(quotes: Quote[], doc: Doc): Quote[] {
  const first = new Map<string, Quote>();
  const kept: Quote[] = [];
  for (const q of quotes) {
    const key = oneSpaced(q.text)
      .replace(/[\s,.;:!?…]+$/u, '')
      .trim()
      .toLowerCase();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, q);
      kept.push(q);
      continue;
    }
    if (earlier.speaker === null) earlier.speaker = q.speaker;
    else if (q.speaker !== null && q.speaker !== earlier.speaker) {
      // The same words given to two speakers: both kept, as the article says.
      kept.push(q);
      continue;
    }
    if (doc.trace.on)
      doc.trace.add({
        stage: 'quote',
        subject: opening(q.text),
        outcome: 'a repeat of an earlier quote',
        rules: ['repeat'],
      });
  }
  return kept;
}

/** Finds direct quotations and resolves their speakers to entity names. */
export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['sentences', 'people', 'organizations', 'places'],
  // A lone word that speaks joins the people (quotes/lone-speakers.ts).
  fills: ['quotes', 'people'],
  run: (doc) => {
    doc.quotes = findQuotes(doc);
  },
};
