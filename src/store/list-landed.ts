import {relative} from 'node:path';
import {pathId, stem} from '../library/library-root.js';
import {readArticleFile} from '../library/read-article.js';
import type {SqliteStore} from './sqlite-store.js';
import {createWriter, type Affected} from './store-writes.js';
import {BUSY, tryWrite} from './write-lock.js';

// The reader's index runs one at a time: a file a refresh writes while a run extracts (a big first index, the
// 1,000 articles `brief add` brought) waited for that run's end to be read, so the list stood at 1,323 articles
// while the refresh said "441 new", then jumped. The refresh lists each file it wrote itself, as the index's read
// would (metadata and text, no analysis): the next run finds it stored, unchanged, and only extracts it.

/**
 * The id the library's scan gives the file at `path` (library-root.ts uniqueIds): its name without extension,
 * unless another stored file of `root` has that name, when it is its path under `root`. A file of the same name
 * not stored yet is the next scan's to tell: it moves the id (`idMoves`), as for any file that comes or goes.
 */
export function landedId(db: SqliteStore['db'], root: string, path: string): string {
  const own = stem(path);
  const taken = db
    .prepare<[string, string, string, string, string], {n: number}>(
      "SELECT count(*) AS n FROM files WHERE root = ? AND path <> ? AND (id = ? OR substr(id, -length(?) - 1) = '/' || ?)",
    )
    .get(root, path, own, own, own);
  return taken?.n ? pathId(root, path) : own;
}

// A writer per connection (a repaired database is a new one): its thirty statements prepared once, not per listing.
const writers = new WeakMap<SqliteStore['db'], ReturnType<typeof createWriter>>();

/**
 * Writes the articles at `paths` (files of the store's library) into its list, waiting at most `writeWaitMs` for
 * another program's write lock. Returns how many are listed, or BUSY: nothing was written, and the next index run
 * reads them as it reads any new file. A file that cannot be read as an article is left to that run too.
 */
export function listLanded(
  store: SqliteStore,
  paths: readonly string[],
  writeWaitMs: number,
): number | typeof BUSY {
  const {db, root} = store;
  if (store.readOnly || !db.open) return 0;
  const inside = paths.filter((p) => p !== root && !relative(root, p).startsWith('..'));
  if (inside.length === 0) return 0;
  return tryWrite(db, writeWaitMs, () => {
    let writer = writers.get(db);
    if (!writer) {
      writer = createWriter(db, (rows) => store.journalMarks(rows));
      writers.set(db, writer);
    }
    const affected: Affected = new Map();
    let listed = 0;
    for (const path of inside) {
      const read = readArticleFile(path, {id: landedId(db, root, path)});
      if (!read.ok) continue;
      writer.putArticle(root, read.article, affected, read.warnings);
      listed += 1;
    }
    // Its text may be one the library holds analysed (a story two feeds carry): its mentions were copied.
    writer.refreshEntities(affected);
    return listed;
  });
}
