import fc from 'fast-check';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join, normalize} from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodeFileName, fsPath} from '../../src/library/file-names.js';
import {ARTICLE_EXTENSIONS, child, findArticleFiles, isArticleName} from '../../src/library/find-files.js';
import {tempDir} from '../helpers/temp-dir.js';

describe('paths the library walk makes', () => {
  it('joins a normalised folder and a name as path.join does', () => {
    const segment = fc.constantFrom('', '.', '..', 'a', 'b c', 'é', '');
    const root = fc
      .tuple(fc.boolean(), fc.array(segment, {maxLength: 4}), fc.boolean())
      .map(([abs, parts, slash]) => `${abs ? '/' : ''}${parts.join('/')}${slash ? '/' : ''}`);
    const name = fc
      .string({minLength: 1, maxLength: 8})
      .filter((n) => !n.includes('/') && n !== '.' && n !== '..');
    fc.assert(fc.property(root, name, (r, n) => child(normalize(r), n) === join(r, n)));
  });

  it('finds the same paths for a root given as ./dir, dir/ or dir', () => {
    const dir = tempDir({'a.md': 'A', 'sub/b.md': 'B'});
    const paths = (root: string) => findArticleFiles(root).files;
    const expected = [join(dir, 'a.md'), join(dir, 'sub/b.md')];
    expect(paths(dir)).toEqual(expected);
    expect(paths(`${dir}/`)).toEqual(expected);
    expect(paths(`${dir}/./`)).toEqual(expected);
  });

  it('does not follow a link to a folder that holds the library, and tells a loop from a folder read twice', () => {
    const home = tempDir({'elsewhere/notes.md': 'Notes', 'shared/b.md': 'B'});
    const lib = join(home, 'library');
    mkdirSync(lib);
    writeFileSync(join(lib, 'a.md'), 'A');
    // Like "/proc/self/root": the folder above the library, which would walk the library again and all around it.
    symlinkSync(home, join(lib, 'home'));
    symlinkSync(join(home, 'shared'), join(lib, 'one'));
    symlinkSync(join(home, 'shared'), join(lib, 'two'));
    const found = findArticleFiles(lib);
    expect(found.files).toEqual([join(lib, 'a.md'), join(lib, 'one', 'b.md')]);
    const reasons = Object.fromEntries(found.skipped.map((s) => [s.path.slice(lib.length + 1), s.reason]));
    expect(reasons).toEqual({
      home: 'symbolic link loop (a folder that holds this one)',
      two: 'folder already read through another link',
    });
  });

  it('finds a file once when a link to it comes before or after it, through a linked root too', () => {
    const dir = tempDir({'a.md': 'A', 'z.md': 'Z'});
    symlinkSync(join(dir, 'z.md'), join(dir, '0-link.md'));
    symlinkSync(join(dir, 'a.md'), join(dir, 'b-link.md'));
    expect(findArticleFiles(dir).files).toEqual([join(dir, '0-link.md'), join(dir, 'a.md')]);
    const outside = tempDir();
    symlinkSync(dir, join(outside, 'library'));
    const linked = join(outside, 'library');
    expect(findArticleFiles(linked).files).toEqual([join(linked, '0-link.md'), join(linked, 'a.md')]);
  });

  it('reads a folder with a name that is not UTF-8 as bytes, its other names as before', () => {
    const dir = tempDir({'plain.md': 'P'});
    mkdirSync(join(dir, 'mixed'));
    writeFileSync(Buffer.from(`${dir}/mixed/caf\xe9.md`, 'latin1'), 'C');
    writeFileSync(join(dir, 'mixed', 'kyiv.md'), 'K');
    const names = findArticleFiles(dir).files.map((f) => f.slice(dir.length + 1));
    expect(names).toEqual(['mixed/caf\uefe9.md', 'mixed/kyiv.md', 'plain.md']);
  });

  it('reads an ASCII name by its fast path exactly as the UTF-8 decoder would', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 24}), (bytes) => {
        const name = decodeFileName(bytes);
        expect(Buffer.from(fsPath(name) as string | Buffer).equals(Buffer.from(bytes))).toBe(true);
        if (bytes.every((b) => b < 0x80)) expect(name).toBe(new TextDecoder().decode(bytes));
      }),
    );
    expect(decodeFileName(Buffer.from('kyiv-strike.md'))).toBe('kyiv-strike.md');
  });

  it('takes a name as an article by its last extension in any case, as lowering the whole name would', () => {
    const lowered = (name: string) =>
      ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)) &&
      !/^(readme|attribution|licen[cs]e|changelog|contributing|notice|copying)(\.[a-z]+)?$/i.test(name);
    const piece = fc.constantFrom(
      '.md',
      '.MD',
      '.Txt',
      '.html',
      '.HTM',
      '.xhtml',
      '.',
      'readme',
      'K',
      'İ',
      'Σ',
      'a',
    );
    const name = fc.array(fc.oneof(piece, fc.string({maxLength: 3})), {maxLength: 5}).map((p) => p.join(''));
    fc.assert(fc.property(name, (n) => isArticleName(n) === lowered(n)));
    expect(['kyiv-strike.md', 'Fire.TXT', 'page.Htm'].map(isArticleName)).toEqual([true, true, true]);
    expect(['README.md', 'notes.pdf', 'md', 'archive.md.gz'].map(isArticleName)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
