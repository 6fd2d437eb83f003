// Quote → candidate mentions → speaker, as an ordered sieve (after Muzny et al. 2017): each sieve looks at one kind
// of evidence, the first that speaks decides, and the most precise go first. A quote no sieve is sure of stays
// unattributed (speaker null) rather than going to the nearest name. Each sieve's precision on the tune half of the
// gold is measured by `npm run score:sieves` (scripts/sieve-precision.mjs); the order below follows it.
import type {Sentence} from '../pipeline.js';
import {checkRules, type SieveRule} from '../rules.js';
import type {Attribution, QuoteContext} from './attribution.js';
import {authorBefore, readsWriting} from './authors.js';
import {creditLine} from './credit-line.js';
import {inWordsOf} from './in-words.js';
import {relayedPerson, sayingOwner} from './relayed.js';
import {startingIn} from './lookup.js';
import {VERB_ALT} from './vocabulary.js';
import {speechVerbStartsBefore} from './verb-at.js';
import {lowerWordStart, spaceStart} from './word-scan.js';
import {COMPILE_ONCE} from '../matches.js';
import type {QuoteSpan} from './marks.js';
import {stanceSubject} from './stance.js';
import type {Mention} from './mentions.js';
import {
  clauseSubject,
  colonSentenceSubject,
  ONLY_SPACE,
  opensSentence,
  participleSubject,
  sentenceBefore,
  subjectOfSentenceBefore,
  titleContinues,
} from './subjects.js';
import {
  firstPersonSubject,
  leadsParagraph,
  namedAfter,
  opinionSubject,
  subjectOfParagraphBefore,
  subjectOfSentenceAfter,
} from './neighbours.js';

// "and I said, “…”", "I'm like: “…”", "I was thinking, “…”": the narrator of an interview answer speaking. The text
// ends in the verb (and a comma or colon): the verbs ending there are looked up (verb-at.ts), and only then is the
// pattern of what leads to them made. What the pattern
// `(?<![\p{L}])I(?:['’]m)?\s+(?:\p{Ll}+\s+){0,2}?(?:${VERB_ALT}|like|thought|thinking)\s*[,:]?\s*$` (`u`) finds.
const FIRST_PERSON_WORDS = ['like', 'thought', 'thinking'];
const I_SPACE = /I(?:['’]m)?\s/;
let firstPersonLead: RegExp | undefined;

/** True when `text` ends in "I", at most two lower-case words and a speech verb, then a comma or colon. */
export function firstPersonSpeaks(text: string): boolean {
  let end = spaceStart(text, text.length);
  if (end > 0 && (text[end - 1] === ',' || text[end - 1] === ':')) end--;
  end = spaceStart(text, end);
  const starts = speechVerbStartsBefore(text, end);
  const last = lowerWordStart(text, end);
  if (FIRST_PERSON_WORDS.includes(text.slice(last, end))) starts.push(last);
  if (starts.length === 0 || !I_SPACE.test(text)) return false;
  firstPersonLead ??= /(?<![\p{L}])I(?:['’]m)?\s+(?:\p{Ll}+\s+){0,2}$/u;
  const lead = firstPersonLead;
  return starts.some((start) => lead.test(text.slice(0, start)));
}
// "On your website you state “…”", "you had mentioned Neanderthals “…”": the interviewer quoting the one asked (at
// most two auxiliaries or adverbs before the verb, at most two words of its object after it). Compiled on first use:
// ~1,800 characters of speech verbs that only a question holding "you" needs.
let secondPerson: RegExp | undefined;
const SECOND_PERSON = (): RegExp =>
  (secondPerson ??= new RegExp(
    `(?<![\\p{L}])[Yy]ou\\s+(?:\\p{Ll}+\\s+){0,2}?${COMPILE_ONCE}(?:${VERB_ALT}|mentioned)\\s*(?:\\p{L}+\\s+){0,2}?[,:]?\\s*$`,
    'u',
  ));

const HAS_LETTER = /[\p{L}\p{N}]/u;

/** A quote already given its speaker, as later quotes see it. */
export interface Found {
  paragraph: number;
  span: QuoteSpan;
  text: string;
  speaker: string | null;
  /** The sieve that gave the speaker. */
  rule: string;
  /** The speaker is a person (not a body). */
  person: boolean;
}

/** Everything a sieve may look at about one quote. */
export interface QuoteCase {
  paragraph: number;
  span: QuoteSpan;
  /** The quote's words, trimmed. */
  text: string;
  /** The paragraph as written, and with every quotation blanked out (offsets line up). */
  para: string;
  masked: string;
  /** The quote's own sentence within the paragraph. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The sentences of the quote's paragraph, in order. */
  sentences: readonly Sentence[];
  /** People and organizations named in this paragraph outside quotation marks, in order. */
  here: readonly Mention[];
  /** What the quote's own sentence says of its speaker (computed once, read by the verb sieves). */
  cue: Attribution;
  /** The last quote kept before this one, if any. */
  previous: Found | undefined;
  /** The paragraph before, blanked like `masked`, and the speaker its introduction ("X said:") gives, if any. */
  above: () => Attribution | undefined;
  resolvePronoun: QuoteContext['resolvePronoun'];
  /** "the mayor" → the person the article gives that role, if any. */
  resolveRole?: QuoteContext['resolveRole'];
  /** When the quote ends its sentence: the speaker the next sentence gives ("“…!” Macron told the world."). */
  nextCue: () => Attribution | undefined;
  /** The named speaker of a sentence's last speech verb ("Zapata said, adding it was hard."), if any. */
  reportedIn: (paragraph: number, sentence: Sentence) => Attribution | undefined;
  /** The paragraph before, blanked like `masked`, and the names in it. */
  aboveMasked: () => string | undefined;
  aboveMentions: () => readonly Mention[];
  /** The paragraph after, blanked like `masked`, and the names in it (a credit line under a pull quote). */
  belowMasked?: () => string | undefined;
  belowMentions?: () => readonly Mention[];
  /** Every paragraph's sentences. */
  sentencesOf: ReadonlyMap<number, readonly Sentence[]>;
  /** Any paragraph blanked like `masked`, and the names in it (a writing's author, paragraphs above). */
  maskedAt: (paragraph: number) => string | undefined;
  mentionsAt: (paragraph: number) => readonly Mention[];
  /** The one person a capitalised word of whose name this is ("Nasser" for "Nasser bin Saleh al-Hamdan"). */
  personByWord: (word: string) => string | undefined;
  /** In an interview, the person answering in this paragraph ("((Ada Brill)) …" at or above it), if any. */
  answerer?: (paragraph: number) => string | undefined;
  /** In an interview question ("((WN)) …"), the person who answers it (the next answer mark's), if any. */
  interviewee?: (paragraph: number) => string | undefined;
  /** In a labelled Q&A ("A: “…”"), where an answer paragraph's words begin past its label, if it is one. */
  answerFrom?: (paragraph: number) => number | undefined;
}

/** A sieve's answer: the speaker's entry name, or null for a speaker the text leaves unnamed. */
export interface SpeakerVerdict {
  speaker: string | null;
  /** Offset of the speech verb in the paragraph, when a verb decided. */
  verbAt?: number;
}

const fromCue =
  (how: Attribution['how']) =>
  (c: QuoteCase): SpeakerVerdict | undefined =>
    c.cue.found && c.cue.how === how ? {speaker: c.cue.speaker, verbAt: c.cue.verbAt} : undefined;

/**
 * The sieves. Those reading the quote's own sentence (and the one right after it, when the quote ends its sentence)
 * come first: a sieve reading the neighbours never sees a quote whose own sentence names its speaker ("“A,” Smith
 * said. “B,” the mayor said." leaves the second to the mayor, not to Smith going on). Within each group, most precise
 * on tune first (score:sieves); ties, and the ones tune never fires, go by how direct the evidence is (a quote left
 * open, or a paragraph ending "X said:", before a sentence merely reporting what X said) and by a reading of articles/
 * outside check.
 */
export const SIEVES: readonly SieveRule<QuoteCase, SpeakerVerdict>[] = [
  {
    id: 'relayed-person',
    description:
      'a sentence with a speech verb passing on a person\'s words by "quoting" or "citing" them, or the quote named as a person\'s saying ("the X quote that"): that person, not the verb\'s subject',
    example: '“The line will open in 2030,” the ministry said, quoting Minister Ada Brill.',
    apply: (c) => {
      const owner = sayingOwner(c);
      if (owner) return {speaker: owner};
      if (!c.cue.found) return undefined;
      const speaker = relayedPerson(c);
      return speaker ? {speaker, verbAt: c.cue.verbAt} : undefined;
    },
  },
  {
    id: 'writing-author',
    description:
      'a writing speaking ("The letter read,") with no one named, or read out ("reads it to me:"): whoever the text last shows writing, posting or sending (this paragraph or the two above)',
    example:
      'Ada Brill posted an invitation online. The event description read, “We will all meet at the gate at dawn.”',
    apply: (c) => {
      const how = readsWriting(c);
      if (!how || (how === 'speaks' && c.cue.speaker !== null)) return undefined;
      const speaker = authorBefore(c);
      return speaker ? {speaker} : undefined;
    },
  },
  {
    id: 'verb-pronoun',
    description:
      'a speech verb whose subject is he/she/it: the subject of the latest sentence naming such a one',
    example: 'Dana Whitfield met Mr. Paul Grant. “The road is closed,” she said.',
    apply: fromCue('pronoun'),
  },
  {
    id: 'verb-title',
    description:
      'a speech verb whose subject is a title ("the mayor"): the person the article gives that title',
    example: 'Trade commissioner Albin Mureka spoke. “We are ready,” the commissioner said.',
    apply: fromCue('title'),
  },
  {
    id: 'interview-first-person',
    description:
      'in an interview answer ("((Name)) …"), "I" right before a speech verb or "I\'m like": the one answering',
    example: '((Ada Brill)) My mother called, and I said, “You are not listening to me.”',
    apply: (c) => {
      if (!firstPersonSpeaks(c.masked.slice(c.sentenceStart, c.span.open))) return undefined;
      const speaker = c.answerer?.(c.paragraph);
      return speaker ? {speaker} : undefined;
    },
  },
  {
    id: 'verb-interviewee',
    description:
      'in an interview question ("((WN)) …"), "you" right before a speech verb: the one the question is put to',
    example: '((WN)) On your website you wrote “The harbour belongs to the town.” Why?',
    apply: (c) => {
      const before = c.masked.slice(c.sentenceStart, c.span.open);
      // (A cheap test first: most sentences before a quote hold no "you".)
      if (!/[Yy]ou/u.test(before)) return undefined;
      const speaker = c.interviewee?.(c.paragraph);
      const cue = speaker ? SECOND_PERSON().exec(before) : null;
      return speaker && cue ? {speaker, verbAt: c.sentenceStart + cue.index} : undefined;
    },
  },
  {
    id: 'interview-answer',
    description:
      'in a labelled Q&A, an answer ("A:", "Answer:", the answerer\'s name) that is the quote and nothing else: the one answering, "A" being the person the interview is with',
    example:
      'Mira Castell leads the harbour board. Q: Why? A: “The old one was built for smaller boats.” Q: Who pays?',
    apply: (c) => {
      const from = c.answerFrom?.(c.paragraph);
      if (from === undefined || HAS_LETTER.test(c.masked.slice(from))) return undefined;
      const speaker = c.answerer?.(c.paragraph);
      return speaker ? {speaker} : undefined;
    },
  },
  {
    id: 'colon-intro',
    description:
      'a colon right before the quote ending a clause "X <verb>:" or "X:" of at most three words after X: X',
    example: 'Addressing the leaders, Chakrapani proposed: “Take it daily.”',
    apply: (c) => clauseSubject(c, ':'),
  },
  {
    id: 'participle-opening',
    description:
      'a sentence opening with a speech participle and the quote ("Saying “…”, X added"): the person after it',
    example: 'Saying “we will not give up the fight for the port”, Mayor Lena Ostrova left.',
    apply: participleSubject,
  },
  {
    id: 'credit-line',
    description:
      'a quote opening its paragraph, then a dash and a name ending the line ("“…” — X, title"), there or on the next line: X',
    example: '“It was a long season, and we are all tired of it.” — Pia Saari, club captain',
    apply: creditLine,
  },
  {
    id: 'verb-name',
    description:
      'a speech verb next to the quote, either side, whose subject or agent is a named person or body',
    example: '“We will rebuild,” Ms. Lena Ostrova said. / according to Senator Ada Brill, “…”',
    apply: fromCue('name'),
  },
  {
    id: 'in-words-of',
    description:
      'a phrase "In the words of X," / "In X\'s words," / "In his words," right before the quote: X, or the one the pronoun stands for',
    example: "In the words of the club's chairman, Howard Finch, “this is the biggest day in our history”.",
    apply: inWordsOf,
  },
  {
    id: 'comma-intro',
    description:
      'a comma right before the quote ending a clause "X <verb>" (any finite verb, at most two words after it): X',
    example: 'Ada Brill shrugged, “We will see what the voters want.”',
    apply: (c) => clauseSubject(c, ','),
  },
  {
    id: 'verb-next-sentence',
    description: 'a quote ending its sentence, the next sentence opening with its speech verb and speaker',
    example: '“Our house is burning!” Macron told the world on Thursday.',
    apply: (c) => {
      const a = c.nextCue();
      return a ? {speaker: a.speaker, verbAt: a.verbAt} : undefined;
    },
  },
  {
    id: 'named-after',
    description:
      'a quote that is a sentence of its own, the next sentence pointing back at it and naming who said it ("That was the reaction of X", "So said X")',
    example:
      'The families met. “We will fight this in court.” That was the reaction of Ada Brill, their lawyer.',
    apply: namedAfter,
  },
  {
    id: 'colon-sentence-subject',
    description: 'a colon before the quote ending a sentence that opens with a person or body: that one',
    example: 'Former deputy director Michael Morell praised Mendez on Twitter: “Tony was one of the best.”',
    apply: colonSentenceSubject,
  },
  {
    id: 'title-continues',
    description:
      'a speech verb whose subject is "the <title>" no one in the article holds: the person who spoke the quote just before, with nobody else named between',
    example:
      '“The ice melts from below,” said Karen Alley. The Wooster professor added, “We need more data.”',
    apply: titleContinues,
  },
  {
    id: 'verb-no-subject',
    description: 'a speech verb before the quote with no subject the text names: an unnamed speaker',
    example: 'The comments termed the plan a “total loss”.',
    apply: fromCue('no-subject'),
  },
  {
    id: 'verb-unnamed',
    description: 'a speech verb whose subject names no one ("a witness said"): an unnamed speaker',
    example: '“I saw the flash,” said a man sitting beside Ms. Whitfield.',
    apply: fromCue('unnamed'),
  },
  {
    id: 'continues-paragraph',
    description: 'a later quote of a paragraph with no cue of its own: the speaker of the quote before it',
    example: '“We lost everything,” Mr. Tomas Weller told reporters. “But we are alive.”',
    apply: (c) => {
      const p = c.previous;
      if (!p || p.paragraph !== c.paragraph) return undefined;
      // An interview answer's "I said, “…”" names its own speaker quote by quote ("and she's like, “…”" is not).
      if (p.rule === 'interview-first-person') return {speaker: null};
      // "Grenell alleged Mahan had “…”": a sentence naming someone else is not the previous speaker going on; a
      // person opening it is its subject, anyone else leaves the quote unattributed.
      // "“…,” she said. A neighbour, Marco Tesi, said he heard a crash. “It sounded like a bomb.”": a sentence between
      // the two quotes reporting someone else's speech hands the quote on (speech-before reads it).
      const between = c.sentences.filter((s) => s.start >= p.span.close && s.start < c.sentenceStart);
      if (
        p.speaker !== null &&
        between.some((s) => {
          const a = c.reportedIn(c.paragraph, s);
          return a !== undefined && a.speaker !== p.speaker;
        })
      )
        return undefined;
      const named = startingIn(c.here, c.sentenceStart, c.span.open).filter((m) => m.end <= c.span.open);
      const subject = named[0];
      if (!subject || named.every((m) => m.name === p.speaker)) return {speaker: p.speaker};
      if (subject.kind !== 'person' || !ONLY_SPACE.test(c.masked.slice(c.sentenceStart, subject.start)))
        return undefined;
      return {speaker: subject.name};
    },
  },
  {
    id: 'continues-unclosed',
    description: 'a paragraph opening with a quote after one whose quote was left open: the same speaker',
    example: 'Paolo Renzi said: “We waited for hours. / “Then the water came.”',
    apply: (c) => {
      const p = c.previous;
      if (!p || p.paragraph !== c.paragraph - 1 || p.span.closed) return undefined;
      return ONLY_SPACE.test(c.para.slice(0, c.span.open)) ? {speaker: p.speaker} : undefined;
    },
  },
  {
    id: 'colon-above',
    description: 'a quote opening its paragraph after a paragraph ending "X said:" (or ","): X',
    example: 'Paolo Renzi, 51, wrote on his blog: / “We waited for hours.”',
    apply: (c) => {
      if (!ONLY_SPACE.test(c.para.slice(0, c.span.open))) return undefined;
      const a = c.above();
      return a ? {speaker: a.speaker, verbAt: a.verbAt} : undefined;
    },
  },
  {
    id: 'paragraph-after-speaker',
    description:
      'a paragraph of quotation only, after a paragraph whose last quote has a named speaker: that speaker',
    example: '“We waited,” said Paolo Renzi. / “Nobody came. The water rose all night.”',
    apply: (c) => {
      const p = c.previous;
      if (!p || p.speaker === null || p.paragraph !== c.paragraph - 1) return undefined;
      return leadsParagraph(c) ? {speaker: p.speaker} : undefined;
    },
  },
  {
    id: 'speech-before',
    description:
      'a quote opening its sentence after a sentence reporting what a named person said: that person',
    example: 'The winds made it hard, Zapata said, adding it took endurance. “It burns the thighs.”',
    apply: (c) => {
      if (!opensSentence(c)) return undefined;
      const b = sentenceBefore(c);
      const a = b ? c.reportedIn(b.paragraph, b.sentence) : undefined;
      // Across a paragraph break, a paragraph that goes on to name someone else ("“…” Mayor Tomas Weller spoke
      // on Tuesday.") is not the reported speaker's.
      if (a && b && b.paragraph !== c.paragraph) {
        const later = startingIn(c.here, c.span.close, c.masked.length);
        if (later.some((m) => m.kind === 'person' && m.name !== a.speaker)) return undefined;
      }
      return a ? {speaker: a.speaker} : undefined;
    },
  },
  {
    id: 'paragraph-after-subject',
    description:
      'a paragraph led by a quotation, after a paragraph whose last sentence naming anyone (no quote in it) opens with a person: that person',
    example: 'Harbour master Ines Calloway spoke to reporters. / “We lost three boats in one night.”',
    apply: (c) => (leadsParagraph(c) ? subjectOfParagraphBefore(c) : undefined),
  },
  {
    id: 'sentence-before',
    description: 'a quote that is a sentence of its own after a sentence opening with a person: that person',
    example: 'Comic artist Jenn St-Onge told of her start. “In my first stint, I didn’t get any work.”',
    apply: (c) => (opensSentence(c) ? subjectOfSentenceBefore(c) : undefined),
  },
  {
    id: 'sentence-after',
    description:
      'a quote that is a sentence of its own, the next sentence of its paragraph opening with a person introduced in apposition: that person',
    example: '“We are not going to stop.” Ines Calloway, the group’s founder, has protested for ten years.',
    apply: subjectOfSentenceAfter,
  },
  {
    id: 'opinion-subject',
    description:
      'a quote completing a clause after the verb of the person opening the sentence, no speech verb ("X believes the tax is “…”"): that person',
    example: 'Ada Brill believes the tax is “a punishment for anyone who works nights”.',
    apply: opinionSubject,
  },
  {
    id: 'stance-subject',
    description:
      'a quote at most 5 words after a verb of stance (remains, professed, endorsed, envisioned …) of the person opening the sentence, no speech verb: that person',
    example: 'Ada Brill remains “fully committed” to the harbour plan.',
    apply: stanceSubject,
  },
  {
    id: 'first-person-subject',
    description:
      'a quote in the first person ("I", "my") inside a sentence about a person, no speech verb ("X looked at it as a “chance to face my fears”"): that person',
    example: 'Then just 19, Ada Brill looked at the role as a “chance to face my fears”.',
    apply: firstPersonSubject,
  },
];
checkRules('quotes', SIEVES);
