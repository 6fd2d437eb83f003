import {describe, expect, it} from 'vitest';
import type {ArticleRecord} from '../../src/store/index.js';
import {NONE_BELOW, rowsNewBelow, seenBelow} from '../../src/ui/state/new-below.js';

const rows = (ids: readonly string[]) => ids.map((id) => ({id}) as ArticleRecord);
const range = (prefix: string, n: number) => Array.from({length: n}, (_, i) => `${prefix}${i}`);
const old = range('a', 3000);

describe('rows new below the window', () => {
  it.each([
    ['one row dated older than the window', [...old.slice(0, 50), 'x', ...old.slice(50)], ['x']],
    ['rows at the top and the end: only those below count', ['top', ...old, 'end'], ['end']],
    ['a row in place of two removed', [...old.slice(0, 50), 'x', ...old.slice(52)], ['x']],
    [
      'a removed row further down',
      [...old.slice(0, 60), 'x', ...old.slice(60, 2500), ...old.slice(2501)],
      ['x'],
    ],
    [
      'a run longer than the look ahead',
      [...old.slice(0, 50), ...range('n', 1500), ...old.slice(50)],
      range('n', 1500),
    ],
    ['a long run removed, rows after it', [...old.slice(0, 40), ...old.slice(1500), 'y', 'z'], ['y', 'z']],
    ['rows in place of many scattered removals', [...old.filter((_, i) => i % 100 !== 7), 'z'], ['z']],
  ])('%s', (_, now, expected) => {
    expect([...rowsNewBelow(rows(now), 10, rows(old), NONE_BELOW)]).toEqual(expected);
  });

  it('keeps the rows counted before while they are below, and counts nothing against an empty list', () => {
    const now = rows([...old.slice(0, 50), 'x', ...old.slice(50)]);
    expect([...rowsNewBelow(now, 10, now, new Set(['x', 'gone']))]).toEqual(['x']);
    expect(rowsNewBelow(now, 60, now, new Set(['x']))).toBe(NONE_BELOW);
    expect(rowsNewBelow(now, 10, [], NONE_BELOW)).toBe(NONE_BELOW);
  });

  it('sees the rows the window end passes, and all of them at the end', () => {
    const now = rows(['a', 'b', 'x', 'c', 'y', 'd']);
    const counted = new Set(['x', 'y']);
    expect([...seenBelow(counted, () => now, 2, 3)]).toEqual(['y']);
    expect(seenBelow(counted, () => now, 2, 2)).toBe(counted);
    expect(seenBelow(counted, () => now, 3, 6)).toBe(NONE_BELOW);
  });
});
