import {relative} from 'node:path';
import {showName} from '../library/sanitize.js';
import type {IndexSummary} from './index-types.js';
import type {IndexProgress} from './types.js';

/** A summary of a run that has done nothing yet. */
export function emptySummary(): IndexSummary {
  return {
    files: 0,
    outside: 0,
    knownSkipped: 0,
    byAnother: 0,
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
  /** Of `done`, the texts this run extracted itself (or gave up on): what its rate is measured by. */
  own: number;
  /** Another indexer on the database has taken texts of this run: how long the rest takes is not this run's to say. */
  shared: boolean;
  /** This run has nothing of its own left and waits for texts another indexer is extracting. */
  waitingForOthers: boolean;
  /** When extraction began (performance.now()), null before. */
  extractStart: number | null;
  /** The run has written to the library's rows. */
  changed: boolean;
  /** Another program holds the write lock: results wait. */
  waiting: boolean;
  /** Files read of those to read, while the run reads them; null otherwise. */
  reading?: {done: number; total: number} | null;
}

/**
 * The progress report of a run at `now` (performance.now()). It counts extractions, the slow part: reading a
 * changed file takes a millisecond and would make the rate (and so the ETA) meaningless if it counted the same.
 * The rate is this run's own extractions: texts another indexer stored arrive in bursts (when this run reaches
 * them), and counted in it they made the rate and the ETA jump. While another indexer shares the texts there is no
 * ETA (what is left is split between two runs, at rates this one cannot see); the report says it is shared instead.
 */
export function progressReport(s: RunState, now = performance.now()): IndexProgress {
  const seconds = s.extractStart === null ? 0 : (now - s.extractStart) / 1000;
  const rate = seconds > 0 ? s.own / seconds : 0;
  const left = Math.max(0, s.total - s.done);
  const etaSeconds = !s.shared && s.own > 0 && rate > 0 ? left / rate : null;
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
    ...(s.reading && s.extractStart === null ? {reading: {...s.reading}} : {}),
    ...(s.shared ? {shared: {left, waiting: s.waitingForOthers}} : {}),
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
