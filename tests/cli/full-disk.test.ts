import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {canMountSmallDisk, fullDiskLibrary, type SmallDisk} from '../helpers/full-disk.js';
import {runCli} from '../helpers/run-cli.js';

// A database closed cleanly on a disk that then filled up: SQLite cannot make its `-shm` to read it (a disk I/O
// error), and search, `brief feeds` and the reader refused to start ("the disk holding … is full", exit 1) though
// the file reads perfectly well. They read it from a copy in memory, as on a read-only disk, saying why.
const ARTICLES = join(import.meta.dirname, '../../articles');

describe.skipIf(!canMountSmallDisk())('a database on a full disk', () => {
  let disk: SmallDisk;
  let lib: string;
  let db: string;
  beforeAll(() => {
    ({disk, lib, db} = fullDiskLibrary(4));
  }, 120_000);
  afterAll(() => disk?.remove());

  it('search finds what the database holds, saying the disk is full', () => {
    const run = runCli(['search', '--text', 'Ukraine', '--articles', lib, '--db', db]);
    expect(run.stderr).toBe(
      `brief: the disk holding ${db} is full: searching a copy in memory (what brief indexes for this search is not saved)\n`,
    );
    expect(run.stdout).toMatch(/Ukraine/);
    expect(run.code).toBe(0);
  });

  it('brief feeds lists the subscriptions; brief index says it cannot save', () => {
    const feeds = runCli(['feeds', '--articles', lib, '--db', db]);
    expect(feeds).toMatchObject({code: 0, stderr: ''});
    expect(feeds.stdout).toMatch(/^no subscriptions/);
    const index = runCli(['index', '--articles', lib, '--db', db]);
    expect(index.stderr).toMatch(new RegExp(`^brief: cannot save the index: the disk holding ${db} is full`));
    expect(index.code).toBe(1);
  });

  // The file system's one wording (library/fs-problem.ts): `brief add` said "the disk is full", `export-opml` "no
  // space left on the device", neither what to do.
  it('brief add and export-opml say the disk is full alike, and what to do', () => {
    const source = join(ARTICLES, 'kyiv-strike.txt');
    const add = runCli(['add', source, '--articles', lib, '--db', db]);
    expect(add.stderr).toBe(
      `brief: cannot add ${source}: cannot write in ${lib}: the disk is full (free some space on it, then try again)\n`,
    );
    expect(add.code).toBe(1);
    const list = join(disk.dir, 'feeds.opml');
    const opml = runCli(['export-opml', list, '--articles', lib, '--db', db]);
    expect(opml.stderr).toMatch(
      /brief: cannot write \S+feeds\.opml: the disk is full \(free some space on it, then try again\)\n$/,
    );
    expect(opml.code).toBe(1);
  });
});
