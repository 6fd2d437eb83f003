import {spawn} from 'node:child_process';
import {copyFileSync, existsSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {beforeAll, describe, expect, it} from 'vitest';
import {CLI, emptyDb, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// One rule for every command (README): 0 ok, 1 some input failed (each reason on stderr), 2 usage error.
const ARTICLES = join(import.meta.dirname, '../../articles');
const SHIPPED = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.md') && f !== 'ATTRIBUTION.md')
  .sort();

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
});

function count(db: string, sql: string): number {
  const conn = new Database(db, {readonly: true});
  try {
    return (conn.prepare(sql).get() as {n: number}).n;
  } finally {
    conn.close();
  }
}

/** `brief index` of `lib` into a new database, running: its output so far, its exit code when it ends. */
function startIndex(lib: string): {
  db: string;
  child: ReturnType<typeof spawn>;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
} {
  const db = emptyDb();
  const child = spawn(process.execPath, [CLI, 'index', '--articles', lib, '--db', db], {stdio: 'pipe'});
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {db, child, out: () => out, err: () => err, exited};
}

describe('brief index: a file that could not be used makes the exit code 1', () => {
  it('a folder whose only file is unusable: exit 1 with the reason, as list does', () => {
    const lib = tempDir({'empty.txt': ''});
    const db = emptyDb();
    const index = runCli(['index', '--articles', lib, '--db', db]);
    expect(index.code).toBe(1);
    expect(index.stderr).toMatch(/skipped .*empty\.txt: empty file/);
    expect(index.stdout).toMatch(/^indexed 1 file \(1 skipped\); 0 texts analysed/);
    expect(runCli(['list', '--articles', lib]).code).toBe(1);
  });

  it('good and bad files: the good ones are indexed and reported, the exit code is 1, run after run', () => {
    const lib = tempDir({'bin.txt': Buffer.from([0, 1, 2, 3])});
    copyFileSync(join(ARTICLES, SHIPPED[0] ?? ''), join(lib, SHIPPED[0] ?? ''));
    const db = emptyDb();
    for (const extracted of [1, 0]) {
      const run = runCli(['index', '--json', '--articles', lib, '--db', db]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/skipped .*bin\.txt/);
      expect(JSON.parse(run.stdout)).toMatchObject({files: 2, extracted});
    }
    expect(count(db, 'SELECT count(*) AS n FROM analyses')).toBe(1);
  });

  it('search’s first index counts the same way: results printed, exit 1', () => {
    const lib = tempDir({'empty.txt': ''});
    copyFileSync(join(ARTICLES, 'kyiv-strike.txt'), join(lib, 'kyiv-strike.txt'));
    const run = runCli(['search', 'kyiv', '--articles', lib, '--db', emptyDb()]);
    expect(run.stdout).toMatch(/place\s+Kyiv/);
    expect(run.stderr).toMatch(/skipped .*empty\.txt/);
    expect(run.code).toBe(1);
  });
});

describe('brief index stopped by Ctrl+C, SIGTERM or SIGHUP', () => {
  // SIGTERM (kill, timeout, a service manager) and SIGHUP (the terminal closed) ended the process at once by Node's
  // default, dropping the results not yet committed; they stop it as Ctrl+C does, with the shell's exit code.
  it.each([
    ['SIGINT', 130, /stopped by Ctrl\+C/],
    ['SIGTERM', 143, /stopped by SIGTERM/],
    ['SIGHUP', 129, /stopped by SIGHUP/],
  ] as const)(
    'on %s keeps what it did, says it stopped early and exits %i',
    async (signal, exitCode, said) => {
      const lib = tempDir();
      // The whole shipped library: \`brief index\` commits its results a second (or 256 of them) at a time, and a
      // smaller one could be done before its first commit is seen.
      for (const f of SHIPPED) copyFileSync(join(ARTICLES, f), join(lib, f));
      const {db, child, out, err, exited} = startIndex(lib);
      // Interrupt as soon as the run has committed some analyses (the tables may not be there yet).
      const analysed = (): number => {
        try {
          return count(db, 'SELECT count(*) AS n FROM analyses');
        } catch {
          return 0;
        }
      };
      while (child.exitCode === null && analysed() === 0) await new Promise((r) => setTimeout(r, 20));
      child.kill(signal);
      expect(await exited).toBe(exitCode);
      expect(out()).toMatch(/stopped early/);
      expect(err()).toMatch(said);
      const kept = count(db, 'SELECT count(*) AS n FROM analyses');
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(SHIPPED.length);
    },
  );

  // Stopped while it was still reading the files, it said "no articles in … yet; save .txt, .md or .html files
  // there" of a library of 280.
  it('stopped before it has listed the files, does not say the library is empty', async () => {
    const lib = tempDir();
    for (let i = 0; i < 3000; i++)
      writeFileSync(join(lib, `note-${i}.txt`), `Note ${i}\n\nThe ferry ran ${i} times.\n`);
    const {db, child, out, err, exited} = startIndex(lib);
    // Once its database has its tables (the run's Ctrl+C handler is set just after), while 3,000 files are read.
    const tables = (): number => {
      try {
        return count(db, "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'");
      } catch {
        return 0;
      }
    };
    while (child.exitCode === null && tables() === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(out()).toMatch(/stopped early/);
    expect(err()).not.toMatch(/no articles/);
  });
});
