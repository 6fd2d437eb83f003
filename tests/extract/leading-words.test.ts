// Capitalised words that are not names, glued to the front of a person's name: an adverb opening the sentence, a
// plural noun or a party's word before a given name, a hyphenated adjective, a caption label after the name.
import {describe, expect, it} from 'vitest';
import {peopleOf} from '../helpers/entities.js';
import {isModifierCompound} from '../../src/extract/entities/tokens.js';
import {isGuessedAdverb, isPluralNoun} from '../../src/extract/entities/words.js';

const people = peopleOf;

describe('words glued to the front of a name', () => {
  const cases: {name: string; text: string[]; people: string[]}[] = [
    {
      name: 'an adverb the lexicon lacks, opening the sentence',
      text: ['Afterwards Tarvo Ulmanis said the coast was closed.'],
      people: ['Tarvo Ulmanis'],
    },
    {
      name: 'an -ly adverb built on an adjective',
      text: ['Separately Marta Kovalenko told reporters it was late.'],
      people: ['Marta Kovalenko'],
    },
    {
      name: 'a plural role noun before a given name becomes the role',
      text: ['Officials said Senior Advisors Jared Velhorn and Ana Dorsk tested negative.'],
      people: ['Jared Velhorn · Senior Advisors', 'Ana Dorsk'],
    },
    {
      name: 'a plural title before a given name',
      text: ['The subpoena was issued by Representatives Eliot Marrow and others.'],
      people: ['Eliot Marrow · Representatives'],
    },
    {
      name: 'an organization ending in a plural noun, then a name',
      text: ['Director of the Council on Foreign Relations Alia Mersen said it was over.'],
      people: ['Alia Mersen'],
    },
    {
      name: 'the same organization with a spaced hyphen (as some corpora tokenise it)',
      text: ['Director of the Council on American - Islamic Relations Alia Mersen said it was over.'],
      people: ['Alia Mersen'],
    },
    {
      name: 'a party member before the name becomes the role',
      text: ['The list included Democrat Rod Belvanich, the former governor.'],
      people: ['Rod Belvanich · Democrat'],
    },
    {
      name: 'a hyphenated -ing adjective',
      text: ['He would not run with the Trump-loving Kanye Westerby, Ana Dorsk said.'],
      // Kanye Westerby: listed beside a speaking person (unknown-names.test.ts), without the adjective.
      people: ['Kanye Westerby', 'Ana Dorsk'],
    },
    {
      name: 'a hyphenated -ed adjective',
      text: ['The Moscow-backed Viktor Orlanov spoke.'],
      people: ['Viktor Orlanov'],
    },
    {
      name: 'a three-part adjective compound',
      text: ['Fifteen-year-old Robert Danby was hurt.'],
      people: ['Robert Danby'],
    },
    {
      name: 'a caption label after a name',
      text: ['Chairman Markus Dalby Image: Markus Dalby.'],
      people: ['Markus Dalby · Chairman'],
    },
    {
      name: 'a caption label run into the name',
      text: ['Don BlanketonImage: Jo Smith.', 'The party nominated businessman Don Blanketon.'],
      people: ['Don Blanketon · businessman', 'Jo Smith'],
    },
    {
      name: 'a surname with an abstract noun ending after a given name',
      text: ['The party nominated businessman Don Blankenship.'],
      people: ['Don Blankenship · businessman'],
    },
  ];
  for (const c of cases) it(c.name, () => expect(people(c.text)).toEqual(c.people));

  // Capitalised words that are ordinary words and also names: they stay.
  const keep: {name: string; text: string[]; people: string[]}[] = [
    {
      name: 'a given name that is a noun',
      text: ['Grant Shapps announced the plan.'],
      people: ['Grant Shapps'],
    },
    {
      name: 'a Korean given name with a lower-case syllable',
      text: ['Mayor Park Won-soon was found dead.'],
      people: ['Park Won-soon · Mayor'],
    },
    {
      name: 'a Cantonese given name ending in -ing',
      text: ['Legislator Tam Man-kei said no.'],
      people: ['Tam Man-kei · Legislator'],
    },
    {
      name: 'a given name ending in -ly',
      text: ['Kimberly Dorsk said it was late.'],
      people: ['Kimberly Dorsk'],
    },
    {
      name: 'a party member before an institution',
      text: ['He spoke at the Republican National Convention.'],
      people: [],
    },
  ];
  for (const c of keep) it(`keeps: ${c.name}`, () => expect(people(c.text)).toEqual(c.people));

  it('keeps a faith word that is also a given name in the name', () => {
    const found = people(['The paper was written by Christian Marie Keysers, who said it was so.']);
    expect(found.some((p) => p.startsWith('Marie Keysers'))).toBe(false);
  });
});

describe('word tests', () => {
  it.each([
    ['Trump-loving', true],
    ['Kremlin-controlled', true],
    ['Award-winning', true],
    ['Fifteen-year-old', true],
    ['Won-soon', false],
    ['Wai-ching', false],
    ['Man-kei', false],
    ['al-Assad', false],
  ])('modifier compound %s → %s', (word, expected) => expect(isModifierCompound(word)).toBe(expected));

  it.each([
    ['Afterwards', true],
    ['Separately', true],
    ['Reportedly', true],
    ['Kimberly', false],
    ['Beverly', false],
    ['Ivanka', false],
  ])('guessed adverb %s → %s', (word, expected) => expect(isGuessedAdverb(word)).toBe(expected));

  it.each([
    ['Advisors', true],
    ['Relations', true],
    ['Officials', true],
    ['Brooks', false],
    ['Daniels', false],
    ['Kanye', false],
  ])('plural noun %s → %s', (word, expected) => expect(isPluralNoun(word)).toBe(expected));
});
