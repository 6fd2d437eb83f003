// Bench section: a library of BENCH_SCALE articles (e.g. BENCH_SCALE=50000 npm run bench scale). Off by default:
// generating and indexing 50,000 files takes minutes. Generates the library from articles/ (dates shifted, titles
// varied, one paragraph left out; at most BENCH_SCALE_DISTINCT texts (default 600) are new content, the rest are
// byte copies in other folders, which brief recognises by hash and does not extract again), then prints:
// - the first `brief index`: time and peak RSS (target ≤ 300 MB);
// - `brief list` and `list --json` on the indexed library: first byte, whole run, peak RSS;
// - the reader in a real pty: first frame (target ≤ 1 s), key → frame for j (target ≤ 100 ms), Enter → the
//   article, and Enter on the most named person's search result → their entity view (target ≤ 100 ms);
// - then the pty section (0-pty.mjs) on the same library: first frame against the bare Ink hello and key to frame
//   per action (BENCH_SCALE_PTY=0 leaves it out).
// BENCH_SCALE_DB=FILE: a database that already indexes this library (e.g. a copy of one another run made): used as
// it is, no first index (at 100,000 articles that takes many minutes). The reader writes its marks and background
// index into it, so give it a copy you own. BENCH_SCALE_AGAIN=0 leaves out the "nothing changed" index.
// Figures are wall time on a shared machine: compare ratios and interleaved runs, not one number.
import pty from '@lydell/node-pty';
import Database from 'better-sqlite3';
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {scaleLibrary} from './lib/scale-library.mjs';
import {benchCache} from './lib/cache-dir.mjs';
import {briefCommand} from './lib/pty-reader.mjs';

const n = Number(process.env.BENCH_SCALE ?? 0);
if (!(n > 0)) {
  console.log('scale: off (BENCH_SCALE=50000 npm run bench scale runs it)');
  process.exit(0);
}
const root = fileURLToPath(new URL('../../', import.meta.url));
const distinctMax = Number(process.env.BENCH_SCALE_DISTINCT ?? 600);
const cache = benchCache(root, 'brief-bench-scale');
rmSync(cache, {recursive: true, force: true});
mkdirSync(cache, {recursive: true});
process.on('exit', () => rmSync(cache, {recursive: true, force: true}));
// A copy, so a rebuild mid-run cannot change the CLI under the timings.
cpSync(process.env.BRIEF_BENCH_DIST ?? join(root, 'dist'), join(cache, 'dist'), {recursive: true});
const cli = briefCommand(join(cache, 'dist'));
const work = process.env.BENCH_SCALE_DIR ?? mkdtempSync(join(tmpdir(), 'brief-scale-'));
if (!process.env.BENCH_SCALE_DIR) process.on('exit', () => rmSync(work, {recursive: true, force: true}));

const ms = (t) => `${t.toFixed(0)} ms`;
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

// ---- the library -------------------------------------------------------------------------------------------------

function makeLibrary() {
  return scaleLibrary(root, work, n, distinctMax);
}

// ---- commands ----------------------------------------------------------------------------------------------------
/** Runs the CLI under /usr/bin/time for its peak RSS, timing the first byte of stdout and the whole run. */
function timed(args) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let first = null;
    let bytes = 0;
    let err = '';
    child.stdout.on('data', (d) => {
      first ??= performance.now() - t0;
      bytes += d.length;
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const rssKb = Number(/(\d+)\s*$/.exec(err)?.[1]);
      done({code, firstMs: first ?? NaN, totalMs: performance.now() - t0, bytes, rssMb: rssKb / 1024, err});
    });
  });
}

// ---- the reader in a pty -----------------------------------------------------------------------------------------
const SYNC_END = '\u001b[?2026l';
const ANSI = new RegExp(`${String.fromCharCode(27)}(\\[[0-?]*[ -/]*[@-~]|\\][^\\u0007]*\\u0007|[@-_])`, 'g');
const lastFrame = (raw) => {
  const end = raw.lastIndexOf(SYNC_END);
  const begin = raw.lastIndexOf('\u001b[?2026h', end);
  return end < 0 || begin < 0 ? '' : raw.slice(begin, end).replace(ANSI, '');
};

function reader(lib, db) {
  const t0 = performance.now();
  const child = pty.spawn(process.execPath, [cli, '--articles', lib, '--db', db], {
    cols: 120,
    rows: 40,
    env: {...process.env, NO_COLOR: '1', TERM: 'xterm-256color'},
  });
  let raw = '';
  child.onData((d) => (raw += d));
  const until = (test, what, from = 0, timeoutMs = 60_000) =>
    new Promise((done, fail) => {
      const started = performance.now();
      const tick = () => {
        const frame = lastFrame(raw.slice(from));
        if (frame !== '' && test(frame)) return done(performance.now());
        if (performance.now() - started > timeoutMs)
          return fail(new Error(`no frame with ${what}; last:\n${frame.slice(-1500)}`));
        setTimeout(tick, 2);
      };
      tick();
    });
  /** Presses `keys` and resolves with ms until a complete frame passes `test`. */
  const key = async (keys, test, what) => {
    const from = raw.length;
    const t = performance.now();
    child.write(keys);
    return (await until(test, what, from)) - t;
  };
  return {t0, until, key, close: () => child.kill()};
}

// ---- run ---------------------------------------------------------------------------------------------------------
console.log(
  `cores: ${availableParallelism()}; load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const t0 = performance.now();
const {dir: lib, distinct, mb, reused} = makeLibrary();
console.log(
  `scale: ${n} articles (${reused ? 'kept from a run before' : `${mb.toFixed(0)} MB`}, ${distinct} distinct texts) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
const givenDb = process.env.BENCH_SCALE_DB;
if (givenDb && !existsSync(givenDb)) {
  console.log(`scale: BENCH_SCALE_DB ${givenDb} does not exist`);
  process.exit(1);
}
const db = givenDb ? resolve(givenDb) : join(work, 'brief.db');
// BENCH_SCALE_INDEX=0 with a kept folder measures the rest on the database indexed before.
if (givenDb) console.log(`  database given (${db}): no first index`);
else if (process.env.BENCH_SCALE_INDEX !== '0' || !existsSync(db)) {
  rmSync(db, {force: true});
  rmSync(`${db}-wal`, {force: true});
  rmSync(`${db}-shm`, {force: true});
  const index = await timed(['index', '--json', '--articles', lib, '--db', db]);
  if (index.code !== 0 && index.code !== 1) throw new Error(`brief index failed: ${index.err.slice(-800)}`);
  console.log(
    `  first index    ${(index.totalMs / 1000).toFixed(1)} s, peak RSS ${index.rssMb.toFixed(0)} MB (target ≤ 300 MB)`,
  );
}

// Nothing changed since: the scan compares each file's size and time with the store and extracts nothing.
if (process.env.BENCH_SCALE_AGAIN !== '0') {
  const again = await timed(['index', '--json', '--articles', lib, '--db', db]);
  console.log(
    `  index again, nothing changed ${ms(again.totalMs)}, peak RSS ${again.rssMb.toFixed(0)} MB (target at 10k ≤ 300 ms, at 100k ≤ 2 s)`,
  );
}

for (const args of [['list'], ['list', '--json']]) {
  const runs = [];
  for (let i = 0; i < 2; i++) runs.push(await timed([...args, '--articles', lib, '--db', db]));
  const best = runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
  console.log(
    `  ${args.join(' ').padEnd(13)} first byte ${ms(best.firstMs)}, whole ${ms(best.totalMs)} (${(best.bytes / 1e6).toFixed(1)} MB out), peak RSS ${best.rssMb.toFixed(0)} MB (exit ${best.code})`,
  );
}

// The person named in the most articles, and how many: the entity view to open.
const conn = new Database(db, {readonly: true});
const top = conn
  .prepare(
    "SELECT name, article_count AS n FROM entities WHERE root = ? AND kind = 'person' ORDER BY article_count DESC LIMIT 1",
  )
  .get(resolve(lib));
conn.close();

const ui = reader(lib, db);
const first = (await ui.until((f) => /\d+ articles/.test(f), 'the status line')) - ui.t0;
const keys = [];
for (let i = 0; i < 20; i++) {
  keys.push(await ui.key(i % 2 ? 'k' : 'j', () => true, 'a new frame'));
}
const open = await ui.key('\r', (f) => /Summary|summary/.test(f), 'the article');
await ui.key('\u001b', (f) => /\d+ articles/.test(f), 'the list');
let entity = NaN;
if (top) {
  await ui.key('/', (f) => f.includes('type a name'), 'the search box');
  const word = top.name.split(/\s+/).pop();
  for (const ch of word) await ui.key(ch, (f) => f.includes(word.slice(0, 1)), 'the query');
  await new Promise((r) => setTimeout(r, 300));
  entity = await ui.key('\r', (f) => / · \d+ articles?/.test(f), 'the entity view');
}
ui.close();
console.log(`  reader first frame ${ms(first)} (target ≤ 1000 ms)`);
console.log(
  `  reader keys j/k: median ${ms(pct(keys, 50))}, p95 ${ms(pct(keys, 95))}, max ${ms(Math.max(...keys))} (target ≤ 100 ms)`,
);
console.log(`  reader open article ${ms(open)} (target ≤ 100 ms)`);
if (top)
  console.log(`  reader entity view of ${top.name} (${top.n} articles) ${ms(entity)} (target ≤ 100 ms)`);

// The pty section on this library: first frame as a ratio to the bare Ink hello (target ≤ 1.3 at 10,000 articles)
// and key to frame for each action (target p95 ≤ 33 ms), as it measures the shipped library.
if (process.env.BENCH_SCALE_PTY !== '0') {
  console.log(`\nthe pty section (0-pty.mjs) on the ${n} articles:`);
  spawnSync(process.execPath, [fileURLToPath(new URL('./0-pty.mjs', import.meta.url))], {
    stdio: 'inherit',
    env: {
      ...process.env,
      BRIEF_BENCH_DIST: join(cache, 'dist'),
      BRIEF_BENCH_LIBRARY: lib,
      BRIEF_BENCH_DB: db,
      BRIEF_BENCH_RUNS: process.env.BRIEF_BENCH_RUNS ?? '5',
    },
  });
}
