import Database from 'better-sqlite3';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {CHECK_CACHE_KIB, quickCheckInBackground} from '../../src/store/quick-check.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('the background quick check', () => {
  it('checks a sound file with a small page cache of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-check-'));
    dirs.push(dir);
    const path = join(dir, 'x.db');
    const db = new Database(path);
    db.exec('CREATE TABLE t (a); INSERT INTO t VALUES (1), (2)');
    db.close();
    expect(await quickCheckInBackground(path)).toBe('ok');
    // SQLite's own default: the check reads each page about once, so better-sqlite3's 16 MB would only be resident.
    expect(CHECK_CACHE_KIB).toBeGreaterThanOrEqual(-2000);
  });

  it('says what went wrong when the file is not a database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-check-'));
    dirs.push(dir);
    expect(await quickCheckInBackground(join(dir, 'missing.db'))).not.toBe('ok');
  });
});
