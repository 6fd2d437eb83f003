import {renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {doubles} from '../../src/store/scan-record.js';
import {scanLibrary} from '../../src/store/scan.js';
import type {SqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText, countingPool, rewrite, storeOpener} from './fixtures.js';

const store = storeOpener();

// Made-up articles, one in a folder of its own, and a file that is not an article (empty).
function library(): string {
  return tempDir({
    'kyiv.md': articleText('Strike on Kyiv', 'Drones hit homes in Kyiv overnight.'),
    'vote.md': articleText('Vote in Berlin', 'Lawmakers met in Berlin.'),
    'world/rain.md': articleText('Rain in Oslo', 'Rain fell in Oslo for a week.'),
    'empty.md': '',
  });
}

/** Indexes as `brief index` does (no write slices), which leaves the scan record. */
async function index(s: SqliteStore): Promise<void> {
  await startIndexing(s, {pool: countingPool()}).done;
}

const records = (s: SqliteStore): number =>
  s.db.prepare<[], {n: number}>('SELECT count(*) AS n FROM scan_records').get()?.n ?? 0;

describe('the scan record of a library', () => {
  it('lets a scan with nothing changed skip the stored files, and still names the files that are not articles', async () => {
    const root = library();
    const s = store(root);
    await index(s);
    expect(records(s)).toBe(1);
    const plan = scanLibrary(s.db, root);
    expect(plan.recorded).toBe(true);
    expect(plan.unchanged).toBe(4);
    expect(plan.reads).toEqual([]);
    expect(plan.missing).toBe(0);
    expect(plan.skipped.map((f) => f.path)).toEqual([join(root, 'empty.md')]);
  });

  // Each change is made after a run that left the record; the next scan must see it as the full comparison does.
  type Plan = ReturnType<typeof scanLibrary>;
  const changes: [string, (root: string) => void, (plan: Plan, root: string) => void][] = [
    [
      'an edited file',
      (root) => rewrite(root, 'vote.md', articleText('Vote in Berlin', 'The vote was put off.')),
      (plan) => expect(plan.reads.map((r) => r.id)).toEqual(['vote']),
    ],
    [
      'an added file',
      (root) => writeFileSync(join(root, 'world', 'snow.md'), articleText('Snow', 'Snow fell in Tromsø.')),
      (plan) => expect(plan.reads.map((r) => [r.id, r.isNew])).toEqual([['snow', true]]),
    ],
    [
      'a removed file',
      (root) => rmSync(join(root, 'kyiv.md')),
      (plan) => expect([plan.reads.length, plan.missing]).toEqual([0, 1]),
    ],
    [
      'a renamed file',
      (root) => renameSync(join(root, 'kyiv.md'), join(root, 'kyiv-strike.md')),
      (plan) => expect([plan.reads.map((r) => r.id), plan.missing]).toEqual([['kyiv-strike'], 1]),
    ],
    [
      'a file of the same name in another folder (the ids move)',
      (root) => writeFileSync(join(root, 'rain.md'), articleText('Rain in Rome', 'Rain fell in Rome.')),
      (plan, root) =>
        expect(plan.idMoves).toEqual([{path: join(root, 'world', 'rain.md'), id: 'world/rain'}]),
    ],
  ];
  for (const [name, change, expectPlan] of changes) {
    it(`does not hide ${name}`, async () => {
      const root = library();
      const s = store(root);
      await index(s);
      change(root);
      const plan = scanLibrary(s.db, root);
      expect(plan.recorded).toBe(false);
      expectPlan(plan, root);
      // The next run brings the store up to date and leaves a record that matches the folder again.
      await index(s);
      expect(scanLibrary(s.db, root).recorded).toBe(true);
    });
  }

  it('is dropped when any process changes a stored file, so it never vouches for files it did not see', async () => {
    const root = library();
    const dbPath = join(tempDir(), 'brief.db');
    const s = store(root, dbPath);
    await index(s);
    // Another connection (an older brief, say) stores a different time for one file.
    const other = new Database(dbPath);
    other.prepare('UPDATE files SET mtime_ms = mtime_ms + 1 WHERE path = ?').run(join(root, 'vote.md'));
    other.close();
    expect(records(s)).toBe(0);
    const plan = scanLibrary(s.db, root);
    expect(plan.recorded).toBe(false);
    expect(plan.reads.map((r) => r.id)).toEqual(['vote']);
  });

  it('is not written by a reader’s index (write slices), nor by a run that could not read every file', async () => {
    const root = library();
    const s = store(root);
    await startIndexing(s, {pool: countingPool(), writeSliceMs: 8}).done;
    expect(records(s)).toBe(0);
    const failing = countingPool();
    const read = failing.read;
    failing.read = (job) =>
      job.path.endsWith('vote.md')
        ? Promise.resolve({ok: false, reason: 'busy', transient: true})
        : read(job);
    const t = store(root);
    await startIndexing(t, {pool: failing}).done;
    expect(records(t)).toBe(0);
    expect(scanLibrary(t.db, root).reads.map((r) => r.id)).toEqual(['vote']);
  });
});

describe('the scan record’s doubles', () => {
  it('reads as readDoubleLE does, from any offset of a buffer, by a copy or by readDoubleLE', () => {
    const values = [0, -1, 1733224000123.456, 5120, Number.MAX_SAFE_INTEGER, 0.1];
    const whole = Buffer.alloc(values.length * 8 + 3);
    // Three bytes in: not on an 8-byte boundary, as a blob from SQLite need not be.
    const bytes = whole.subarray(3);
    values.forEach((v, i) => bytes.writeDoubleLE(v, i * 8));
    for (const littleEndian of [true, false]) {
      const read = doubles(bytes, littleEndian);
      expect(read.length).toBe(values.length);
      expect(values.map((_, i) => read.at(i))).toEqual(values);
    }
  });
});
