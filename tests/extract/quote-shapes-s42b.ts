// Made-up rows for round s42b: attribution shapes of wire, newspaper, BBC and sports news (tests/gold/styles and
// probes in src/extract/quotes/ERRORS.md, "Round s42b"). Each class has a look-alike where another speaker (or
// none) must be given. Read by tests/extract/quote-shapes.test.ts, like quote-shapes.ts.
import type {Shape} from './quote-shapes.js';

/** Rows of round s42b, by class. */
export const ROUND_S42B: readonly Shape[] = [
  // A sentence between two quotes of a paragraph reporting someone else's speech hands the second quote on
  // (sieves.ts continues-paragraph; speech-before then reads the reporting sentence).
  {
    shape: 'a second speaker reported between two quotes of a paragraph',
    text: [
      'Inspector Ruth Abara said the van had been stolen the night before. “The driver fled on foot,” she said. A neighbour, Marco Tesi, said he heard a crash. “It sounded like a bomb going off.”',
    ],
    quote: 'It sounded like a bomb',
    speaker: 'Marco Tesi',
  },
  // Look-alike: the sentence between reports the same speaker again.
  {
    shape: 'a second speaker reported between two quotes of a paragraph',
    text: [
      'Inspector Ruth Abara said the van had been stolen the night before. “The driver fled on foot,” she said. Abara said officers found the van near the river. “It was still warm.”',
    ],
    quote: 'It was still warm',
    speaker: 'Ruth Abara',
  },
  // Look-alike: the sentence between names someone without reporting speech; the speaker goes on.
  {
    shape: 'a second speaker reported between two quotes of a paragraph',
    text: [
      'Inspector Ruth Abara described the chase. “The driver fled on foot,” she said. Marco Tesi lives next door. “We searched every garden on the street.”',
    ],
    quote: 'We searched every garden',
    speaker: 'Ruth Abara',
  },
  // "One patient, he said, had told him:": the pronoun and speech verb between commas are an aside of the one
  // reporting; the words are the unnamed patient's (subjects.ts subjectOf).
  {
    shape: 'an aside ", he said," after an unnamed subject',
    text: [
      'Dr. Ivo Petrak, who led the trial, said the results were clear. One patient, he said, had told him: “I feel twenty years younger.”',
    ],
    quote: 'I feel twenty years',
    speaker: null,
  },
  // Look-alike: the pronoun after a lead phrase is the subject ("After the vote, she told …").
  {
    shape: 'an aside ", he said," after an unnamed subject',
    text: [
      'Dr. Ivo Petrak led the trial for three years. After the results came in, he told his team: “We have done it.”',
    ],
    quote: 'We have done it',
    speaker: 'Ivo Petrak',
  },
  // "After the match, the coach shrugged. “…”": a title as the subject of the sentence before a quote that is a
  // sentence of its own stands for the one holding it (subjects.ts subjectOfSentenceBefore).
  {
    shape: 'a title as the subject of the sentence before, no speech verb',
    text: [
      'Coach Bram Kessel watched from the touchline as his side lost. After the match, the coach shrugged. “We were not good enough today, and every one of us in the dressing room knows it.”',
    ],
    quote: 'We were not good enough',
    speaker: 'Bram Kessel',
  },
  // Look-alike: a title nobody in the article holds leaves the quote unattributed.
  {
    shape: 'a title as the subject of the sentence before, no speech verb',
    text: [
      'Coach Bram Kessel watched from the touchline as his side lost. Outside the ground, the referee shrugged. “We were not good enough today, and every one of us in the dressing room knows it.”',
    ],
    quote: 'We were not good enough',
    speaker: null,
  },
  // Look-alike: a plural title is a group, not one speaker.
  {
    shape: 'a title as the subject of the sentence before, no speech verb',
    text: [
      'Coach Bram Kessel watched from the touchline as his side lost. After the match, the coaches shrugged. “We were not good enough today, and every one of us in the dressing room knows it.”',
    ],
    quote: 'We were not good enough',
    speaker: null,
  },
];
