// Bench section: how instant the reader is on the shipped library (issue 12), in a real 120x40 pty.
//
// 1. Cold index of articles/ (a copy in a temp folder): wall time and where it went (the summary's timing: worker
//    start-up, extraction, SQLite writes, entity records).
// 2. First frame: the built `brief` on that indexed copy, a bare Ink "hello" bundled like dist/ and
//    `node -e 'console.log(1)'`, interleaved (a warm-up each, then RUNS rounds in rotating order), from spawn to
//    the ready text on screen; medians and ratios to the Ink hello. Beside it, brief's own start-up phases from
//    the marks it reports with BRIEF_TRACE_START (src/cli/start-trace.ts).
// 3. Key to frame in the running reader: list move, open article, back, search typing, open the entity with the
//    most articles and back; from writing the key to the end of the last frame it causes (Ink's end-of-update
//    mark), the reader idle before each key. p50 and p95.
//
// The machine is shared: read ratios from one run, not single figures. BRIEF_BENCH_RUNS (default 9) rounds of
// first frames, BRIEF_BENCH_COLD_RUNS (default 3) cold indexes.
// dist/ (or BRIEF_BENCH_DIST, e.g. an older build to compare) is copied first, so a rebuild elsewhere cannot pull
// the CLI out from under the timings; into a folder of this run's own, so two benches at once do not share it.
// BRIEF_BENCH_LIBRARY=DIR with BRIEF_BENCH_DB=FILE measures first frames and keys on a library indexed before
// (e.g. the 10,000 articles of `BENCH_SCALE=10000 BENCH_SCALE_DIR=...`, see 5-scale.mjs) instead of a copy of
// articles/, and skips the cold index; the reader's read marks then go to that database.
import {buildInkHello} from './lib/ink-hello.mjs';
import pty from '@lydell/node-pty';
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {benchCache} from './lib/cache-dir.mjs';
import {briefCommand, plain, readerEnv, resultsDrawn, startReader} from './lib/pty-reader.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BRIEF_BENCH_RUNS ?? 9);
const cache = benchCache(root, 'brief-bench-pty');
rmSync(cache, {recursive: true, force: true});
mkdirSync(cache, {recursive: true});
process.on('exit', () => rmSync(cache, {recursive: true, force: true}));
cpSync(process.env.BRIEF_BENCH_DIST ?? join(root, 'dist'), join(cache, 'dist'), {recursive: true});
const cli = briefCommand(join(cache, 'dist'));
const work = mkdtempSync(join(tmpdir(), 'brief-bench-pty-'));
process.on('exit', () => rmSync(work, {recursive: true, force: true}));
const given = process.env.BRIEF_BENCH_LIBRARY;
if (given && !(process.env.BRIEF_BENCH_DB && existsSync(process.env.BRIEF_BENCH_DB) && existsSync(given))) {
  console.log('pty: BRIEF_BENCH_LIBRARY needs BRIEF_BENCH_DB, both existing (an indexed library)');
  process.exit(1);
}
const lib = given ? resolve(given) : join(work, 'articles');
if (!given) cpSync(join(root, 'articles'), lib, {recursive: true});
// Brief's caches and data go here, not into the user's folders.
const env = readerEnv(work);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const median = (xs) => pct(xs, 50);
const ms = (x) => `${x.toFixed(0).padStart(5)} ms`;
const ms1 = (x) => `${x.toFixed(1).padStart(6)} ms`;

console.log(
  `cores: ${availableParallelism()}; node ${process.version}; load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

// ---- cold index -------------------------------------------------------------------------------------------------
const db = given ? resolve(process.env.BRIEF_BENCH_DB) : join(work, 'brief.db');
const colds = [];
// At least one: the first frames and keys below read the database the last cold index made.
const COLD_RUNS = given ? 0 : Math.max(1, Number(process.env.BRIEF_BENCH_COLD_RUNS ?? 3));
for (let i = 0; i < COLD_RUNS; i++) {
  rmSync(db, {force: true});
  rmSync(`${db}-wal`, {force: true});
  rmSync(`${db}-shm`, {force: true});
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [cli, 'index', '--json', '--articles', lib, '--db', db], {
    encoding: 'utf8',
    env,
    maxBuffer: 1 << 26,
  });
  const wall = performance.now() - t0;
  if (run.status !== 0) {
    console.log(`brief index failed (${run.status}): ${run.stderr.slice(-500)}`);
    process.exit(1);
  }
  colds.push({wall, summary: JSON.parse(run.stdout)});
}
if (given) console.log(`\nlibrary ${lib} (indexed in ${db}): no cold index`);
else {
  const mid = [...colds].sort((a, b) => a.wall - b.wall)[Math.floor(colds.length / 2)];
  const t = mid.summary.timing ?? {};
  console.log(
    `\ncold index of the shipped library (${mid.summary.extracted} articles, ${availableParallelism()} cores): median of ${colds.length} ${(mid.wall / 1000).toFixed(2)} s wall (target ≤ 2 s); runs ${colds.map((c) => (c.wall / 1000).toFixed(2)).join(', ')} s`,
  );
  // CPU over every thread: steadier than wall time on a shared machine. The first run writes the workers' code cache.
  const cpu = colds.map((c) => c.summary.cpuSeconds).filter((x) => typeof x === 'number');
  if (cpu.length)
    console.log(
      `  CPU (user + sys, all threads): median ${median(cpu).toFixed(2)} s; runs ${cpu.map((x) => x.toFixed(2)).join(', ')} s`,
    );
  console.log(
    `  split: slowest worker start-up (modules, NLP model) ${ms(t.workerStartMs ?? NaN)}; extraction ${ms(t.extractMs ?? NaN)} summed over workers, ${ms1(t.extractMedianMs ?? NaN)} median per article (target ≤ 5 ms); SQLite writes on the main thread ${ms(t.writeMs ?? NaN)}, of which entity records ${ms(t.linkMs ?? NaN)}`,
  );
  // Per thread (Linux): the workers' own CPU, start-up and reads included; the rest is the main thread and V8's.
  const threads = t.workerCpuMs ?? [];
  if (threads.length && typeof mid.summary.cpuSeconds === 'number') {
    const workers = threads.reduce((sum, x) => sum + x, 0) / 1000;
    console.log(
      `  CPU by thread (this run): workers ${threads.map((x) => (x / 1000).toFixed(2)).join(' + ')} s, main thread and V8's helpers ${(mid.summary.cpuSeconds - workers).toFixed(2)} s`,
    );
  }
}

// ---- first frame --------------------------------------------------------------------------------------------------
const helloBundle = () => buildInkHello(root, join(cache, 'hello'));

/** Spawns `args` in a 120x40 pty and resolves with ms from spawn to `ready` on screen (then quits it). */
function firstFrame({args, ready, quit, extraEnv = {}}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = pty.spawn(process.execPath, args, {
      cols: 120,
      rows: 40,
      cwd: work,
      env: {...env, ...extraEnv},
    });
    let screen = '';
    let at = null;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no first frame within 30 s: ${plain(screen).slice(-300)}`));
    }, 30_000);
    child.onExit(({exitCode}) => {
      clearTimeout(timer);
      if (at === null) reject(new Error(`exited (${exitCode}) before its first frame: ${plain(screen)}`));
      else resolve({ms: at, t0});
    });
    child.onData((data) => {
      screen += data;
      if (at === null && ready.test(plain(screen))) {
        at = performance.now() - t0;
        if (quit) child.write(quit);
        else child.kill();
      }
    });
  });
}

const hello = await helloBundle();
const traceFile = join(work, 'trace.json');
const programs = [
  {name: "node -e 'console.log(1)'", args: ['-e', 'console.log(1)'], ready: /^1/m},
  {name: 'bare Ink hello (bundled)', args: [hello], ready: /hello from ink/},
  {
    name: given ? 'brief (the given library)' : 'brief (280 articles indexed)',
    args: [cli, '--articles', lib, '--db', db],
    ready: /\d+ articles/,
    quit: 'q',
    extraEnv: {BRIEF_TRACE_START: traceFile},
  },
  {
    // The same without V8's code cache (the reader from its ES module, as on a first run or BRIEF_CODE_CACHE=0).
    name: 'brief, no code cache',
    args: [cli, '--articles', lib, '--db', db],
    ready: /\d+ articles/,
    quit: 'q',
    extraEnv: {BRIEF_CODE_CACHE: '0'},
  },
];
const times = programs.map(() => []);
const traces = [];
for (const p of programs) await firstFrame(p); // warm the page cache and brief's own caches
for (let round = 0; round < RUNS; round++) {
  for (let k = 0; k < programs.length; k++) {
    const i = (round + k) % programs.length;
    const p = programs[i];
    rmSync(traceFile, {force: true});
    const {ms: t, t0} = await firstFrame(p);
    times[i].push(t);
    if (p.extraEnv?.BRIEF_TRACE_START && existsSync(traceFile)) {
      const trace = JSON.parse(readFileSync(traceFile, 'utf8'));
      // Our clock's spawn moment on the child's clock: what exec and Node do before Node's clock starts.
      traces.push({...trace, spawnedAt: performance.timeOrigin + t0});
    }
  }
}
const helloMs = median(times[1]);
console.log(`\nfirst frame in a 120x40 pty, spawn to ready text, median of ${RUNS} interleaved runs:`);
programs.forEach((p, i) => {
  const m = median(times[i]);
  console.log(
    `  ${p.name.padEnd(30)} ${ms(m)}  (min ${ms(Math.min(...times[i]))}, max ${ms(Math.max(...times[i]))})  ratio to the Ink hello ${(m / helloMs).toFixed(2)}`,
  );
});
console.log(`  target: brief ≤ 1.3 × the Ink hello (moonshot ≤ 0.8 ×)`);

if (traces.length > 0) {
  const names = [...new Set(traces.flatMap((t) => t.marks.map((m) => m.name)))];
  const phases = {
    'brief:entry': 'node start-up and the CLI bundle',
    'brief:reader-script': "the reader's script (V8 code cache)",
    'brief:sqlite': 'native addon, SQLite open',
    'brief:store': 'store ready (schema, checks)',
    'brief:ui': 'UI modules run (Ink, React, screens)',
    'brief:first-query': 'first query (first page of articles)',
    'brief:first-render': 'React render and Ink layout',
    'brief:first-write': 'first frame written to the terminal',
  };
  const cpu = traces.map((t) => t.firstFrameCpuMs).filter((x) => typeof x === 'number');
  if (cpu.length)
    console.log(
      `\nbrief's CPU to its first frame (user + sys, all threads; steadier than wall on a busy machine): median ${ms1(median(cpu)).trim()}`,
    );
  console.log(`\nbrief start-up phases (BRIEF_TRACE_START), median over ${traces.length} runs:`);
  const before = traces.map((t) => t.timeOrigin - t.spawnedAt);
  console.log(`  ${ms1(median(before))}  exec, before Node's clock starts (performance.timeOrigin)`);
  for (const name of names) {
    const own = [];
    const at = [];
    for (const t of traces) {
      const i = t.marks.findIndex((m) => m.name === name);
      if (i < 0) continue;
      at.push(t.marks[i].at);
      own.push(t.marks[i].at - (i > 0 ? t.marks[i - 1].at : 0));
    }
    console.log(`  ${ms1(median(own))}  ${(phases[name] ?? name).padEnd(44)} ends at ${ms1(median(at))}`);
  }
}

// ---- key to frame ---------------------------------------------------------------------------------------------
/** The running reader in a pty, settled after its first frame; each press resolves with ms to its frame's end. */
async function reader(trace) {
  const r = await startReader({cli, lib, db, cwd: work, env: {...env, BRIEF_TRACE_START: trace}});
  await r.idle(500);
  return {
    async press(key) {
      const {t0, end, cpuMs, text} = await r.press(key);
      return {ms: end - t0, cpuMs, text};
    },
    mark: r.mark,
    waitFor: r.waitFor,
    peakRssMb: r.peakRssMb,
    quit: r.quit,
  };
}

/** One session of keys in a fresh reader; quits with q, so the reader may update its code cache. */
async function keySession() {
  const trace = join(work, 'key-trace.json');
  rmSync(trace, {force: true});
  const r = await reader(trace);
  const keys = {move: [], open: [], back: [], type: [], entity: [], entityBack: []};
  // The reader's main thread's CPU for each key, beside its wall time: what compares builds on a busy machine.
  const cpu = {move: [], open: [], back: [], type: [], entity: [], entityBack: []};
  const take = (kind, pressed) => {
    keys[kind].push(pressed.ms);
    cpu[kind].push(pressed.cpuMs);
    return pressed;
  };
  const seen = {open: 0, entity: 0};
  for (let i = 0; i < 40; i++) take('move', await r.press(i % 10 < 5 ? 'j' : 'k'));
  for (let i = 0; i < 15; i++) {
    const opened = take('open', await r.press('\r'));
    if (/next/.test(opened.text)) seen.open += 1;
    take('back', await r.press('\u001b'));
    await r.press('j');
  }
  let entityName = '';
  for (let i = 0; i < 6; i++) {
    const from = r.mark();
    await r.press('/');
    for (const c of 'trump') take('type', await r.press(c));
    await r.waitFor(resultsDrawn, from);
    const opened = take('entity', await r.press('\r'));
    const count = /· (\d+) articles/.exec(opened.text);
    if (count) {
      seen.entity = Number(count[1]);
      entityName = opened.text.trim().split(/\s{2,}/)[0] ?? '';
    }
    take('entityBack', await r.press('\u001b'));
    await r.press('\u0015'); // Ctrl+U: an empty query for the next round
    await r.press('\u001b');
  }
  // After a session of moves, articles, searches and entity views: what a reader of this library holds at most.
  const peakRssMb = r.peakRssMb();
  await r.quit();
  return {
    keys,
    seen,
    cpu,
    entityName,
    peakRssMb,
    warmUp: existsSync(trace) ? warmUpOf(JSON.parse(readFileSync(trace, 'utf8'))) : null,
  };
}

/**
 * The reader's idle work in a key session (src/ui/idle-steps.ts, from its BRIEF_TRACE_START trace): how much ran,
 * how much of it before the first key, its longest step, and the keys handled right after a step (a key waits for
 * the step under way: a step of 15 ms is a slow key).
 */
function warmUpOf(trace) {
  const steps = trace.idleSteps ?? [];
  const keys = trace.keys ?? [];
  const firstKey = keys[0] ?? Infinity;
  const heldBy = new Map();
  for (const k of keys) {
    const step = steps.find((s) => s.at < k && k - (s.at + s.ms) < 1 && k >= s.at + s.ms);
    if (step) heldBy.set(step.part || 'other', (heldBy.get(step.part || 'other') ?? 0) + 1);
  }
  const held = [...heldBy.values()].reduce((a, n) => a + n, 0);
  return {
    steps: steps.length,
    ms: steps.reduce((a, s) => a + s.ms, 0),
    beforeFirstKeyMs: steps.filter((s) => s.at < firstKey).reduce((a, s) => a + s.ms, 0),
    longest: Math.max(0, ...steps.map((s) => s.ms)),
    keysHeld: held,
    heldBy: [...heldBy].map(([part, n]) => `${part} ${n}`).join(', '),
    keys: keys.length,
  };
}

// The first session after a build starts from a code cache of start-up alone (the first frame's warm-up wrote it):
// each kind of key compiles its code on first use. A session that compiled much more updates the cache as it quits,
// so the next one, measured below, is a returning user's. Both are printed.
const firstSession = await keySession();
const {keys, cpu, seen, entityName, peakRssMb, warmUp} = await keySession();
// BRIEF_BENCH_VERBOSE=1 also prints every key's time and CPU, in the order pressed (the first of a kind pays for cold
// code).
const line = (what, xs, note = '', cpuMs = []) => {
  const onCpu = cpuMs.some(Number.isFinite)
    ? `; its CPU p50 ${ms1(median(cpuMs))}  p95 ${ms1(pct(cpuMs, 95))}`
    : '';
  console.log(
    `  ${what.padEnd(34)} p50 ${ms1(median(xs))}  p95 ${ms1(pct(xs, 95))}  max ${ms1(Math.max(...xs))}  (${xs.length} keys)${note}${onCpu}`,
  );
  if (process.env.BRIEF_BENCH_VERBOSE) {
    console.log(`    ${xs.map((x) => x.toFixed(1)).join(' ')}`);
    if (cpuMs.some(Number.isFinite)) console.log(`    CPU ${cpuMs.map((x) => x.toFixed(1)).join(' ')}`);
  }
};
console.log(
  `\nkey to frame, the first session after a build, p95: ${Object.entries(firstSession.keys)
    .map(([what, xs]) => `${what} ${pct(xs, 95).toFixed(1)}`)
    .join(', ')} ms`,
);
const warmUpLine = (w) =>
  w
    ? `${w.steps} steps, ${w.ms.toFixed(0)} ms (${w.beforeFirstKeyMs.toFixed(0)} before the first key), the longest ${w.longest.toFixed(1)} ms; ${w.keysHeld} of ${w.keys} keys handled right after a step${w.heldBy ? ` (${w.heldBy})` : ''}`
    : 'no trace';
console.log(`reader's idle warm-up (first session): ${warmUpLine(firstSession.warmUp)}`);
console.log(`reader's idle warm-up (this session):  ${warmUpLine(warmUp)}`);
// Issue 12's bar: a frame (16 ms) on the shipped library, two (33 ms) on a large one (BRIEF_BENCH_LIBRARY).
console.log(
  `\nkey to frame in the reader (key written → its frame complete), target p95 ≤ ${given ? 33 : 16} ms:`,
);
line('list move (j/k)', keys.move, '', cpu.move);
line(
  'open article (Enter)',
  keys.open,
  seen.open < keys.open.length ? ' [article screen not seen]' : '',
  cpu.open,
);
line('back to the list (Esc)', keys.back, '', cpu.back);
line('search typing ("trump")', keys.type, '', cpu.type);
line(
  `open entity (${seen.entity} articles)`,
  keys.entity,
  entityName ? ` ${entityName.slice(0, 30)}` : ' [entity screen not seen]',
  cpu.entity,
);
line('back from the entity (Esc)', keys.entityBack, '', cpu.entityBack);
console.log(
  `  reader peak RSS after the session (VmHWM) ${peakRssMb.toFixed(0)} MB (first session ${firstSession.peakRssMb.toFixed(0)} MB)${given ? '; target ≤ 300 MB at 100k articles' : ''}`,
);

// A large library (BRIEF_BENCH_LIBRARY): the bars of issue 12 at 10k and 100k articles, in one block.
if (given) {
  const ratio = median(times[2]) / helloMs;
  const worst = Object.entries(keys).map(([what, xs]) => [what, pct(xs, 95)]);
  console.log(
    `\nbars for a large library (10k: first frame ≤ 1.3, every key ≤ 33 ms; 100k: ≤ 1.5, search ≤ 33 ms, RSS ≤ 300 MB):`,
  );
  console.log(
    `  first frame ${median(times[2]).toFixed(0)} ms = ${ratio.toFixed(2)} × the Ink hello (${helloMs.toFixed(0)} ms); search keystroke p95 ${pct(keys.type, 95).toFixed(1)} ms; peak RSS ${peakRssMb.toFixed(0)} MB`,
  );
  console.log(`  key p95: ${worst.map(([what, p]) => `${what} ${p.toFixed(1)}`).join(', ')} ms`);
}
