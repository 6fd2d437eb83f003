import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {findArticleFiles, MAX_DEPTH} from '../../src/library/find-files.js';
import {describeFsError} from '../../src/library/read-article.js';
import {tempDir} from '../helpers/temp-dir.js';

describe('a folder tree deeper than any library', () => {
  it('reads articles down to MAX_DEPTH folders and reports, once, what lies deeper', () => {
    const root = tempDir();
    let dir = root;
    const levels = MAX_DEPTH + 40;
    for (let i = 1; i <= levels; i++) {
      dir = join(dir, 'd');
      mkdirSync(dir);
      writeFileSync(join(dir, `level-${i}.md`), `# Level ${i}\n\nText.\n`);
    }
    const found = findArticleFiles(root);
    expect(found.files).toHaveLength(MAX_DEPTH);
    expect(found.skipped).toHaveLength(1);
    expect(found.skipped[0]?.reason).toBe(
      `too deep: more than ${MAX_DEPTH} folders below the library (not read)`,
    );
    expect((found.skipped[0]?.path ?? '').split('/d').length - 1).toBe(MAX_DEPTH + 1);
  });

  it('says a path the system cannot take is too long, in words', () => {
    expect(describeFsError(Object.assign(new Error('x'), {code: 'ENAMETOOLONG'}))).toMatch(/path is longer/);
  });
});
