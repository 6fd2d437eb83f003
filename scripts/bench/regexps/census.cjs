// Each recorded pattern (recorder.cjs) made, then compiled for the widths it ran on, with a marker between the steps
// (v8.setFlagsFromString, a native call nothing else makes after start-up) so that callgrind splits the costs:
//   valgrind --tool=callgrind --dump-instr=no --dump-before='v8::V8::SetFlagsFromString*' \
//     node --regexp-tier-up-ticks=0 --min-semi-space-size=64 --max-semi-space-size=64 census.cjs REC.json ORDER.json
// then `node census-sum.cjs REC.json ORDER.json DIR` in the dumps' folder. The large young generation keeps
// scavenges out of the steps (with a worker's 1 MB one, a scavenge adds ~1-2 M to whichever step it falls in).
// Five empty steps first measure the marker itself. (s54b, scripts/bench/README.md.)
const fs = require('node:fs');
const v8 = require('node:v8');
const [recFile, orderFile] = process.argv.slice(2);
const rec = JSON.parse(fs.readFileSync(recFile, 'utf8'));
const twoS = ('\u0100' + 'xxxxxxxxxxxxxxxxxxxxxxx').slice(1);
const oneS = 'xxxxxxxxxxxxxxxxxxxxxxx';
const mark = () => v8.setFlagsFromString('--no-s54-census-marker');
const order = [];
mark();
for (let i = 0; i < 5; i++) {
  mark();
  order.push([-1, 'empty']);
}
for (const e of rec) {
  const re = new RegExp(e.source, e.flags);
  mark();
  order.push([e.id, 'make']);
  for (const [w, s, step] of [
    [1, oneS, 'one'],
    [2, twoS, 'two'],
  ]) {
    if (!e.calls[w]) continue;
    re.lastIndex = 0;
    re.exec(s);
    mark();
    order.push([e.id, step]);
  }
}
fs.writeFileSync(orderFile, JSON.stringify(order));
