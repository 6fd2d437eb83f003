import {existsSync} from 'node:fs';
import {describeDbError, isDamage} from './db-error.js';
import {closeReplaced, memoryCopy, occupant} from './displaced-db.js';
import {ensureFolder, fileId, moveAside, sameFile, type FileId} from './db-file.js';
import {
  compactJournal,
  markedArticles,
  marksJournal,
  newestByKey,
  restoreMarks,
  UPSERT_MARK,
  unsavedMarks,
  type MarksJournal,
  type UnsavedMarks,
} from './marks-journal.js';
import {openDatabase, type Db, type OpenDbOptions, type OpenedDb} from './open-db.js';
import {quickCheckInBackground} from './quick-check.js';
import {BUSY, tryWrite, WriteBusy} from './write-lock.js';
import type {MarkWriteOptions} from './types.js';
import {readMarks, readUserRows, restoreUserRows, type MarkRow, type UserRows} from './salvage.js';

/**
 * The store's connection to its database file, kept usable whatever happens to the file: a damaged database is
 * moved aside and rebuilt, a deleted one made again, a replaced one reopened, and in each case the read and
 * favourite marks (the one thing the article files cannot give back) are carried over and kept in a journal.
 */
export interface LiveDb {
  readonly path: string;
  /** The current connection; a new one after a repair or a reopen (see `generation`). */
  readonly db: Db;
  /** Bumped whenever `db` is a new connection: statements prepared on an older one are stale. */
  readonly generation: number;
  /** Why nothing is saved, when the database cannot be written (`db` is then a copy in memory). */
  readonly readOnly: string | null;
  /** Runs `read`; when the database turns out damaged it is rebuilt (marks kept) and `read` runs again. */
  guard<T>(read: () => T): T;
  /**
   * Writes the marks `decide` returns (it runs inside the write transaction, so it may read the current ones, and
   * is told the marks kept aside that the database does not hold yet: `kept(key)`) to
   * the database and the journal, on the file now at the path. Throws an error that says what is wrong. With
   * `waitMs`, waits at most that long for another program's write lock; when it is still held, throws WriteBusy
   * (nothing written), or with `keepIfBusy` keeps the marks aside for the next write or open (marks-journal.ts).
   */
  writeMarks(
    decide: (kept: (key: string) => MarkRow | undefined) => MarkRow[],
    options?: MarkWriteOptions,
  ): void;
  /** Appends marks the caller wrote to the database itself (in its write transaction) to the journal. */
  journalMarks(rows: readonly MarkRow[]): void;
  /** Makes sure the path still names the open file, making it again or reopening it when not; true if it did. */
  ensureFile(): boolean;
  /** Runs SQLite's quick check when a day has passed since the last (or now, with `force`); true if it repaired. */
  checkIntegrity(force?: boolean): boolean;
  /** The daily check (or now, with `force`) on a worker thread, so a reader keeps drawing; true if it repaired. */
  checkIntegrityLater(force?: boolean): Promise<boolean>;
  /** Moves the damaged database aside and starts a new one with the marks. */
  repair(why: string): void;
  /** Calls `listener` whenever the database was replaced by a new one that must be indexed again. */
  onReset(listener: () => void): () => void;
  /** Calls `listener` with each message about the database, those said before it subscribed first. */
  onNotice(listener: (message: string) => void): () => void;
  /** Says a message about the database where its others go (onWarning and the onNotice listeners). */
  notify(message: string): void;
  close(): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// Marks written between looks at the journal's size (a stat and a count).
const COMPACT_EVERY = 100;

const articles = (n: number): string => `${n} article${n === 1 ? '' : 's'}`;

/**
 * " and 3 subscriptions": the feed subscriptions a remade database holds, said beside the marks kept, so that a user
 * whose subscriptions could not be read from a damaged file learns it then (they have no journal, as marks do).
 */
function andSubscriptions(db: Db): string {
  let n = 0;
  try {
    n = db.prepare<[], {n: number}>('SELECT count(*) AS n FROM feeds').get()?.n ?? 0;
  } catch {
    // No feeds table yet: none.
  }
  return ` and ${n} subscription${n === 1 ? '' : 's'}`;
}

/** The time of the newest mark in the database, or null when it has none. */
function newestMark(db: Db): number | null {
  return db.prepare<[], {ms: number | null}>('SELECT max(updated_ms) AS ms FROM marks').get()?.ms ?? null;
}

/** Opens the database at `path` (`:memory:` for a private one) and keeps it usable. */
export function openLiveDb(path: string, options: OpenDbOptions = {}): LiveDb {
  const onDisk = path !== ':memory:';
  const listeners = new Set<() => void>();
  const notices: string[] = [];
  const said = new Set<string>();
  let opened: OpenedDb = openDatabase(path, options);
  let db = opened.db;
  let id: FileId | null = null;
  let generation = 0;
  let writes = 0;
  let closed = false;
  // The database was replaced by a file brief leaves alone: `db` is a copy in memory, and marks go to `unsaved`
  // (and the journal) until a brief database, or nothing, is at the path again.
  let displaced = false;
  const journal: MarksJournal | null = onDisk && !opened.readOnly ? marksJournal(path) : null;
  const unsaved: UnsavedMarks | null = onDisk && !opened.readOnly ? unsavedMarks(path) : null;
  /** Writes marks kept aside by a reader that quit while another program held the lock; call in a write lock. */
  const putUnsaved = (): boolean => {
    if (!unsaved?.any()) return false;
    const rows = unsaved.read();
    const put = db.prepare<[string, number, number, number]>(
      `${UPSERT_MARK} WHERE excluded.updated_ms > marks.updated_ms`,
    );
    for (const r of rows) put.run(r.key, r.read, r.favourite, r.updated_ms);
    journal?.append(rows);
    return true;
  };

  const noticeListeners = new Set<(message: string) => void>();
  const say = (message: string): void => {
    options.onWarning?.(message);
    if (noticeListeners.size === 0) notices.push(message);
    for (const listener of noticeListeners) listener(message);
  };
  const sayOnce = (message: string): void => {
    if (said.has(message)) return;
    said.add(message);
    say(message);
  };

  const seedJournal = (): void => {
    if (!journal || existsSync(journal.path)) return;
    try {
      const rows = readMarks(db);
      if (rows.length > 0) journal.rewrite(rows);
    } catch (err) {
      sayOnce(`cannot write the marks journal ${journal.path}: ${describeDbError(err, journal.path)}`);
    }
  };

  /** Takes a newly opened database, bringing in the marks from wherever they survive; returns how many. */
  const adopt = (
    next: OpenedDb,
    carried: readonly MarkRow[],
    rows: UserRows = {},
  ): {kept: number; fromFile: number} => {
    opened = next;
    db = next.db;
    id = onDisk && !next.readOnly ? fileId(path) : null;
    generation += 1;
    // Subscriptions and what was added, like marks, come along from wherever they can still be read.
    for (const user of [rows, next.replaced?.rows ?? {}])
      if (Object.values(user).some((list) => list.length > 0) && !next.readOnly) restoreUserRows(db, user);
    if (!next.fresh && carried.length === 0) return {kept: 0, fromFile: 0};
    const salvaged = [...(next.replaced?.salvaged ?? []), ...carried];
    const kept = restoreMarks(
      db,
      newestByKey([...salvaged, ...(journal?.read() ?? []), ...(unsaved?.read() ?? [])]),
    );
    unsaved?.clear();
    seedJournal();
    return {kept: markedArticles(kept), fromFile: markedArticles(salvaged)};
  };

  const reset = (): void => {
    for (const listener of listeners) listener();
  };

  /** Whatever the old connection can still read of its marks (a deleted file stays readable while open). */
  const carryMarks = (): MarkRow[] => {
    try {
      return readMarks(db);
    } catch {
      return [];
    }
  };

  // A deleted file is still readable through the open connection, so the whole database is written back to the
  // path (VACUUM INTO) and nothing needs indexing again; failing that, a new one gets the marks.
  const reopen = (): void => {
    const there = occupant(path);
    if (there !== null && there !== 'brief') {
      displace(there);
      return;
    }
    const deleted = there === null;
    let copied = false;
    if (deleted) {
      try {
        ensureFolder(path);
        db.exec(`VACUUM INTO '${path.replaceAll("'", "''")}'`);
        copied = true;
      } catch {
        // A new database below, with the marks.
      }
    }
    const carried = carryMarks();
    const rows = copied ? {} : readUserRows(db);
    closeReplaced(db, path);
    const {kept} = adopt(openDatabase(path, options), carried, rows);
    say(
      deleted
        ? `${path} was deleted while brief was running; made it again and kept the marks of ${articles(kept)}${andSubscriptions(db)}`
        : `${path} was replaced while brief was running; reopened it`,
    );
    if (!copied) reset();
  };

  const displace = (there: string): void => {
    const copy = memoryCopy(db);
    closeReplaced(db, path);
    opened = {db: copy, fresh: false, replaced: null, readOnly: null};
    db = copy;
    id = null;
    generation += 1;
    displaced = true;
    say(
      `${path} was replaced by ${there} while brief was running, which brief leaves alone; reading on from a copy ` +
        `in memory, and marks made now are kept in ${unsaved?.path ?? 'memory'} until a brief database is back there`,
    );
  };

  /** Leaves the copy in memory for the brief database now at the path (or a file made from the copy); true if so. */
  const comeBack = (): boolean => {
    const there = occupant(path);
    if (there !== null && there !== 'brief') return false;
    const carried = carryMarks();
    let next: OpenedDb;
    try {
      if (there === null) {
        ensureFolder(path);
        db.exec(`VACUUM INTO '${path.replaceAll("'", "''")}'`);
      }
      next = openDatabase(path, options);
    } catch {
      return false;
    }
    const rows = there === null ? {} : readUserRows(db);
    db.close();
    displaced = false;
    adopt(next, carried, rows);
    say(
      there === null
        ? `${path} was made again from the copy in memory, with the marks made meanwhile`
        : `${path} is a brief database again; wrote the marks made meanwhile into it`,
    );
    if (there !== null) reset();
    return true;
  };

  const live: LiveDb = {
    path,
    get db() {
      return db;
    },
    get generation() {
      return generation;
    },
    get readOnly() {
      return opened.readOnly;
    },
    guard(read) {
      try {
        return read();
      } catch (err) {
        if (!isDamage(err) || !id) throw err;
        if (!live.checkIntegrity(true)) {
          // The tables are sound, so the damage is in the full-text index, which is rebuilt from its table.
          db.prepare("INSERT INTO fts (fts) VALUES ('rebuild')").run();
        }
        return read();
      }
    },
    journalMarks(rows) {
      if (!journal || rows.length === 0) return;
      try {
        journal.append(rows);
      } catch (err) {
        sayOnce(`cannot write the marks journal ${journal.path}: ${describeDbError(err, journal.path)}`);
      }
    },
    writeMarks(decide, {waitMs, keepIfBusy = false} = {}) {
      live.ensureFile();
      let out: unknown;
      let unsavedWritten = false;
      // The journal's length before this write's lines: cut back to it when the database write fails, so a mark
      // the user saw fail does not come back from the journal at the next open.
      let journalBefore: number | null = null;
      const journalFailed = (err: unknown): void => {
        if (journal)
          sayOnce(`cannot write the marks journal ${journal.path}: ${describeDbError(err, journal.path)}`);
      };
      try {
        const put = db.prepare<[string, number, number, number]>(UPSERT_MARK);
        const write = () => {
          // In the same write lock as the database, so two processes never interleave half lines or compactions;
          // compacted before this write's rows, from what is written, so a failed write leaves it nothing to undo.
          if (journal) {
            try {
              if (writes++ % COMPACT_EVERY === 0) compactJournal(db, journal);
              journalBefore = journal.size();
            } catch (err) {
              journalFailed(err);
            }
          }
          // Marks an earlier reader kept aside go in first (each key's newer row wins), then these.
          if (!displaced && putUnsaved()) unsavedWritten = true;
          const rows = decide(() => undefined);
          for (const r of rows) put.run(r.key, r.read, r.favourite, r.updated_ms);
          // The copy in memory dies with brief: the marks wait where the next brief (or this one) takes them in.
          if (displaced) unsaved?.append(rows);
          if (!journal) return;
          try {
            journal.append(rows);
          } catch (err) {
            journalFailed(err);
          }
        };
        out = waitMs === undefined ? db.transaction(write).immediate() : tryWrite(db, waitMs, write);
        if (out !== BUSY && unsavedWritten) unsaved?.clear();
      } catch (err) {
        if (journal && journalBefore !== null) journal.cutTo(journalBefore);
        throw new Error(describeDbError(err, path));
      }
      if (out !== BUSY) return;
      if (!keepIfBusy || !unsaved) throw new WriteBusy(path);
      // `decide` only reads the marks: it needs no lock. Failing to keep them throws, as a failed write would.
      try {
        const kept = new Map(unsaved.read().map((r) => [r.key, r]));
        unsaved.append(decide((key) => kept.get(key)));
      } catch (err) {
        throw new Error(`cannot keep the marks in ${unsaved.path}: ${describeDbError(err, unsaved.path)}`);
      }
    },
    ensureFile() {
      // A closed store makes nothing again: its folder may be on its way out (a test's, a library removed).
      if (closed) return false;
      if (displaced) return comeBack();
      if (!id || sameFile(fileId(path), id)) return false;
      reopen();
      return true;
    },
    checkIntegrity(force = false) {
      if (!id || (!force && !checkDue())) return false;
      let result: string;
      try {
        result = String(db.pragma('quick_check', {simple: true}));
      } catch (err) {
        if (!isDamage(err)) throw err;
        result = err instanceof Error ? err.message : String(err);
      }
      return checked(result);
    },
    async checkIntegrityLater(force = false) {
      if (!id || (!force && !checkDue())) return false;
      const before = generation;
      const result = await quickCheckInBackground(path);
      // A database repaired or re-made meanwhile is not the one checked.
      return generation === before && db.open && checked(result);
    },
    repair(why) {
      if (!id) throw new Error(`${path} is damaged (${why}) and cannot be rebuilt here`);
      // Only the very file this connection has open is moved; if another brief replaced it already, reopen.
      if (live.ensureFile()) return;
      const carried = carryMarks();
      const rows = readUserRows(db);
      db.close();
      const aside = moveAside(path);
      const {kept} = adopt(openDatabase(path, options), carried, rows);
      say(
        `${path} is damaged (${why}); moved it to ${aside}, rebuilding it from the article files, ` +
          `and kept the marks of ${articles(kept)}${andSubscriptions(db)}`,
      );
      reset();
    },
    onReset(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    onNotice(listener) {
      noticeListeners.add(listener);
      for (const message of notices.splice(0)) listener(message);
      return () => {
        noticeListeners.delete(listener);
      };
    },
    notify: (message) => say(message),
    close() {
      closed = true;
      if (db.open) db.close();
    },
  };

  /** True when a day has passed since the last quick check (or the stamp cannot be read, itself a bad sign). */
  const checkDue = (): boolean => {
    try {
      const last = Number(
        db.prepare<[], {value: string}>("SELECT value FROM meta WHERE key = 'checked-ms'").get()?.value ??
          NaN,
      );
      return !(Number.isFinite(last) && last <= Date.now() && Date.now() - last < DAY_MS);
    } catch {
      return true;
    }
  };

  /** Acts on a quick check's result: stamps a sound database, repairs a damaged one; true if it repaired. */
  // Only a note of when to check next: not worth waiting for another program's write lock (a reader would wait on
  // its thread); unwritten, the next start checks again.
  const stampChecked = (): void => {
    tryWrite(db, 0, () =>
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('checked-ms', ?)").run(String(Date.now())),
    );
  };
  const checked = (result: string): boolean => {
    if (result === 'ok') {
      stampChecked();
      return false;
    }
    // quick_check's first line only names the database ("*** in database main ***"); the next says what.
    const lines = result.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('***'));
    live.repair(lines[0] ?? result);
    return true;
  };

  const first = opened;
  // A database made just now has nothing to check: its first check is due a day on. Checked at once, it was a
  // thread reading the new file beside the first index's workers (0.3 s of CPU, of two cores).
  if (first.fresh && !first.readOnly && onDisk) stampChecked();
  const {kept, fromFile} = adopt(first, []);
  generation = 0;
  if (first.replaced) {
    const {aside, why} = first.replaced;
    const fromJournal = kept > fromFile && journal ? `, the rest from ${journal.path}` : '';
    say(
      `${path} is not a usable brief database (${why}); moved it to ${aside} and started a new one; ` +
        `kept the marks of ${articles(kept)} (${fromFile} read from the damaged file${fromJournal})${andSubscriptions(db)}`,
    );
  } else if (first.fresh && kept > 0 && journal) {
    // Counted by text: the journal keeps the marks of a text since edited (its new text has them too) or removed, in
    // case it comes back, and the library is not read yet to tell; "13 articles" beside a list of 12 read as a loss.
    say(
      `made a new database ${path} and restored the marks of ${kept} article text${kept === 1 ? '' : 's'} from ` +
        `${journal.path} (texts since edited or removed among them)`,
    );
  }
  if (first.readOnly && options.readOnlyNote !== null) {
    say(
      `${first.readOnly}: ${options.readOnlyNote ?? 'marks made now last only until brief quits, and new analyses are not saved'}`,
    );
  }
  if (!first.fresh) seedJournal();
  // A database put back in place while brief was closed (a copy from before the last marks): the journal has marks
  // newer than any it holds, written into it now (newest wins per key); the list showed none of them, though the
  // journal kept them. One look at the journal's end and one query, on every open.
  try {
    if (!first.fresh && journal && !displaced) {
      const newest = journal.newestMs();
      const had = newest === null ? null : newestMark(db);
      if (newest !== null && (had === null || newest > had)) {
        const rows = journal.read();
        const put = db.prepare<[string, number, number, number]>(
          `${UPSERT_MARK} WHERE excluded.updated_ms > marks.updated_ms`,
        );
        // Counted by text, as a database made again counts them (each article's marks are kept by hash and URL).
        const written = tryWrite(db, 0, () =>
          rows.reduce(
            (n, r) =>
              n +
              (put.run(r.key, r.read, r.favourite, r.updated_ms).changes > 0 && r.key.startsWith('h:')
                ? 1
                : 0),
            0,
          ),
        );
        if (written !== BUSY && written > 0)
          say(
            `the marks of ${written} article text${written === 1 ? '' : 's'} in ${journal.path} were newer than the ` +
              `database's (a copy from before them?): written into ${path}`,
          );
      }
    }
  } catch {
    // Left for the next open.
  }
  // Marks a reader kept aside when it quit: written now unless another program holds the lock (then by the next
  // mark written, or the next open).
  try {
    if (!first.fresh && unsaved?.any() && tryWrite(db, 0, putUnsaved) === true) unsaved.clear();
  } catch {
    // They stay aside for the next try.
  }
  return live;
}
