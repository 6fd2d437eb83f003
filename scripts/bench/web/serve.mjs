// The bench's web: a separate process (as a real site would be) serving FEEDS feeds of ITEMS teaser items each,
// spread over HOSTS loopback addresses (127.0.0.1, 127.0.0.2, …), every item's page a ~100 KB news page built
// around a shipped article. Prints one JSON line with the feed URLs when it listens; serves until killed.
import {createServer} from 'node:http';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

const [bundle, articlesDir, feedsArg, itemsArg, hostsArg] = process.argv.slice(2);
const {newsPage, rss2, readArticleFile} = await import(bundle);
const FEEDS = Number(feedsArg);
const ITEMS = Number(itemsArg);
const HOSTS = Number(hostsArg);
const shipped = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.md') && /^\d{4}/.test(f))
  .map((f) => readArticleFile(join(articlesDir, f)))
  .filter((r) => r.ok)
  .map((r) => r.article);

const routes = new Map();
const servers = [];
for (let h = 0; h < HOSTS; h++) {
  const server = createServer((req, res) => {
    const body = routes.get(`${h}${req.url}`);
    if (body === undefined) return void res.writeHead(404).end();
    const etag = `"${h}${req.url}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    const type = req.url.startsWith('/feed') ? 'application/rss+xml' : 'text/html; charset=utf-8';
    res.writeHead(200, {'content-type': type, etag, 'content-length': Buffer.byteLength(body)}).end(body);
  });
  await new Promise((resolve) => server.listen(0, `127.0.0.${h + 1}`, resolve));
  servers.push(`http://127.0.0.${h + 1}:${server.address().port}`);
}
const feeds = [];
for (let f = 0; f < FEEDS; f++) {
  const h = f % HOSTS;
  const base = servers[h];
  const items = [];
  for (let i = 0; i < ITEMS; i++) {
    const a = shipped[(f * ITEMS + i) % shipped.length];
    const path = `/news/${f}/${i}`;
    // Every item its own text, though the shipped library has fewer articles than the bench has items.
    const paragraphs = [...a.paragraphs, `This is item ${i} of feed ${f}, filed from the bench desk.`];
    routes.set(
      `${h}${path}`,
      newsPage(
        {title: a.title, date: a.date, authors: a.authors, paragraphs, url: base + path},
        {padTo: 100_000},
      ),
    );
    items.push({
      title: `${a.title} (${f}.${i})`,
      link: base + path,
      date: `${a.date ?? '2020-01-01'}T08:00:00Z`,
      summary: a.paragraphs[0].slice(0, 140),
    });
  }
  routes.set(
    `${h}/feed${f}.xml`,
    rss2({title: `Bench feed ${f}`, site: base, self: `${base}/feed${f}.xml`, items}, false),
  );
  feeds.push(`${base}/feed${f}.xml`);
}
process.stdout.write(`${JSON.stringify({feeds})}\n`);
