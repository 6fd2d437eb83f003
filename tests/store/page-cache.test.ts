import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {READER_CACHE_KIB, READER_SMALL_DB_BYTES, readerCacheKib} from '../../src/store/open-db.js';
import {openSqliteStore} from '../../src/store/sqlite-store.js';
import {tempDir} from '../helpers/temp-dir.js';

// The reader opens a large database with a smaller page cache than better-sqlite3's 16 MB (its resident set at
// 100,000 articles); a small one, and every other command, keeps the default.
describe("a connection's page cache", () => {
  it('is the size asked for, on a file and in memory', () => {
    const dir = tempDir();
    for (const dbPath of [join(dir, 'brief.db'), ':memory:']) {
      const store = openSqliteStore({dbPath, root: join(dir, 'lib'), cacheKib: READER_CACHE_KIB});
      expect(store.db.pragma('cache_size', {simple: true})).toBe(-READER_CACHE_KIB);
      store.close();
    }
  });

  it("is better-sqlite3's default when none is asked for", () => {
    const store = openSqliteStore({dbPath: ':memory:', root: '/lib'});
    expect(store.db.pragma('cache_size', {simple: true})).toBe(-16000);
    store.close();
  });

  it("is the reader's 4 MB for a database over the small size only", () => {
    expect(readerCacheKib(0)).toBeUndefined();
    expect(readerCacheKib(7_000_000)).toBeUndefined();
    expect(readerCacheKib(READER_SMALL_DB_BYTES)).toBeUndefined();
    expect(readerCacheKib(READER_SMALL_DB_BYTES + 1)).toBe(READER_CACHE_KIB);
    expect(readerCacheKib(1_577_533_440)).toBe(READER_CACHE_KIB);
  });
});
