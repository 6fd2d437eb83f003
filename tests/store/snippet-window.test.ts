import {describe, expect, it} from 'vitest';
import {snippetWindow} from '../../src/store/snippet-window.js';

// Written with [ and ] for FTS5's highlight() markers (\x01 and \x02), turned back for reading.
const mark = (text: string) => text.replace(/\[/g, '\u0001').replace(/\]/g, '\u0002');
const show = (text: string) => text.split('\u0001').join('[').split('\u0002').join(']');
const window = (text: string, size?: number) => show(snippetWindow(mark(text), size));

describe('snippetWindow', () => {
  it.each([
    // A short text is whole, with no ellipsis.
    ['one [two] three', 16, 'one [two] three'],
    // No match: the start of the text.
    ['a b c d e f', 3, 'a b c…'],
    // Four words of context before the match, then the rest of the window.
    ['a b c d e f g [h] i j k l m n', 6, '…d e f g [h] i…'],
    // A phrase longer than the room left is taken whole.
    ['a b c d e f [g h i j] k', 6, '…c d e f [g h i j]…'],
    // The window holding the most whole matches wins over the first match.
    ['[a] b c d e f g h i j k l m [n] o [p] q', 6, '…l m [n] o [p] q'],
    // Two matches in one word ("toll],[kyiv"): the word belongs to both, so neither is cut.
    ['a b c d e [f g],[h i] j k', 6, '…c d e [f g],[h i]…'],
  ])('%j (%i words) → %j', (text, size, expected) => {
    expect(window(text, size)).toBe(expected);
  });
  it('never leaves a marker without its pair', () => {
    const text = mark(
      'x '.repeat(30) + '[death toll] ' + 'y '.repeat(30) + '[a b c d e f g h i j k l m n o p q r]',
    );
    for (const size of [1, 4, 16, 40]) {
      const out = snippetWindow(text, size);
      expect(out.split('\u0001').length).toBe(out.split('\u0002').length);
    }
  });
});
