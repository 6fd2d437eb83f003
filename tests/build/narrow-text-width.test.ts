import fc from 'fast-check';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import * as plugin from '../../scripts/narrow-text-width.mjs';
import {NARROW as UI_NARROW, truncate} from '../../src/ui/text.js';

const {NARROW, patchNarrow} = plugin as {NARROW: RegExp; patchNarrow: (source: string) => string | null};

// Every code point the fast path lets through.
const allowed: string[] = [];
for (let cp = 0; cp <= 0xffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const ch = String.fromCharCode(cp);
  if (NARROW.test(ch)) allowed.push(ch);
}

describe('the narrow-text fast path in front of string-width', () => {
  it('is the class the reader cuts text by without a segmenter (src/ui/text.ts)', () => {
    expect(UI_NARROW.source).toBe(NARROW.source);
    // Cut on the fast path, the space before the "…" dropped as on the segmenter's.
    expect(truncate('Igor Matovič · “peace” — │ ●', 14)).toBe('Igor Matovič…');
    expect(truncate('Igor Matovič · “peace” — │ ●', 20)).toBe('Igor Matovič · “pea…');
  });

  it('lets through only characters string-width counts as one column', () => {
    expect(allowed.length).toBeGreaterThan(900);
    const wrong = allowed.filter((ch) => stringWidth(ch) !== 1).map((ch) => ch.charCodeAt(0).toString(16));
    expect(wrong).toEqual([]);
  });

  it('gives string-width’s own width for any text of them: no two join into one cluster', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...allowed), {maxLength: 60}), (chars) => {
        const text = chars.join('');
        expect(NARROW.test(text)).toBe(true);
        expect(text.length).toBe(stringWidth(text));
      }),
      {numRuns: 2000},
    );
  });

  it('turns away what is not one column per character: marks, soft hyphens, emoji, wide and zero-width text', () => {
    for (const text of [
      'e\u0301',
      'soft\u00adhyphen',
      'Team 👍🏽',
      '日本語',
      'zero\u200bwidth',
      '\u25b6\ufe0f',
      'tab\there',
    ])
      expect(NARROW.test(text)).toBe(false);
    // Text of the shipped articles' kind passes: accents, curly quotes, dashes, the table's rules.
    expect(NARROW.test('Zelensky’s “peace formula” — Kraków, São Paulo · │ ┌─┬─┐ ● ★ …')).toBe(true);
    // Greek and Cyrillic letters, currency signs and the panels' focus marker.
    expect(NARROW.test('▶ Summary · Київ · Αθήνα · €5 · ₴20')).toBe(true);
  });

  it('still finds the ASCII test it widens in the installed string-width', () => {
    const source = readFileSync(
      join(import.meta.dirname, '../../node_modules/string-width/index.js'),
      'utf8',
    );
    expect(patchNarrow(source)).not.toBeNull();
  });
});
