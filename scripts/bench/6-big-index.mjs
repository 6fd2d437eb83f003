// Bench section: `brief index` on a generated library of 10,000 articles, 1,000 distinct texts (issue 12: first
// index ≤ 10 s, nothing changed ≤ 0.3 s). Prints, per build, the first index of an empty database and then three
// runs with nothing changed (median): wall time, CPU time of the whole process (user + system, all threads, from
// /usr/bin/time) and the split `brief index --json` reports. With BRIEF_BENCH_BASE=DIST (another build's dist/)
// that build runs too, interleaved with this one, so both meet the same load.
// BENCH_INDEX_SCALE=N (0: off) and BENCH_SCALE_DISTINCT=N change the library; BENCH_SCALE_DIR=DIR keeps it (and
// BENCH_INDEX_DB_DIR=DIR puts the first index's databases there instead of beside it).
// BENCH_INDEX_SCALE=100000 is issue 12's decade of news (nothing changed ≤ 2 s; its first index takes minutes a
// build): with BENCH_INDEX_DB=FILE, a database of that library indexed before (by any build), each build starts
// from a copy of it instead of a first index, runs once unmeasured (a build keeps what it needs between runs, e.g.
// its scan record) and then the measured runs with nothing changed. The file itself is only read; the library must
// be the one it indexed, at the same path (BENCH_SCALE_DIR), which is then only read too.
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {benchCache} from './lib/cache-dir.mjs';
import {scaleLibrary} from './lib/scale-library.mjs';

const n = Number(process.env.BENCH_INDEX_SCALE ?? 10_000);
if (!(n > 0)) {
  console.log('big index: off (BENCH_INDEX_SCALE=0)');
  process.exit(0);
}
const distinctMax = Number(process.env.BENCH_SCALE_DISTINCT ?? 1000);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cache = benchCache(root, 'brief-bench-big-index');
rmSync(cache, {recursive: true, force: true});
mkdirSync(cache, {recursive: true});
process.on('exit', () => rmSync(cache, {recursive: true, force: true}));
const work = process.env.BENCH_SCALE_DIR ?? mkdtempSync(join(tmpdir(), 'brief-index-scale-'));
if (!process.env.BENCH_SCALE_DIR) process.on('exit', () => rmSync(work, {recursive: true, force: true}));

// Copies, so a rebuild mid-run cannot change a CLI under the timings.
const builds = [{name: 'this build', dist: join(root, 'dist')}];
if (process.env.BRIEF_BENCH_BASE) builds.unshift({name: 'base', dist: process.env.BRIEF_BENCH_BASE});
for (const [i, b] of builds.entries()) {
  cpSync(b.dist, join(cache, `dist-${i}`), {recursive: true});
  // The `brief` command as installed (package.json's bin: dist/cli.cjs, which runs `index` from its code cache since
  // the twelfth round), else, for a build from before it had one, the ES bundle.
  const bin = join(cache, `dist-${i}`, 'cli.cjs');
  b.cli = existsSync(bin) ? bin : join(cache, `dist-${i}`, 'cli.js');
  // A copy of BENCH_INDEX_DB goes with the copies of dist/ (removed at exit); a first index's stays with the library,
  // or goes to BENCH_INDEX_DB_DIR (a library shared with others, which must not be written in).
  if (process.env.BENCH_INDEX_DB_DIR) mkdirSync(process.env.BENCH_INDEX_DB_DIR, {recursive: true});
  b.db = join(
    process.env.BENCH_INDEX_DB ? cache : (process.env.BENCH_INDEX_DB_DIR ?? work),
    `index-scale-${i}.db`,
  );
}

/** Runs `brief index --json` under /usr/bin/time: wall ms, CPU ms (user + system), peak RSS and the summary. */
function index(build, lib) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const args = ['-f', '%U %S %M', process.execPath, build.cli, 'index', '--json', '--articles', lib];
    const child = spawn('/usr/bin/time', [...args, '--db', build.db], {stdio: ['ignore', 'pipe', 'pipe']});
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(err);
      if (!m || (code !== 0 && code !== 1))
        return fail(new Error(`brief index failed (${code}): ${err.slice(-600)}`));
      let summary = {};
      try {
        summary = JSON.parse(out);
      } catch {
        // The figures of time are still worth printing.
      }
      done({wallMs, cpuMs: (Number(m[1]) + Number(m[2])) * 1000, rssMb: Number(m[3]) / 1024, summary});
    });
  });
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(
  `cores: ${availableParallelism()}; load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const t0 = performance.now();
const {dir: lib, distinct, mb, reused} = scaleLibrary(root, work, n, distinctMax);
console.log(
  `big index: ${n} articles (${reused ? 'kept from a run before' : `${mb.toFixed(0)} MB`}, ${distinct} distinct texts) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const reuse = process.env.BENCH_INDEX_DB;
if (reuse) console.log(`  first index: not run; each build starts from a copy of ${reuse}`);
const first = new Map();
for (const b of builds) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${b.db}${suffix}`, {force: true});
  if (reuse) {
    for (const suffix of ['', '-wal'])
      if (existsSync(`${reuse}${suffix}`)) copyFileSync(`${reuse}${suffix}`, `${b.db}${suffix}`);
    await index(b, lib);
  } else {
    first.set(b, await index(b, lib));
  }
}
const again = new Map(builds.map((b) => [b, []]));
for (let round = 0; round < 3; round++) for (const b of builds) again.get(b).push(await index(b, lib));

// A re-analysis, as after an upgrade whose extractor differs (no bar): each build runs once on a copy of its
// database whose analyses all carry an older version, so every text is extracted again and its copies' mentions
// and the entity records rewritten. BENCH_INDEX_REANALYSE=0 leaves it out.
const reanalysis = new Map();
if (process.env.BENCH_INDEX_REANALYSE !== '0') {
  const Database = createRequire(import.meta.url)('better-sqlite3');
  for (const b of builds) {
    const copy = {...b, db: `${b.db}-reanalyse.db`};
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy.db}${suffix}`, {force: true});
    const db = new Database(b.db);
    await db.backup(copy.db);
    db.close();
    const older = new Database(copy.db);
    older.exec('UPDATE analyses SET version = version - 1');
    older.close();
    reanalysis.set(b, await index(copy, lib));
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy.db}${suffix}`, {force: true});
  }
}

// Issue 12's bars: 10,000 files, first index ≤ 10 s and nothing changed ≤ 0.3 s; 100,000, nothing changed ≤ 2 s.
const firstBar = n <= 10_000 ? ' (target ≤ 10 s)' : '';
const againBar = n <= 10_000 ? 'target ≤ 0.3 s; ' : n <= 100_000 ? 'target ≤ 2 s; ' : '';
for (const b of builds) {
  const f = first.get(b);
  console.log(`  ${b.name}:`);
  if (f) {
    const t = f.summary.timing;
    const split = t
      ? `; worker start-up ${s(t.workerStartMs)}, extraction ${s(t.extractMs)} over the workers (${t.extractMedianMs.toFixed(1)} ms median), main thread's writes ${s(t.writeMs)}`
      : '';
    console.log(
      `    first index      ${s(f.wallMs)} wall, ${s(f.cpuMs)} CPU, peak RSS ${f.rssMb.toFixed(0)} MB${firstBar}${split}`,
    );
  }
  const runs = again.get(b);
  console.log(
    `    nothing changed  ${s(median(runs.map((r) => r.wallMs)))} wall, ${s(median(runs.map((r) => r.cpuMs)))} CPU, peak RSS ${median(runs.map((r) => r.rssMb)).toFixed(0)} MB, median of ${runs.length} (${againBar}runs ${runs.map((r) => s(r.wallMs)).join(', ')})`,
  );
  const r = reanalysis.get(b);
  if (r) {
    const t = r.summary.timing;
    console.log(
      `    re-analysis      ${s(r.wallMs)} wall, ${s(r.cpuMs)} CPU, peak RSS ${r.rssMb.toFixed(0)} MB, ${r.summary.extracted} texts${t ? `; main thread's writes ${s(t.writeMs)}, of which the entity records ${s(t.linkMs)}` : ''}`,
    );
  }
}
console.log(`  load average at end ${loadavg()[0].toFixed(1)}`);
