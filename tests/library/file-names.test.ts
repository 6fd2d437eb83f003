import {writeFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decodeFileName, fsPath} from '../../src/library/file-names.js';
import {loadLibrary, readArticleFile} from '../../src/library/index.js';
import {showName} from '../../src/library/sanitize.js';
import {tempDir} from '../helpers/temp-dir.js';

/** Writes a file whose name holds `bytes` (not necessarily UTF-8) into `dir`. */
function writeRawName(dir: string, bytes: number[], text: string): void {
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(bytes)]), text);
}

const LATIN1_NAME = [...Buffer.from('caf'), 0xe9, ...Buffer.from(' menu.txt')];

describe('file names that are not UTF-8', () => {
  it('are read (they are the user’s articles) and shown with the bad byte spelt out', () => {
    const dir = tempDir();
    writeRawName(dir, LATIN1_NAME, 'The café opened its doors on Monday.\n\nIt closed on Friday.\n');
    const load = loadLibrary(dir);
    expect(load.skipped).toEqual([]);
    const [article] = load.articles;
    expect(article?.paragraphs[0]).toBe('The café opened its doors on Monday.');
    expect(article?.title).toBe('Caf\ufffd menu');
    expect(showName(article?.path ?? '')).toBe(`${dir}/caf\\xe9 menu.txt`);
    expect(showName(article?.id ?? '')).toBe('caf\\xe9 menu');
    expect(readArticleFile(article?.path ?? '').ok).toBe(true);
  });

  it('map to strings and back to the same bytes, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 40}), (bytes) => {
        const name = decodeFileName(bytes);
        const back = fsPath(name);
        expect(Buffer.from(typeof back === 'string' ? Buffer.from(back) : back)).toEqual(Buffer.from(bytes));
        // Well-formed Unicode (no lone surrogates), which SQLite stores and returns unchanged.
        expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
      }),
    );
  });

  it.each([
    ['valid UTF-8 stays as it is', [...Buffer.from('日本 café.md')], '日本 café.md'],
    ['a lone continuation byte', [0x61, 0x80, 0x62], 'a\\x80b'],
    ['a truncated sequence', [0x61, 0xe6, 0x97, 0x62], 'a\\xe6\\x97b'],
    ['an overlong slash', [0xc0, 0xaf], '\\xc0\\xaf'],
    ['a private-use character of the escape block', [...Buffer.from('\uef80')], '\\xee\\xbe\\x80'],
  ])('%s', (_name, bytes, shown) => {
    expect(showName(decodeFileName(Uint8Array.from(bytes)))).toBe(shown);
  });
});
