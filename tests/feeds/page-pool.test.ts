import {describe, expect, it} from 'vitest';
import {createPagePool, findPageWorker, inlinePageReader} from '../../src/feeds/page-pool.js';
import {newsPage} from '../fixtures/web/pages.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';

describe('reading pages on worker threads', () => {
  // `npm test` builds dist/ first; the pool falls back to this thread without it, which the second test covers.
  it.skipIf(findPageWorker() === null)('gives what reading on this thread gives, page for page', async () => {
    const pool = createPagePool({size: 2});
    try {
      const pages = SHIPPED.map((file, i) => {
        const url = `https://courier.example/${i}`;
        return {body: Buffer.from(newsPage(shippedArticle(file, url))), contentType: 'text/html', url};
      });
      const [pooled, inline] = await Promise.all([
        Promise.all(pages.map((p) => pool.read(p))),
        Promise.all(pages.map((p) => inlinePageReader.read(p))),
      ]);
      expect(pooled).toEqual(inline);
      expect(pooled.every((r) => r.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('reads on this thread when there is no worker script, and refuses what is not a page', async () => {
    const pool = createPagePool({script: null});
    expect(pool).toBe(inlinePageReader);
    const result = await pool.read({
      body: Buffer.from('{"a": 1}'),
      contentType: 'application/json',
      url: 'https://x.example/a.json',
    });
    expect(result).toEqual({ok: false, reason: 'the link is not a web page'});
  });
});
