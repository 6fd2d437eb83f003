// A short quote whose speaker is the subject of a verb of stance, with no speech verb ("Richardson remains “fully
// committed”", "Netanyahu envisioned the pipeline to end their “fringe country” status"): GUIDE.md keeps a short
// quoted phrase when a speaker is clearly given for it, and the verb says the subject put it so.
import {startingIn} from './lookup.js';
import type {QuoteCase, SpeakerVerdict} from './sieves.js';
import {hasFiniteVerb, subjectOf} from './subjects.js';
import {
  alternation,
  JUDGING_VERBS,
  LABEL_NOUNS,
  STANCE_VERBS,
  SUBORDINATE_WORDS,
  UTTERANCE_NOUNS,
} from './vocabulary.js';

const PREPOSITIONS = ['for', 'of', 'with', 'over', 'about', 'on', 'in', 'at', 'to', 'by', 'from', 'as'];

/** Most words between the verb of stance and the opening mark ("endorsed the selection of a “…”": four). */
export const STANCE_REACH_WORDS = 5;

// The verb (group 1), then at most STANCE_REACH_WORDS words and no punctuation up to the quote; a verb of judging
// with its direct object only: at most a determiner and one word, no preposition ("attacked the “…”").
const STANCE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(${alternation(STANCE_VERBS)})\\s+(?:[\\p{L}'’-]+\\s+){0,${STANCE_REACH_WORDS}}|(${alternation(JUDGING_VERBS)})\\s+(?:(?!(?:${alternation(PREPOSITIONS)})\\s)[\\p{L}'’-]+\\s+){0,2})$`,
  'iu',
);
// "asked her to endorse", "was endorsed by": the verb's subject is not the one opening the sentence.
const NOT_ITS_SUBJECT = /(?<![\p{L}])(?:to|is|are|was|were|be|been|being)\s+$/iu;
// A clause of its own between the subject and the verb ("Renn knows that the council remains …"): its verb's
// subject is another's. "and", "but" joining the subject's verbs, "has since", "as mayor" open no such clause.
const OTHER_CLAUSE = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...SUBORDINATE_WORDS, 'while', 'when', 'whereas', 'because', 'if', 'although', 'though', 'after', 'before'])})(?![\\p{L}])|[;:()]`,
  'iu',
);

// "attacked the “defund” slogan", "praised the “quiet hero” remark": the quote names a label or an utterance.
const LABEL_AFTER = new RegExp(
  `^\\s+(?:${alternation([...LABEL_NOUNS, ...UTTERANCE_NOUNS])})(?![\\p{L}])`,
  'iu',
);

/**
 * The person opening the sentence (a name or he/she), when the quote is the object of their verb of stance
 * (STANCE_VERBS) at most STANCE_REACH_WORDS words before it, nobody named between verb and quote, no clause of
 * another between subject and verb.
 */
export function stanceSubject(c: QuoteCase): SpeakerVerdict | undefined {
  const lead = c.masked.slice(c.sentenceStart, c.span.open);
  const verb = STANCE_BEFORE.exec(lead);
  if (!verb || LABEL_AFTER.test(c.masked.slice(c.span.close + 1, c.span.close + 40))) return undefined;
  const verbAt = c.sentenceStart + verb.index;
  const verbEnd = verbAt + (verb[1] ?? verb[2] ?? '').length;
  if (startingIn(c.here, verbAt, c.span.open).length > 0) return undefined;
  if (NOT_ITS_SUBJECT.test(lead.slice(0, verb.index))) return undefined;
  // (Up to the verb's end: a pronoun opens a subject only before a word.)
  const found = subjectOf(c, c.paragraph, c.sentenceStart, verbEnd, c.masked, c.here);
  if (!found || found.kind === 'organization') return undefined;
  const subject = c.here.find(
    (m) => m.name === found.speaker && m.start >= c.sentenceStart && m.end <= verbAt,
  );
  const between = c.masked.slice(subject?.end ?? c.sentenceStart, verbAt);
  if (OTHER_CLAUSE.test(between) || (subject && /,/u.test(between) && hasFiniteVerb(between)))
    return undefined;
  return {speaker: found.speaker, verbAt: verbEnd};
}
