import {LibraryError} from '../library/load-library.js';
import {showName} from '../library/sanitize.js';
import {hasListed, listedArticles, type ListedArticle} from '../store/list-rows.js';
import {syncFiles, type FileSync} from '../store/sync-files.js';
import type {SqliteStore} from '../store/sqlite-store.js';
import {describeDbError, isDamage} from '../store/db-error.js';
import {isBusy} from '../store/write-lock.js';
import {emptyLibraryLine} from './empty-library.js';
import type {ProgressSink} from './index-command.js';
import {formatRow, jsonItem} from './list-format.js';
import {formatReadingLine, REDRAW_MS} from './progress-line.js';
import type {ExitCode} from './commands.js';
import {openStoreForCli} from './open-store.js';
import type {Io} from './output.js';

// Rows are written in chunks of about this many characters: few writes, and never the whole list in memory.
const CHUNK = 64 * 1024;

/**
 * Writes `rows` as they come, in chunks, waiting whenever the consumer is behind (`brief list | less`): output
 * starts with the first row and memory stays flat however large the library.
 */
async function stream(rows: Iterable<ListedArticle>, json: boolean, io: Io): Promise<void> {
  let chunk = json ? '[\n' : '';
  let first = true;
  for (const a of rows) {
    if (json) {
      chunk += `${first ? '' : ',\n'}${jsonItem(a)}`;
      first = false;
    } else {
      chunk += formatRow(a, io.terminal, io.columns);
    }
    if (chunk.length >= CHUNK) {
      io.out(chunk);
      chunk = '';
      await io.drain?.();
    }
  }
  io.out(json ? `${chunk}\n]\n` : chunk);
}

// A list whose new files read in less than this shows no progress at all: no bar flashing past.
const SHOW_AFTER_MS = 500;

/**
 * `brief list`'s "reading 3/65 files" line on stderr while new and changed files are read (a folder of large saved
 * web pages takes a while), when stderr is a terminal and the reading outlasts SHOW_AFTER_MS; `end` clears it
 * before the list is written.
 */
export function readingProgress(
  sink: ProgressSink | undefined,
  now: () => number = () => performance.now(),
): {onRead?: (done: number, total: number) => void; end: () => void} {
  if (!sink?.isTTY) return {end: () => undefined};
  const start = now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    onRead(done, total) {
      const t = now();
      if (t - start < SHOW_AFTER_MS || (t - drawnAt < REDRAW_MS && done < total)) return;
      drawnAt = t;
      drawn = true;
      sink.write(`\r${formatReadingLine(done, total, Math.max(1, sink.columns - 1))}\u001b[K`);
    },
    end() {
      if (drawn) sink.write('\r\u001b[K');
      drawn = false;
    },
  };
}

function report(sync: FileSync, io: Io): void {
  for (const s of sync.skipped) io.err(`brief: skipped ${showName(s.path)}: ${s.reason}\n`);
  for (const w of sync.warnings) io.err(`brief: warning: ${showName(w.path)}: ${w.message}\n`);
}

/** Lists from an open store, after bringing its files up to date (only new and changed files are read). */
export async function listFromStore(
  store: SqliteStore,
  json: boolean,
  io: Io,
  sink?: ProgressSink,
): Promise<ExitCode> {
  let sync: FileSync;
  const progress = readingProgress(sink);
  try {
    sync = await syncFiles(store, progress.onRead ? {onRead: progress.onRead} : {});
  } catch (err) {
    if (isBusy(err)) {
      // Another program kept the write lock past the busy timeout: what the store holds is still worth listing.
      io.err(`brief: ${describeDbError(err, store.path)}; listing the articles it held before\n`);
      sync = {read: 0, removed: 0, skipped: [], warnings: []};
    } else if (err instanceof LibraryError) {
      io.err(`brief: ${err.message}\n`);
      return 1;
    } else {
      throw err;
    }
  } finally {
    progress.end();
  }
  report(sync, io);
  if (!hasListed(store.db, store.root)) {
    // A library with nothing in it yet is no failure (files skipped in it are): how to fill it, and exit 0.
    io.err(emptyLibraryLine(store.root));
    // Still a JSON document for whatever reads it.
    if (json) io.out('[]\n');
    return sync.skipped.length > 0 ? 1 : 0;
  }
  await stream(listedArticles(store.db, store.root, json), json, io);
  return sync.skipped.length > 0 ? 1 : 0;
}

/**
 * `brief list`: the library as the store knows it, streamed newest first. Unchanged files are not opened; a
 * database that cannot be used (its reason said) leaves the old way: every file read.
 */
export async function listCommand(
  dir: string,
  dbPath: string,
  json: boolean,
  io: Io,
  sink?: ProgressSink,
): Promise<ExitCode> {
  let dbProblem: string | null = null;
  const opened = openStoreForCli(
    dir,
    dbPath,
    {
      out: io.out,
      err: (text) => {
        if (/cannot open the article folder| is not a folder|no library yet/.test(text)) io.err(text);
        else dbProblem = text.replace(/^brief: /, '').trim();
      },
    },
    (message) => io.err(`brief: ${message}\n`),
    // A list makes no marks: what a database it cannot write means for it is only that what it reads is not kept.
    'listing from a copy in memory (what brief reads for this list is not saved)',
  );
  if (!opened.store) {
    if (dbProblem === null) return opened.code;
    // A file the user named that is not brief's database (an article, a folder, another program's file): refused
    // with exit 2, as every command refuses it, not quietly read around.
    if (opened.code === 2) {
      io.err(`brief: ${dbProblem}\n`);
      return 2;
    }
    io.err(`brief: ${dbProblem}; listing from the files instead\n`);
    const {listFromFiles} = await import('./commands.js');
    return listFromFiles(dir, json, io);
  }
  const store = opened.store;
  // Whether any of the list went out: a list cut off by an error cannot be started again or closed as JSON.
  let wrote = false;
  const out: Io = {...io, out: (text) => ((wrote = true), io.out(text))};
  try {
    try {
      return await listFromStore(store, json, out, sink);
    } catch (err) {
      if (!isDamage(err) || wrote) throw err;
      // As the reader and search do: moved aside, a new database made from the files with the marks kept (said on
      // stderr), and the list given from it.
      // (What SQLite said: repair names the file and says it is damaged.)
      store.repair(err instanceof Error ? err.message : String(err));
      return await listFromStore(store, json, out, sink);
    }
  } catch (err) {
    io.err(`brief: cannot list: ${describeDbError(err, dbPath)}\n`);
    if (json && !wrote) io.out('[]\n');
    return 1;
  } finally {
    store.close();
  }
}
