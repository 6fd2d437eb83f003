// Per recorded pattern, from census.cjs' callgrind dumps: instructions to make it and to compile it for one-byte and
// two-byte subjects (each step less the marker's own cost), ranked, with its calls by width and where it was first
// used; totals by module (the `// src/…` comment above that line in the script). Writes DIR/census.json.
// usage: node census-sum.cjs REC.json ORDER.json DIR [N=60] [SCRIPT]   (SCRIPT: the wl-cut.cjs recorded, for modules)
const fs = require('node:fs');
const [recFile, orderFile, dir, nArg, script] = process.argv.slice(2);
const rec = JSON.parse(fs.readFileSync(recFile, 'utf8'));
const order = JSON.parse(fs.readFileSync(orderFile, 'utf8'));
// Dumps 1-2 are Node's own start-up calls of the marker, 3 the run up to census.cjs' first.
const cost = (i) => Number(/^summary: (\d+)/m.exec(fs.readFileSync(`${dir}/cg.out.${i}`, 'utf8'))[1]);
const byId = new Map(rec.map((e) => [e.id, {...e, make: 0, one: 0, two: 0}]));
const empties = [];
order.forEach(([id, step], k) => {
  const c = cost(k + 4);
  if (id === -1) empties.push(c);
  else byId.get(id)[step] = c;
});
const marker = empties.sort((a, b) => a - b)[2];
const rows = [...byId.values()].map((e) => {
  for (const s of ['make', 'one', 'two']) if (e[s]) e[s] -= marker;
  e.total = e.make + e.one + e.two;
  return e;
});
rows.sort((a, b) => b.total - a.total);
const M = (x) => (x / 1e6).toFixed(2);
const sum = (list, k) => list.reduce((a, r) => a + r[k], 0);
console.log(`marker ${marker}; ${rows.length} patterns`);
console.log(
  `M instructions: make ${M(sum(rows, 'make'))}, one-byte ${M(sum(rows, 'one'))}, two-byte ${M(sum(rows, 'two'))}`,
);
console.log('    id  total  make   one   two      calls 1/2 flags length first use');
for (const r of rows.slice(0, Number(nArg || 60)))
  console.log(
    `#${r.id}`.padStart(6),
    M(r.total).padStart(6),
    M(r.make).padStart(5),
    M(r.one).padStart(5),
    M(r.two).padStart(5),
    `${r.calls[1]}/${r.calls[2]}`.padStart(14),
    r.flags.padEnd(5),
    String(r.source.length).padStart(6),
    r.site.split(' | ')[0].replace(/ \(.*:(\d+):\d+\)$/, ':$1'),
  );
if (script) {
  const modules = [];
  fs.readFileSync(script, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^\/\/ (src\/\S+)/.exec(line);
      if (m) modules.push([i + 1, m[1]]);
    });
  const moduleAt = (line) => modules.filter(([at]) => at <= line).pop()?.[1] ?? '?';
  const byModule = new Map();
  for (const r of rows) {
    const line = /:(\d+):\d+\)?$/.exec(r.site.split(' | ')[0])?.[1];
    const m = line ? moduleAt(Number(line)) : '?';
    byModule.set(m, [...(byModule.get(m) ?? []), r]);
  }
  console.log('\nmodule (first use)                             patterns  total  make   one   two');
  for (const [m, list] of [...byModule].sort((a, b) => sum(b[1], 'total') - sum(a[1], 'total')).slice(0, 25))
    console.log(
      m.padEnd(48),
      String(list.length).padStart(5),
      ...['total', 'make', 'one', 'two'].map((k) => M(sum(list, k)).padStart(6)),
    );
}
fs.writeFileSync(`${dir}/census.json`, JSON.stringify(rows));
