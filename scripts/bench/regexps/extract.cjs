// Extracts the first N articles (ARTICLES, the shipped library by default) in this thread as an extraction worker
// does: WLFILE (build.mjs) loaded as a classic script from V8's code cache (WLFILE.$CTAG.cache, written after 24
// articles when missing; make it under the same flags as the runs that read it). Run it with a worker's flags:
//   node --regexp-tier-up-ticks=0 --interrupt-budget=1000000 extract.cjs WLFILE N [record OUT.json]
// `record` wraps the patterns' methods (recorder.cjs): each pattern's first use and its calls by string width.
// DUMP=FILE appends each analysis as a line of JSON; TWO=1 makes every input string two-byte first.
const {readFileSync, writeFileSync, existsSync} = require('node:fs');
const {loadScript, firstArticles} = require('./load-script.cjs');
const [file, nArg, mode, out] = process.argv.slice(2);
const N = Number(nArg || 140);
let rec = null;
if (mode === 'record') rec = require('./recorder.cjs');
const cachePath = `${file}.${process.env.CTAG || 'x'}.cache`;
const cachedData = existsSync(cachePath) ? readFileSync(cachePath) : undefined;
const {wl, script} = loadScript(file, cachedData);
const files = firstArticles(N);
(async () => {
  await wl.loadHtmlReaderFor(files);
  const times = [];
  let k = 0;
  for (const f of files) {
    const read = wl.readArticleFile(f);
    if (!read.ok) continue;
    if (rec) rec.article(f);
    const t0 = performance.now();
    let input = wl.toExtractInput(read.article);
    if (process.env.TWO === '1') {
      const two = (x) => (typeof x === 'string' ? ('\u0100' + x).slice(1) : x);
      input = {
        ...input,
        title: two(input.title),
        paragraphs: input.paragraphs.map(two),
        authors: input.authors?.map(two),
        outlet: two(input.outlet),
        source: two(input.source),
      };
    }
    const res = wl.extract(input);
    times.push(performance.now() - t0);
    if (process.env.DUMP) require('fs').appendFileSync(process.env.DUMP, JSON.stringify(res) + '\n');
    if (++k === 24 && !cachedData) writeFileSync(cachePath, script.createCachedData());
  }
  if (rec) rec.save(out);
  if (process.env.TIMES) console.error(times.map((t) => t.toFixed(1)).join(' '));
  console.error(
    'total ms',
    times.reduce((a, b) => a + b, 0).toFixed(0),
    cachedData ? 'cache used' : 'no cache',
  );
})();
