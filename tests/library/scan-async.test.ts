import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  findArticleFiles,
  findArticleFilesAsync,
  MAX_DEPTH,
  STEP_ENTRIES,
} from '../../src/library/find-files.js';
import {KEY_QUIET_MS, nextSlice} from '../../src/library/limits.js';
import {scanLibrary, scanLibraryAsync} from '../../src/store/scan.js';
import {openSqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';

/** A library with a chain of `levels` folders, an article in each, and a few wide folders beside it. */
function deepLibrary(levels: number): string {
  const root = tempDir();
  for (let f = 0; f < 3; f++) {
    mkdirSync(join(root, `wide-${f}`));
    for (let i = 0; i < 20; i++)
      writeFileSync(join(root, `wide-${f}`, `note-${i}.md`), `# Note ${i}\n\nText.\n`);
  }
  let dir = root;
  for (let i = 1; i <= levels; i++) {
    dir = join(dir, 'd');
    mkdirSync(dir);
    if (i % 10 === 0) writeFileSync(join(dir, `level-${i}.md`), `# Level ${i}\n\nText.\n`);
  }
  return root;
}

/** Runs `work`, recording when it ends against callbacks queued for the event loop meanwhile. */
async function order(work: () => Promise<unknown>): Promise<string[]> {
  const events: string[] = [];
  let ticks = 0;
  let walking = true;
  const tick = (): void => {
    if (!walking) return;
    ticks += 1;
    if (ticks <= 3) events.push('event loop ran');
    setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  walking = false;
  events.push('walk done');
  return events;
}

describe('the library walk leaves the event loop free (a reader draws and answers keys meanwhile)', () => {
  it('finds the same files and reasons as the one-go walk, in the same order', async () => {
    const root = deepLibrary(300);
    const sync = findArticleFiles(root);
    const sliced = await findArticleFilesAsync(root, 0);
    expect(sliced).toEqual(sync);
    expect(sliced.files).toHaveLength(60 + Math.floor(MAX_DEPTH / 10));
    expect(sliced.skipped).toEqual([
      {
        path: expect.stringMatching(/\/d$/),
        reason: `too deep: more than ${MAX_DEPTH} folders below the library (not read)`,
      },
    ]);
  });

  it('lets queued work run before it ends; the one-go walk does not', async () => {
    const root = deepLibrary(300);
    expect(await order(() => findArticleFilesAsync(root, 0))).toEqual([
      'event loop ran',
      'event loop ran',
      'event loop ran',
      'walk done',
    ]);
    expect(await order(() => Promise.resolve(findArticleFiles(root)))).toEqual(['walk done']);
  });

  it('steps over a folder some entries at a time, not one entry a step (a nothing-changed walk kept cheap)', async () => {
    const root = tempDir();
    const n = STEP_ENTRIES * 3 + 5;
    for (let i = 0; i < n; i++) writeFileSync(join(root, `a${String(i).padStart(4, '0')}.md`), `# A ${i}\n`);
    let turns = 0;
    let walking = true;
    const tick = (): void => {
      if (!walking) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const found = await findArticleFilesAsync(root, 0);
    walking = false;
    expect(found).toEqual(findArticleFiles(root));
    expect(found.files).toHaveLength(n);
    // A turn of the event loop before each step: four steps of up to STEP_ENTRIES entries (one a file, before).
    expect(turns).toBeGreaterThanOrEqual(3);
    expect(turns).toBeLessThanOrEqual(6);
  });

  it('the store scan too: the same plan, with the event loop running between files', async () => {
    const root = deepLibrary(300);
    const store = openSqliteStore({dbPath: ':memory:', root});
    try {
      const sync = scanLibrary(store.db, store.root);
      let sliced: Awaited<ReturnType<typeof scanLibraryAsync>> | null = null;
      const events = await order(async () => (sliced = await scanLibraryAsync(store.db, store.root, 0)));
      expect(events[0]).toBe('event loop ran');
      expect(sliced).toEqual(sync);
    } finally {
      store.close();
    }
  });
});

describe('the walks keep out of a run of keys (the reader tells them when its last key came)', () => {
  /** A key clock that says "a key just now" while `typing()` is true. */
  const keys = (typing: () => boolean) => () => (typing() ? performance.now() : -Infinity);
  const turns = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('nextSlice waits while keys are coming and goes on once they stop', async () => {
    let typing = true;
    let done = false;
    void nextSlice(keys(() => typing)).then(() => (done = true));
    await turns(KEY_QUIET_MS * 3);
    expect(done).toBe(false);
    typing = false;
    await turns(KEY_QUIET_MS * 3);
    expect(done).toBe(true);
    // Without keys, or without a clock, a turn of the event loop.
    await nextSlice(() => -Infinity);
    await nextSlice();
  });

  it('the scan does not end while keys are coming, and ends with the same plan after', async () => {
    const root = deepLibrary(60);
    const store = openSqliteStore({dbPath: ':memory:', root});
    try {
      let typing = true;
      let plan: Awaited<ReturnType<typeof scanLibraryAsync>> | null = null;
      const scanning = scanLibraryAsync(
        store.db,
        store.root,
        0,
        keys(() => typing),
      ).then((p) => (plan = p));
      await turns(KEY_QUIET_MS * 3);
      expect(plan).toBeNull();
      typing = false;
      await scanning;
      expect(plan).toEqual(scanLibrary(store.db, store.root));
    } finally {
      store.close();
    }
  });
});
