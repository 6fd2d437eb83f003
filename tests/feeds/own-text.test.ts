import {describe, expect, it} from 'vitest';
import {ownText, type OwnText} from '../../src/feeds/own-text.js';

// Made-up item texts: what a feed's description or content is worth, keyed by verdict, each with one that looks
// close but is not.
const CASES: [OwnText, string, string[]][] = [
  [
    'text',
    'two sentences of a report',
    [
      'The Milltown bridge was closed on Tuesday after a truck hit a guardrail. Two people were taken to hospital with minor injuries, police said.',
    ],
  ],
  [
    'text',
    'two paragraphs with a quotation',
    [
      'Mayor Elena Ruiz opened the new Eastbrook public library on Wednesday, a $12 million building. "Every child deserves a place like this," Ruiz said.',
      'Library director Paul Okoro said 3,500 residents had signed up for cards.',
    ],
  ],
  [
    'teaser',
    'one long sentence is still a teaser',
    [
      'The harbour council voted on Thursday to approve a new ferry terminal after a three-year debate over the waterfront, its seal colony and the cost',
    ],
  ],
  ['teaser', 'one short sentence', ['The Sunday ferry will leave at ten from next week.']],
  ['teaser', 'two sentences, too few words', ['Officials met. Read more.']],
  [
    'teaser',
    'titles do not split sentences',
    ['Mr. Hale and Dr. Okafor met Gen. Varga in the town hall of Kalvaro on Monday night, officials said.'],
  ],
  [
    'article',
    'a report in full',
    [Array.from({length: 14}, () => 'Crews worked through the night to clear the road.').join(' ')],
  ],
  [
    'article',
    'a report in full in Japanese, written without spaces between words',
    Array.from(
      {length: 4},
      () =>
        'リバートン市のエイダ・バルガ市長は火曜日、議会が港湾計画を承認したと述べた。住民は計画の費用について意見が分かれ、一部の人は税金が上がることを心配している。',
    ),
  ],
  ['teaser', 'one short sentence in Chinese', ['里弗顿市议会周二批准了港口计划。']],
  ['none', 'nothing', []],
];

describe('what a feed item’s own text is worth', () => {
  it.each(CASES)('%s: %s', (verdict, _name, paragraphs) => {
    expect(ownText(paragraphs)).toBe(verdict);
  });
});
