import {utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Analysis} from '../../src/extract/types.js';
import type {Article} from '../../src/library/types.js';
import {startIndexing, type IndexOptions, type IndexRun} from '../../src/store/indexer.js';
import {createInlinePool, type ExtractionPool} from '../../src/store/pool.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {afterEach} from 'vitest';
import {tempDir} from '../helpers/temp-dir.js';

/** An article file with front matter. */
export function articleText(title: string, body: string, extra: Record<string, string> = {}): string {
  const fields = Object.entries({title, date: '2024-01-01', ...extra}).map(([k, v]) => `${k}: ${v}`);
  return `---\n${fields.join('\n')}\n---\n${body}\n`;
}

/**
 * A fast stand-in for the extractor: every run of two capitalised words is a person, every word after "in" a
 * place. Enough structure to check merging, counts and sentences without loading the NLP library.
 */
export function fakeAnalyze(article: Article): Analysis {
  const count = (re: RegExp): Map<string, number> => {
    const out = new Map<string, number>();
    for (const m of `${article.title}\n${article.text}`.matchAll(re))
      if (m[1]) out.set(m[1], (out.get(m[1]) ?? 0) + 1);
    return out;
  };
  const people = count(/\b(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\b/gu);
  const places = count(/\bin (\p{Lu}\p{Ll}+)\b/gu);
  const toEntities = (m: Map<string, number>) =>
    [...m].map(([name, mentions]) => ({name, aliases: [], mentions}));
  return {
    summary: [article.paragraphs[0] ?? ''],
    people: toEntities(people),
    places: toEntities(places),
    organizations: [],
    quotes: [...article.text.matchAll(/“([^”]+)” said (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)/gu)].map((m) => ({
      text: m[1] ?? '',
      speaker: m[2] ?? null,
    })),
    facts: [],
  };
}

/** The in-thread pool with call counters, so a test can see what was (not) read or extracted. */
export function countingPool(
  version = 1,
  analyze = fakeAnalyze,
): ExtractionPool & {reads: string[]; extracts: string[]} {
  const inner = createInlinePool(analyze, version);
  const reads: string[] = [];
  const extracts: string[] = [];
  return {
    size: 2,
    reads,
    extracts,
    version: () => inner.version(),
    read: (job) => {
      reads.push(job.path);
      return inner.read(job);
    },
    extract: (job) => {
      extracts.push(job.path);
      return inner.extract(job);
    },
    close: () => inner.close(),
  };
}

/** A countingPool that tells `handed` of each extraction job as it is handed over (sent ahead or not). */
export function watchingPool(handed: (ahead: boolean) => void): ExtractionPool {
  const inner = countingPool();
  return {
    ...inner,
    extract: (job, ahead) => {
      handed(ahead === true);
      return inner.extract(job, ahead);
    },
  };
}

/**
 * Indexes `store`'s library and stops the run (as Ctrl+C would) when the first extraction job is handed over;
 * resolves once the run and its stop have ended.
 */
export async function indexStoppedAtFirstJob(
  store: SqliteStore,
  options: Omit<IndexOptions, 'pool'> = {},
): Promise<void> {
  let run: IndexRun | null = null;
  let stopping: Promise<unknown> | null = null;
  const inner = countingPool();
  const pool: ExtractionPool = {
    ...inner,
    extract: (job) => {
      stopping ??= run?.stop() ?? null;
      return inner.extract(job);
    },
  };
  run = startIndexing(store, {...options, pool});
  await run.done;
  await stopping;
}

/** Rewrites a file and moves its mtime on, as an editor would. */
export function rewrite(dir: string, name: string, text: string): void {
  const path = join(dir, name);
  writeFileSync(path, text);
  const later = new Date(Date.now() + 5000);
  utimesSync(path, later, later);
}

/**
 * For a test file: a function that opens a store of the library `root` (a database in a new temporary folder unless
 * given), every store it opened closed after each test (one a test closed itself too: closing twice is harmless).
 */
export function storeOpener(): (root: string, dbPath?: string) => SqliteStore {
  const open: SqliteStore[] = [];
  afterEach(() => {
    while (open.length) open.pop()?.close();
  });
  return (root, dbPath = join(tempDir(), 'brief.db')) => {
    const s = openSqliteStore({dbPath, root});
    open.push(s);
    return s;
  };
}

/** Twelve made-up harbour notes, each copied into two folders (24 files, 12 texts). */
export function harbourLibrary(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) {
    const text = articleText(`Harbour note ${i}`, `Ada Varga opened berth ${i}. Tobias Renn closed it.`);
    files[`a/note-${i}.md`] = text;
    files[`b/note-${i}.md`] = text;
  }
  return tempDir(files);
}

/**
 * Calls `around` for each immediate transaction on the store's connection (where the indexer commits: each write is
 * one), with the transaction's run to call; what it returns is the transaction's result.
 */
export function aroundWrites(s: SqliteStore, around: (run: () => unknown) => unknown): void {
  const transaction = s.db.transaction.bind(s.db);
  s.db.transaction = ((fn: Parameters<typeof transaction>[0]) => {
    const inner = transaction(fn);
    return Object.assign((...args: unknown[]) => inner(...(args as [])), {
      default: inner.default,
      deferred: inner.deferred,
      exclusive: inner.exclusive,
      immediate: (...args: unknown[]) => around(() => inner.immediate(...(args as []))),
    });
  }) as typeof s.db.transaction;
}
