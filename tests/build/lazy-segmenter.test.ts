import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import {lazySegmenter} from '../../scripts/lazy-segmenter.mjs';

const lazy = lazySegmenter as (source: string) => string | null;
const modules = join(process.cwd(), 'node_modules');
const TEXTS = [
  'plain ASCII',
  'Igor Matovič · “peace” — │ ●',
  '日本語のテキスト',
  '👍🏽 ok 🇺🇦',
  '👨‍👩‍👧 family',
  '\u001b[31mred\u001b[39m e\u0301',
];

const written: string[] = [];
afterAll(() => {
  for (const file of written) rmSync(file, {force: true});
});

/** Loads `file` (under node_modules) and its patched copy beside it, so their own imports resolve. */
async function both<T>(file: string): Promise<[T, T]> {
  const source = readFileSync(join(modules, file), 'utf8');
  const patched = lazy(source);
  expect(patched).not.toBeNull();
  const dir = join(modules, file, '..');
  const name = `.lazy-segmenter-test-${process.pid}.mjs`;
  writeFileSync(join(dir, name), patched as string);
  written.push(join(dir, name));
  return [
    (await import(pathToFileURL(join(modules, file)).href)) as T,
    (await import(pathToFileURL(join(dir, name)).href)) as T,
  ];
}

describe('segmenters made on first use', () => {
  it('rewrites a top-level segmenter used only through .segment()', () => {
    const source =
      "const seg = new Intl.Segmenter(undefined, {granularity: 'grapheme'});\nexport const f = (s) => [...seg.segment(s)].length;";
    const patched = lazy(source) as string;
    expect(patched).not.toMatch(/^const seg = new Intl\.Segmenter/m);
    const f = new Function(`${patched.replace('export ', '')}; return f;`)() as (s: string) => number;
    expect(f('e\u0301👍🏽')).toBe(2);
  });

  it('leaves a module alone when the segmenter is used another way, or made differently', () => {
    expect(lazy('const seg = new Intl.Segmenter();\nseg.resolvedOptions();\nseg.segment("x");')).toBeNull();
    expect(lazy('let seg = new Intl.Segmenter();')).toBeNull();
    expect(lazy('export const x = 1;')).toBeNull();
  });

  it('keeps string-width (both copies) measuring as before', async () => {
    for (const file of ['string-width/index.js', 'wrap-ansi/node_modules/string-width/index.js']) {
      const [original, patched] = await both<{default: (s: string) => number}>(file);
      for (const text of TEXTS)
        expect([file, text, patched.default(text)]).toEqual([file, text, original.default(text)]);
    }
  });

  it('keeps slice-ansi and Ink’s ansi-tokenize tokenizing as before', async () => {
    type Tokens = (s: string, options?: {endCharacter?: number}) => unknown;
    const [sliceA, sliceB] = await both<{default: Tokens}>('slice-ansi/tokenize-ansi.js');
    const [tokA, tokB] = await both<{tokenize: Tokens}>('@alcalzone/ansi-tokenize/build/tokenize.js');
    for (const text of TEXTS) {
      expect(tokB.tokenize(text)).toEqual(tokA.tokenize(text));
      expect(sliceB.default(text)).toEqual(sliceA.default(text));
      expect(sliceB.default(text, {endCharacter: 3})).toEqual(sliceA.default(text, {endCharacter: 3}));
    }
  });
});
