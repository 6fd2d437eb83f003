import {describe, expect, it} from 'vitest';
import {runEntities} from '../helpers/entities.js';
import {definedNames} from '../../src/extract/entities/defined.js';
import type {Doc} from '../../src/extract/pipeline.js';

const run = runEntities;

type Kind = 'people' | 'places' | 'organizations';
const names = (doc: Doc, kind: Kind) => doc[kind].map((e) => e.name).sort();

// Each rule: input → the names expected of one kind.
const cases: {rule: string; text: string[]; kind: Kind; expected: string[]}[] = [
  {
    rule: 'an organization noun before the name',
    text: ['Shoppers left retailer Varnsby for the discount chain Kelmora.'],
    kind: 'organizations',
    expected: ['Kelmora', 'Varnsby'],
  },
  {
    rule: 'an organization noun after the name',
    text: ['Buyers named the Tolvern chain among them.'],
    kind: 'organizations',
    expected: ['Tolvern'],
  },
  {
    rule: 'a demonym and "daily" before a newspaper',
    text: ['Greek daily Parvatini said the deal was off.'],
    kind: 'organizations',
    expected: ['Parvatini'],
  },
  {
    rule: 'an apposition headed by an organization noun, with a capitalised adjective',
    text: ['UKZOR, the Polish anti-monopoly agency, has to approve the deal.'],
    kind: 'organizations',
    expected: ['UKZOR'],
  },
  {
    rule: 'an outlet cited as a source',
    text: ['Gazeta Melnika reports the plan failed.', 'It was too big, according to Kurier Dolny in March.'],
    kind: 'organizations',
    expected: ['Gazeta Melnika', 'Kurier Dolny'],
  },
  {
    rule: 'an acronym defined in brackets joins its name, small words and all',
    text: ['According to Notes from Varnia (NFV), stores closed.', 'NFV named two buyers.'],
    kind: 'organizations',
    expected: ['Notes from Varnia'],
  },
  {
    rule: 'a two-letter acronym defined for an outlet that reports',
    text: ['Radio Welka (RW) reported the closures.', 'In an RW report, staff spoke.'],
    kind: 'organizations',
    expected: ['Radio Welka'],
  },
  {
    rule: 'a website named by its domain',
    text: ['Speaking to Portfolio.hu, he said so.', 'The firm Vulnera.com found flaws.'],
    kind: 'organizations',
    expected: ['Portfolio.hu', 'Vulnera.com'],
  },
  {
    rule: 'a website and its bare name are one body, named without the domain',
    text: ['The website Kerbside1 listed the candidates.', 'The list is on Kerbside1.com today.'],
    kind: 'organizations',
    expected: ['Kerbside1'],
  },
  {
    rule: 'a mixed-case brand name',
    text: ['The launch by SpaceZ went well, and buyers used HomeMarto.'],
    kind: 'organizations',
    expected: ['HomeMarto', 'SpaceZ'],
  },
  {
    rule: "an adjective opening a sentence stays in a body's name",
    text: ['Civil Varna Authority director Hamid Zahrani spoke.'],
    kind: 'organizations',
    expected: ['Civil Varna Authority'],
  },
  {
    rule: 'a direction before a known place is a region',
    text: ['Stores in Southern Poland closed, said its head for Central Europe.'],
    kind: 'places',
    expected: ['Central Europe', 'Southern Poland'],
  },
  {
    rule: 'a building used only as a location',
    text: [
      'The crew launched from Talberg Space Center on Friday.',
      "A crane fell into Muscat's Grand Mosque.",
    ],
    kind: 'places',
    expected: ['Grand Mosque', 'Muscat', 'Talberg Space Center'],
  },
  {
    rule: 'a person after a kind of star or a client',
    text: ['He paid porn star Stormy Dalvers and his client Gary Fenwell.'],
    kind: 'people',
    expected: ['Gary Fenwell', 'Stormy Dalvers'],
  },
  {
    rule: "an administrator's title is split from the name",
    text: ['NASA Administrator Jim Bradenstine said it may launch in August.'],
    kind: 'people',
    expected: ['Jim Bradenstine'],
  },
];

// Known false positives: the names listed in `bad` must not be reported as the kind given.
const notKinds: {rule: string; text: string[]; kind: Kind; bad: string[]}[] = [
  {
    rule: 'a person whose role names a body',
    text: ['A State Department spokesperson, Morgan Ortavus, said no.'],
    kind: 'organizations',
    bad: ['Morgan Ortavus'],
  },
  {
    rule: 'a place before an airline noun',
    text: ['Flights from Wuhan were cut; Wuhan airline passengers were screened.'],
    kind: 'organizations',
    bad: ['Wuhan'],
  },
  {
    rule: 'an island chain',
    text: ['It formed the Hawaiian Island chain.'],
    kind: 'organizations',
    bad: ['Hawaiian Island'],
  },
  {
    rule: '"daily" as an adjective of a medicine',
    text: ['He has been given zinc and a daily Aspirin.'],
    kind: 'organizations',
    bad: ['Aspirin'],
  },
  {
    rule: 'an apposition with a place after its noun',
    text: ['It helped Pet Patrol, a rescue organization in Kitchener, Ontario, run by volunteers.'],
    kind: 'organizations',
    bad: ['Ontario', 'Kitchener'],
  },
  {
    rule: 'a region after a stripped opener',
    text: ['New South Wales is the most populated state.'],
    kind: 'places',
    bad: ['South Wales'],
  },
  {
    rule: 'a celestial star',
    text: ['They observed the star AB Aurigae last year.'],
    kind: 'people',
    bad: ['AB Aurigae'],
  },
  {
    rule: 'a person cited as a source',
    text: ['According to al-Eryani, the rebels are backed by Iran.'],
    kind: 'organizations',
    bad: ['al-Eryani'],
  },
  {
    rule: 'a town cited as a source',
    text: ['It crashed in Windsor Locks, Connecticut.', 'According to Windsor Locks officials, ten died.'],
    kind: 'organizations',
    bad: ['Windsor Locks'],
  },
  {
    rule: 'a slogan opened by a verb',
    text: ['Melbourne, the city, votes.', 'Make Melbourne the first to reform rates.'],
    kind: 'places',
    bad: ['Make Melbourne'],
  },
  {
    rule: 'a time adjective before a body',
    text: ['Former United States Central Intelligence Agency officer Tony Mendoza died.'],
    kind: 'organizations',
    bad: ['Former United States Central Intelligence Agency'],
  },
  {
    rule: "a nation's research centre is not a building",
    text: ['He works at the German Aerospace Center in Berlin.'],
    kind: 'places',
    bad: ['German Aerospace Center'],
  },
];

describe('entity kinds from the words around them', () => {
  for (const c of cases) it(c.rule, () => expect(names(run(c.text), c.kind)).toEqual(c.expected));
});

describe('entity kinds: known false positives', () => {
  for (const c of notKinds)
    it(c.rule, () => {
      const found = names(run(c.text), c.kind);
      for (const name of c.bad) expect(found).not.toContain(name);
    });
});

describe('definedNames', () => {
  const table: {text: string; expected: string[]}[] = [
    {text: 'According to Notes from Varnia (NFV), stores closed.', expected: ['Notes from Varnia']},
    {text: "The United Kingdom's (UK) party won.", expected: ['United Kingdom']},
    {
      text: 'The National Basketball Association (NBA) paused.',
      expected: ['National Basketball Association'],
    },
    {text: 'He spoke (briefly) to Radio Welka (XY).', expected: []},
    {
      text: 'Critics included the Varnian Office of Trade, Farming and Fisheries (VOTFF) on Monday.',
      expected: ['Varnian Office of Trade, Farming and Fisheries'],
    },
    {text: 'Guests from Varna, Kelm and Brevik (KB) came.', expected: ['Kelm and Brevik']},
    {text: 'Guests from Varna, Kelm and Brevik (VX) came.', expected: []},
  ];
  for (const c of table)
    it(c.text, () => expect(definedNames(c.text).map((d) => d.text)).toEqual(c.expected));
});
