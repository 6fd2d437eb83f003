import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {canMountSmallDisk, fullDiskLibrary, type SmallDisk} from '../helpers/full-disk.js';
import {cleanAfterEach, isolatedEnv, startPty, type PtyRun} from './pty.js';

// The reader on a database closed cleanly on a disk that filled up since: it would not start ("brief: the disk
// holding … is full", exit 1; SQLite cannot make the `-shm` it reads a WAL database through). It opens from a copy
// in memory, as on a read-only disk, and its status line says why nothing is saved.
const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const STEP_MS = 60_000;
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

describe.skipIf(!canMountSmallDisk())('the reader on a full disk', () => {
  let disk: SmallDisk;
  let lib: string;
  let db: string;
  beforeAll(() => {
    ({disk, lib, db} = fullDiskLibrary(2));
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
