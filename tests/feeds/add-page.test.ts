import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {addSource} from '../../src/feeds/add.js';
import {createRun} from '../../src/feeds/refresh.js';
import {openTarget} from '../../src/feeds/target.js';
import {readArticleFile} from '../../src/library/read-article.js';
import {openDatabase, type Db} from '../../src/store/open-db.js';
import {createFetcher, type Fetcher} from '../../src/web/fetch.js';
import {newsPage} from '../fixtures/web/pages.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

const open: {db: Db; fetcher: Fetcher}[] = [];
afterEach(() => {
  for (const o of open.splice(0)) {
    o.fetcher.close();
    o.db.close();
  }
});

describe('adding a page served in the wrong charset', () => {
  it('reads Windows-1252 bytes the server calls UTF-8 as the author wrote them', async () => {
    const article = shippedArticle(SHIPPED[0] ?? '', 'https://courier.example/a');
    const paragraphs = [...article.paragraphs];
    paragraphs[0] = `${paragraphs[0]} Café Zürich – naïve “quotes”.`;
    const html = newsPage({...article, paragraphs}, {metaCharset: null});
    // Encoded as an old CMS would store it; every character above is in Windows-1252.
    const table: Record<string, number> = {'–': 0x96, '“': 0x93, '”': 0x94, '’': 0x92, '‘': 0x91, '—': 0x97};
    const bytes = Buffer.from(
      [...html].map((c) => table[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)),
    );
    const server = await startServer({'/old.html': {body: bytes, type: 'text/html; charset=utf-8'}});
    const dir = tempDir();
    const db = openDatabase(join(tempDir(), 'brief.db')).db;
    const fetcher = createFetcher();
    open.push({db, fetcher});
    const outcome = await addSource(
      server.url('/old.html'),
      createRun({target: openTarget(db, dir), fetcher}),
    );
    if (outcome.kind !== 'article' || !outcome.path) throw new Error(JSON.stringify(outcome));
    const read = readArticleFile(outcome.path);
    if (!read.ok) throw new Error(read.skipped.reason);
    expect(read.article.paragraphs[0]).toContain('Café Zürich – naïve “quotes”.');
  });
});
