import {describe, expect, it} from 'vitest';
import {memoByText} from '../../src/extract/memo.js';

describe('memoByText', () => {
  it('asks the function once per text and gives back what it gave', () => {
    const asked: string[] = [];
    const upper = memoByText((text: string) => {
      asked.push(text);
      return {text: text.toUpperCase()};
    });
    const first = upper('Ada Varga');
    expect(upper('Ada Varga')).toBe(first);
    expect(upper('Rotterdam').text).toBe('ROTTERDAM');
    expect(asked).toEqual(['Ada Varga', 'Rotterdam']);
  });

  it('starts afresh past its limit, and still answers rightly', () => {
    let calls = 0;
    const length = memoByText((text: string) => {
      calls++;
      return text.length;
    }, 2);
    for (const t of ['a', 'bb', 'ccc']) length(t);
    expect(calls).toBe(3);
    // Three entries held: the fourth text empties the memo, so 'a' is worked out again.
    expect(length('dddd')).toBe(4);
    expect(length('a')).toBe(1);
    expect(calls).toBe(5);
  });
});
