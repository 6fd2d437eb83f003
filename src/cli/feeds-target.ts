import {accessSync, constants, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {leftLine, type FeedResult, type ItemNote} from '../feeds/refresh.js';
import {openTarget, type Target} from '../feeds/target.js';
import {titleFromText} from '../library/draft.js';
import {makeFolders} from '../library/make-folder.js';
import {cleanLine} from '../library/sanitize.js';
import type {Db} from '../store/open-db.js';
import {landedId} from '../store/list-landed.js';
import {heldSubscriptions} from '../store/recover-feeds.js';
import type {SqliteStore} from '../store/sqlite-store.js';
import {syncFiles} from '../store/sync-files.js';
import {folderRefusal} from './articles-folder.js';
import {folderProblem} from './folder-problem.js';
import {noteNewLibrary, type NewLibrary} from './new-library.js';
import {notAFolder} from './not-a-folder.js';
import {openStoreForCli} from './open-store.js';
import {unexpandedTilde} from './tilde.js';
import type {Io} from './output.js';

/** An open library to add to, and how to let go of it. */
export interface OpenTarget {
  target: Target;
  db: Db;
  /** Why the database cannot be written (the store works on a copy in memory): subscriptions would not be kept. */
  readOnly: string | null;
  /** The id `brief show` and every `--json` give the article file at `path` (written by this run). */
  idOf(path: string): string;
  /** Whether this run made the article folder (it was not there). */
  madeFolder: boolean;
  /** Says once, on stderr, that this run made the article folder (nothing when it was there before). */
  sayMade(): void;
  /**
   * Lets go of the library. With `kept` false (nothing was added or subscribed), a folder this run made is taken away
   * again, with the database it started: a failed first `brief add` leaves nothing behind.
   */
  close(kept?: boolean): void;
}

/**
 * Why a library could not be opened, its reason already said on stderr: the exit code, 2 when the user named the
 * wrong file as the database (an article, another program's file), as every command refuses it.
 */
export interface NotOpened {
  code: 1 | 2;
}

/**
 * Opens the library folder (made when missing) and database for `brief add` and `brief refresh`, or says why not
 * and returns NotOpened. The folder's files the database has not read yet (a database deleted, or another one named) are
 * read first, as `brief list` reads them, so an article the folder holds already is not written again beside it
 * (and the subscriptions its articles name come back: store/recover-feeds.ts). `readOnlyNote` is what a
 * database that cannot be written means for the command (null: nothing said on opening).
 */
export async function openTargetForAdding(
  articles: string,
  dbPath: string,
  io: Io,
  readOnlyNote: string | null,
): Promise<OpenTarget | NotOpened> {
  const opened = openLibraryStore(articles, dbPath, io, true, readOnlyNote);
  if ('code' in opened) return opened;
  await syncQuietly(opened.store);
  return targetOf(opened, dbPath, io);
}

/**
 * Opens the library folder and database for `brief feeds` and `brief export-opml`, or says why not and returns
 * NotOpened. A database that has never held a subscription of the library (deleted while brief was closed, another one
 * named) reads the folder's files first, as `brief list` does, so the feeds its articles name are subscribed again
 * (store/recover-feeds.ts) before they are shown.
 */
export async function openTargetForFeeds(
  articles: string,
  dbPath: string,
  io: Io,
): Promise<OpenTarget | NotOpened> {
  // Listing what the database holds loses nothing to a database that cannot be written (`brief feeds remove` says
  // why it cannot remove): the reader's line about marks meant nothing here.
  const opened = openLibraryStore(articles, dbPath, io, false, null);
  if ('code' in opened) return opened;
  const {store} = opened;
  if (!store.readOnly && !heldSubscriptions(store.db, store.root)) await syncQuietly(store);
  return targetOf(opened, dbPath, io);
}

/**
 * Reads the folder's new and changed files into the store, as `brief list` does. Another program holding the write
 * lock, or a folder that cannot be read, leaves the store as it was: what it held still counts.
 */
async function syncQuietly(store: SqliteStore): Promise<void> {
  try {
    await syncFiles(store);
  } catch {
    // (As the comment above says: the store as it was.)
  }
}

/** An open store, and what opening it made (null when the folder was there). */
interface OpenedLibrary {
  store: SqliteStore;
  made: {root: string; library: NewLibrary} | null;
}

/** The store of the library folder (made when missing, with `create`), or NotOpened when either cannot be used. */
function openLibraryStore(
  articles: string,
  dbPath: string,
  io: Io,
  create: boolean,
  readOnlyNote: string | null,
): OpenedLibrary | NotOpened {
  const root = resolve(articles);
  let made: OpenedLibrary['made'] = null;
  try {
    if (!statSync(root).isDirectory()) {
      io.err(`brief: ${notAFolder(articles)}\n`);
      // The wrong path, as a --db naming an article is (exit-codes.ts).
      return {code: 2};
    }
    // stat() needs no permission on the folder itself: one that cannot be listed passed.
    accessSync(root, constants.R_OK | constants.X_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A "~" the shell left as it is ("--articles=~/news") would be made a folder named "~" here.
    const tilde = code === 'ENOENT' && unexpandedTilde(articles);
    if (code !== 'ENOENT' || !create || tilde) {
      const refused = folderRefusal(articles, err);
      io.err(refused.line);
      return {code: refused.code};
    }
    try {
      // Said when something lands in it (sayMade); taken away again when nothing does (close).
      made = {root, library: noteNewLibrary(makeFolders(root), dbPath)};
    } catch (mkdirErr) {
      io.err(`brief: cannot create the article folder ${root}: ${folderProblem(mkdirErr)}\n`);
      return {code: 1};
    }
  }
  // Through the store, so the database is checked as every command checks it (never a file that is not brief's,
  // marks restored from the journal, damage repaired).
  const opened = openStoreForCli(root, dbPath, io, undefined, readOnlyNote);
  if (opened.store) return {store: opened.store, made};
  made?.library.undo();
  return {code: opened.code};
}

function targetOf({store, made}: OpenedLibrary, dbPath: string, io: Io): OpenTarget | NotOpened {
  let said = false;
  const sayMade = (): void => {
    if (made && !said) io.err(`brief: created the article folder ${made.root}\n`);
    said = true;
  };
  try {
    return {
      target: openTarget(store.db, store.root),
      db: store.db,
      idOf: (path) => landedId(store.db, store.root, path),
      readOnly: store.readOnly,
      madeFolder: made !== null,
      sayMade,
      close: (kept = true) => {
        store.close();
        if (kept) sayMade();
        else made?.library.undo();
      },
    };
  } catch (err) {
    store.close();
    made?.library.undo();
    io.err(
      `brief: cannot open the subscriptions in ${dbPath}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return {code: 1};
  }
}

/** "3 new articles", "1 new article". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** An item as a line names it: its title in quotes, else its link. */
function itemName(note: ItemNote): string {
  // Cut to a headline's length: a line saying what went wrong names the item, it need not hold all of it.
  if (note.title) return `“${titleFromText(cleanLine(note.title))}”`;
  return note.link ? cleanLine(note.link) : 'an item with neither title nor link';
}

/**
 * What went wrong with a feed's items, one stderr line per item (without "brief: "): an item not read (input that
 * failed: the command exits 1), with its link and whether it is tried again (or what to do when nothing will), and an item added from the feed's own
 * text because its page could not be read (a warning). `brief add` and `brief refresh` say them alike.
 */
export function itemProblems(name: string, r: Pick<FeedResult, 'notes' | 'url'>): string[] {
  // A feed read from a file that names no address of its own is not subscribed: no refresh will try it again.
  const later = r.url
    ? '; tried again next time'
    : '; the file is not subscribed, so nothing tries again: add it again once the page can be reached';
  return r.notes.map((note) => {
    const reason = cleanLine(note.reason);
    if (note.kept)
      return `warning: ${name}: ${itemName(note)} added from the feed's own text: its page could not be read (${reason})`;
    const link = note.title && note.link ? ` (${cleanLine(note.link)})` : '';
    return `${name}: ${itemName(note)} not read: ${reason}${link}${note.later ? later : ''}`;
  });
}

/**
 * How many of a feed's items came in, for the line after its name: "3 new articles", and when some did not come
 * from their page, "1 new article (1 from the feed's own text), 1 of 2 items not read". When none is new, why:
 * "0 new articles; its 3 items are already in the library" (a bare "0 new articles" read as a feed with nothing).
 */
export function itemsLine(
  r: Pick<FeedResult, 'added' | 'items' | 'skipped' | 'unreadable' | 'teasers' | 'known' | 'left'>,
): string {
  const own = r.teasers ? ` (${r.teasers} from the feed's own text)` : '';
  const missed =
    (r.skipped ? `, ${r.skipped} of ${plural(r.items, 'item')} not read` : '') +
    (r.unreadable ? `, ${r.unreadable} of ${plural(r.items, 'item')} never readable (said before)` : '');
  const known =
    r.added === 0 && r.known > 0
      ? r.known === r.items
        ? `; ${r.known === 1 ? 'its item is' : `its ${r.known} items are`} already in the library`
        : `; ${plural(r.known, 'item')} already in the library`
      : '';
  const left = leftLine(r);
  return `${plural(r.added, 'new article')}${own}${missed}${known}${left ? `; ${left}` : ''}`;
}
