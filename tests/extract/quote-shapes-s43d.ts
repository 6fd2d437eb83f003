// Made-up rows for round s43d: direct speech in single quotation marks (src/extract/quotes/marks.ts, convention.ts)
// and short quotes after verbs that are no speech verbs. Each class has a look-alike. Read by
// tests/extract/quote-shapes.test.ts, like quote-shapes.ts.
import type {Shape} from './quote-shapes.js';

/** Rows of round s43d, by class. */
export const ROUND_S43D: readonly Shape[] = [
  // A story quoting in single marks, curly: each quote is speech, its speaker read as in double marks.
  {
    shape: 'single marks as the story’s quote marks',
    text: [
      'The family of a fisherman killed at Carrowmore said they were heartbroken.',
      '‘We are devastated,’ said Ms Nora Rourke, his sister. ‘He knew that harbour better than anyone.’',
    ],
    quote: 'We are devastated',
    speaker: 'Nora Rourke',
  },
  // Straight marks, a pronoun after the quote.
  {
    shape: 'single marks as the story’s quote marks',
    text: [
      'Harbour master Declan Ferris said the lights had been checked on Monday.',
      "'There was no fault that we could find,' he said. 'We checked every lamp twice.'",
    ],
    quote: 'There was no fault',
    speaker: 'Declan Ferris',
  },
  // A quote of two sentences is one sentence of the text: its speaker after it still counts.
  {
    shape: 'single marks as the story’s quote marks',
    text: [
      'The council met on Monday.',
      '‘We are devastated. We lost three boats in one night,’ said Councillor Aidan Burke.',
    ],
    quote: 'We are devastated. We lost',
    speaker: 'Aidan Burke',
  },
  // A possessive ’ inside the quote does not close it.
  {
    shape: 'single marks as the story’s quote marks',
    text: ['‘The Smiths’ boat came in safely an hour before,’ said Declan Ferris, the harbour master.'],
    quote: 'The Smiths’ boat came in safely',
    speaker: 'Declan Ferris',
  },
  // Double marks nested in a single-marked quote stay inside it.
  {
    shape: 'single marks as the story’s quote marks',
    text: ['‘We ask every year, and the answer is always “next year”,’ said Councillor Aidan Burke.'],
    quote: 'We ask every year, and the answer is always “next year”',
    speaker: 'Aidan Burke',
  },
  // Look-alike: a scare quote in single marks in a story quoting in double marks is no quote.
  {
    shape: 'single marks as the story’s quote marks',
    text: [
      'Mayor Ada Brill was called a ‘hero’ by the crowd.',
      '“We will rebuild the harbour wall,” she said. “It will take two years.”',
    ],
    quote: 'hero',
    speaker: false,
  },
  // Look-alike: the nested single-marked quote of a double-marked one is part of it, not a quote of its own.
  {
    shape: 'single marks as the story’s quote marks',
    text: ['“They call it ‘peace, of a kind.’ We do not,” said Mayor Ada Brill.'],
    quote: 'peace, of a kind',
    speaker: false,
  },
  // A lone unknown word that speaks (quotes/lone-speakers.ts) in a story quoting in single marks.
  {
    shape: 'single marks as the story’s quote marks',
    text: [
      'Floodwater reached the square on Sunday.',
      '‘The river is rising faster than we expected,’ Varnok said.',
    ],
    quote: 'The river is rising',
    speaker: 'Varnok',
  },
  // In a double-marked story, a sentence in single marks that a colon introduces is speech (a court report's).
  {
    shape: 'a sentence in single marks after a colon',
    text: [
      'Judge Helena Croft said he had “sold the trust placed in him”.',
      'One executive, Peter Lang, told the jury that Gareth Molyneux had once said to him: ‘The berths go to friends. Are you a friend?’',
    ],
    quote: 'The berths go to friends',
    speaker: 'Gareth Molyneux',
  },
  // A short quote after a verb of stance of the person opening the sentence, no speech verb (quotes/stance.ts):
  // GUIDE.md keeps a short phrase whose speaker is clearly given.
  {
    shape: 'a short quote after a verb of stance',
    text: [
      'Tomas Weller quarrelled with the mayor in May. Weller has since reconciled with Ada Brill and remains “fully committed” to the campaign.',
    ],
    quote: 'fully committed',
    speaker: 'Tomas Weller',
  },
  {
    shape: 'a short quote after a verb of stance',
    text: [
      'Harbour master Declan Ferris spoke to reporters on Monday. Ferris professed himself “deeply concerned” about the storm season.',
    ],
    quote: 'deeply concerned',
    speaker: 'Declan Ferris',
  },
  {
    shape: 'a short quote after a verb of stance',
    text: [
      'With the new ferry link to the islands, Mayor Ada Brill envisioned the port to end its “backwater town” status.',
    ],
    quote: 'backwater town',
    speaker: 'Ada Brill',
  },
  {
    shape: 'a short quote after a verb of stance',
    text: ['Senator Nora Rourke left the race in June. She endorsed the selection of a “local candidate.”'],
    quote: 'local candidate',
    speaker: 'Nora Rourke',
  },
  // A verb of judging whose object in marks is the judge's phrase.
  {
    shape: 'a short quote after a verb of stance',
    text: ['Mayor Ada Brill spoke on Monday. Brill criticised the “macho culture” of the harbour board.'],
    quote: 'macho culture',
    speaker: 'Ada Brill',
  },
  // Look-alike: the quote names a slogan, not the speaker's words.
  {
    shape: 'a short quote after a verb of stance',
    text: ['Mayor Ada Brill spoke on Monday. Ada Brill attacked the “defund” slogan of the protesters.'],
    quote: 'defund',
    speaker: false,
  },
  // Look-alike: a verb of undergoing; the quoted words are a report's.
  {
    shape: 'a short quote after a verb of stance',
    text: ['Mayor Ada Brill was attacked on Monday. Ada Brill suffered “two deep wounds” in the attack.'],
    quote: 'two deep wounds',
    speaker: false,
  },
  // Look-alike: the verb of stance is another clause's ("that the council remains"): not her words for sure.
  {
    shape: 'a short quote after a verb of stance',
    text: ['Mayor Ada Brill knows that the council remains “fully committed” to the plan.'],
    quote: 'fully committed',
    speaker: false,
  },
  // Look-alike: "so-called" marks the writer's scare quote, whoever is named.
  {
    shape: 'a short quote after a verb of stance',
    text: ['Mayor Ada Brill rejected the so-called “peace plan” of the council.'],
    quote: 'peace plan',
    speaker: false,
  },
];
