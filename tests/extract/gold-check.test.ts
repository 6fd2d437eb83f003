// The floor under brief's held-out gold half (tests/gold/check): scored, never read. Only aggregate figures are
// printed or compared, so a failure says which figure fell, not which article or label.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {extract, toExtractInput} from '../../src/extract/index.js';
import type {Analysis} from '../../src/extract/types.js';
import {readArticleFile} from '../../src/library/index.js';
import {score, type Figures, type Gold} from '../gold/score.js';

// Where a set's article texts are: the made-up styles sets keep theirs beside their labels.
const ARTICLES: Record<string, string> = {
  'styles-check': 'tests/gold/styles-check/articles',
  'styles3-check': 'tests/gold/styles3-check/articles',
  'styles4-check': 'tests/gold/styles4-check/articles',
  'styles5-check': 'tests/gold/styles5-check/articles',
  'styles6-check': 'tests/gold/styles6-check/articles',
  'styles7-check': 'tests/gold/styles7-check/articles',
  'styles8-check': 'tests/gold/styles8-check/articles',
};

function scoreHalf(
  half:
    | 'tune'
    | 'check'
    | 'styles-check'
    | 'styles3-check'
    | 'styles4-check'
    | 'styles5-check'
    | 'styles6-check'
    | 'styles7-check'
    | 'styles8-check'
    | 'check2',
  least = 24,
): Figures {
  const dir = join('tests/gold', half);
  const pairs = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
      const read = readArticleFile(join(ARTICLES[half] ?? 'articles', gold.file ?? `${gold.article}.md`));
      if (!read.ok) throw new Error(`gold article ${gold.article} cannot be read: ${read.skipped.reason}`);
      return {gold, analysis: extract(toExtractInput(read.article))};
    });
  expect(pairs.length).toBeGreaterThanOrEqual(least);
  return score(pairs);
}

const show = (f: Figures) =>
  Object.entries(f)
    .map(([k, v]) => `${k} ${v.toFixed(3)}`)
    .join(' ');

// Raised after the thirtieth round's fact rules (verbs of reaching, obituaries' years, participles of a result; fact
// recall 0.863, precision 0.939). Raised after the twenty-ninth round's entity changes (names typed by their list, roles, possessives, second
// entries; people 0.924, places 0.915). Raised after issue 9's seventh quote round and eighth entity round (organizations 0.806, attribution 0.906,
// measured with both merged). Raised after issue 9's quote and entity rounds of stop 20 (people 0.902, places 0.867, organizations 0.800, quote
// F1 0.974, attribution 0.892, measured with both merged); after the fifth round: people 0.899, places 0.859, organizations 0.788,
// quote F1 0.963, attribution 0.849; after the fourth: people 0.899, places 0.835, organizations 0.788, quote F1
// 0.963, attribution 0.835. Before: set from the measurement when the quote sieve, evidence-based entity kinds and
// clause facts landed (people 0.880, places 0.825, organizations 0.777, quote F1 0.970, attribution 0.777, facts
// 0.804 / 0.942), a little below, so that a change of one article's worth does not fail the build, while a real
// regression does.
const CHECK_FLOORS: Figures = {
  people_f1: 0.9,
  places_f1: 0.89,
  organizations_f1: 0.79,
  quote_f1: 0.96,
  attribution: 0.89,
  fact_recall: 0.84,
  fact_precision: 0.91,
};

// The held-out made-up styles (tests/gold/styles-check, round s43c: six non-Wikinews styles, scored, never read),
// set from brief's first measurement on them (people 0.939, places 0.727, organizations 0.833, quote F1 0.986,
// attribution 0.917, facts 1.000 / 0.951), a little below, as CHECK_FLOORS are. Six short articles: one entity
// is worth about 0.03 here, so the margins are wider than check's.
const STYLES_CHECK_FLOORS: Figures = {
  people_f1: 0.9,
  places_f1: 0.68,
  organizations_f1: 0.79,
  quote_f1: 0.95,
  attribution: 0.87,
  fact_recall: 0.94,
  fact_precision: 0.9,
};

// The second held-out made-up set (tests/gold/styles3-check, round s44c: six more styles, a match report of many
// surnames, a Nigerian and a Canadian wire story, a New Zealand story with macrons, a Singapore story, a Q&A;
// scored, never read), set from brief's first measurement on it (people 0.732, places 0.744, organizations 0.848,
// quote F1 0.984, attribution 0.750, facts 0.935 / 0.963), a little below, as STYLES_CHECK_FLOORS are.
const STYLES3_CHECK_FLOORS: Figures = {
  people_f1: 0.69,
  places_f1: 0.7,
  organizations_f1: 0.8,
  quote_f1: 0.95,
  attribution: 0.7,
  fact_recall: 0.89,
  fact_precision: 0.92,
};

// The third held-out made-up set (tests/gold/styles4-check, round s45c: six more styles, a cricket report by
// surnames and scores like 245/7, a Korean wire story with Korean names and won, a South African story with rand and
// provinces, a rail strike with ballots and shares of services, a health study with cohorts and percentages, a
// horse-racing report whose horses are not people; scored, never read), set from brief's first measurement on it
// (people 0.848, places 0.750, organizations 0.810, quote F1 1.000, attribution 0.952, facts 0.935 / 0.984), a
// little below, as STYLES3_CHECK_FLOORS are.
const STYLES4_CHECK_FLOORS: Figures = {
  people_f1: 0.8,
  places_f1: 0.7,
  organizations_f1: 0.76,
  quote_f1: 0.96,
  attribution: 0.9,
  fact_recall: 0.89,
  fact_precision: 0.94,
};

// The fourth held-out made-up set (tests/gold/styles5-check, round s46e: six more styles, a parliamentary committee
// hearing of questions and answers with Sir/Dame/Baroness titles, a cyclone warning with a list of alerts and km/h, a
// German story in translation with umlauts, ß and Landkreis, a Polish story with diacritics and złoty, a football
// transfer with fees in £m and clubs by short names, an Irish story with fadas, TDs and Irish-language places;
// scored, never read), set from brief's first measurement on it (people 0.928, places 0.667, organizations 0.500,
// quote F1 1.000, attribution 1.000, facts 0.952 / 1.000), a little below, as STYLES4_CHECK_FLOORS are. Six
// articles (32 people, 42 quotes): one person is worth about 0.03 and one quote about 0.025.
const STYLES5_CHECK_FLOORS: Figures = {
  people_f1: 0.88,
  places_f1: 0.62,
  organizations_f1: 0.45,
  quote_f1: 0.96,
  attribution: 0.95,
  fact_recall: 0.9,
  fact_precision: 0.95,
};

// The fifth held-out made-up set (tests/gold/styles6-check, round s47e: six more styles in no earlier set, among them a
// match report with a scorecard, a press conference with a transcript whose answers are not in quotation marks, and
// names with lower-case particles; scored, never read), set from brief's first measurement on it (people 0.896, places
// 0.875, organizations 0.667, quote F1 1.000, attribution 0.968, facts 0.930 / 0.954), a little below, as
// STYLES5_CHECK_FLOORS are. Six articles (35 people, 31 quotes): one person is worth about 0.03 and one quote about
// 0.03.
const STYLES6_CHECK_FLOORS: Figures = {
  people_f1: 0.85,
  places_f1: 0.83,
  organizations_f1: 0.62,
  quote_f1: 0.96,
  attribution: 0.93,
  fact_recall: 0.88,
  fact_precision: 0.91,
};

// The sixth held-out made-up set (tests/gold/styles7-check, round s49e: six articles, each the kindred of one in the
// readable tests/gold/styles7 (written as six pairs and split pair by pair), among them a council meeting with "Cr"
// titles, an explainer of a levy in figures, an obituary, a health trial, an election by constituencies and a town
// with names in three languages; scored, never read), set from brief's first measurement on it (people 0.925, places
// 0.860, organizations 0.923, quote F1 1.000, attribution 0.967, facts 0.918 / 0.922), a little below, as
// STYLES6_CHECK_FLOORS are. Six articles (34 people, 30 quotes): one person is worth about 0.03 and one quote about
// 0.03.
const STYLES7_CHECK_FLOORS: Figures = {
  people_f1: 0.88,
  places_f1: 0.81,
  organizations_f1: 0.87,
  quote_f1: 0.96,
  attribution: 0.93,
  fact_recall: 0.87,
  fact_precision: 0.87,
};

// The seventh held-out made-up set (tests/gold/styles8-check, round s50f: six articles, each the kindred of one in the
// readable tests/gold/styles8 (written as six pairs and split pair by pair), among them a conflict report, a transport
// accident, a live page with time stamps, a sports final, a profile and an epidemic report; scored, never read), set
// from brief's first measurement on it (people 0.988, places 0.876, organizations 0.838, quote F1 0.978, attribution
// 0.848, facts 0.935 / 0.854), a little below, as STYLES7_CHECK_FLOORS are. Six articles (42 people, 46 places, 41
// organizations, 46 quotes, 46 key facts): one entity is worth about 0.025 and one quote about 0.02.
const STYLES8_CHECK_FLOORS: Figures = {
  people_f1: 0.95,
  places_f1: 0.84,
  organizations_f1: 0.8,
  quote_f1: 0.95,
  attribution: 0.81,
  fact_recall: 0.9,
  fact_precision: 0.82,
};

// The second held-out Wikinews half (tests/gold/check2, round s45e: eight shipped articles in no earlier set, chosen
// and split by seeded shuffles, labelled before brief was run on them; scored, never read), set from brief's first
// measurement on it (people 0.960, places 0.936, organizations 0.927, quote F1 0.968, attribution 1.000, facts
// 0.867 / 0.977), a little below, as CHECK_FLOORS are. Eight short articles (37 people, 46 places, 40
// organizations, 15 quotes, 45 key facts): one entity is worth about 0.025 and one quote about 0.035, so the margins
// are wider than check's.
const CHECK2_FLOORS: Figures = {
  people_f1: 0.92,
  places_f1: 0.9,
  organizations_f1: 0.88,
  quote_f1: 0.92,
  attribution: 0.9,
  fact_recall: 0.82,
  fact_precision: 0.93,
};

describe('the held-out gold half', () => {
  it('stays above the floors measured when it was last improved', {timeout: 120_000}, () => {
    const figures = scoreHalf('check');
    console.log(`check: ${show(figures)}`);
    const short = (Object.keys(CHECK_FLOORS) as (keyof Figures)[]).filter(
      (k) => figures[k] < CHECK_FLOORS[k],
    );
    expect(short.map((k) => `${k} ${figures[k].toFixed(3)} < ${CHECK_FLOORS[k]}`)).toEqual([]);
  });

  it('keeps the held-out made-up styles above their floors', {timeout: 120_000}, () => {
    const figures = scoreHalf('styles-check', 6);
    console.log(`styles-check: ${show(figures)}`);
    const short = (Object.keys(STYLES_CHECK_FLOORS) as (keyof Figures)[]).filter(
      (k) => figures[k] < STYLES_CHECK_FLOORS[k],
    );
    expect(short.map((k) => `${k} ${figures[k].toFixed(3)} < ${STYLES_CHECK_FLOORS[k]}`)).toEqual([]);
  });

  it('keeps the second held-out made-up styles above their floors', {timeout: 120_000}, () => {
    const figures = scoreHalf('styles3-check', 6);
    console.log(`styles3-check: ${show(figures)}`);
    const short = (Object.keys(STYLES3_CHECK_FLOORS) as (keyof Figures)[]).filter(
      (k) => figures[k] < STYLES3_CHECK_FLOORS[k],
    );
    expect(short.map((k) => `${k} ${figures[k].toFixed(3)} < ${STYLES3_CHECK_FLOORS[k]}`)).toEqual([]);
  });

  it('keeps the third held-out made-up styles above their floors', {timeout: 120_000}, () => {
    const figures = scoreHalf('styles4-check', 6);
    console.log(`styles4-check: ${show(figures)}`);
    const short = (Object.keys(STYLES4_CHECK_FLOORS) as (keyof Figures)[]).filter(
      (k) => figures[k] < STYLES4_CHECK_FLOORS[k],
    );
    expect(short.map((k) => `${k} ${figures[k].toFixed(3)} < ${STYLES4_CHECK_FLOORS[k]}`)).toEqual([]);
  });

  it('keeps the fourth held-out made-up styles above their floors', {timeout: 120_000}, () => {
    const figures = scoreHalf('styles5-check', 6);
    console.log(`styles5-check: ${show(figures)}`);
    const short = (Object.keys(STYLES5_CHECK_FLOORS) as (keyof Figures)[]).filter(
      (k) => figures[k] < STYLES5_CHECK_FLOORS[k],
    );
    expect(short.map((k) => `${k} ${figures[k].toFixed(3)} < ${STYLES5_CHECK_FLOORS[k]}`)).toEqual([]);
  });

  it('keeps the fifth held-out made-up styles above their floors', {timeout: 120_000}, () => {
    const figures = scoreHalf('styles6-check', 6);
    console.log(`styles6-check: ${show(figures)}`);
    const short = (Object.keys(STYLES6_CHECK_FLOORS) as (keyof Figures)[]).filter(
      (k) => figures[k] < STYLES6_CHECK_FLOORS[k],
    );
    expect(short.map((k) => `${k} ${figures[k].toFixed(3)} < ${STYLES6_CHECK_FLOORS[k]}`)).toEqual([]);
  });

  it('keeps the sixth held-out made-up styles above their floors', {timeout: 120_000}, () => {
    const figures = scoreHalf('styles7-check', 6);
    console.log(`styles7-check: ${show(figures)}`);
    const short = (Object.keys(STYLES7_CHECK_FLOORS) as (keyof Figures)[]).filter(
      (k) => figures[k] < STYLES7_CHECK_FLOORS[k],
    );
    expect(short.map((k) => `${k} ${figures[k].toFixed(3)} < ${STYLES7_CHECK_FLOORS[k]}`)).toEqual([]);
  });

  it('keeps the seventh held-out made-up styles above their floors', {timeout: 120_000}, () => {
    const figures = scoreHalf('styles8-check', 6);
    console.log(`styles8-check: ${show(figures)}`);
    const short = (Object.keys(STYLES8_CHECK_FLOORS) as (keyof Figures)[]).filter(
      (k) => figures[k] < STYLES8_CHECK_FLOORS[k],
    );
    expect(short.map((k) => `${k} ${figures[k].toFixed(3)} < ${STYLES8_CHECK_FLOORS[k]}`)).toEqual([]);
  });

  it('keeps the second held-out Wikinews half above its floors', {timeout: 120_000}, () => {
    const figures = scoreHalf('check2', 8);
    console.log(`check2: ${show(figures)}`);
    const short = (Object.keys(CHECK2_FLOORS) as (keyof Figures)[]).filter(
      (k) => figures[k] < CHECK2_FLOORS[k],
    );
    expect(short.map((k) => `${k} ${figures[k].toFixed(3)} < ${CHECK2_FLOORS[k]}`)).toEqual([]);
  });

  it(
    'scores tune by the rules of the shared scorer (which gives the same figures on both halves)',
    {timeout: 120_000},
    () => {
      const figures = scoreHalf('tune');
      console.log(`tune: ${show(figures)}`);
      expect(figures.quote_f1).toBeGreaterThan(0.5);
    },
  );
});

const analysis = (a: Partial<Analysis>): Analysis => ({
  summary: [],
  people: [],
  places: [],
  organizations: [],
  quotes: [],
  facts: [],
  ...a,
});
const person = (name: string) => ({name, aliases: [], mentions: 1});

describe('the gold scorer', () => {
  it('matches names without titles, counts a second entry for one person as wrong, ignores optional ones', () => {
    const gold: Gold = {
      article: 'made-up',
      people: [{name: 'Anna Berg', aliases: ['Berg']}],
      optional: {people: ['Tom Reed']},
    };
    const f = score([
      {gold, analysis: analysis({people: [person('Ms. Anna Berg'), person('Berg'), person('Tom Reed')]})},
    ]);
    expect(f.people_f1).toBeCloseTo(2 / 3);
  });

  it('matches a quote holding 80% of the gold words, and an unnamed speaker only when none of the people is given', () => {
    const gold: Gold = {
      article: 'made-up',
      people: [{name: 'Anna Berg'}],
      quotes: [
        {text: 'We will rebuild the bridge before winter comes', speaker: 'Anna Berg'},
        {text: 'Nobody told us anything at all', speaker: null},
      ],
    };
    const right = score([
      {
        gold,
        analysis: analysis({
          quotes: [
            {text: 'We will rebuild the bridge before winter', speaker: 'Ms. Anna Berg'},
            {text: 'Nobody told us anything at all', speaker: null},
          ],
        }),
      },
    ]);
    expect([right.quote_f1, right.attribution]).toEqual([1, 1]);
    const wrong = score([
      {gold, analysis: analysis({quotes: [{text: 'Nobody told us anything at all', speaker: 'Anna Berg'}]})},
    ]);
    expect(wrong.attribution).toBe(0);
    expect(wrong.quote_f1).toBeCloseTo(2 / 3);
  });

  it('finds a fact by its number (digits or words) and a keyword among the top twelve', () => {
    const gold: Gold = {article: 'made-up', facts: [{value: 1500, keywords: ['homes']}]};
    const fact = (text: string) => ({text, sentence: text, values: []});
    expect(
      score([{gold, analysis: analysis({facts: [fact('1.5 thousand homes lost power')]})}]).fact_recall,
    ).toBe(1);
    expect(score([{gold, analysis: analysis({facts: [fact('1,500 people marched')]})}]).fact_recall).toBe(0);
  });
});
