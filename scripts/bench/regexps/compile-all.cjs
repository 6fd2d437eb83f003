// Makes every recorded pattern (recorder.cjs) and compiles it for the widths asked, for cachegrind: what the
// patterns cost, without the extraction. WIDTHS: none (made only), one, two, both, used (as recorded), used1, used2;
// FILTER: #id,id,... or a part of the stack of the pattern's first use (recorder.cjs' `site`).
// usage: node --regexp-tier-up-ticks=0 compile-all.cjs REC.json WIDTHS [FILTER]
const fs = require('node:fs');
const [recFile, mode, filt] = process.argv.slice(2);
const rec = JSON.parse(fs.readFileSync(recFile, 'utf8'));
const twoS = ('\u0100' + 'xxxxxxxxxxxxxxxxxxxxxxx').slice(1);
const oneS = 'xxxxxxxxxxxxxxxxxxxxxxx';
let n = 0;
for (const e of rec) {
  if (
    filt &&
    !(filt.startsWith('#')
      ? filt.slice(1).split(',').includes(String(e.id))
      : (e.mod ?? e.site).includes(filt))
  )
    continue;
  const re = new RegExp(e.source, e.flags);
  if (mode === 'none') continue;
  const ws =
    mode === 'used1'
      ? [1].filter((w) => e.calls[w] > 0)
      : mode === 'used2'
        ? [2].filter((w) => e.calls[w] > 0)
        : mode === 'one'
          ? [1]
          : mode === 'two'
            ? [2]
            : mode === 'both'
              ? [1, 2]
              : [1, 2].filter((w) => e.calls[w] > 0);
  for (const w of ws) {
    re.lastIndex = 0;
    re.exec(w === 1 ? oneS : twoS);
    n++;
  }
}
console.error('compiles', n);
