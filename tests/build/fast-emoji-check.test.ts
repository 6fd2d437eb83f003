import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import {MAY_BE_EMOJI, patchStringWidth} from '../../scripts/fast-emoji-check.mjs';

const rgi = new RegExp('^\\p{RGI_Emoji}$', 'v');
const maybe = MAY_BE_EMOJI as RegExp;

describe('the cheap emoji check in front of string-width’s RGI emoji test', () => {
  it('passes every single character that is an RGI emoji', () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (rgi.test(ch) && !maybe.test(ch)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('passes every RGI emoji sequence: keycaps, flags, skin tones, ZWJ and tag sequences', () => {
    const keycaps = [...'0123456789#*'].map((c) => `${c}\uFE0F\u20E3`);
    const indicators = Array.from({length: 26}, (_, i) => String.fromCodePoint(0x1f1e6 + i));
    const flags = indicators.flatMap((a) => indicators.map((b) => a + b));
    const tones = ['👍', '👋', '🧑', '👩'].flatMap((base) =>
      [0x1f3fb, 0x1f3fc, 0x1f3fd, 0x1f3fe, 0x1f3ff].map((t) => base + String.fromCodePoint(t)),
    );
    const zwj = ['👨‍👩‍👧', '👩‍💻', '🏳️‍🌈', '❤️‍🔥', '🧑🏽‍🚀', '👁️‍🗨️', '🏴‍☠️', '🐻‍❄️'];
    // Text-style characters asking for the emoji form: ▶️ ❤️ ☝️ ↔️ ™️.
    const asked = ['\u25B6\uFE0F', '\u2764\uFE0F', '\u261D\uFE0F', '\u2194\uFE0F', '\u2122\uFE0F'];
    const tags = ['🏴󠁧󠁢󠁥󠁮󠁧󠁿', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🏴󠁧󠁢󠁷󠁬󠁳󠁿'];
    const sequences = [...keycaps, ...flags, ...tones, ...zwj, ...tags, ...asked].filter((s) => rgi.test(s));
    expect(sequences.length).toBeGreaterThan(250);
    expect(sequences.filter((s) => !maybe.test(s))).toEqual([]);
  });

  it('turns the characters of a table away without the costly test', () => {
    for (const s of ['│', '─', '┼', '●', '★', '·', '…', '—', 'é', '’', 'a', '7', '#', '▶', '↔', '™', '©'])
      expect(maybe.test(s)).toBe(false);
  });
});

describe('patchStringWidth on the installed string-width', () => {
  const source = readFileSync(join(process.cwd(), 'node_modules/string-width/index.js'), 'utf8');

  it('finds the call it patches (an update that moves it fails here, not silently)', () => {
    expect(patchStringWidth(source)).not.toBeNull();
  });

  it('builds the RGI emoji pattern when first needed, not when the module loads', () => {
    const patched = patchStringWidth(source) as string;
    expect(source).toMatch(/^const rgiEmojiRegex = \/\^\\p\{RGI_Emoji\}\$\/v;$/m);
    expect(patched).not.toMatch(/^const rgiEmojiRegex = \//m);
    expect(patched).toContain('rgiEmojiPattern ??=');
  });

  it('measures every kind of text as the original does', async () => {
    // Beside node_modules, so the module's own imports resolve.
    const dir = join(process.cwd(), 'node_modules/.cache/fast-emoji-check');
    mkdirSync(dir, {recursive: true});
    writeFileSync(join(dir, 'original.mjs'), source);
    writeFileSync(join(dir, 'patched.mjs'), patchStringWidth(source) as string);
    const load = async (name: string) =>
      ((await import(pathToFileURL(join(dir, name)).href)) as {default: (s: string) => number}).default;
    const [original, patched] = [await load('original.mjs'), await load('patched.mjs')];
    const texts = [
      'plain ASCII',
      '│ ● Kyiv │ 2024-01-01 │',
      'café · naïve…',
      '日本語のテキスト',
      '한국어',
      '👍🏽 ok',
      '🇺🇦🇬🇧',
      '#️⃣ 1️⃣',
      '👨‍👩‍👧 family',
      '\u001b[7minverse\u001b[27m',
      'e\u0301',
      'Ａ全角',
      '☺︎ ☺️ ❤ ❤️',
      '⌚⏰▶️',
    ];
    for (const text of texts) expect([text, patched(text)]).toEqual([text, original(text)]);
  });
});
