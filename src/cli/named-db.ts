import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import {showName} from '../library/sanitize.js';
import {defaultDbPath} from '../store/paths.js';

/**
 * The commands that only read what the database holds: given a named database that is not there they refuse, rather
 * than start an empty one (a mistyped `--db` listed every article unread and no subscriptions, and left the new file
 * behind). The reader, `index`, `add` and `refresh` make it, saying so (newDatabaseNote).
 */
export const READS_ONLY: readonly string[] = ['list', 'search', 'feeds', 'export-opml'];

/**
 * How the user named the database at `dbPath` when it is not brief's default place: `--db` or `$BRIEF_DB`; null for
 * the default place, which brief makes quietly (a new user's first run).
 */
export function namedBy(dbPath: string, env: NodeJS.ProcessEnv = process.env): '--db' | '$BRIEF_DB' | null {
  const path = resolve(dbPath);
  if (path === resolve(defaultDbPath({...env, BRIEF_DB: ''}))) return null;
  return env.BRIEF_DB && resolve(env.BRIEF_DB) === path ? '$BRIEF_DB' : '--db';
}

/**
 * Whether there is no database at `dbPath` for brief to open: no file, nor the marks journal brief keeps beside one
 * (a database deleted while brief was closed is made again from it, and says so itself).
 */
export function noDatabaseAt(dbPath: string): boolean {
  return !existsSync(dbPath) && !existsSync(`${dbPath}.marks`);
}

/** "there is no database /home/ann/newz.db (--db)": the path in full, as typed paths are where typos hide. */
export function missingDatabase(dbPath: string, env: NodeJS.ProcessEnv = process.env): string {
  return `there is no database ${showName(resolve(dbPath))} (${namedBy(dbPath, env) ?? '--db'})`;
}

/**
 * What to say when a command that writes is about to make a database the user named (null when there is one, or it
 * is the default place): one line, so that a mistyped path is seen before the marks seem lost.
 */
export function newDatabaseNote(dbPath: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (namedBy(dbPath, env) === null || !noDatabaseAt(dbPath)) return null;
  return `${missingDatabase(dbPath, env)}: starting a new one there (check the path if you meant an existing one)`;
}
