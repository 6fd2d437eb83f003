import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {watchLibrary, type LibraryWatcher} from '../../src/cli/library-watch.js';
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
});
