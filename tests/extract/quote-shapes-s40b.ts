// Made-up rows for round s40b: speakers of quotes after a participle and of a body's writing, read in articles
// outside the label splits (src/extract/quotes/ERRORS.md, "Round s40b"). Each class has a look-alike where another
// speaker (or none) must be given. Read by tests/extract/quote-shapes.test.ts, like quote-shapes.ts.
import type {Shape} from './quote-shapes.js';

/** Rows of round s40b, by class. */
export const ROUND_S40B: readonly Shape[] = [
  // A participle after a comma shares its clause's subject: a pronoun opening the clause before a name is the
  // speaker, the name the first verb's object (quotes/attribution.ts).
  {
    shape: 'a participle whose clause opens with a pronoun before a name',
    text: [
      'The Harbour Authority closed the pier on Monday. It also thanked Paul Grant for the rescue, noting on Twitter “his crew saved eleven lives”.',
    ],
    quote: 'his crew saved',
    speaker: 'Harbour Authority',
  },
  // Look-alike: the name opens the clause; the participle is its subject's.
  {
    shape: 'a participle whose clause opens with a pronoun before a name',
    text: [
      'The Harbour Authority closed the pier on Monday. Paul Grant thanked it for the warning, noting on Twitter “the crews were ready in time”.',
    ],
    quote: 'the crews were ready',
    speaker: 'Paul Grant',
  },
  // "it" stands for a body named before it, never for one named in a later paragraph (quotes/resolve.ts
  // lastOrganization; a mention's offset is its paragraph's own).
  {
    shape: '"it" and a body named in a later paragraph',
    text: [
      'The Varnia Space Agency interrupted its broadcast to mourn the pilot. It also credited Anna Holm with the flight, noting “her courage began the programme”.',
      'Kelmar News reported the funeral will be held on Tuesday.',
    ],
    quote: 'her courage began',
    speaker: 'Varnia Space Agency',
  },
  // A body's writing owned by "their": a body named after a preposition is an object, not the owner
  // (quotes/body-writing.ts).
  {
    shape: "a body's writing, the only body named after a preposition",
    text: [
      'The government of the islands issued a statement agreeing the question should be decided by the Varnian Parliament and not by judges. Their statement also read “a ruling of the courts on our status would ignore the will of the people who live on the islands.”',
    ],
    quote: 'a ruling of the courts',
    speaker: null,
  },
  // Look-alike: the body is the subject of the sentence before.
  {
    shape: "a body's writing, the only body named after a preposition",
    text: [
      'The Varnian Parliament issued a statement on Monday agreeing the question should be decided by vote. Their statement also read “a ruling of the courts on our status would ignore the will of the people who live on the islands.”',
    ],
    quote: 'a ruling of the courts',
    speaker: 'Varnian Parliament',
  },
];
