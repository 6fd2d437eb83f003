import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {addProgress} from '../../src/cli/add-progress.js';
import {wrapLines} from '../../src/cli/output.js';
import {wrapWords} from '../../src/cli/wrap-words.js';

// Made-up messages naming a feed, a title and a file in CJK, with emoji and combining accents, as stderr shows them.
const CJK =
  'brief: warning: 東京新聞: “都知事選挙 現職が 三選を 果たす 投票率は 前回を 上回る” added from the feed’s own text';
const EMOJI = 'brief: skipped /news/🔥🔥🔥 fire 🔥🔥🔥.md: 🎉 party 🎉🎉 notes 🎉🎉🎉 and more: empty file';
// "Café" written with a combining accent: four columns, five UTF-16 units.
const COMBINING = `brief: warning: ${'Cafe\u0301 '.repeat(7)}noir`;

const widths = (text: string): number[] => text.split('\n').map((l) => stringWidth(l));

describe('word-wrapping a message to the terminal by display width', () => {
  it.each([
    ['CJK', 40, CJK],
    ['emoji', 40, EMOJI],
    ['CJK', 60, CJK],
    ['emoji', 30, EMOJI],
  ])('%s at %i columns: no line runs past the edge', (_, columns, text) => {
    const wrapped = wrapLines(text, columns);
    expect(wrapped.replace(/\n/g, ' ')).toBe(text);
    for (const w of widths(wrapped)) expect(w).toBeLessThanOrEqual(columns);
  });

  it('counts a letter with a combining accent as the one column it takes', () => {
    // 16 + 7 x 5 + 4 = 55 columns: one line at 55, where counting units (62) wrapped it.
    expect(stringWidth(COMBINING)).toBe(55);
    expect(wrapLines(COMBINING, 55)).toBe(COMBINING);
    expect(wrapWords(COMBINING, 55)).toBe(COMBINING);
  });
});

describe("brief add's progress line", () => {
  it('is cut to the terminal by display width, never inside a character', () => {
    let drawn = '';
    const progress = addProgress({isTTY: true, columns: 30, write: (t) => void (drawn = t)});
    progress.start('/home/ada/ニュース/東京新聞の記事🔥🔥.html');
    const line = drawn.replace(/^\r/, '').replace('\u001b[K', '');
    expect(stringWidth(line)).toBeLessThanOrEqual(29);
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(line.startsWith('adding /home/ada/ニュース')).toBe(true);
  });
});
