// What the profilers (scripts/key-profile.mjs, scripts/start-profile.mjs) set up before they start the reader: their
// command line, a copy of the build, the reader's environment and an indexed library.
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {briefCommand, readerEnv} from './pty-reader.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Parses `[DIST] [--articles DIR --db FILE]` and the profiler's own `options`, copies the build (default dist/)
 * inside the project so it finds its packages, and without --articles/--db indexes a copy of articles/. Everything
 * made is removed at exit.
 */
export function profiledReader(name, options) {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {articles: {type: 'string'}, db: {type: 'string'}, ...options},
  });
  const dist = resolve(positionals[0] ?? join(root, 'dist'));
  const work = mkdtempSync(join(tmpdir(), `brief-${name}-`));
  process.on('exit', () => rmSync(work, {recursive: true, force: true}));
  // Inside the project, so the bundle finds its packages in node_modules; one folder per run.
  const copy = join(root, 'node_modules/.cache', `brief-${name}-${process.pid}`);
  process.on('exit', () => rmSync(copy, {recursive: true, force: true}));
  cpSync(dist, copy, {recursive: true});
  const cli = briefCommand(copy);
  const env = readerEnv(work);
  let lib = values.articles;
  let db = values.db;
  if (!lib || !db) {
    lib = join(work, 'articles');
    db = join(work, 'brief.db');
    cpSync(join(root, 'articles'), lib, {recursive: true});
    const run = spawnSync(process.execPath, [cli, 'index', '--articles', lib, '--db', db], {env});
    if (run.status !== 0) throw new Error(`index failed: ${run.stderr}`);
  }
  return {values, dist, work, cli, env, lib, db};
}
