// Made-up rows for issue 9's seventh quote round: speakers the entities stage never lists, and the other shapes
// the sixth round left open. Each class has a look-alike where no speaker may be given. Read by
// tests/extract/quote-shapes.test.ts, like quote-shapes.ts.
import type {Shape} from './quote-shapes.js';

/** Rows of the seventh round, by class. */
export const ROUND7: readonly Shape[] = [
  // A single unknown capitalised word that speaks, away from the start of a sentence (quotes/lone-speakers.ts).
  {
    shape: 'a lone unknown word as the subject of a speech verb',
    text: [
      'Visitors crowded the hall. “The river is rising faster than we expected,” Varnok told reporters.',
    ],
    quote: 'The river is rising',
    speaker: 'Varnok',
  },
  {
    shape: 'a lone unknown word as the subject of a speech verb',
    text: ['Crowds gathered at the gate. “We will open on Friday,” said Grivik. The stall sold out by noon.'],
    quote: 'We will open',
    speaker: 'Grivik',
  },
  {
    shape: 'a lone unknown word as the subject of a speech verb',
    text: ['On Tuesday, Varnok told reporters: “We expected a much worse night than this one.”'],
    quote: 'We expected',
    speaker: 'Varnok',
  },
  // Look-alikes: the article reads the word as a place ("of Ostrava"), or it is a known word, a news agency or part
  // of a longer name ("the 12th Directive"), or a person's surname misspelt by one letter.
  {
    shape: 'a lone unknown word as the subject of a speech verb',
    text: [
      'Residents of Ostrava were angry. “Nobody warned us about the water until the river had reached the square,” Ostrava said.',
    ],
    quote: 'Nobody warned us',
    speaker: null,
  },
  {
    shape: 'a lone unknown word as the subject of a speech verb',
    text: ['The 12th Directive states: “no vessel shall enter the bay before the tide has turned.”'],
    quote: 'no vessel shall',
    speaker: null,
  },
  {
    shape: 'a lone unknown word as the subject of a speech verb',
    text: [
      'Fighting went on overnight. “The city has fallen to the rebels after a long night of shelling from the hills,” Reuters said.',
    ],
    quote: 'The city has fallen',
    speaker: null,
  },
  {
    shape: 'a lone unknown word as the subject of a speech verb',
    text: [
      'Talks ended late. “The road is closed until the storm has passed, and we will not reopen it,” Moscow said.',
    ],
    quote: 'The road is closed',
    speaker: null,
  },
  {
    shape: 'a lone unknown word as the subject of a speech verb',
    text: [
      'Spokesman Tomas Wellend spoke on Monday. “We will strike again if the raids go on,” Wellemd said.',
    ],
    quote: 'We will strike',
    speaker: 'Tomas Wellend',
  },
  // A body's writing named by "its"/"their" (quotes/body-writing.ts): the one body the pronoun can stand for.
  {
    shape: 'a body’s writing named by a possessive pronoun',
    text: [
      'The Harbour Commission of Valdera met on Monday. Its statement read “The port will stay closed until the storm passes.”',
    ],
    quote: 'The port will stay',
    speaker: 'Harbour Commission of Valdera',
  },
  {
    shape: 'a body’s writing named by a possessive pronoun',
    text: [
      'The Valdera Farmers Union voted to strike.',
      'Their statement also read “The new tax will ruin small farms across the valley.”',
    ],
    quote: 'The new tax',
    speaker: 'Valdera Farmers Union',
  },
  // Look-alikes: two bodies named before the verb, or people who may own "their" statement.
  {
    shape: 'a body’s writing named by a possessive pronoun',
    text: [
      'The Harbour Commission of Valdera wrote to the Valdera Farmers Union. Its statement read “The port will stay closed until the storm passes.”',
    ],
    quote: 'The port will stay',
    speaker: null,
  },
  {
    shape: 'a body’s writing named by a possessive pronoun',
    text: [
      'Ada Brill and Tomas Renn met the Valdera Farmers Union on Monday. Their statement read “The new tax will ruin small farms across the valley.”',
    ],
    quote: 'The new tax',
    speaker: null,
  },
  // "The father said" / "The mother said" of a couple named together as parents (quotes/roles.ts parentOf).
  {
    shape: 'the father or the mother of a couple named as parents',
    text: [
      'A judge sentenced Thomas Calloway and Ines Calloway, the parents of six, to ten years in prison on Friday.',
      'The father said “I love my children and I always will.”',
    ],
    quote: 'I love my children',
    speaker: 'Thomas Calloway',
  },
  {
    shape: 'the father or the mother of a couple named as parents',
    text: [
      'A judge sentenced Thomas Calloway and Ines Calloway, the parents of six, to ten years in prison on Friday.',
      'The mother said “I hope to see them again one day soon.”',
    ],
    quote: 'I hope to see',
    speaker: 'Ines Calloway',
  },
  // Look-alikes: a couple nothing calls parents; one of a group ("One of the children") after the mother spoke.
  {
    shape: 'the father or the mother of a couple named as parents',
    text: [
      'Thomas Calloway and Ines Calloway run the bakery on Main Street.',
      'The father said “I love my children and I always will.”',
    ],
    quote: 'I love my children',
    speaker: null,
  },
  {
    shape: 'the father or the mother of a couple named as parents',
    text: [
      'A judge sentenced Thomas Calloway and Ines Calloway, the parents of six, to ten years in prison on Friday.',
      'The mother said “I hope to see them again one day soon.”',
      'One of the children said, “Sometimes I still dream of the locked room and the dark.”',
    ],
    quote: 'Sometimes I still dream',
    speaker: null,
  },
  // A body that describes itself, in quotation marks: its own words (the entities stage reads "itself" as a thing's).
  {
    shape: 'a body describing itself',
    text: [
      'Velna Dall describes itself as standing for "clean rivers, open books and honest courts" in its charter.',
    ],
    quote: 'clean rivers, open books',
    speaker: 'Velna Dall',
  },
];
