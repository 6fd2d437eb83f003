import type {Db} from './open-db.js';

/**
 * The triggers that keep the FTS5 index over article bodies in step with `bodies`, row by row. Their presence is
 * the store's promise that the index is complete: a run that drops them (to build the index in one go, below) and
 * dies before making them again leaves them missing, and the next open rebuilds the index and makes them.
 */
export const TEXT_INDEX_TRIGGERS: Record<string, string> = {
  bodies_ai: `CREATE TRIGGER IF NOT EXISTS bodies_ai AFTER INSERT ON bodies BEGIN
  INSERT INTO fts (rowid, title, body) VALUES (new.fid, new.title, new.body);
END`,
  bodies_ad: `CREATE TRIGGER IF NOT EXISTS bodies_ad AFTER DELETE ON bodies BEGIN
  INSERT INTO fts (fts, rowid, title, body) VALUES ('delete', old.fid, old.title, old.body);
END`,
  bodies_au: `CREATE TRIGGER IF NOT EXISTS bodies_au AFTER UPDATE ON bodies BEGIN
  INSERT INTO fts (fts, rowid, title, body) VALUES ('delete', old.fid, old.title, old.body);
  INSERT INTO fts (rowid, title, body) VALUES (new.fid, new.title, new.body);
END`,
};

/**
 * Fewest bodies a run must write before it builds the text index once at the end instead of row by row. Row by
 * row, each commit writes a small FTS5 segment that later ones merge: writing the 10,000 bodies of a generated
 * library took ~5 s of CPU that way and ~2 s without the triggers, plus ~1 s for one rebuild. A first index of the
 * 280 shipped articles (under the 500 this was first) wrote its bodies in 166 ms of the main thread with the index,
 * ~65 ms without it plus ~68 ms for the rebuild, which runs once the first jobs are in the workers' hands (its
 * claims then go in one transaction too, not one each): eight interleaved pairs, 6 faster, wall and CPU 0.98.
 */
export const DEFER_TEXT_INDEX_AT = 64;

/** True when a run should write `reads` bodies without the triggers: many of them, and at least the stored ones. */
export function shouldDeferTextIndex(db: Db, reads: number, deferAt = DEFER_TEXT_INDEX_AT): boolean {
  if (reads < deferAt) return false;
  // A rebuild reads every stored body, so it pays only when most of them are new.
  const stored = db.prepare<[], {n: number}>('SELECT count(*) AS n FROM bodies').get()?.n ?? 0;
  return stored <= reads;
}

/** Drops the triggers, so bodies are written without indexing them; call inside a write transaction. */
export function pauseTextIndex(db: Db): void {
  for (const name of Object.keys(TEXT_INDEX_TRIGGERS)) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
}

/** True when any trigger is missing: the text index may lack bodies written since it was paused. */
export function textIndexPaused(db: Db): boolean {
  const names = Object.keys(TEXT_INDEX_TRIGGERS);
  const present = db
    .prepare<[], {name: string}>("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    .all()
    .filter((r) => names.includes(r.name)).length;
  return present < names.length;
}

/** Rebuilds the text index from every stored body and makes the triggers again; call inside a write transaction. */
export function resumeTextIndex(db: Db): void {
  db.prepare("INSERT INTO fts (fts) VALUES ('rebuild')").run();
  for (const sql of Object.values(TEXT_INDEX_TRIGGERS)) db.exec(sql);
}
