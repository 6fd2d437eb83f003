import {describe, expect, it} from 'vitest';
import {idsLike} from '../../src/cli/did-you-mean.js';
import {slug} from '../../src/feeds/article-file.js';

// `brief show`'s guesses for an id typed as the list shows the title (cli.test.ts runs the same through the built
// CLI): the words are looked for as slug() spells them in file names. Titles made up.
const IDS = [
  `2026-03-01-${slug('Harbour plan agreed')}`,
  `2026-03-02-${slug('Zürich café reopens after the flood')}`,
  `2026-03-03-${slug('Один день в Киеве')}`,
  `2026-03-04-${slug('Portmere’s ferry returns')}`,
];

describe('idsLike', () => {
  it.each([
    ['harbour', [IDS[0]]],
    ['Harbour Plan', [IDS[0]]],
    ['Zürich Café reopens', [IDS[1]]],
    ["Portmere's ferry", [IDS[3]]],
    ['день в Киеве', [IDS[2]]],
    ['', []],
  ])('%j finds %j', (typed, ids) => {
    expect(idsLike(typed, IDS).ids).toEqual(ids);
  });
});
