import {spawnSync} from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {expect} from 'vitest';
import {runCli} from './run-cli.js';

/** A small disk of its own (a tmpfs), for a test to fill. */
export interface SmallDisk {
  /** Where it is mounted. */
  readonly dir: string;
  /** Writes a file until the disk takes no more byte. */
  fill(): void;
  /** Frees what `fill` took. */
  empty(): void;
  /** Unmounts it and removes its folder. */
  remove(): void;
}

const mount = (dir: string, megabytes: number): boolean =>
  spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], {stdio: 'ignore'}).status ===
  0;

/** A tmpfs of `megabytes` mounted on a new folder, or null where this process may not mount one (not root). */
export function smallDisk(megabytes = 8): SmallDisk | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'brief-disk-'));
  if (!mount(dir, megabytes)) {
    rmSync(dir, {recursive: true, force: true});
    return null;
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    fill() {
      const fd = openSync(filler, 'a');
      const chunk = Buffer.alloc(64 * 1024);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      } finally {
        closeSync(fd);
      }
    },
    empty: () => rmSync(filler, {force: true}),
    remove() {
      spawnSync('umount', ['-l', dir], {stdio: 'ignore'});
      rmSync(dir, {recursive: true, force: true});
    },
  };
}

/** Whether this process can mount a small disk (asked once, by mounting and removing one). */
export function canMountSmallDisk(): boolean {
  const disk = smallDisk(1);
  disk?.remove();
  return disk !== null;
}

const ARTICLES = join(import.meta.dirname, '../../articles');

/**
 * A small disk holding a library of `count` shipped articles about Ukraine and its database, indexed and closed
 * cleanly (no `-shm` left), then filled: both read, never written, once it is full.
 */
export function fullDiskLibrary(count: number): {disk: SmallDisk; lib: string; db: string} {
  const disk = smallDisk() as SmallDisk;
  const lib = join(disk.dir, 'news');
  mkdirSync(lib);
  for (const f of readdirSync(ARTICLES)
    .filter((f) => /ukrain/.test(f))
    .slice(0, count))
    copyFileSync(join(ARTICLES, f), join(lib, f));
  const db = join(disk.dir, 'brief.db');
  expect(runCli(['index', '--articles', lib, '--db', db]).code).toBe(0);
  expect(existsSync(`${db}-shm`)).toBe(false);
  disk.fill();
  return {disk, lib, db};
}
