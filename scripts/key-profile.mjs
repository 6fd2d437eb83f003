// Where a key's time goes: runs the built reader in a 120x40 pty under `node --cpu-prof`, presses the bench's keys
// (scripts/bench/0-pty.mjs: list moves, open and back, search and an entity), and prints for each key its wall time
// to the frame, the CPU the reader spent on it (profile samples between the key and its frame, idle left out) and
// the functions that took most of it. The first key of a kind against the second tells what is paid once.
//
//   node scripts/key-profile.mjs [DIST] [--articles DIR --db FILE] [--top N] [--keys move,open,back]
//
// A first session without the profiler writes the code cache, as a returning user's reader has it. The profiler
// and the reader's clock are both the system's monotonic clock, so a key's window is taken from this process's
// hrtime. Figures are for comparing builds in one run on one machine, not absolute.
import {resultsDrawn, startReader} from './bench/lib/pty-reader.mjs';
import {profiledReader} from './bench/lib/profiled-reader.mjs';
import {readdirSync, readFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {join} from 'node:path';

const {values, dist, work, cli, env, lib, db} = profiledReader('key-profile', {
  top: {type: 'string', default: '6'},
  keys: {type: 'string', default: 'move,open,back,type,entity'},
  // How long the reader sits on its first frame before the first key (the bench: 500 ms of no output).
  settle: {type: 'string', default: '500'},
});

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function session(nodeArgs) {
  // Microseconds, as the CPU profile's timestamps.
  const r = await startReader({cli, lib, db, cwd: work, env, nodeArgs, now: nowUs, perMs: 1000});
  await r.idle(Number(values.settle));
  const pressed = [{kind: 'settle', t0: r.shownAt, end: nowUs(), settled: nowUs()}];
  const press = async (key, kind) => {
    const {t0, end, settled} = await r.press(key);
    if (kind) pressed.push({kind, t0, end, settled});
  };
  const wanted = new Set(values.keys.split(','));
  for (let i = 0; i < 10; i++) await press(i % 10 < 5 ? 'j' : 'k', wanted.has('move') && 'move');
  for (let i = 0; i < 4; i++) {
    await press('\r', wanted.has('open') && 'open');
    await press('\u001b', wanted.has('back') && 'back');
    await press('j');
  }
  for (let i = 0; i < 2; i++) {
    const from = r.mark();
    await press('/');
    for (const c of 'trump') await press(c, wanted.has('type') && 'type');
    await r.waitFor(resultsDrawn, from);
    await press('\r', wanted.has('entity') && 'entity');
    await press('\u001b', wanted.has('entity') && 'entityBack');
    await press('\u0015');
    await press('\u001b');
  }
  await r.quit();
  return pressed;
}

console.log(
  `dist ${dist}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await session([]); // writes the code cache, as a returning user's reader has it
const profDir = join(work, 'prof');
const pressed = await session(['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', profDir]);
const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const label = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};
const times = [];
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  times.push(t);
}
// Inclusive time of the phases a frame passes: the key handler, React's render and commit, Ink's layout (yoga),
// its output and the write to the terminal.
const PHASES = {
  handler: /handleInput|emitInput|handleReadable/,
  react: /^performWorkOnRoot$|^flushSyncWork/,
  layout: /calculateLayout/,
  output: /^renderer$/,
  write: /^writeToStdout$|^throttledLog/,
  gc: /^\(garbage collector\)$/,
};
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const phasesOf = (id) => {
  const hit = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = nodes.get(at).callFrame.functionName;
    for (const [phase, re] of Object.entries(PHASES)) if (re.test(name)) hit.add(phase);
  }
  return hit;
};
const top = Number(values.top);
const sum = {};
// Background work: CPU the reader spent between the previous key's last frame and this key (warm-ups, indexing).
const busy = (from, to) => {
  let out = 0;
  for (let i = 0; i < times.length; i++)
    if (times[i] >= from && times[i] < to && label(nodes.get(profile.samples[i])) !== '(idle)')
      out += (profile.timeDeltas[i + 1] ?? 100) / 1000;
  return out;
};
let previous = null;
for (const p of pressed) {
  const before = previous === null ? 0 : busy(previous, p.t0);
  previous = p.settled;
  const self = new Map();
  const phase_ = {};
  let cpu = 0;
  for (let i = 0; i < times.length; i++) {
    if (times[i] < p.t0 || times[i] > p.settled) continue;
    const n = nodes.get(profile.samples[i]);
    const name = label(n);
    if (name === '(idle)') continue;
    const dt = (profile.timeDeltas[i + 1] ?? 100) / 1000;
    cpu += dt;
    for (const phase of phasesOf(profile.samples[i])) phase_[phase] = (phase_[phase] ?? 0) + dt;
    self.set(name, (self.get(name) ?? 0) + dt);
  }
  (sum[p.kind] ??= []).push({wall: (p.end - p.t0) / 1000, cpu});
  const best = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(
    `${p.kind.padEnd(10)} frame ${((p.end - p.t0) / 1000).toFixed(1).padStart(6)} ms  cpu ${cpu.toFixed(1).padStart(6)} ms  bg ${before.toFixed(1).padStart(5)}  [${Object.keys(
      PHASES,
    )
      .map((k) => `${k} ${(phase_[k] ?? 0).toFixed(1)}`)
      .join(' ')}]  ${best.map(([n, v]) => `${n} ${v.toFixed(1)}`).join(' | ')}`,
  );
}
console.log('\nper kind: first key / median of the rest, frame and cpu (ms)');
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
for (const [kind, xs] of Object.entries(sum)) {
  const rest = xs.slice(1);
  console.log(
    `  ${kind.padEnd(10)} first ${xs[0].wall.toFixed(1)} / ${xs[0].cpu.toFixed(1)}   rest ${med(rest.map((x) => x.wall)).toFixed(1)} / ${med(rest.map((x) => x.cpu)).toFixed(1)}`,
  );
}
