// Made-up rows for the attribution gaps of issue 9's sixth round (known misses of earlier rounds and the unseen-set
// shapes, each checked on invented text and counted across `articles/`). Each class has a look-alike where the
// rule must not give a speaker. Read by tests/extract/quote-shapes.test.ts, like quote-shapes.ts.
import type {Shape} from './quote-shapes.js';

/** Rows of the sixth round, by class. */
export const ROUND6: readonly Shape[] = [
  // A surname opened by a capital and an apostrophe ("O'Neill") after a given name that is also a word ("Crystal").
  {
    shape: 'a surname with an apostrophe after a given name that is a word',
    text: ['Crystal O’Neill said the clinic would open on Monday. “We have enough staff,” she said.'],
    quote: 'We have enough',
    speaker: 'Crystal O’Neill',
  },
  {
    shape: 'a surname with an apostrophe after a given name that is a word',
    text: ["“We have enough staff for the first week,” said Hope D'Aubery, the clinic's director."],
    quote: 'We have enough',
    speaker: "Hope D'Aubery",
  },
  // Look-alike: a word before an apostrophe and a capital is no name ("rock 'N' Roll").
  {
    shape: 'a surname with an apostrophe after a given name that is a word',
    text: ["The band played Rock 'N' Roll all night. “We have enough songs for a week,” a fan said."],
    quote: 'We have enough',
    speaker: null,
  },
  // "“…,” X of the Y office told …": a phrase placing the speaker between the name and the verb.
  {
    shape: 'a phrase of where the speaker works between name and verb',
    text: [
      '“We will rebuild the pier before summer,” Ada Brill of the county harbour preservation office told those gathered.',
    ],
    quote: 'We will rebuild',
    speaker: 'Ada Brill',
  },
  {
    shape: 'a phrase of where the speaker works between name and verb',
    text: ['“We will rebuild the pier before summer,” Tobias Renn from the harbour board said.'],
    quote: 'We will rebuild',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'a phrase of where the speaker works between name and verb',
    text: [
      '“We will rebuild the pier before the start of the summer,” Tobias Renn of the union, which has struck twice, said.',
    ],
    quote: 'We will rebuild',
    speaker: 'Tobias Renn',
  },
  // Look-alikes: the phrase opens a clause of its own, whose subject is someone else; a name after "of" is no subject.
  {
    shape: 'a phrase of where the speaker works between name and verb',
    text: [
      'The board met. “We will rebuild the pier before the start of the summer,” Tobias Renn of the union that said it would strike wrote.',
    ],
    quote: 'We will rebuild',
    speaker: null,
  },
  {
    shape: 'a phrase of where the speaker works between name and verb',
    text: [
      '“We will rebuild the pier before the start of the summer,” the lawyer of Tobias Renn from the harbour board said.',
    ],
    quote: 'We will rebuild',
    speaker: null,
  },
];
