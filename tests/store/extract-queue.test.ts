import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createExtractQueue} from '../../src/store/extract-queue.js';
import type {ExtractJob} from '../../src/store/index-jobs.js';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import type {ExtractionPool} from '../../src/store/pool.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText, countingPool} from './fixtures.js';

const job = (name: string): ExtractJob => ({job: {path: `/lib/${name}.md`, id: name}, hash: name});

describe('the queue of texts read and waiting for extraction', () => {
  it('gives the newest first, undated last, and a lane waiting for a job the next one pushed', async () => {
    const q = createExtractQueue();
    q.push(job('ferry'), '2024-03-01');
    q.push(job('undated'), '');
    q.push(job('strike'), '2024-03-02');
    q.push(job('vote'), '2019-01-04');
    const taken = [await q.take(), await q.take(), await q.take(), await q.take()].map((j) => j?.job.id);
    expect(taken).toEqual(['strike', 'ferry', 'vote', 'undated']);
    const waiting = q.take();
    q.push(job('late'), '2020-01-01');
    expect((await waiting)?.job.id).toBe('late');
  });

  it('answers waiting lanes with null once closed, and still empties what is left first', async () => {
    const q = createExtractQueue();
    const waiting = q.take();
    q.close();
    expect(await waiting).toBeNull();
    const r = createExtractQueue();
    r.push(job('ferry'), '2024-03-01');
    r.close();
    expect((await r.take())?.job.id).toBe('ferry');
    expect(await r.take()).toBeNull();
    expect(r.size).toBe(0);
  });
});

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

/** countingPool, with each call logged in order as "read x" or "extract x". */
function loggingPool(): ExtractionPool & {log: string[]} {
  const inner = countingPool();
  const log: string[] = [];
  const name = (path: string): string => path.split('/').pop() ?? path;
  return {
    ...inner,
    log,
    read: (j) => {
      log.push(`read ${name(j.path)}`);
      return inner.read(j);
    },
    extract: (j) => {
      log.push(`extract ${name(j.path)}`);
      return inner.extract(j);
    },
  };
}

describe('a first index extracts while it reads', () => {
  it('starts extracting before the last file is read, each text once, copies included', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++)
      files[`${String(i).padStart(2, '0')}.md`] = articleText(`Ferry ${i}`, `Ferry ${i} sailed from Oslo.`, {
        date: `2024-03-${String(i + 1).padStart(2, '0')}`,
      });
    files['12-copy.md'] = files['03.md'] ?? '';
    const root = tempDir(files);
    const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root});
    open.push(s);
    const pool = loggingPool();
    const summary = await startIndexing(s, {pool}).done;
    const extracts = pool.log.filter((l) => l.startsWith('extract'));
    expect(extracts).toHaveLength(12);
    expect(summary.extracted).toBe(12);
    const lastRead = pool.log.map((l) => l.startsWith('read')).lastIndexOf(true);
    expect(pool.log.findIndex((l) => l.startsWith('extract'))).toBeLessThan(lastRead);
    expect(s.listArticles()).toHaveLength(13);
    expect(s.listArticles().every((a) => a.counts !== null)).toBe(true);
  });
});
