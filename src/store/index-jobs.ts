import type {Db} from './open-db.js';
import type {ExtractionPool, Job} from './pool.js';

/**
 * Reads a worker may hold at once (extraction jobs: worker-pool.ts's DEPTH). A read is under a millisecond of a
 * worker's time, and the main thread answers none while it writes a batch of results (the CLI's 256 files, ~50-150
 * ms at 10,000): with two reads a worker, both workers sat idle through every such write, and a 10,000-file first
 * index spent ~5 s reading with each thread busy less than half of it. 128 a worker is a whole batch's worth
 * between the two: a 10,000-file first index on a quiet machine read in 2.1-2.4 s against 2.5-2.8 s with 32 (three
 * interleaved rounds; 256 read in 2.2-2.6 s). Kept here, not in pool.ts, whose import brings the article reader and
 * its YAML parser into `brief index`'s script (195 -> 462 KB).
 */
export const READ_DEPTH = 128;

/** A text to extract: the file to read it from, and its content hash (what its analysis is stored under). */
export interface ExtractJob {
  job: Job;
  hash: string;
}

/** Runs `fn` over `items`, at most `limit` at a time, until done or `stopped()` says so. */
export async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
  stopped: () => boolean,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (!stopped() && next < items.length) {
      const item = items[next++];
      if (item !== undefined) await fn(item);
    }
  };
  await Promise.all(Array.from({length: Math.max(1, limit)}, lane));
}

/**
 * Every content hash of the library without an analysis of `version` (null: without any analysis), one file each,
 * newest articles first.
 */
export function missingJobs(db: Db, root: string, version: number | null): ExtractJob[] {
  return db
    .prepare<[string, string, number | null, number | null], {path: string; id: string; hash: string}>(
      // Path and id from the same row: the id is written back with the article. Each text is looked up once (the
      // distinct hashes from the files_marks index), not once per file: with every text analysed, 2 ms instead
      // of 19 at 10,000 files of 1,000 texts, 26 instead of 159 at 100,000 (first query of a connection).
      `SELECT f.path, f.id, f.hash FROM files f WHERE f.fid IN (
         SELECT (SELECT min(g.fid) FROM files g WHERE g.hash = h.hash AND g.root = ?)
         FROM (SELECT DISTINCT hash FROM files WHERE root = ? AND hash IS NOT NULL) h
         WHERE NOT EXISTS (SELECT 1 FROM analyses a WHERE a.hash = h.hash AND (? IS NULL OR a.version = ?)))
       ORDER BY coalesce(f.date, '') DESC`,
    )
    .all(root, root, version, version)
    .map(({path, id, hash}) => ({job: {path, id}, hash}));
}

/**
 * The version of the pool's extractor. Asking the pool loads the extractor (hundreds of ms, on a thread the UI
 * shares cores with); the answer is kept per extractor fingerprint so an unchanged build never has to be asked.
 */
export async function extractorVersion(
  db: Db,
  pool: ExtractionPool,
  /** How to write the answer down (a reader's writes may find the lock taken and skip it: it is only a shortcut). */
  write: (write: () => void) => unknown = (w) => db.transaction(w).immediate(),
): Promise<number> {
  const known = knownExtractorVersion(db, pool);
  if (known !== null) return known;
  const key = pool.fingerprint ? `extractor-version:${pool.fingerprint}` : null;
  const asked = await pool.version();
  if (key && db.open) {
    write(() => {
      db.prepare("DELETE FROM meta WHERE key LIKE 'extractor-version:%'").run();
      db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, String(asked));
    });
  }
  return asked;
}

/** The version stored for the pool's extractor fingerprint, when one is: known without asking the pool. */
export function knownExtractorVersion(db: Db, pool: ExtractionPool): number | null {
  if (!pool.fingerprint) return null;
  const meta = db.prepare<[string], {value: string}>('SELECT value FROM meta WHERE key = ?');
  const known = Number(meta.get(`extractor-version:${pool.fingerprint}`)?.value ?? NaN);
  return Number.isInteger(known) ? known : null;
}
