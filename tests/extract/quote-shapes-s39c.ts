// Made-up rows for round s39c: shapes read in articles outside the label splits (src/extract/quotes/ERRORS.md,
// "Round s39c"). Each class has a look-alike where no speaker (or another) must be given. Read by
// tests/extract/quote-shapes.test.ts, like quote-shapes.ts.
import type {Shape} from './quote-shapes.js';

/** Rows of round s39c, by class. */
export const ROUND_S39C: readonly Shape[] = [
  // A name right after a speech verb whose subject stands before it is that verb's object, not a subject a later
  // "he" may stand for (quotes/resolve.ts afterVerb); inverted after a quote it is the speaker.
  {
    shape: 'a pronoun after a sentence whose speech verb has a name as object',
    text: [
      'Senator Paul Grant, while touring the port, called Governor Tom Brack’s plan “a betrayal of the fishermen.” He described it as “beyond repair” for the town.',
    ],
    quote: 'beyond repair',
    speaker: 'Paul Grant',
  },
  {
    shape: 'a pronoun after a sentence whose speech verb has a name as object',
    text: [
      'Paul Grant gave a speech in which he called Tom Brack a “danger to the harbour,” citing the floods. He argued that if the plan goes ahead, “the harbour will be lost for a generation.”',
    ],
    quote: 'the harbour will be lost',
    speaker: 'Paul Grant',
  },
  // Look-alike: inverted after its quote, the name is the speaker, and "he" goes on with him.
  {
    shape: 'a pronoun after a sentence whose speech verb has a name as object',
    text: [
      'Paul Grant toured the port on Monday. “The water came in the night,” said Tom Brack. He added, “Nobody was ready for it.”',
    ],
    quote: 'Nobody was ready',
    speaker: 'Tom Brack',
  },
  // An interviewer's question quoting the one asked ("you wrote “…”"): the person of the answer that follows it
  // (quotes/sieves.ts verb-interviewee).
  {
    shape: 'an interview question quoting the one asked',
    text: [
      '((Tomas Weller)) I have fished here all my life.',
      '((WN)) In your blog post about the port, you had mentioned the boats “were never insured against a flood like this one”. Why?',
      '((Ines Calloway)) Because the insurers would not cover them.',
    ],
    quote: 'were never insured',
    speaker: 'Ines Calloway',
  },
  // Look-alike: a question nobody answers in the text gives no one to stand for "you".
  {
    shape: 'an interview question quoting the one asked',
    text: [
      '((WN)) On your website you state “the harbour will be run by the people who fish in it, not by the council”. How?',
      '((WN)) What led you to run for mayor?',
    ],
    quote: 'the harbour will be run',
    speaker: null,
  },
  // A short quote after its verb with a relative clause set off by commas between them: the aside does not put it
  // out of the verb's reach (quotes/filters.ts closeToVerb).
  {
    shape: 'a short quote after a relative aside',
    text: [
      'In a statement, Senator Ada Brill defended the harbour plan, which was approved by the council on Monday, as “fair” to the fishermen.',
    ],
    quote: 'fair',
    speaker: 'Ada Brill',
  },
  // Look-alike: without the aside the quote is still far from the verb, past a clause of its own.
  {
    shape: 'a short quote after a relative aside',
    text: [
      'Ada Brill said the port, which was closed after the storm, and the two roads to it, closed by the floods of the spring and the summer, were “fine”.',
    ],
    quote: 'fine',
    speaker: false,
  },
  // A person's name modifying a group's noun opens the sentence before a colon: the group speaks, not the person
  // (quotes/subjects.ts subjectOf).
  {
    shape: 'a group named after a person before a colon',
    text: [
      'Ada Brill toured the valley on Monday. The Brill campaign recycled a statement it first put out in July: “The voters of the valley will decide this election, and nobody else.”',
    ],
    quote: 'The voters of the valley',
    speaker: null,
  },
  // Look-alike: the person herself opens the sentence.
  {
    shape: 'a group named after a person before a colon',
    text: [
      'Ada Brill recycled a statement she first put out in July: “The voters of the valley will decide this election, and nobody else.”',
    ],
    quote: 'The voters of the valley',
    speaker: 'Ada Brill',
  },
  // "yesterday", "today" between a subject and its speech verb, as "also" or "later" may stand there
  // (quotes/vocabulary.ts VERB_MODIFIERS): "with the latter yesterday confirming “…”".
  {
    shape: 'a time word between the subject and the speech verb',
    text: [
      'Ada Brill and Tobias Renn met on Monday, with the latter yesterday telling reporters they were “ready to sign the deal by the end of the month”.',
    ],
    quote: 'ready to sign',
    speaker: 'Tobias Renn',
  },
  // Look-alike: a subject that is no one's role stays unnamed.
  {
    shape: 'a time word between the subject and the speech verb',
    text: [
      'Ada Brill and Tobias Renn met on Monday, with the crowd yesterday telling reporters they were “ready to sign the deal by the end of the month”.',
    ],
    quote: 'ready to sign',
    speaker: null,
  },
  // Verbs of judging or presenting whose "as" object is the subject's wording, like "described … as" (quotes/
  // vocabulary.ts OBJECT_SPEECH_VERBS), and "as" with a head noun and "of" before the quote (attribution.ts AS_OBJECT).
  {
    shape: 'a short quote after a judging verb and "as"',
    text: ['In opening the debate, Tobias Renn introduced himself as “pro-harbour” and said little else.'],
    quote: 'pro-harbour',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'a short quote after a judging verb and "as"',
    text: ['Ada Brill referred to the fires as acts of “plain arson” and promised an inquiry.'],
    quote: 'plain arson',
    speaker: 'Ada Brill',
  },
  // Look-alikes: without "as" the verb takes no wording of the subject ("introduced a bill called"), and "such as"
  // lists titles.
  {
    shape: 'a short quote after a judging verb and "as"',
    text: ['Ada Brill introduced the “harbour bill” to the council on Monday.'],
    quote: 'harbour bill',
    speaker: false,
  },
  {
    shape: 'a short quote after a judging verb and "as"',
    text: ['Tobias Renn praised songs such as “Harbour Lights” in his speech.'],
    quote: 'Harbour Lights',
    speaker: false,
  },
  // A speech verb inside an "according to" phrase describes the source ("a memo posted by X"): the source speaks
  // (quotes/attribution.ts introduced).
  {
    shape: 'a participle inside an "according to" phrase',
    text: [
      'According to a memo posted online by Senator Ada Brill, the council cancelled its hearing because the mayor did “not recognise the authority of the council to hear the matter.”',
    ],
    quote: 'not recognise',
    speaker: 'Ada Brill',
  },
  // Look-alike: past the phrase's comma, a speech verb of the sentence is the verb.
  {
    shape: 'a participle inside an "according to" phrase',
    text: [
      'According to police, Tobias Renn later told reporters the road was “closed to all traffic until the end of the month.”',
    ],
    quote: 'closed to all traffic',
    speaker: 'Tobias Renn',
  },
];
