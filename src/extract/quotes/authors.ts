// A writing's words are its author's, whoever reads them out: "The event description read, “…”" after "X posted an
// event invitation"; "X wrote to her. She keeps the letter … and reads it to me: “…”". The author is the one the
// text last shows writing, posting or sending (the subject of that verb), in the quote's sentence before it, earlier
// in its paragraph, or in the two paragraphs above.
import type {Sentence} from '../pipeline.js';
import {startingIn} from './lookup.js';
import type {Mention} from './mentions.js';
import {alternation, AUTHORED_WRITINGS, WRITING_ACTS} from './vocabulary.js';

const WRITING = alternation(AUTHORED_WRITINGS);
// "The event description read,", "the letter said:" right before the quote: a writing speaking (group 1: its noun).
const WRITING_SUBJECT = new RegExp(
  `(?:^|\\s)[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${WRITING})\\s+(?:\\p{Ll}+ly\\s+)?(?:read|reads|said|says|stated|states)\\s*[,:]?\\s*$`,
  'u',
);
// "reads it to me without being asked:", "read the letter aloud,", "reads from her son's note:": someone reading a
// writing out (group 1: "it"/"them", which needs a writing named before it in the sentence).
const READ_ALOUD = new RegExp(
  `(?<![\\p{L}])read(?:s|ing)?\\s+(?:(it|them)|(?:from\\s+)?(?:the|this|that|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:${WRITING}))(?:\\s+[\\p{L}'’-]+){0,5}\\s*[:,]\\s*$`,
  'u',
);
const NAMES_WRITING = new RegExp(`(?<![\\p{L}])(?:${WRITING})(?![\\p{L}])`, 'u');
// The latest verb of writing in a sentence.
const ACT = new RegExp(`(?<![\\p{L}])(?:${alternation(WRITING_ACTS)})(?![\\p{L}])`, 'gu');
// Between the author and the verb: nothing, an apposition's closing comma ("The skipper, Donal Reid, wrote"), or an
// adverb or auxiliary or two ("later wrote", "had posted").
const SUBJECT_GAP = /^\s*,?\s*(?:(?:also|later|then|once|first|had|has|have|\p{Ll}+ly)\s+){0,2}$/u;

/** What the author search reads: the quote's place, and each paragraph's blanked text, sentences and names. */
export interface AuthorCase {
  paragraph: number;
  masked: string;
  sentenceStart: number;
  /** Where the quote's opening mark stands. */
  span: {open: number};
  /** Every paragraph's sentences, and any paragraph's blanked text and names. */
  sentencesOf: ReadonlyMap<number, readonly Sentence[]>;
  maskedAt: (paragraph: number) => string | undefined;
  mentionsAt: (paragraph: number) => readonly Mention[];
}

/**
 * How the words before the quote present it as a writing's: the writing speaking ("The letter read,"), someone
 * reading it out ("reads it to me:"), or neither (undefined).
 */
export function readsWriting(c: AuthorCase): 'speaks' | 'read-out' | undefined {
  const before = c.masked.slice(c.sentenceStart, c.span.open);
  if (WRITING_SUBJECT.test(before)) return 'speaks';
  const read = READ_ALOUD.exec(before);
  if (!read) return undefined;
  // "reads it": the sentence must name the writing before the verb ("keeps the letter … and reads it").
  return !read[1] || NAMES_WRITING.test(before.slice(0, read.index)) ? 'read-out' : undefined;
}

// The subject of the latest verb of writing in [from, to) of a paragraph, if a person or a body is named right before it.
function writerIn(text: string, mentions: readonly Mention[], from: number, to: number): string | undefined {
  const acts = [...text.slice(from, to).matchAll(ACT)];
  for (let i = acts.length - 1; i >= 0; i--) {
    const at = from + (acts[i]?.index ?? 0);
    const subject = startingIn(mentions, from, at).at(-1);
    if (subject && SUBJECT_GAP.test(text.slice(subject.end, at))) return subject.name;
  }
  return undefined;
}

/** How many paragraphs above the quote's own the author is looked for. */
export const AUTHOR_REACH = 2;

/**
 * The author of the writing the quote is read from: the subject of the latest verb of writing (wrote, posted, sent …)
 * before the quote, in its sentence, its paragraph, or at most AUTHOR_REACH paragraphs above. Undefined if none.
 */
export function authorBefore(c: AuthorCase): string | undefined {
  for (let p = c.paragraph; p >= 0 && p >= c.paragraph - AUTHOR_REACH; p--) {
    const text = p === c.paragraph ? c.masked : c.maskedAt(p);
    if (text === undefined) continue;
    const mentions = c.mentionsAt(p);
    const sentences = c.sentencesOf.get(p) ?? [];
    const end = p === c.paragraph ? c.span.open : text.length;
    for (let i = sentences.length - 1; i >= 0; i--) {
      const s = sentences[i] as Sentence;
      if (s.start >= end) continue;
      const writer = writerIn(text, mentions, s.start, Math.min(end, s.start + s.text.length));
      if (writer) return writer;
    }
  }
  return undefined;
}
