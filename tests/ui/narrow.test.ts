import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {measureWidthWith, widthAtMost} from '../../src/ui/narrow.js';

// Made-up words of a stderr message: Latin, CJK, emoji, a combining accent, Thai.
const WORDS = ['Harbour', 'Kraków', '東京新聞', '🔥🔥', 'Cafe\u0301', 'สวัสดี', 'a\u200db'];

describe('widthAtMost, before string-width is loaded', () => {
  it.each(WORDS)('%s: never less than the width on screen; exact for narrow text and CJK', (word) => {
    expect(widthAtMost(word)).toBeGreaterThanOrEqual(stringWidth(word));
    if (/^[\x20-\x7e\u00c0-\u017f\u3000-\u9fff]*$/u.test(word))
      expect(widthAtMost(word)).toBe(stringWidth(word));
  });
  it('is exact once a command has loaded the measure', () => {
    measureWidthWith(stringWidth);
    for (const word of WORDS) expect(widthAtMost(word)).toBe(stringWidth(word));
  });
});
