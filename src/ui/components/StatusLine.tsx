import React from 'react';
import {Text} from 'ink';
import type {IndexProgress} from '../../store/index.js';
import type {ListFilter} from '../state/app-state.js';
import {paceSettled} from '../state/pace.js';
import {fitReasons, type StatusProblem} from '../state/status-fit.js';
import {displayWidth, truncateWords} from '../text.js';
import {theme} from '../theme.js';

/**
 * Background work's words: one text whose parts (" · ") give way from the end, or its forms, widest first, of which
 * the line shows the widest that fits (a refresh's count of new articles stays where its feeds' count cannot).
 */
export type Activity = string | readonly string[];

/** What the status line reports. */
export interface StatusProps {
  total: number;
  unread: number;
  filter: ListFilter;
  shown: number;
  /** Of `shown`, rows kept in place though the filter would now hide them. */
  kept?: number;
  progress: IndexProgress | null;
  /** Other background work (a feed refresh: its forms, widest first), or null. */
  activity?: Activity | null;
  /** The line's width: the counts of problems stay in view and their reasons are cut to fit. */
  columns?: number;
}

/** "46s", or in minutes from 90 s: "6 min" rather than "330s". */
function timeLeft(seconds: number): string {
  const s = Math.ceil(seconds);
  return s < 90 ? `${s}s` : `${Math.ceil(s / 60)} min`;
}

/** What a running index has still to do, for search's "nothing matches yet: …"; null when nothing. */
export function indexingLeft(progress: IndexProgress | null): string | null {
  if (!progress || progress.failed) return null;
  if (progress.reading) return 'the library is still being read';
  const left = progress.total - progress.done;
  return left > 0 ? `${left} ${left === 1 ? 'article' : 'articles'} still to analyse` : null;
}

// The write lock held elsewhere, in fewer words as the room shrinks.
const WAITS = [
  ' · waiting for another program to finish writing',
  ' · waiting for another program',
  ' · waiting',
];

/**
 * Words for indexing progress: "reading 120/280 files" while new files are read, then "analysing 40/280 · 12/s ·
 * 20s left" (and "· waiting for another program to finish writing" while the database's write lock is held
 * elsewhere; "· shared with another brief" in place of the time left while another brief indexes the same
 * database), or null when done. Given `room` (columns), the rate gives way first, then the time left, so the text
 * is not cut in the middle of a figure ("· 46…") where its shorter form fits.
 */
export function progressText(progress: IndexProgress | null, room = Infinity): string | null {
  // A run that failed is over, however far it had got (failedParts says why).
  if (!progress || progress.failed) return null;
  // Said also before anything is counted: the first write of a run (files removed or renamed) may be the one held.
  // In fewer words where the whole would run off the line, after the rate and the time left have given way.
  const waits = progress.waiting ? WAITS : [''];
  const longest = waits[0] ?? '';
  const fit = (forms: string[]): string =>
    forms.find((text) => displayWidth(text) <= room) ?? forms[forms.length - 1] ?? '';
  if (progress.reading) {
    const reading = `reading ${progress.reading.done}/${progress.reading.total} files`;
    return fit(waits.map((w) => `${reading}${w}`));
  }
  if (progress.done >= progress.total) return progress.waiting ? fit(waits.map((w) => w.slice(3))) : null;
  // A run's first texts go at a cold worker's pace, and the pace of a handful says little (pace.ts).
  const settled = paceSettled(progress.done, progress.total);
  const rate =
    settled && progress.rate > 0 ? ` · ${progress.rate.toFixed(progress.rate < 10 ? 1 : 0)}/s` : '';
  const eta = settled && progress.etaSeconds !== null ? ` · ${timeLeft(progress.etaSeconds)} left` : '';
  // Another brief on the same database takes part of the texts: no time left (not this one's to say), and at the
  // end the texts it still holds, rather than a count that stands still.
  const {shared} = progress;
  const lead = `analysing ${progress.done}/${progress.total}`;
  if (shared?.waiting && shared.left > 0)
    return fit(waits.map((w) => `${lead} · another brief is analysing the last ${shared.left}${w}`));
  const tail = shared ? ' · shared with another brief' : eta;
  return fit([
    `${lead}${rate}${tail}${longest}`,
    `${lead}${tail}${longest}`,
    ...waits.map((w) => `${lead}${w}`),
  ]);
}

/**
 * "2 not analysed" + ": too long to analyse (more than 10 s)", "1 analysed in part" + ": stage facts failed: …" when
 * a stage threw, or null when every article was analysed whole.
 */
export function failuresParts(progress: IndexProgress | null): StatusProblem | null {
  const failures = progress?.failures;
  if (!failures) return null;
  const partial = /^analysis incomplete: /u.exec(failures.first);
  return partial
    ? {count: `${failures.count} analysed in part`, reason: `: ${failures.first.slice(partial[0].length)}`}
    : {count: `${failures.count} not analysed`, reason: `: ${failures.first}`};
}

/** "indexing failed" + ": cannot open the article folder …: no such folder" when the run itself failed, else null. */
export function failedParts(progress: IndexProgress | null): StatusProblem | null {
  return progress?.failed ? {count: 'indexing failed', reason: `: ${progress.failed}`} : null;
}

/**
 * "1 skipped" + ": empty file (empty.md)", or with more than one "3 skipped" + " (brief index lists them): empty
 * file (empty.md)" (the list goes to stderr when the reader quits too); null when nothing was.
 */
export function skippedParts(progress: IndexProgress | null): StatusProblem | null {
  const skipped = progress?.skipped;
  if (!skipped) return null;
  return skipped.count === 1
    ? {count: '1 skipped', reason: `: ${skipped.first}`}
    : {count: `${skipped.count} skipped`, hint: ' (brief index lists them)', reason: `: ${skipped.first}`};
}

/**
 * Background work's words fitted to `room` columns: its figures after the first part give way first ("refreshing
 * 0/1 feeds · 0 new" → "refreshing 0/1 feeds"), then a lone part's last words ("marks wait for another program…");
 * with no room, its first part whole (the shortest form the line makes room for).
 */
export function fitActivity(activity: Activity, room: number): string {
  if (typeof activity !== 'string')
    return activity.find((f) => displayWidth(f) <= room) ?? activity.at(-1) ?? '';
  const parts = activity.split(' · ');
  for (let n = parts.length; n > 0; n--) {
    const text = parts.slice(0, n).join(' · ');
    if (displayWidth(text) <= room) return text;
  }
  const first = parts[0] ?? activity;
  return parts.length === 1 && room >= 12 ? truncateWords(first, room) : first;
}

// The line's first words, left out only to keep the progress whole.
const NAME = 'brief · ';

const whole = (p: StatusProblem | null): string | null => (p ? p.count + (p.hint ?? '') + p.reason : null);

/** The failures as one text, uncut: "2 not analysed: too long to analyse (more than 10 s)". */
export const failuresText = (progress: IndexProgress | null): string | null => whole(failuresParts(progress));

/** The skipped files as one text, uncut: "3 skipped (brief index lists them): empty file (empty.md)". */
export const skippedText = (progress: IndexProgress | null): string | null => whole(skippedParts(progress));

/** The line's head: its name or not, the counts, then background work and indexing progress (either may be null). */
interface Head {
  named: boolean;
  counts: string;
  doing: string | null;
  indexing: string | null;
}

const headText = (h: Head): string =>
  `${h.named ? NAME : ''}${h.counts}${h.doing ? ` · ${h.doing}` : ''}${h.indexing ? ` · ${h.indexing}` : ''}`;

/**
 * The head for `counts` in `free` columns (the line less its problems' counts): the activity and the progress share
 * what the counts leave; where even their shortest forms would be cut ("analysing 20/2…" beside "filter: unread (280
 * shown)" at 80 columns, "refreshing 0/…" at 60), the name "brief · " gives way.
 */
function fitHead(
  counts: string,
  free: number,
  progress: IndexProgress | null,
  activity: Activity | null,
  nameless = false,
): Head {
  const left = free - displayWidth(counts);
  const least = progressText(progress, 0);
  const leastWidth = least === null ? 0 : 3 + displayWidth(least);
  // Of forms, the one the line holds without the name: the name gives way before the refresh's words do.
  const needed = (a: Activity): string => fitActivity(a, typeof a === 'string' ? 0 : left - leastWidth - 3);
  const need = leastWidth + (activity ? 3 + displayWidth(needed(activity)) : 0);
  // (Progress that would be cut all the same keeps the name; background work shows more of its words without it.)
  const named = !nameless && (need === 0 || need <= left - NAME.length || (need > left && !activity));
  const room = named ? left - NAME.length : left;
  const doing = activity ? fitActivity(activity, room - 3 - leastWidth) : null;
  const indexing = progressText(progress, room - 3 - (doing ? 3 + displayWidth(doing) : 0));
  return {named, counts, doing, indexing};
}

/**
 * The counts of a filtered list, widest first: "1323 articles · 1200 unread · filter: unread (1200 shown, 3 read
 * since)", then the filter and its rows of the whole ("filter: unread (1200 of 1323 shown, 3 read since)", without
 * the rows kept), then "unread: 1200 of 1323" and "unread 1200/1323": at 60 columns the whole left no room for a
 * refresh or the indexing ("… filter: unread (280 shown) · 19…"), or was cut itself.
 */
function filteredCounts(
  whole: string,
  filter: ListFilter,
  total: number,
  shown: number,
  since: string,
): string[] {
  const of = `${shown} of ${total}`;
  return [
    whole,
    `filter: ${filter} (${of} shown${since})`,
    ...(since ? [`filter: ${filter} (${of} shown)`] : []),
    `${filter}: ${of}`,
    `${filter} ${shown}/${total}`,
  ];
}

/**
 * "brief · 281 articles · 270 unread · filter: all" and indexing progress while it runs. Given its width, the line
 * keeps the counts of files not analysed and skipped in view and cuts their reasons instead; and where a refresh and
 * the indexing of what it brings would be cut, "filter: all" (the list as it starts) gives way to them: at 60
 * columns "… · filter: all · 19 new · analysin…" reads "280 articles · 280 unread · 19 new · analysing 0/6".
 */
export function StatusLine({
  total,
  unread,
  filter,
  shown,
  kept = 0,
  progress,
  activity = null,
  columns,
}: StatusProps) {
  // "279 unread · filter: unread (280 shown)" read as a miscount: the row marked read stays, and says so.
  const since = kept > 0 ? `, ${kept} ${filter === 'unread' ? 'read' : 'unstarred'} since` : '';
  const articles = `${total} ${total === 1 ? 'article' : 'articles'} · ${unread} unread`;
  const counts = `${articles} · filter: ${filter}${filter === 'all' ? '' : ` (${shown} shown${since})`}`;
  const problems = [failedParts(progress), failuresParts(progress), skippedParts(progress)].filter(
    (p) => p !== null,
  );
  const free =
    columns === undefined ? Infinity : columns - problems.reduce((n, p) => n + 3 + displayWidth(p.count), 0);
  // Widest first: "filter: all" (with the name, which gives way first) goes before a figure is cut, and before a refresh's last form, its bare count
  // ("17 new", which beside "1323 unread" does not say it is the refresh's).
  const fits = (h: Head): boolean => displayWidth(headText(h)) <= free;
  const worded =
    activity && typeof activity !== 'string' && activity.length > 1 ? activity.slice(0, -1) : activity;
  const tries =
    filter === 'all'
      ? [
          fitHead(counts, free, progress, worded),
          ...(activity || progress ? [fitHead(articles, free, progress, activity, true)] : []),
          fitHead(counts, free, progress, activity),
        ]
      : [...filteredCounts(counts, filter, total, shown, since), null].map((c, i, all) =>
          // The last: the shortest counts beside every form of the work.
          c === null
            ? fitHead(all[i - 1] ?? counts, free, progress, activity)
            : fitHead(c, free, progress, worded),
        );
  // None fits: the one that shows most of the work (without "filter: all" where it may give way).
  const head = tries.find(fits) ?? (filter === 'all' ? (tries[1] ?? tries[0]!) : tries.at(-1)!);
  const reasons =
    columns === undefined
      ? problems.map((p) => (p.hint ?? '') + p.reason)
      : fitReasons(displayWidth(headText(head)), problems, columns);
  const {named, doing, indexing} = head;
  return (
    <Text wrap="truncate">
      {named ? <Text {...theme.title}>brief</Text> : null}
      <Text>{`${named ? ' · ' : ''}${head.counts}`}</Text>
      {doing ? <Text {...theme.accent}>{` · ${doing}`}</Text> : null}
      {indexing ? <Text {...theme.accent}>{` · ${indexing}`}</Text> : null}
      {problems.map((p, i) => (
        <Text key={p.count} {...theme.warning}>{` · ${p.count}${reasons[i] ?? ''}`}</Text>
      ))}
    </Text>
  );
}
