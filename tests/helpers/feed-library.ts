import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach} from 'vitest';
import {openTarget, type Target} from '../../src/feeds/target.js';
import {openDatabase, type Db} from '../../src/store/open-db.js';
import {createFetcher, type Fetcher} from '../../src/web/fetch.js';
import {tempDir} from './temp-dir.js';

/** An empty library folder, its database and a fetcher, for a feeds test. */
export interface FeedLibrary {
  dir: string;
  target: Target;
  fetcher: Fetcher;
  db: Db;
}

/**
 * The `library()` maker of a feeds test file: each library's fetcher and database are closed after each test
 * (registered where this is called, at the file's top level).
 */
export function feedLibraries(): () => FeedLibrary {
  const open: {db: Db; fetcher: Fetcher}[] = [];
  afterEach(() => {
    for (const o of open.splice(0)) {
      o.fetcher.close();
      o.db.close();
    }
  });
  return () => {
    const dir = tempDir();
    const db = openDatabase(join(tempDir(), 'brief.db')).db;
    const fetcher = createFetcher();
    open.push({db, fetcher});
    return {dir, target: openTarget(db, dir), fetcher, db};
  };
}

/** The Markdown articles a feed wrote into `dir`. */
export const articles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.md'));

// Made-up text, whole in a feed's items (no page to fetch).
export const HARBOUR_TEXT =
  'The harbour council met on Tuesday to agree a plan for the new ferry terminal. Work starts in the spring, ' +
  'the council said, and the first boats should sail from it a year later.';

/**
 * A made-up RSS feed of `n` full-text items ("Harbour notice i"), served as the tests' web server serves a body:
 * each item's text `repeat` times over, and with a link to an unreachable page when `links` is set.
 */
export function harbourFeed(n: number, {repeat = 1, links = false}: {repeat?: number; links?: boolean} = {}) {
  const item = (i: number) =>
    `<item><title>Harbour notice ${i}</title>${links ? `<link>http://127.0.0.1:9/notice/${i}</link>` : ''}` +
    `<guid isPermaLink="false">n-${i}</guid><description>${HARBOUR_TEXT.repeat(repeat)} Notice ${i}.</description></item>`;
  return {
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Harbour Weekly</title>${Array.from({length: n}, (_, i) => item(i)).join('')}</channel></rss>`,
    type: 'application/rss+xml',
  };
}
