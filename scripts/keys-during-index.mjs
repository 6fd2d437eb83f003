// Keys while the reader makes a big library's first index: the reader starts on an empty database over a generated
// library (10,000 files of 1,000 distinct texts by default, as the bench's big-index section), and '?' (help) and
// Esc (back to the list) are pressed in turn, 150 ms apart, each timed from the key to the first complete frame
// that shows the screen it asked for, until the status line stops saying "reading" or "analysing". Prints, per
// build, the keys' p50 / p95 / max and the time from the first frame to the index's end (the price of keeping keys
// answered). Builds run interleaved so both meet the same load.
//
//   node scripts/keys-during-index.mjs [DIST ...] [--files N] [--distinct N] [--runs N] [--work DIR] [--node-arg=F]
//
// DIST: builds' dist/ folders (default this checkout's). --work keeps the generated library between runs.
import pty from '@lydell/node-pty';
import {cpSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {benchCache} from './bench/lib/cache-dir.mjs';
import {briefCommand, plain, readerEnv} from './bench/lib/pty-reader.mjs';
import {scaleLibrary} from './bench/lib/scale-library.mjs';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    files: {type: 'string', default: '10000'},
    distinct: {type: 'string', default: '1000'},
    runs: {type: 'string', default: '2'},
    work: {type: 'string'},
    // A flag for the reader's node (repeatable), e.g. --node-arg=--cpu-prof --node-arg=--cpu-prof-dir=DIR.
    'node-arg': {type: 'string', multiple: true, default: []},
    // Longest a run may take before it is cut short (seconds).
    limit: {type: 'string', default: '300'},
  },
});
const root = fileURLToPath(new URL('../', import.meta.url));
const dists = positionals.length ? positionals.map((d) => resolve(d)) : [join(root, 'dist')];
// Copies, inside the project so that its packages resolve, so a rebuild mid-run cannot change a build under test.
const cache = benchCache(root, 'brief-keys-index');
rmSync(cache, {recursive: true, force: true});
process.on('exit', () => rmSync(cache, {recursive: true, force: true}));
const copies = dists.map((d, i) => {
  cpSync(d, join(cache, `dist-${i}`), {recursive: true});
  return join(cache, `dist-${i}`);
});
const work = values.work ?? mkdtempSync(join(tmpdir(), 'brief-keys-index-'));
mkdirSync(work, {recursive: true});
if (!values.work) process.on('exit', () => rmSync(work, {recursive: true, force: true}));
const {dir: lib} = scaleLibrary(root, work, Number(values.files), Number(values.distinct));

const ESC = String.fromCharCode(27);
const START = `${ESC}[?2026h`;
const END = `${ESC}[?2026l`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One reader from an empty database to the end of its first index: key times (ms) and the index's wall time (s). */
async function run(dist, n) {
  const db = join(work, `keys-${n}.db`);
  for (const s of ['', '-wal', '-shm', '.marks']) rmSync(db + s, {force: true});
  const env = readerEnv(join(work, `env-${n}`));
  const child = pty.spawn(
    process.execPath,
    [...values['node-arg'], briefCommand(dist), '--articles', lib, '--db', db],
    {
      cols: 120,
      rows: 40,
      cwd: work,
      env,
    },
  );
  let buf = '';
  child.onData((d) => (buf += d));
  /** The text of each complete frame after offset `from`. */
  const framesFrom = (from) => {
    const out = [];
    for (let end = buf.indexOf(END, from); end >= 0; end = buf.indexOf(END, end + END.length))
      out.push(plain(buf.slice(buf.lastIndexOf(START, end), end)));
    return out;
  };
  const lastFrame = () => framesFrom(Math.max(0, buf.lastIndexOf(START))).at(-1) ?? '';
  while (!/\d+ articles|reading|analysing/.test(lastFrame())) await sleep(20);
  const shown = performance.now();
  // The first frames look for the library's files; the index shows itself in the status line once it reads them.
  while (!/reading \d|analysing \d/.test(lastFrame()) && performance.now() - shown < 60_000) await sleep(20);
  const press = async (key, want) => {
    const from = buf.length;
    const at = performance.now();
    child.write(key);
    for (;;) {
      if (framesFrom(from).some((f) => want.test(f))) return performance.now() - at;
      if (performance.now() - at > 5000) return 5000;
      await sleep(1);
    }
  };
  const keys = [];
  let indexing = true;
  while (indexing && performance.now() - shown < Number(values.limit) * 1000) {
    keys.push(await press('?', /Keys —/));
    await sleep(150);
    keys.push(await press(ESC, /filter: /));
    indexing = /reading \d|analysing \d/.test(lastFrame());
    await sleep(150);
  }
  const seconds = (performance.now() - shown) / 1000;
  child.write('q');
  await new Promise((done) => {
    const timer = setTimeout(() => {
      child.kill();
      done();
    }, 10_000);
    child.onExit(() => {
      clearTimeout(timer);
      done();
    });
  });
  return {keys, seconds, finished: !indexing};
}

const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
console.log(
  `keys during a first index of ${values.files} files (${values.distinct} distinct), load ${loadavg()[0].toFixed(1)}`,
);
for (let r = 0; r < Number(values.runs); r++)
  for (const [i, dist] of dists.entries()) {
    const {keys, seconds, finished} = await run(copies[i], i);
    const f = (x) => x.toFixed(0);
    console.log(
      `${dist}: ${keys.length} keys p50 ${f(quantile(keys, 0.5))} p95 ${f(quantile(keys, 0.95))} max ${f(Math.max(...keys))} ms; index ${finished ? 'done' : 'cut short'} after ${seconds.toFixed(1)} s (load ${loadavg()[0].toFixed(1)})`,
    );
  }
