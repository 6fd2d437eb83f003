import {relative} from 'node:path';
import {showName} from '../library/sanitize.js';
import type {IndexSummary} from './index-types.js';
import type {IndexProgress} from './types.js';

/** A summary of a run that has done nothing yet. */
export function emptySummary(): IndexSummary {
  return {
    files: 0,
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    extracted: 0,
    skipped: [],
    failed: [],
    unanalysable: [],
    seconds: 0,
    extractorVersion: null,
    stopped: false,
  };
}

/** Where a run stands, as its progress report says it. */
export interface RunState {
  root: string;
  summary: IndexSummary;
  /** Texts extracted (or found extracted by another indexer) of `total`. */
  done: number;
  total: number;
  /** When extraction began (performance.now()), null before. */
  extractStart: number | null;
  /** The run has written to the library's rows. */
  changed: boolean;
  /** Another program holds the write lock: results wait. */
  waiting: boolean;
}

/**
 * The progress report of a run. It counts extractions, the slow part: reading a changed file takes a millisecond
 * and would make the rate (and so the ETA) meaningless if it counted the same.
 */
export function progressReport(s: RunState): IndexProgress {
  const seconds = s.extractStart === null ? 0 : (performance.now() - s.extractStart) / 1000;
  const rate = seconds > 0 ? s.done / seconds : 0;
  const etaSeconds = s.done > 0 && rate > 0 ? Math.max(0, s.total - s.done) / rate : null;
  const problems = [...s.summary.unanalysable, ...s.summary.failed];
  const first = problems[0];
  const skipped = s.summary.skipped[0];
  return {
    done: s.done,
    total: s.total,
    rate,
    etaSeconds,
    changed: s.changed,
    ...(s.waiting ? {waiting: true} : {}),
    ...(first ? {failures: {count: problems.length, first: problemLine(s.root, first)}} : {}),
    ...(skipped ? {skipped: {count: s.summary.skipped.length, first: problemLine(s.root, skipped)}} : {}),
  };
}

/**
 * "empty file (notes/empty.md)": why a file was skipped (or not analysed), then its name in the library; a narrow
 * status line cuts the name of a deep file before the reason.
 */
function problemLine(root: string, skipped: {path: string; reason: string}): string {
  const name = relative(root, skipped.path);
  return `${skipped.reason} (${showName(name === '' || name.startsWith('..') ? skipped.path : name)})`;
}
