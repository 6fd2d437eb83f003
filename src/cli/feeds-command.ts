import {existsSync, statSync} from 'node:fs';
import {basename, dirname, resolve} from 'node:path';
import type {FeedRow, Retrying} from '../feeds/feeds-db.js';
import {ITEM_NOT_READ} from '../feeds/item-not-read.js';
import {publish, writeTemp} from '../feeds/write-file.js';
import {opmlText} from '../web/opml.js';
import {cleanLine, showName} from '../library/sanitize.js';
import {fsProblem} from '../library/fs-problem.js';
import {cleanUrl} from '../web/url.js';
import {displayWidth, fit, safeLine, truncate} from '../ui/text.js';
import type {ExitCode} from './commands.js';
import {openTargetForFeeds} from './feeds-target.js';
import {answerLine, type Io} from './output.js';

function when(ms: number | null): string {
  if (ms === null) return 'never';
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** How long ago `ms` was, in the unit a person would say: "just now", "5 min", "2 h", "3 days". */
export function ago(ms: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/**
 * A good fetch's error less the items waiting to be tried again, which their own line says with how many and when:
 * "last error: an item could not be read: HTTP 503 …" above "4 items to try again …: HTTP 503 …" said it twice.
 * What else the error says (a document not well-formed, before a "; ") stays; null when nothing does.
 */
function beyondRetry(error: string, retrying: Retrying | null | undefined): string | null {
  if (!retrying) return error;
  for (const said of [`${ITEM_NOT_READ}: ${retrying.reason}`, retrying.reason]) {
    if (error === said) return null;
    if (error.endsWith(`; ${said}`)) return error.slice(0, -said.length - 2);
  }
  return error;
}

/**
 * The line under a feed about its last fetch's trouble: "failed 2 h ago: HTTP 404 Not Found" when the fetches since
 * the last one that read it failed, else the error a fetch that read it met (an item's page) unless the items
 * waiting to be tried again say it, or null.
 */
function troubleLine(f: FeedListing, now: number): string | null {
  if (!f.error) return null;
  const failed = f.fetchedMs !== null && (f.okMs === null || f.fetchedMs > f.okMs);
  if (failed && f.fetchedMs !== null) return `failed ${ago(f.fetchedMs, now)}: ${f.error}`;
  const rest = beyondRetry(f.error, f.retrying);
  return rest === null ? null : `last error: ${rest}`;
}

/** A feed's items waiting to be tried again, in words: how many, when they failed, why. */
interface RetryWords {
  /** "4 items to try again" */
  count: string;
  /** "failed 5 min ago (first 2 days ago)": the last failure, and the first (they are given up three days on). */
  when: string;
  /** "HTTP 503 Service Unavailable" (the last failure's). */
  reason: string;
}

function retryWords(f: FeedListing, now: number): RetryWords | null {
  const r = f.retrying;
  if (!r) return null;
  const last = ago(r.lastMs, now);
  const first = ago(r.firstMs, now);
  return {
    count: `${plural(r.items, 'item')} to try again`,
    when: `failed ${last}${first === last ? '' : ` (first ${first})`}`,
    reason: r.reason,
  };
}

/**
 * The retry words as one line ("4 items to try again at the next refresh: failed 5 min ago: HTTP 503 Service
 * Unavailable"), or where that would be cut, as two with the reason on the first: on one, it was the part cut.
 */
function retryLines(r: RetryWords, indent: string, width: number): string[] {
  const one = `${indent}${r.count} at the next refresh: ${r.when}: ${r.reason}`;
  return displayWidth(one) < width ? [one] : [`${indent}${r.count}: ${r.reason}`, `${indent}  ${r.when}`];
}

/**
 * A subscription as `brief feeds` shows it: with the articles it brought in that are in the library now, and its
 * items waiting to be tried again (null when none is).
 */
export type FeedListing = FeedRow & {articles: number; retrying?: Retrying | null};

const TITLE = 32;
// The table's width: title, last good fetch, items and articles, two spaces between.
const TABLE = TITLE + 2 + 16 + 2 + 5 + 2 + 8;

/** Where `brief feeds` prints: a terminal `columns` wide (lines cut to fit), else anything (every line whole). */
export interface FeedsOutput {
  terminal: boolean;
  columns?: number;
  /** The time a failure's "2 h ago" counts from (default: now). */
  now?: number;
}

/**
 * The subscription table `brief feeds` prints, its columns fitted by display width (a title in CJK or emoji). In a
 * terminal each line is cut to its width, and one narrower than the table gets each feed as a few short lines;
 * anywhere else (a pipe, a file) nothing is cut: a long title overruns its column, and addresses and errors are
 * whole.
 */
export function formatFeeds(rows: readonly FeedListing[], out: FeedsOutput = {terminal: false}): string {
  const width = out.terminal ? Math.max(20, out.columns ?? 80) : Infinity;
  // The last column is left free: a line as wide as the terminal wraps on some.
  const cutTo = (text: string, w: number): string => (out.terminal ? truncate(text, w - 1) : text);
  // A terminal gets emoji as every terminal draws them at one width (ui/plain-emoji.ts); a pipe gets them whole.
  const title = (f: FeedListing): string =>
    (out.terminal ? safeLine : cleanLine)(f.title ?? '') || '(untitled)';
  const now = out.now ?? Date.now();
  const retry = (f: FeedListing): RetryWords | null => retryWords(f, now);
  if (width < TABLE + 1) {
    const lines = rows.map((f) => {
      const trouble = troubleLine(f, now);
      const read = f.okMs === null ? 'never' : `${when(f.okMs)} UTC`;
      return [
        cutTo(title(f), width),
        cutTo(`  last good fetch ${read}`, width),
        cutTo(`  ${plural(f.items, 'item')}, ${plural(f.articles, 'article')}`, width),
        cutTo(`  ${f.url}`, width),
        ...(trouble ? [cutTo(`  ${trouble}`, width)] : []),
        ...(retry(f) ? retryLines(retry(f)!, '  ', width).map((l) => cutTo(l, width)) : []),
      ].join('\n');
    });
    return `${lines.join('\n\n')}\n`;
  }
  const lines = rows.map((f) => {
    const t = title(f);
    const shown = out.terminal || displayWidth(t) <= TITLE ? fit(t, TITLE) : t;
    const head = `${shown}  ${when(f.okMs).padEnd(16)}  ${String(f.items).padStart(5)}  ${String(f.articles).padStart(8)}`;
    const trouble = troubleLine(f, now);
    const error = trouble ? `\n${cutTo(`    ${trouble}`, width)}` : '';
    const r = retry(f);
    const again = r
      ? retryLines(r, '    ', width)
          .map((l) => `\n${cutTo(l, width)}`)
          .join('')
      : '';
    return `${head}\n${cutTo(`    ${f.url}`, width)}${error}${again}`;
  });
  return `${'feed'.padEnd(TITLE)}  ${'good fetch (UTC)'.padEnd(16)}  ${'items'.padStart(5)}  ${'articles'.padStart(8)}\n${lines.join('\n')}\n`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The end of "no subscription to X": `brief feeds` names each feed by its title first, so a new user gives the title
 * (`brief feeds remove "Pier Post"`), which names no subscription. The address of each feed so titled is said, as the
 * command to type; anything else points at the list.
 */
function byTitle(rows: readonly FeedRow[], asked: string): string {
  const key = cleanLine(asked).toLowerCase();
  const urls = rows
    .filter((f) => key !== '' && cleanLine(f.title ?? '').toLowerCase() === key)
    .map((f) => f.url);
  if (urls.length === 0) return ' (see brief feeds)';
  const commands = urls.map((u) => `brief feeds remove ${u}`).join(', or ');
  return `: feeds are removed by their address (${commands})`;
}

/** `brief feeds [remove URL]`: lists the subscriptions, or removes one (its articles stay). */
export async function feedsCommand(
  articles: string,
  dbPath: string,
  args: string[],
  json: boolean,
  io: Io,
): Promise<ExitCode> {
  const open = await openTargetForFeeds(articles, dbPath, io);
  if ('code' in open) return open.code;
  try {
    const {feeds} = open.target;
    if (args[0] === 'remove') {
      const url = args[1] ?? '';
      // Removed from a copy in memory, it would be back at the next command.
      if (open.readOnly) {
        io.err(
          `brief: cannot unsubscribe from ${cleanLine(url)}: ${open.readOnly}, so the change would not be kept\n`,
        );
        return 1;
      }
      // The subscription as it is kept: an address typed with tracking parameters names it without them.
      const row = feeds.get(url) ?? feeds.get(cleanUrl(url));
      if (!row || !feeds.unsubscribe(row.url)) {
        io.err(`brief: no subscription to ${url}${byTitle(feeds.list(), url)}\n`);
        return 1;
      }
      if (json) io.out(`${JSON.stringify({removed: row.url})}\n`);
      else
        io.out(
          answerLine(
            io,
            `unsubscribed from ${row.title ? `${cleanLine(row.title)} (${row.url})` : row.url}; its articles stay in the library`,
          ),
        );
      return 0;
    }
    const counts = feeds.articleCounts();
    const retrying = feeds.retrying();
    const rows: FeedListing[] = feeds
      .list()
      .map((f) => ({...f, articles: counts.get(f.url) ?? 0, retrying: retrying.get(f.url) ?? null}));
    if (json) io.out(`${JSON.stringify(rows, null, 2)}\n`);
    else if (rows.length === 0)
      io.out(answerLine(io, "no subscriptions; add a feed with 'brief add FEED_URL'"));
    else
      io.out(
        formatFeeds(rows, {
          terminal: io.terminal === true,
          ...(io.columns !== undefined ? {columns: io.columns} : {}),
        }),
      );
    return 0;
  } finally {
    open.close();
  }
}

/** `brief export-opml [FILE]`: the subscriptions as OPML, on stdout (no FILE, or "-") or in a new file (never over one). */
export async function exportOpmlCommand(
  articles: string,
  dbPath: string,
  file: string | undefined,
  io: Io,
): Promise<ExitCode> {
  const open = await openTargetForFeeds(articles, dbPath, io);
  if ('code' in open) return open.code;
  let feeds: {url: string; title: string | null; site: string | null}[];
  try {
    feeds = open.target.feeds.list().map((f) => ({url: f.url, title: f.title, site: f.site}));
  } finally {
    open.close();
  }
  // ("-", as other tools take it, is stdout: not a file named "-".)
  const path = file === undefined || file === '-' ? null : resolve(file);
  // Refused before anything else is said: a note on an export that is not written reads as if it were.
  const refused = path === null ? null : unwritable(path, showName(file ?? ''));
  if (refused !== null) {
    io.err(`brief: ${refused}\n`);
    return 1;
  }
  // Nothing subscribed is no failure (as `brief feeds` and `refresh` take it): a script backing the list up gets a
  // list with no feeds and exit 0, and a person the note on stderr.
  if (feeds.length === 0)
    io.err(
      "brief: no subscriptions, so the OPML list names no feeds; add a feed with 'brief add FEED_URL'\n",
    );
  const text = feeds.length === 0 ? emptyOpml(new Date()) : opmlText(feeds);
  if (path === null) {
    io.out(text);
    return 0;
  }
  try {
    const written = publish(await writeTemp(dirname(path), text), dirname(path), basename(path));
    io.out(`wrote ${written}\n`);
    return 0;
  } catch (err) {
    io.err(`brief: cannot write ${showName(file ?? '')}: ${fsProblem(err)}\n`);
    return 1;
  }
}

/** Why the list cannot go to `path` (`shown` as typed), known before anything is fetched or said; else null. */
function unwritable(path: string, shown: string): string | null {
  if (existsSync(path))
    return statSync(path).isDirectory()
      ? `${shown} is a folder; name a file in it for the list (${shown}/subscriptions.opml, say)`
      : `${shown} exists; brief does not write over files (choose another name)`;
  return existsSync(dirname(path)) ? null : `cannot write ${shown}: no such folder`;
}

/**
 * An OPML 2.0 list with an empty body, laid out as the generator lays out a full one (which refuses no outlines):
 * readers take it as a list with no subscriptions.
 */
export function emptyOpml(created: Date): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>brief subscriptions</title>',
    `    <dateCreated>${created.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body/>',
    '</opml>',
    '',
  ].join('\n');
}
