import {rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {listCommand} from '../../src/cli/list-command.js';
import {openSqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';

/** Runs `brief list --json` on the library; its marked articles by id, and what it said on stderr. */
async function list(lib: string, db: string): Promise<{marked: string[]; err: string}> {
  let out = '';
  let err = '';
  await listCommand(lib, db, true, {out: (t) => void (out += t), err: (t) => void (err += t)});
  const rows = JSON.parse(out) as {id: string; read: boolean; favourite: boolean}[];
  return {marked: rows.filter((a) => a.read || a.favourite).map((a) => a.id), err};
}

describe('marks restored from the journal after the database is deleted', () => {
  it('loses no mark, and counts texts, not articles, when a marked article was edited since', async () => {
    const files: Record<string, string> = {};
    for (const n of [1, 2, 3, 4])
      files[`story-${n}.md`] = `---\ntitle: Story ${n}\n---\nThe ferry ran ${n} times.\n`;
    const lib = tempDir(files);
    const db = join(tempDir(), 'brief.db');
    await list(lib, db);
    const store = openSqliteStore({dbPath: db, root: lib});
    store.setRead('story-1', true);
    store.setFavourite('story-2', true);
    store.setRead('story-3', true);
    store.close();
    // Edited after it was marked: its new text takes the marks, its old text keeps them in the journal.
    writeFileSync(join(lib, 'story-1.md'), '---\ntitle: Story 1\n---\nThe ferry ran once, and late.\n');
    const before = await list(lib, db);
    expect(before.marked.sort()).toEqual(['story-1', 'story-2', 'story-3']);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, {force: true});
    const after = await list(lib, db);
    expect(after.marked.sort()).toEqual(before.marked.sort());
    // Four marked texts (story-1's two) for three marked articles: said as texts, never as "4 articles".
    expect(after.err).toMatch(
      /restored the marks of 4 article texts from .*brief\.db\.marks \(texts since edited or removed among them\)/,
    );
    expect(after.err).not.toMatch(/marks of \d+ articles/);
  });
});
