import {failureText} from '../extract/failures.js';
import type {StageFailure} from '../extract/types.js';
import type {SkippedFile} from '../library/types.js';
import type {Db} from './open-db.js';
import {FAILED_ANALYSIS} from './schema.js';

/**
 * Analyses first (CROSS JOIN keeps that order), through the index of those with failures: from the files side,
 * SQLite read every analysis of the library to look for the word.
 */
export const STORED_FAILURES_SQL = `SELECT f.path, json_extract(a.json, '$.failures') AS failures
  FROM analyses a CROSS JOIN files f ON f.hash = a.hash
  WHERE a.version = ? AND ${FAILED_ANALYSIS} AND f.root = ?
  ORDER BY f.path`;

/**
 * The library's files whose stored analysis (of this extractor version) is incomplete, with the reason in the words
 * the run that found it used: an article out of time or with a failed stage is not tried again until the extractor
 * changes, and every later run names it again instead of going quiet about it.
 */
export function storedFailures(db: Db, root: string, version: number): SkippedFile[] {
  const rows = db
    .prepare<[number, string], {path: string; failures: string}>(STORED_FAILURES_SQL)
    .all(version, root);
  return rows.flatMap((row) => {
    const failures = JSON.parse(row.failures) as StageFailure[];
    const text = failureText({failures});
    if (!text) return [];
    const budget = failures[0]?.stage === 'budget';
    return [{path: row.path, reason: budget ? text : `analysis incomplete: ${text}`}];
  });
}
