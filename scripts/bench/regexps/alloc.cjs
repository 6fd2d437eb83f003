// What a worker allocates: extracts the first N articles (ARTICLES, the shipped library by default) in this thread
// as an extraction worker does, from WLFILE (build.mjs's wl-cut.cjs), and with PROF writes a sampling heap profile
// that keeps the objects the collectors freed (the inspector's HeapProfiler, INTERVAL bytes, 8192 by default).
// Run it under a worker's flags, with --trace-gc to count scavenges (s50b, scripts/bench/README.md):
//   node --regexp-tier-up-ticks=0 --interrupt-budget=1000000 --max-semi-space-size=1 --initial-old-space-size=48 \
//     [--trace-gc] alloc.cjs WLFILE N [PROF.json]
// then `node alloc-sum.mjs PROF.json` for MB by function (SURVIVORS=1: only objects that outlived a scavenge, s53b).
// The script is run with the wrapper extract.cjs gives it
// (`__brief_meta_url` among its parameters): loaded with `require`, the entity and quote stages fail on it and the
// extraction only lists them in `failures` (printed at the end: it must be 0).
const {writeFileSync} = require('node:fs');
const {loadScript, firstArticles} = require('./load-script.cjs');
const inspector = require('node:inspector');
const [file, nArg, prof] = process.argv.slice(2);
const N = Number(nArg || 140);
const {wl} = loadScript(file);
const files = firstArticles(N);
const session = new inspector.Session();
const post = (method, params) =>
  new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))),
  );
(async () => {
  await wl.loadHtmlReaderFor(files);
  if (prof) {
    session.connect();
    await post('HeapProfiler.startSampling', {
      samplingInterval: Number(process.env.INTERVAL || 8192),
      includeObjectsCollectedByMajorGC: true,
      // (SURVIVORS=1: only what outlived a scavenge, the objects the collectors copy and promote: s53b.)
      includeObjectsCollectedByMinorGC: process.env.SURVIVORS !== '1',
    });
  }
  let failures = 0;
  const t0 = performance.now();
  for (const f of files) {
    const read = wl.readArticleFile(f);
    if (!read.ok) continue;
    failures += (wl.extract(wl.toExtractInput(read.article)).failures ?? []).length;
  }
  const ms = performance.now() - t0;
  if (prof) writeFileSync(prof, JSON.stringify((await post('HeapProfiler.stopSampling')).profile));
  console.error('ms', ms.toFixed(0), 'failures', failures);
})();
