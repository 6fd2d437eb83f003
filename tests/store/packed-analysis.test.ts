import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {startIndexing} from '../../src/store/indexer.js';
import {packAnalysis, withPacked} from '../../src/store/packed-analysis.js';
import {toExtractInput} from '../../src/extract/input.js';
import {readArticleFile} from '../../src/library/read-article.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

const TEXT = articleText(
  'Harbour opens',
  '“We are ready,” said Ada Varga, the mayor of Lindholm.\n\nAt least 15 ships docked on Monday.',
);

describe('an analysis sent by a worker as its JSON', () => {
  it('packs the JSON the store keeps, with the counts and the reason an analysis is incomplete', () => {
    const analysis = {
      summary: ['a'],
      people: [{name: 'Ada Varga', aliases: [], mentions: 2}],
      places: [],
      organizations: [],
      quotes: [{text: 'We are ready', speaker: 'Ada Varga'}],
      facts: [],
      failures: [{stage: 'facts' as const, reason: 'boom'}],
    };
    expect(packAnalysis(analysis)).toEqual({
      json: JSON.stringify(analysis),
      people: 1,
      quotes: 1,
      facts: 0,
      incomplete: 'stage facts failed: boom',
    });
    // Read back only when asked for, and then as it was.
    const out = withPacked({ok: true}, packAnalysis(analysis));
    expect(Object.getOwnPropertyDescriptor(out, 'analysis')?.get).toBeTypeOf('function');
    expect(out.analysis).toEqual(analysis);
    expect(out.analysis).toBe(out.analysis);
  });

  it('reaches the caller and the database as the extractor made it', async () => {
    const script = findWorkerScript();
    if (!script) throw new Error('no built worker: run npm run build');
    const dir = tempDir({'harbour.md': TEXT});
    const path = join(dir, 'harbour.md');
    const read = readArticleFile(path, {id: 'harbour'});
    if (!read.ok) throw new Error(read.skipped.reason);
    const expected = extract(toExtractInput(read.article));
    expect(expected.people.map((p) => p.name)).toContain('Ada Varga');

    const pool = createWorkerPool({script, size: 1});
    try {
      const outcome = await pool.extract({path, id: 'harbour'});
      if (!outcome.ok) throw new Error(outcome.reason);
      expect(outcome.packed?.json).toBe(JSON.stringify(expected));
      expect(outcome.analysis).toEqual(expected);
    } finally {
      await pool.close();
    }

    const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root: dir});
    open.push(s);
    const summary = await startIndexing(s, {pool: createWorkerPool({script, size: 1})}).done;
    expect(summary.extracted).toBe(1);
    expect(s.getAnalysis('harbour')).toEqual(expected);
  });
});
