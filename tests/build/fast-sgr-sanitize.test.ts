import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import {patchSanitizeAnsi} from '../../scripts/fast-sgr-sanitize.mjs';

// Ink's own sanitize-ansi.js beside a patched copy, in a copy of Ink's build folder (it imports its tokenizer).
const require = createRequire(import.meta.url);
const inkBuild = dirname(require.resolve('ink'));
const copy = mkdtempSync(join(tmpdir(), 'brief-sgr-'));
afterAll(() => rmSync(copy, {recursive: true, force: true}));
// Without their source-map comments (the maps are not copied).
const source = (file: string) =>
  readFileSync(join(inkBuild, file), 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
writeFileSync(join(copy, 'ansi-tokenizer.js'), source('ansi-tokenizer.js'));
writeFileSync(join(copy, 'sanitize-ansi.js'), source('sanitize-ansi.js'));
const patched = (patchSanitizeAnsi as (s: string) => string | null)(source('sanitize-ansi.js'));
writeFileSync(join(copy, 'patched.js'), patched ?? '');
writeFileSync(join(copy, 'package.json'), '{"type": "module"}');

type Sanitize = (text: string) => string;
const load = async (file: string) =>
  ((await import(pathToFileURL(join(copy, file)).href)) as {default: Sanitize}).default;

describe('the plain-SGR fast path in front of Ink’s sanitizeAnsi', () => {
  it('applies to the Ink installed', () => {
    expect(patched).not.toBeNull();
    expect(patched).toContain('onlySgr.test(text)');
    expect((patchSanitizeAnsi as (s: string) => string | null)('export default 1;')).toBeNull();
  });

  it('gives what Ink gives for any mix of text, SGRs, other sequences and C1 characters', async () => {
    const [ink, fast] = [await load('sanitize-ansi.js'), await load('patched.js')];
    const piece = fc.constantFrom(
      'a',
      'Kyiv ',
      '│',
      '·',
      '😀',
      '\u001b[2m',
      '\u001b[0;1m',
      '\u001b[38;2;10;20;30m',
      '\u001b[39m',
      '\u001b[',
      '\u001b',
      '[2J',
      '\u001b[2J',
      '\u001b[H',
      '\u001b[?25l',
      '\u001b]8;;https://example.org\u0007',
      '\u0007',
      '\u009b',
      '\u0085',
      'm',
      ';',
      '1',
    );
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 12}), (pieces) => {
        const text = pieces.join('');
        expect(fast(text)).toBe(ink(text));
      }),
      {numRuns: 3000},
    );
  });

  it('returns a table line with its colours as it is, and still strips a cursor move', async () => {
    const fast = await load('patched.js');
    const line =
      '\u001b[2m│\u001b[22m\u001b[1m\u001b[32m ●  \u001b[39m\u001b[22m\u001b[2m│\u001b[22m Storm closes the coast road ';
    expect(fast(line)).toBe(line);
    expect(fast('before\u001b[2Jafter')).toBe('beforeafter');
  });
});
