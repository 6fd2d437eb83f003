import {copyFileSync, mkdirSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {canMountSmallDisk, smallDisk, type SmallDisk} from '../helpers/full-disk.js';
import {runCli} from '../helpers/run-cli.js';
import {cleanAfterEach, isolatedEnv, startPty, type PtyRun} from './pty.js';

// The reader on a database closed cleanly on a disk that filled up since: it would not start ("brief: the disk
// holding … is full", exit 1; SQLite cannot make the `-shm` it reads a WAL database through). It opens from a copy
// in memory, as on a read-only disk, and its status line says why nothing is saved.
const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const ARTICLES = join(import.meta.dirname, '../../articles');
const STEP_MS = 60_000;
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

describe.skipIf(!canMountSmallDisk())('the reader on a full disk', () => {
  let disk: SmallDisk;
  let lib: string;
  let db: string;
  beforeAll(() => {
    disk = smallDisk() as SmallDisk;
    lib = join(disk.dir, 'news');
    mkdirSync(lib);
    for (const f of readdirSync(ARTICLES)
      .filter((f) => /ukrain/.test(f))
      .slice(0, 2))
      copyFileSync(join(ARTICLES, f), join(lib, f));
    db = join(disk.dir, 'brief.db');
    expect(runCli(['index', '--articles', lib, '--db', db]).code).toBe(0);
    disk.fill();
  }, 120_000);
  afterAll(() => disk?.remove());

  it(
    'opens the library from a copy in memory, the full disk said in the status line',
    async () => {
      const home = temp('brief-e2e-full-');
      app = startPty(process.execPath, [CLI], {
        cols: 80,
        rows: 24,
        env: isolatedEnv(home, lib, {BRIEF_DB: db}),
        cwd: home,
      });
      const screen = await app.waitForScreen(['2 articles', 'is full: marks made now last'], STEP_MS);
      expect(screen).toContain(`the disk holding ${db}`);
      app.press('q');
      // (Said again on stderr at quit, as for a read-only database: the marks made are gone.)
      expect(await app.exit()).toBe(0);
    },
    STEP_MS * 2,
  );
});
