// Where the reader's start-up time goes, phase by phase: runs the built reader in a 120x40 pty under
// `node --cpu-prof` with BRIEF_TRACE_START, and prints for each start-up phase (src/cli/start-trace.ts) its wall
// time, the CPU samples inside it and the functions that took most of them.
//
//   node scripts/start-profile.mjs [DIST] [--articles DIR --db FILE] [--top N] [--runs N]
//
// A first session without the profiler writes the code cache, as a returning user's reader has it. With several
// runs, each phase's figures are the median run's. Figures are for comparing builds in one run on one machine.
import {startReader} from './bench/lib/pty-reader.mjs';
import {profiledReader} from './bench/lib/profiled-reader.mjs';
import {readdirSync, readFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {join} from 'node:path';

const {values, dist, work, cli, env, lib, db} = profiledReader('start-profile', {
  top: {type: 'string', default: '8'},
  runs: {type: 'string', default: '3'},
});

async function session(nodeArgs, trace) {
  const r = await startReader({cli, lib, db, cwd: work, env: {...env, BRIEF_TRACE_START: trace}, nodeArgs});
  await r.idle(300);
  await r.quit();
}

const label = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};

/** One profiled start: per phase, its wall time, CPU and self time by function. */
async function profiled(i) {
  const profDir = join(work, `prof-${i}`);
  const traceFile = join(work, `trace-${i}.json`);
  await session(['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', profDir], traceFile);
  const trace = JSON.parse(readFileSync(traceFile, 'utf8'));
  const profile = JSON.parse(
    readFileSync(
      join(
        profDir,
        readdirSync(profDir).find((f) => f.endsWith('.cpuprofile')),
      ),
      'utf8',
    ),
  );
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  // Phase boundaries on the profile's clock (µs); the first phase starts at the profile's start.
  const ends = trace.marks.map((m) => ({name: m.name, end: trace.monotonicOriginUs + m.at * 1000}));
  const phases = ends.map((m, k) => ({
    name: m.name,
    wall: (m.end - (k ? ends[k - 1].end : trace.monotonicOriginUs)) / 1000,
    cpu: 0,
    self: new Map(),
  }));
  let t = profile.startTime;
  for (let s = 0; s < profile.samples.length; s++) {
    t += profile.timeDeltas[s];
    const phase = phases[ends.findIndex((m) => t <= m.end)];
    if (!phase) break;
    const name = label(nodes.get(profile.samples[s]));
    if (name === '(idle)' || name === '(program)') continue;
    const dt = (profile.timeDeltas[s + 1] ?? 100) / 1000;
    phase.cpu += dt;
    phase.self.set(name, (phase.self.get(name) ?? 0) + dt);
  }
  return phases;
}

console.log(
  `dist ${dist}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await session([], join(work, 'trace-0.json')); // writes the code cache, as a returning user's reader has it
const runs = [];
for (let i = 1; i <= Number(values.runs); i++) runs.push(await profiled(i));
const total = (phases) => phases.reduce((sum, p) => sum + p.wall, 0);
const median = [...runs].sort((a, b) => total(a) - total(b))[Math.floor(runs.length / 2)];
console.log(`median run of ${runs.length}: ${total(median).toFixed(0)} ms to the first frame (profiled)\n`);
for (const p of median) {
  const best = [...p.self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
  console.log(
    `${p.name.replace('brief:', '').padEnd(14)} wall ${p.wall.toFixed(1).padStart(6)} ms  cpu ${p.cpu.toFixed(1).padStart(6)} ms`,
  );
  for (const [name, ms] of best) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${name}`);
}
