// Bench section: bringing the news in. (1) Reading a typical 100 KB news page into an article (reader mode:
// linkedom + Readability), median over many runs on pages built around shipped articles. (2) `brief refresh` of
// 50 local feeds of 20 teaser items each, every item's ~100 KB page fetched and read, from a separate server
// process over 10 loopback hosts; then the same refresh again, which the validators turn into 304s.
import {build} from 'esbuild';
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'brief-bench-web-'));
process.on('exit', () => rmSync(work, {recursive: true, force: true}));
const outdir = join(root, 'node_modules/.cache/brief-bench-web');
rmSync(outdir, {recursive: true, force: true});
await build({
  entryPoints: [join(root, 'scripts/bench/web/entry.ts')],
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3'],
  define: {fetch: 'undefined'},
  banner: {js: "import {createRequire as __r} from 'node:module'; const require = __r(import.meta.url);"},
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'error',
});
const bundle = join(outdir, 'entry.js');
const web = await import(pathToFileURL(bundle).href);
const articles = join(root, 'articles');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

// (1) One page at a time.
const files = readdirSync(articles).filter((f) => /^\d{4}.*\.md$/.test(f));
const samplePages = files.slice(0, 40).map((f) => {
  const read = web.readArticleFile(join(articles, f));
  const a = read.article;
  return web.newsPage(
    {
      title: a.title,
      date: a.date,
      authors: a.authors,
      paragraphs: a.paragraphs,
      url: 'https://courier.example/x',
    },
    {padTo: 100_000},
  );
});
for (const page of samplePages.slice(0, 5)) web.htmlToArticle(page, null); // warm-up: JIT, first-use costs
const times = [];
for (let round = 0; round < 3; round++)
  for (const page of samplePages) {
    const t = performance.now();
    const r = web.htmlToArticle(page, 'https://courier.example/x');
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(r.reason);
  }
const kb = Math.round(samplePages.reduce((n, p) => n + p.length, 0) / samplePages.length / 1024);
console.log(
  `page → article (${kb} KB pages, ${times.length} runs): median ${median(times).toFixed(1)} ms, p90 ${pct(times, 0.9).toFixed(1)} ms (target ≤ 30 ms median)`,
);

// (2) Refresh.
const FEEDS = 50;
const ITEMS = 20;
const server = spawn(
  process.execPath,
  [
    join(root, 'scripts/bench/web/serve.mjs'),
    pathToFileURL(bundle).href,
    articles,
    String(FEEDS),
    String(ITEMS),
    '10',
  ],
  {stdio: ['ignore', 'pipe', 'inherit']},
);
process.on('exit', () => server.kill());
const {feeds} = JSON.parse(
  await new Promise((resolve) => createInterface({input: server.stdout}).once('line', resolve)),
);
const library = join(work, 'articles');
const {mkdirSync} = await import('node:fs');
mkdirSync(library);
const db = web.openDatabase(join(work, 'brief.db'));
const target = web.openTarget(db, library);
for (const url of feeds) target.feeds.subscribe(url, null, null);
const fetcher = web.createFetcher();
const pages = web.createPagePool({script: join(root, 'dist/page-worker.js')});
let t = performance.now();
const first = await web.refreshFeeds({target, fetcher, pages});
const firstSeconds = (performance.now() - t) / 1000;
const written = readdirSync(library).filter((f) => f.endsWith('.md')).length;
console.log(
  `refresh ${FEEDS} feeds × ${ITEMS} teaser items, every page fetched (~100 KB): ${firstSeconds.toFixed(2)} s, ${first.added} articles added (${written} files), ${first.failed} feeds failed (target ≤ 5 s)`,
);
t = performance.now();
const second = await web.refreshFeeds({target, fetcher, pages});
const unchanged = second.feeds.filter((f) => f.status === 'unchanged').length;
console.log(
  `refresh again: ${((performance.now() - t) / 1000).toFixed(2)} s, ${second.added} added, ${unchanged}/${FEEDS} feeds 304 Not Modified`,
);
fetcher.close();
await pages.close();
db.close();
server.kill();
