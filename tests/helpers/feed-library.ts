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
