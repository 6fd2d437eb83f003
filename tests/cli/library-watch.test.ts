import {mkdirSync, renameSync, rmSync, watch as fsWatch, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {watchLibrary, type LibraryWatcher} from '../../src/cli/library-watch.js';
import {MAX_DEPTH} from '../../src/library/limits.js';
import {tempDir} from '../helpers/temp-dir.js';

const watchers: LibraryWatcher[] = [];
afterEach(() => {
  while (watchers.length) watchers.pop()?.close();
});

function watch(dir: string, options: Parameters<typeof watchLibrary>[2] = {}) {
  const changes = {count: 0};
  const w = watchLibrary(dir, () => (changes.count += 1), {debounceMs: 20, ...options});
  watchers.push(w);
  return {w, changes};
}

const settle = (test: () => void) => vi.waitFor(test, {timeout: 10_000, interval: 20});

describe('watching the library folder', () => {
  it('reports new, changed, moved and removed files, in subfolders too, folding bursts into one', async () => {
    const dir = tempDir({'a.md': 'A\nText.\n', 'sub/b.txt': 'B\nText.\n'});
    const {w, changes} = watch(dir);
    expect(w.mode).toBe('watch');
    const steps: (() => void)[] = [
      () => writeFileSync(join(dir, 'new.md'), 'New\nText.\n'),
      () => writeFileSync(join(dir, 'sub/b.txt'), 'B\nChanged.\n'),
      () => renameSync(join(dir, 'a.md'), join(dir, 'moved.md')),
      () => rmSync(join(dir, 'sub/b.txt')),
      () => {
        mkdirSync(join(dir, 'later'));
        writeFileSync(join(dir, 'later/c.md'), 'C\nText.\n');
      },
    ];
    for (const step of steps) {
      const before = changes.count;
      step();
      await settle(() => expect(changes.count).toBeGreaterThan(before));
    }
    // A burst of writes is one change.
    const before = changes.count;
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `burst-${i}.md`), 'x\ny\n');
    await settle(() => expect(changes.count).toBeGreaterThan(before));
    await new Promise((r) => setTimeout(r, 200));
    expect(changes.count - before).toBeLessThanOrEqual(3);
  });

  it('ignores hidden files (editors’ swap files, brief’s own temporary files)', async () => {
    const dir = tempDir();
    const {changes} = watch(dir);
    writeFileSync(join(dir, '.brief-1-aa.tmp'), 'half');
    writeFileSync(join(dir, '.notes.swp'), 'x');
    await new Promise((r) => setTimeout(r, 300));
    expect(changes.count).toBe(0);
    writeFileSync(join(dir, 'real.md'), 'Real\nText.\n');
    await settle(() => expect(changes.count).toBe(1));
  });

  it('scans periodically where the folder cannot be watched', async () => {
    const dir = tempDir();
    const failing = (() => {
      throw Object.assign(new Error('no watching here'), {code: 'ENOSPC'});
    }) as unknown as typeof import('node:fs').watch;
    const {w, changes} = watch(dir, {watch: failing, pollMs: 30});
    expect(w.mode).toBe('poll');
    await settle(() => expect(changes.count).toBeGreaterThanOrEqual(2));
  });

  it('per folder: one watch per folder (none per file), down to MAX_DEPTH, and a new folder is watched after a change', async () => {
    const dir = tempDir();
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `note-${i}.md`), 'Note\nText.\n');
    let deep = dir;
    for (let i = 1; i <= MAX_DEPTH + 10; i++) mkdirSync((deep = join(deep, 'd')));
    const watched: string[] = [];
    const counting = ((path: string, options: {recursive?: boolean}, listener: () => void) => {
      expect(options.recursive).toBe(false);
      watched.push(path);
      return fsWatch(path, options, listener);
    }) as unknown as typeof fsWatch;
    const {w, changes} = watch(dir, {watch: counting, perFolder: true});
    expect(w.mode).toBe('watch');
    // The library and MAX_DEPTH folders below it; the 30 files and the folders deeper take none.
    await settle(() => expect(watched).toHaveLength(MAX_DEPTH + 1));
    expect(new Set(watched).size).toBe(watched.length);

    mkdirSync(join(dir, 'later'));
    await settle(() => expect(watched).toContain(join(dir, 'later')));
    const before = changes.count;
    writeFileSync(join(dir, 'later', 'c.md'), 'C\nText.\n');
    await settle(() => expect(changes.count).toBeGreaterThan(before));
  });
});
