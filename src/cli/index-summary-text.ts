import {wrapWords} from './wrap-words.js';
import type {IndexSummary} from '../store/indexer.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The line `brief index` ends with, in two parts that each add up. The files: new, changed, due for analysis
 * (unchanged, but listed by an earlier run that did not analyse them — `brief | cat`, `brief list` — or analysed by
 * an older extractor: the summary cannot tell which, so it names neither) and unchanged, plus the skipped
 * ones, make the number found; a count of none is left out. Entries that are not among them (a broken link, a loop)
 * are counted apart. The texts: those this run analysed, then those another brief on the same database analysed
 * meanwhile.
 * "indexed 840 files (176 due for analysis, 664 unchanged); 176 texts analysed in 12.0 s (14.7/s), 104 by another brief"
 * The files were "0 new, 0 changed, 840 known" there, beside 176 texts analysed: as if nothing had been there to do.
 */
export function indexSummaryText(summary: IndexSummary, columns?: number): string {
  const skippedFiles = summary.skipped.length - summary.outside;
  const known = summary.unchanged - summary.knownSkipped;
  // Analyses beyond the new and changed files' are those of files listed before and analysed only now.
  const waiting = Math.min(known, Math.max(0, summary.extracted - summary.added - summary.changed));
  const counts: [number, string][] = [
    [summary.added, 'new'],
    [summary.changed, 'changed'],
    [waiting, 'due for analysis'],
    [known - waiting, 'unchanged'],
    [skippedFiles, 'skipped'],
  ];
  const files = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const rate = summary.seconds > 0 ? summary.extracted / summary.seconds : 0;
  const parts = [
    `indexed ${plural(summary.files, 'file')}${files.length > 0 ? ` (${files.join(', ')})` : ''}` +
      (summary.removed > 0 ? `, ${summary.removed} removed` : ''),
    `${plural(summary.extracted, 'text')} analysed in ${summary.seconds.toFixed(1)} s` +
      (summary.extracted > 0 ? ` (${rate.toFixed(1)}/s)` : '') +
      (summary.byAnother > 0 ? `, ${summary.byAnother} by another brief` : ''),
  ];
  if (summary.outside > 0)
    // Broken links, loops and folders that cannot be read: "not article files" said of a locked folder misled.
    parts.push(
      `${plural(summary.outside, 'link or folder', 'links or folders')} not followed (each named on stderr with why)`,
    );
  if (summary.failed.length) parts.push(`${summary.failed.length} not extracted`);
  if (summary.unanalysable.length) parts.push(`${summary.unanalysable.length} not analysed`);
  if (summary.stopped) parts.push('stopped early');
  const line = parts.join('; ');
  return `${columns === undefined ? line : wrapWords(line, columns)}\n`;
}
