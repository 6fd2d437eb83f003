import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  displayWidth,
  fit,
  fitWords,
  safeLine,
  truncate,
  truncateStart,
  truncateWords,
  wrapText,
} from '../../src/ui/text.js';

describe('safeLine', () => {
  it.each([
    ['plain', 'plain'],
    ['a\u001b[2Jb', 'ab'],
    ['title\u001b]0;evil\u0007 end', 'title end'],
    ['bell\u0007 and \u009b31m C1', 'bell and C1'],
    ['multi\nline\r\ntext', 'multi line text'],
    ['rtl \u202eoverride', 'rtl override'],
    [
      'Zero\u200bwidth soft\u00adhyphen \ufeffBOM \u200fRLM \u2060joiner',
      'Zerowidth softhyphen BOM RLM joiner',
    ],
    [null, ''],
    // Emoji sequences in the parts that every terminal draws at one width (plain-emoji.ts).
    ['Family 👨\u200d👩\u200d👧 day', 'Family 👨👩👧 day'],
    ['ok 👍🏽 ❤️ 1️⃣ 🏳️\u200d🌈 🇺🇦', 'ok 👍 ❤ 1 🏳🌈 🇺🇦'],
    ['क्\u200dष and 🏽 alone', 'क्\u200dष and 🏽 alone'],
  ] as [string | null, string][])('%j → %j', (input, expected) => {
    expect(safeLine(input)).toBe(expected);
  });
});

describe('widths', () => {
  it.each([
    ['abc', 3],
    ['日本', 4],
    ['e\u0301', 1],
    ['😀', 2],
    ['🚀', 2],
    ['👍🏽', 2],
    ['👨\u200d👩\u200d👧', 2],
    ['❤️', 2],
    ['🇺🇦', 2],
    ['1️⃣', 2],
  ])('%s is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('never cuts an emoji sequence in the middle', () => {
    expect(truncate('ab👨\u200d👩\u200d👧cd', 4)).toBe('ab…');
    expect(truncate('ab👨\u200d👩\u200d👧cd', 5)).toBe('ab👨\u200d👩\u200d👧…');
    // wrapText draws: its skin tones go (plain-emoji.ts), each thumb two columns in every terminal.
    expect(wrapText('👍🏽👍🏽👍🏽', 4)).toEqual(['👍👍', '👍']);
  });

  it('truncates with an ellipsis and pads to an exact width', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    expect(truncate('日本語テキスト', 5)).toBe('日本…');
    expect(fit('ab', 4)).toBe('ab  ');
    expect(displayWidth(fit('日本語テキスト', 6))).toBe(6);
    // A text that fits exactly is kept whole; one column more and it is cut (only the head is measured).
    expect(truncate('Kyiv · café', 11)).toBe('Kyiv · café');
    expect(truncate('Kyiv · cafés', 11)).toBe('Kyiv · caf…');
    expect(truncate('日本語', 6)).toBe('日本語');
    expect(fit('日本語テ', 7)).toBe('日本語…');
    expect(fit('日本語テ', 6)).toBe('日本… ');
    // A cut just after a space drops it ("at Least…", not "at Least …"), and fit pads for it.
    expect(truncate('Russian Missile and Drone Attack Kills at Least 15 in Kyiv', 49)).toBe(
      'Russian Missile and Drone Attack Kills at Least…',
    );
    expect(fit('Kyiv strike at dawn', 13)).toBe('Kyiv strike… ');
    expect(fit('Kyiv strike: 東京 · Kyiv', 19)).toBe('Kyiv strike: 東京… ');
  });

  it.each([
    // People panel roles from articles/kyiv-strike.txt: the cut gives way to the word before it.
    [
      'Svitlana Vodolaha · a spokeswoman for the city’s emergency service',
      40,
      'Svitlana Vodolaha · a spokeswoman for…',
    ],
    ['Rustem Umerov · head of the country’s security council', 40, 'Rustem Umerov · head of the country’s…'],
    // A cut that falls between words keeps every word, without the space before "…".
    ['Ukraine’s defenses shot down drones', 30, 'Ukraine’s defenses shot down…'],
    // A separator left dangling goes with the word after it.
    ['Denys Otstavkin · neighbor of the family', 18, 'Denys Otstavkin…'],
    // One long word, or a space too far back, is still cut mid-word rather than lose most of the room.
    ['Kyiv · Zaporizhzhia', 12, 'Kyiv · Zapo…'],
    ['Antidisestablishmentarianism', 10, 'Antidises…'],
    ['Kyiv', 10, 'Kyiv'],
    ['東京都の市場が開いた 今日', 8, '東京都…'],
  ])('truncateWords(%j, %i) → %j', (text, width, expected) => {
    expect(truncateWords(text, width)).toBe(expected);
    expect(displayWidth(fitWords(text, width))).toBe(width);
  });

  it('never exceeds the width, for any text and width (fit is exact)', () => {
    fc.assert(
      fc.property(
        fc.string({unit: 'grapheme', maxLength: 80}),
        fc.integer({min: 1, max: 40}),
        (text, width) => {
          const clean = safeLine(text);
          expect(displayWidth(truncate(clean, width))).toBeLessThanOrEqual(width);
          for (const l of wrapText(clean, width))
            expect(displayWidth(l)).toBeLessThanOrEqual(Math.max(width, 2));
        },
      ),
    );
  });
});

describe('wrapText', () => {
  it.each([
    ['the quick brown fox', 9, ['the quick', 'brown fox']],
    ['', 10, ['']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['a  b\n\nc', 10, ['a b c']],
  ] as [string, number, string[]][])('%j at %i', (text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });

  it('keeps every word, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), {maxLength: 30}),
        fc.integer({min: 1, max: 30}),
        (words, width) => {
          const joined = wrapText(words.join(' '), width).join('');
          expect(joined.replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('clusters wider than a line', () => {
  it('a letter with spacing marks (3 columns) is split to fit a 1-column line', () => {
    const note = '\u{1d158}\u{1d165}\u{1d16e}';
    expect(displayWidth(note)).toBe(3);
    const lines = wrapText(note, 1);
    expect(lines.join('')).toBe(note);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(2);
  });
});

describe('truncateStart', () => {
  it('keeps the end within the width, "…" first, by display columns', () => {
    expect(truncateStart('short', 10)).toBe('short');
    expect(truncateStart('a long query', 6)).toBe('…query');
    expect(displayWidth(truncateStart('東京都の市場が開いた', 7))).toBeLessThanOrEqual(7);
    expect(truncateStart('東京都の市場が開いた', 7).endsWith('開いた')).toBe(true);
    expect(truncateStart('abc', 1)).toBe('…');
    expect(truncateStart('abc', 0)).toBe('');
  });
});
