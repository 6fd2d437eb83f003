import fc from 'fast-check';
import {relative, sep} from 'node:path';
import {describe, expect, it} from 'vitest';
import {uniqueIds} from '../../src/library/load-library.js';

// The ids as they were worked out before the stems were computed once: a regular expression on each split path.
function regexIds(root: string, files: string[]): string[] {
  const stem = (p: string): string => (p.split(sep).pop() ?? p).replace(/\.[^.]+$/, '');
  const counts = new Map<string, number>();
  for (const f of files) counts.set(stem(f), (counts.get(stem(f)) ?? 0) + 1);
  return files.map((f) =>
    (counts.get(stem(f)) ?? 0) > 1
      ? relative(root, f)
          .split(sep)
          .join('/')
          .replace(/\.[^.]+$/, '')
      : stem(f),
  );
}

describe('uniqueIds: an article id is its file name without extension, or its path where names repeat', () => {
  it.each([
    [
      ['/lib/kyiv.md', '/lib/vote.txt'],
      ['kyiv', 'vote'],
    ],
    [
      ['/lib/kyiv.md', '/lib/2024/kyiv.html'],
      ['kyiv', '2024/kyiv'],
    ],
    [
      ['/lib/a.b.md', '/lib/notes.'],
      ['a.b', 'notes.'],
    ],
    [
      ['/lib/v1.2/rain.md', '/lib/v1.3/rain.md'],
      ['v1.2/rain', 'v1.3/rain'],
    ],
  ])('%j → %j', (files, ids) => {
    expect(uniqueIds('/lib', files)).toEqual(ids);
  });

  it('gives the ids the regular expressions gave, for any names', () => {
    const part = fc.stringMatching(/^[a-z.]{1,6}$/);
    const path = fc.array(part, {minLength: 1, maxLength: 3}).map((parts) => `/lib/${parts.join('/')}`);
    fc.assert(
      fc.property(fc.uniqueArray(path, {maxLength: 12}), (files) => {
        expect(uniqueIds('/lib', files)).toEqual(regexIds('/lib', files));
      }),
    );
  });
});
