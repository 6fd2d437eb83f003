import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText, countingPool} from './fixtures.js';
import type {ExtractionPool} from '../../src/store/pool.js';

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

// A library of one short article and one whose extraction never ends (BRIEF_STALL_TITLE, set around the runs
// that need it): no real article may take long since extraction is linear, so a test cannot rely on one.
function library(): {dir: string; db: string} {
  const dir = tempDir({
    'short.md': articleText('Harbour opens', 'Ada Varga said the harbour would open on Monday.'),
    'numbers.md': articleText('Numbers', 'It went on and on: 1, 2, 3.'),
  });
  return {dir, db: join(tempDir(), 'brief.db')};
}

function store(dir: string, db: string): SqliteStore {
  const s = openSqliteStore({dbPath: db, root: dir});
  open.push(s);
  return s;
}

// Budgets of 3 s: the short article is a cold worker's first, which on a loaded machine took over 1 s of wall time
// and was stopped as if it stalled.
describe('the per-article time budget of the index workers', () => {
  const script = findWorkerScript();
  if (!script) throw new Error('no built worker: run npm run build');
  const built: string = script;

  it('stops an article over budget, records it once, and indexes the rest', async () => {
    const {dir, db} = library();
    const s = store(dir, db);
    process.env.BRIEF_STALL_TITLE = 'Numbers';
    const pool = createWorkerPool({script, size: 1, budgetMs: 3000});
    const summary = await startIndexing(s, {pool}).done.finally(() => delete process.env.BRIEF_STALL_TITLE);
    expect(summary.unanalysable).toEqual([
      {path: join(dir, 'numbers.md'), reason: 'too long to analyse (more than 3 s)'},
    ]);
    expect(summary.failed).toEqual([]);
    expect(summary.extracted).toBe(1);
    expect(s.getAnalysis('short')?.people.map((p) => p.name)).toEqual(['Ada Varga']);
    expect(s.getAnalysis('numbers')?.failures).toEqual([
      {stage: 'budget', reason: 'too long to analyse (more than 3 s)'},
    ]);

    // The next run does not try it again (it is recorded for this extractor version) but still names it.
    const again = await startIndexing(s, {pool: createWorkerPool({script, size: 1, budgetMs: 3000})}).done;
    expect(again.unanalysable).toEqual([
      {path: join(dir, 'numbers.md'), reason: 'too long to analyse (more than 3 s)'},
    ]);
    expect(again.extracted).toBe(0);
  });

  it.each([
    ['once, then is analysed', 1, 0],
    ['twice, and is recorded as too long after its second try', 2, 1],
  ])(
    'tries an article out of time once more, alone, at the end of the run: out of time %s',
    async (_, outOfTime, recorded) => {
      const {dir, db} = library();
      const s = store(dir, db);
      const inner = countingPool();
      const tries: string[] = [];
      const pool: ExtractionPool = {
        ...inner,
        extract: (job) => {
          tries.push(job.path.endsWith('numbers.md') ? 'numbers' : 'short');
          const slow = tries.filter((t) => t === 'numbers').length;
          if (job.path.endsWith('numbers.md') && slow <= outOfTime)
            return Promise.resolve({
              ok: false,
              unanalysable: true,
              reason: 'too long to analyse (more than 3 s)',
            });
          return inner.extract(job);
        },
      };
      const summary = await startIndexing(s, {pool}).done;
      // Tried again after the rest.
      expect(tries.filter((t) => t === 'numbers')).toHaveLength(2);
      expect(tries.at(-1)).toBe('numbers');
      expect(summary.unanalysable).toHaveLength(recorded);
      expect(summary.extracted).toBe(2 - recorded);
      expect(s.getAnalysis('numbers')?.failures ?? []).toHaveLength(recorded);
    },
  );

  it('gives the jobs a stopped worker held but had not begun to its replacement', async () => {
    // Newest first: the stalling article is taken first, and the worker holds the next while on it.
    const dir = tempDir({
      'stall.md': articleText('Numbers', 'It went on and on: 1, 2, 3.', {date: '2024-03-01'}),
      'next.md': articleText('Harbour opens', 'Ada Varga said the harbour would open on Monday.', {
        date: '2024-02-01',
      }),
      'last.md': articleText('Bridge closes', 'Ben Okafor said the bridge would close.'),
    });
    const s = store(dir, join(tempDir(), 'brief.db'));
    process.env.BRIEF_STALL_TITLE = 'Numbers';
    const pool = createWorkerPool({script, size: 1, budgetMs: 3000});
    const summary = await startIndexing(s, {pool}).done.finally(() => delete process.env.BRIEF_STALL_TITLE);
    expect(summary.unanalysable.map((u) => u.path)).toEqual([join(dir, 'stall.md')]);
    expect(summary.failed).toEqual([]);
    expect(summary.extracted).toBe(2);
    expect(s.getAnalysis('next')?.people.map((p) => p.name)).toEqual(['Ada Varga']);
    expect(s.getAnalysis('last')?.people.map((p) => p.name)).toEqual(['Ben Okafor']);
  });

  // A worker's thread CPU is read from /proc (thread-cpu.ts): where there is none, the budget is on the clock.
  const procCpu = existsSync('/proc/thread-self/stat');

  /** A first index of `library()` whose 'Numbers' waits `pauseMs` without the processor (BRIEF_PAUSE_TITLE). */
  async function indexPaused(pauseMs: number, pool: {budgetMs: number; wallBudgets?: number}) {
    const {dir, db} = library();
    const s = store(dir, db);
    Object.assign(process.env, {BRIEF_PAUSE_TITLE: 'Numbers', BRIEF_PAUSE_MS: String(pauseMs)});
    const summary = await startIndexing(s, {
      pool: createWorkerPool({script: built, size: 1, ...pool}),
    }).done.finally(() => {
      delete process.env.BRIEF_PAUSE_TITLE;
      delete process.env.BRIEF_PAUSE_MS;
    });
    return {dir, s, summary};
  }

  it.runIf(procCpu)(
    "counts the budget in the worker thread's CPU: an article held up on the clock, not on the processor, is analysed",
    async () => {
      // Six seconds waiting (as behind other programs on a busy machine) against a budget of three.
      const {s, summary} = await indexPaused(6000, {budgetMs: 3000});
      expect(summary.unanalysable).toEqual([]);
      expect(summary.failed).toEqual([]);
      expect(summary.extracted).toBe(2);
      expect(s.getAnalysis('numbers')?.failures).toBeUndefined();
    },
  );

  it.runIf(procCpu)(
    'stops an article held up on the clock past its budgets there for this run only, and analyses it at the next',
    async () => {
      const {dir, s, summary} = await indexPaused(60_000, {budgetMs: 3000, wallBudgets: 2});
      expect(summary.unanalysable).toEqual([]);
      expect(summary.failed).toEqual([
        {
          path: join(dir, 'numbers.md'),
          reason: expect.stringMatching(
            /^stopped after [67] s on a busy machine, with \d+ m?s of processor time \(not recorded as too long to analyse: tried again next time\)$/,
          ),
        },
      ]);
      expect(s.getAnalysis('numbers')).toBeNull();
      const again = await startIndexing(s, {pool: createWorkerPool({script, size: 1, budgetMs: 3000})}).done;
      expect(again.extracted).toBe(1);
      expect(again.failed).toEqual([]);
    },
    30_000,
  );

  it('records an analysis with a failed stage as incomplete, reports it and does not retry it', async () => {
    const {dir, db} = library();
    const s = store(dir, db);
    process.env.BRIEF_FAIL_STAGE = 'summary';
    try {
      const run = startIndexing(s, {pool: createWorkerPool({script, size: 1})});
      const summary = await run.done;
      expect(summary.unanalysable.map((u) => u.reason)).toContain(
        'analysis incomplete: stage summary failed: summary made to fail (BRIEF_FAIL_STAGE)',
      );
      expect(run.progress().failures?.count).toBe(2);
      // The status line names the first article after its reason.
      expect(run.progress().failures?.first).toMatch(
        /^analysis incomplete: stage summary failed: summary made to fail \(BRIEF_FAIL_STAGE\) \((numbers|short)\.md\)$/,
      );
      expect(s.getAnalysis('short')?.failures?.[0]?.stage).toBe('summary');
    } finally {
      delete process.env.BRIEF_FAIL_STAGE;
    }
    const again = await startIndexing(s, {pool: createWorkerPool({script, size: 1})}).done;
    expect(again.extracted).toBe(0);
    // Named again, in the words of the run that found it, once per file.
    expect(again.unanalysable).toEqual(
      ['numbers.md', 'short.md'].map((name) => ({
        path: join(dir, name),
        reason: 'analysis incomplete: stage summary failed: summary made to fail (BRIEF_FAIL_STAGE)',
      })),
    );
  });
});
