// Given names that are also common words ("Will", "Rich", "Hope", "Christian"), multi-word titles before a name
// ("Minority Whip"), an acronym run into a surname ("MSNBC Cummings") and a plural's possessive after a surname.
import {describe, expect, it} from 'vitest';
import {runEntities, peopleOf} from '../helpers/entities.js';
import {isSurnameLike, leadReading} from '../../src/extract/entities/given-names.js';
import {tokenize} from '../../src/extract/entities/tokens.js';

const run = runEntities;

const people = peopleOf;
const orgs = (text: string[]) => run(text).organizations.map((o) => o.name);

describe('given names that are common words', () => {
  const cases: {name: string; text: string[]; people: string[]}[] = [
    {
      name: 'a modal capitalised mid-sentence',
      text: ['He met Will Smeaton on Monday.'],
      people: ['Will Smeaton'],
    },
    {
      name: 'a modal opening a sentence, before a tensed verb',
      text: ['Will Smeaton said the film was done.'],
      people: ['Will Smeaton'],
    },
    {
      name: 'a modal opening a sentence, the surname alone a person later',
      text: ['Will Smeaton arrived on Monday.', 'Smeaton said the film was done.'],
      people: ['Will Smeaton'],
    },
    {
      name: 'an adjective compromise knows as a given name, opening a sentence',
      text: ['Rich Pellow wrote the editorial.'],
      people: ['Rich Pellow'],
    },
    {
      name: 'a noun after a word for a person',
      text: ['Senior advisor Hope Hickley had tested positive.'],
      // (The lexicon's noun for a doer before the name is her role.)
      people: ['Hope Hickley · advisor'],
    },
    {
      name: 'a surname that could be a plural, after a word for a person',
      text: ['After it was revealed his aide Hope Hicks tested positive, he left.'],
      people: ['Hope Hicks · aide'],
    },
    {
      // The lexicon's noun for a doer is the role, with the word that modifies it; not a function word.
      name: 'a doer noun before an unknown name, with its modifier',
      text: [
        'Finnish game developer Vaarno Tellervo discussed Varncraft.',
        'The inventor Ardo Pellonen agreed.',
      ],
      people: ['Vaarno Tellervo · game developer', 'Ardo Pellonen · inventor'],
    },
    {
      name: 'a noun opening a sentence, the surname with a title later',
      text: ['Hope Hickley arrived on Monday.', 'Later, Ms. Hickley left.'],
      people: ['Hope Hickley'],
    },
    {
      name: 'a noun opening a sentence, the two words read as a name elsewhere',
      text: ['Hope Hickley arrived on Monday.', 'The aide Hope Hickley left.'],
      people: ['Hope Hickley · aide'],
    },
    {
      name: 'a faith word compromise knows as a given name, opening a sentence',
      text: ['Christian Keyser led the study.'],
      people: ['Christian Keyser'],
    },
    {
      name: 'a surname that could be a plural, opening a sentence, the surname a person later',
      text: ['Christian Keysers led the study.', 'Keysers said it was new.'],
      people: ['Christian Keysers'],
    },
  ];
  for (const c of cases) it(c.name, () => expect(people(c.text)).toEqual(c.people));

  // Known false positives: an ordinary word before a capitalised word that is not (or not read as) a given name.
  const falsePositives: {name: string; text: string[]; junk: string[]}[] = [
    {name: 'a modal opening a question', text: ['Will Congress act?'], junk: ['Will Congress', 'Congress']},
    {
      name: 'a modal question with the surname a person elsewhere',
      text: ['Will Smeaton resign?', 'Smeaton said no.'],
      junk: ['Will Smeaton'],
    },
    {name: 'a street', text: ['Hope Street is closed.'], junk: ['Hope Street']},
    {
      name: 'an adjective before a plural',
      text: ['Rich Countries pay less.'],
      junk: ['Rich Countries', 'Countries'],
    },
    {name: 'a party', text: ['Christian Democrats won the vote.'], junk: ['Christian Democrats']},
    {
      name: 'an adjective opening a product name',
      text: ['He works at Red Hatley now.'],
      junk: ['Red Hatley'],
    },
    {
      name: 'an adjective before a surname a person elsewhere',
      text: ['Former Trumpton adviser Bo Kessler spoke.', 'Trumpton said no.'],
      junk: ['Former Trumpton'],
    },
    {
      name: 'a function word before a name',
      text: ['According to The Verge, it failed.'],
      junk: ['The Verge'],
    },
    {
      name: 'a noun before an unknown word, mid-sentence',
      text: ['He installed Oracle Linux on it.'],
      junk: ['Oracle Linux'],
    },
    {
      name: 'a surname particle',
      text: ['Leon van Biljon died.', 'Van Biljon owned the lodge.'],
      junk: ['Van Biljon'],
    },
  ];
  for (const c of falsePositives)
    it(`keeps out: ${c.name}`, () => {
      const found = people(c.text);
      for (const junk of c.junk) expect(found).not.toContain(junk);
    });
});

describe('words glued to a name by titles, acronyms and possessives', () => {
  it.each([
    ['Senate Minority Whip Dick Durbel said no.', ['Dick Durbel · Minority Whip']],
    ['He met Majority Whip Jim Clyburg.', ['Jim Clyburg · Majority Whip']],
    ['White House Press Secretary Joe Lockhard said no.', ['Joe Lockhard · Press Secretary']],
    ['He met Deputy Chief Whip Ann Lee.', ['Ann Lee · Deputy Chief Whip']],
  ])('title phrase: %s', (text, expected) => expect(people([text])).toEqual(expected));

  it('splits an acronym off a surname the article names elsewhere', () => {
    const text = ['Elijah Cummings died.', 'Chuck Schumer told MSNBC Cummings "was a great man".'];
    expect(people(text)).toEqual(['Elijah Cummings', 'Chuck Schumer']);
    expect(orgs(text)).toEqual(['MSNBC']);
  });

  it('keeps a body and its section together', () => {
    expect(orgs(['Speaking to BBC Sport, he left.'])).toEqual(['BBC Sport']);
  });

  it.each([
    ["The Gen. Santos Doctors' Hospital said he died.", [], ["Gen. Santos Doctors' Hospital"]],
    ["He joined the Kurdistan Workers' Party (PKK).", [], ["Kurdistan Workers' Party"]],
    ["He met the Santos Doctors' Fleet team.", ['Santos'], []],
    [
      "He sat on the House of Representatives' Finance Committee.",
      [],
      ['House of Representatives', 'Finance Committee'],
    ],
  ])('plural possessive: %s', (text, expectedPeople, expectedOrgs) => {
    expect(people([text])).toEqual(expectedPeople);
    expect(orgs([text])).toEqual(expectedOrgs);
  });
});

describe('word tests', () => {
  it.each([
    ['Smith', true],
    ['Lowry', true],
    ['Hicks', true],
    ['Durbin', true],
    ['Congress', false],
    ['Street', false],
    ['Democrats', false],
    ['Galactic', false],
    ['Countries', true], // plural-looking: a weak surname, which alone decides nothing
  ])('surname-like %s → %s', (word, expected) => expect(isSurnameLike(tokenize(word)[0])).toBe(expected));

  it.each([
    ['He met Will Hicks.', 'Will', 'given'],
    ['Will Hicks arrived.', 'Will', 'given'],
    ['Will Hicks and Jo left.', 'Will', 'maybe'],
    ['Will Hicks resign?', 'Will', 'no'],
    ['Rich Wilson wrote.', 'Rich', 'given'],
    ['Rich Countries pay.', 'Rich', 'maybe'],
    ['Hope Hicks arrived.', 'Hope', 'maybe'],
    ['Hope Street closed.', 'Hope', 'no'],
    ['It is Red Hatley.', 'Red', 'no'],
    ['After Trumpton left.', 'After', 'no'],
  ])('lead reading of %s', (text, word, expected) => {
    const tokens = tokenize(text);
    const at = tokens.findIndex((t) => t.text === word);
    expect(leadReading(text, 0, tokens.slice(at))).toBe(expected);
  });
});
