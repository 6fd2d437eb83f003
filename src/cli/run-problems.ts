import {showName} from '../library/sanitize.js';
import type {IndexSummary} from '../store/index-types.js';
import type {Io} from './output.js';

/**
 * Says on stderr, one line each, every file an indexing run skipped, could not extract or could not analyse;
 * returns how many there were.
 */
export function reportProblems(summary: IndexSummary, io: Io): number {
  for (const s of summary.skipped) io.err(`brief: skipped ${showName(s.path)}: ${s.reason}\n`);
  for (const f of summary.failed) io.err(`brief: not extracted ${showName(f.path)}: ${f.reason}\n`);
  for (const u of summary.unanalysable) io.err(`brief: not analysed ${showName(u.path)}: ${u.reason}\n`);
  return summary.skipped.length + summary.failed.length + summary.unanalysable.length;
}
