// usage: node --regexp-tier-up-ticks=0 probe.cjs REC.json OUT.json [reps]
// Per recorded pattern (recorder.cjs) and width it ran on: ms to compile it (its first exec less a second), the least
// of `reps` runs. Each run's copy is made new by a prefix of empty groups (V8 keeps one compiled pattern per source).
const fs = require('node:fs');
const [recFile, out, repsArg] = process.argv.slice(2);
const rec = JSON.parse(fs.readFileSync(recFile, 'utf8'));
const reps = Number(repsArg || 5);
const twoS = ('\u0100' + 'xxxxxxxxxxxxxxxxxxxxxxx').slice(1);
const oneS = 'xxxxxxxxxxxxxxxxxxxxxxx';
const res = rec.map((e) => ({
  id: e.id,
  flags: e.flags,
  source: e.source,
  calls: e.calls,
  site: e.site,
  ms: [null, null, null],
}));
for (let r = 0; r < reps; r++) {
  for (const e of res) {
    for (const w of [1, 2]) {
      if (!e.calls[w]) continue;
      const s = w === 1 ? oneS : twoS;
      const re = new RegExp('(?:)'.repeat(r * 2 + w - 1) + e.source, e.flags);
      const t0 = performance.now();
      re.lastIndex = 0;
      re.exec(s);
      const t1 = performance.now();
      re.lastIndex = 0;
      re.exec(s);
      const t2 = performance.now();
      const ms = t1 - t0 - (t2 - t1);
      e.ms[w] = e.ms[w] === null ? ms : Math.min(e.ms[w], ms);
    }
  }
}
fs.writeFileSync(out, JSON.stringify(res));
let t = [0, 0, 0];
for (const e of res) for (const w of [1, 2]) if (e.ms[w] !== null) t[w] += e.ms[w];
console.log('one-byte compiles ms', t[1].toFixed(1), 'two-byte', t[2].toFixed(1));
