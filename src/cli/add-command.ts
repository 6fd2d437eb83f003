import {relative} from 'node:path';
import {addSource, type AddOutcome} from '../feeds/add.js';
import {createPagePool} from '../feeds/page-pool.js';
import {createRun, readInPart} from '../feeds/refresh.js';
import {feedName} from '../feeds/feed-name.js';
import {cleanLine, showName} from '../library/sanitize.js';
import {createFetcher} from '../web/fetch.js';
import {itemProblems, itemsLine, openTargetForAdding, plural, type OpenTarget} from './feeds-target.js';
import {answerLine, type Io} from './output.js';
import {addProgress, type AddProgress} from './add-progress.js';
import type {ProgressSink} from './index-command.js';
import {catchCtrlC, stopOf, type CtrlC} from './ctrl-c.js';
import type {RunExit} from './exit-codes.js';

/** True when a feed gave at least one article, new or already in the library. */
function readAny(outcome: Extract<AddOutcome, {kind: 'feed'}>): boolean {
  return outcome.result.added + outcome.result.known > 0;
}

/** Describes one source's outcome: a line for stdout, and a problem for stderr (without "brief: "). */
function describe(source: string, outcome: AddOutcome): {out: string | null; err: string | null} {
  // As the file is named on disk, escapes spelt out (`\u001b`): a name cleaned of them would name another file.
  const where = (path: string) =>
    showName(relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));
  switch (outcome.kind) {
    case 'failed':
      return {out: null, err: `cannot add ${cleanLine(source)}: ${outcome.reason}`};
    case 'article': {
      // What in the file was not used (broken front matter, a date that is no date), as `brief extract` says it.
      const warned = outcome.warnings ?? [];
      const err = warned.map((w) => `warning: ${cleanLine(source)}: ${w}`).join('\nbrief: ') || null;
      if (outcome.status === 'added' && outcome.path)
        return {out: `added “${outcome.title}” → ${where(outcome.path)}`, err};
      // The file it is in, which may bear another title (the same text under another headline); none yet while
      // another brief is writing it.
      return {
        out: `already in the library${outcome.path ? ` as ${where(outcome.path)}` : ' (another brief is writing its file)'}: “${outcome.title}”`,
        err,
      };
    }
    case 'feed': {
      const r = outcome.result;
      // As `brief refresh` names it: its title cut to a headline's length, else its address.
      const name = feedName({url: outcome.url ?? source, title: r.title});
      const head = outcome.url
        ? `${outcome.subscribed ? 'subscribed to' : 'already subscribed to'} ${name}`
        : `read ${name} (not subscribed: the file does not name the feed's address)`;
      const problems = itemProblems(name, r);
      // A broken file is said first, once: the items it leaves out are not in its notes.
      if (outcome.problem)
        problems.unshift(
          readAny(outcome)
            ? `warning: ${cleanLine(source)}: ${readInPart(outcome.problem, r)}`
            : `${cleanLine(source)}: ${outcome.problem}; no item could be read`,
        );
      return {out: `${head}: ${itemsLine(r)}`, err: problems.join('\nbrief: ') || null};
    }
    case 'opml': {
      // Each outline left out on a line of its own, named as the list names it.
      const dropped = outcome.dropped.map(
        (d) =>
          `${cleanLine(source)}: ${d.title ? `“${cleanLine(d.title)}”` : cleanLine(d.url)} not subscribed: ${d.reason}`,
      );
      // A list cut short is said first, once, as a broken feed file is: its feeds are those that could be read.
      if (outcome.problem)
        dropped.unshift(
          `warning: ${cleanLine(source)}: ${outcome.problem}; read the feeds that could be read`,
        );
      const err = dropped.join('\nbrief: ') || null;
      // An export made before anything was subscribed (as `brief export-opml` writes one): nothing to do.
      if (outcome.subscribed + outcome.already + outcome.dropped.length === 0)
        return {out: `subscribed to no feeds: ${cleanLine(source)} names none`, err};
      return {
        out: `subscribed to ${plural(outcome.subscribed, 'feed')}${outcome.already ? ` (${outcome.already} already)` : ''}; 'brief refresh' fetches them`,
        err,
      };
    }
  }
}

/** Whether adding `outcome` made a subscription (a feed with its address, or an OPML list's feeds). */
function subscribed(outcome: AddOutcome): boolean {
  return (
    (outcome.kind === 'feed' && outcome.subscribed) || (outcome.kind === 'opml' && outcome.subscribed > 0)
  );
}

/** How many articles the outcome wrote into the library. */
function written(outcome: AddOutcome): number {
  if (outcome.kind === 'article') return outcome.status === 'added' ? 1 : 0;
  return outcome.kind === 'feed' ? outcome.result.added : 0;
}

/**
 * `brief add SOURCE...`: pages, saved .html files, feeds and OPML lists into the library. Ctrl+C, SIGTERM or SIGHUP
 * (caught by `ctrlC`, which main.ts starts before this module loads) stops it between items, saying what was kept:
 * exit 130, 143 or 129.
 */
export async function addCommand(
  articles: string,
  dbPath: string,
  sources: string[],
  json: boolean,
  io: Io,
  ctrlC: CtrlC = catchCtrlC(),
  sink: ProgressSink | null = null,
): Promise<RunExit> {
  try {
    // Each subscription that cannot be kept is said with its source (addEach); the article files are kept.
    const open = await openTargetForAdding(articles, dbPath, io, null);
    if ('code' in open) return ctrlC.stopped ? stopOf(ctrlC).code : open.code;
    if (ctrlC.stopped) {
      const early = stopOf(ctrlC);
      open.close(false);
      io.err(`brief: add stopped by ${early.by} before any source was read; nothing was added\n`);
      return early.code;
    }
    const results = await addEach(open, sources, json, io, ctrlC, addProgress(json ? null : sink));
    if (json) io.out(`${JSON.stringify(results.results.map(withId(results.ids)), null, 2)}\n`);
    if (results.stopped) {
      const stop = stopOf(ctrlC);
      const n = results.results.reduce((sum, r) => sum + written(r.outcome), 0);
      const subs = results.results.filter(
        (r) => subscribed(r.outcome) && !results.unkept.has(r.outcome),
      ).length;
      const left = sources.length - results.results.length;
      io.err(
        `brief: add stopped by ${stop.by}: ${plural(n, 'new article')} written and kept` +
          (subs > 0
            ? `, ${plural(subs, 'subscription')} kept ('brief refresh' reads the rest of their items)`
            : '') +
          (left > 0 ? `; ${plural(left, 'source')} not read` : '') +
          '\n',
      );
      return stop.code;
    }
    const failed = (o: AddOutcome): boolean =>
      results.unkept.has(o) ||
      o.kind === 'failed' ||
      (o.kind === 'feed' && (o.result.skipped > 0 || (o.problem !== null && !readAny(o)))) ||
      (o.kind === 'opml' && o.dropped.length > 0);
    return results.results.some((r) => failed(r.outcome)) ? 1 : 0;
  } finally {
    ctrlC.dispose();
  }
}

interface AddResults {
  results: {source: string; outcome: AddOutcome}[];
  unkept: Set<AddOutcome>;
  /** The id of each article outcome's file, as `brief show` takes it (while the library is open to tell it). */
  ids: Map<AddOutcome, string>;
  stopped: boolean;
}

// Every other --json names an article by `id`; an added (or already held) article's outcome gave only its file's
// `path`. Its keys stay, `id` joins them after `status` (null when no file holds it yet).
const withId =
  (ids: AddResults['ids']) =>
  ({source, outcome}: AddResults['results'][number]): {source: string; outcome: object} => {
    if (outcome.kind !== 'article') return {source, outcome};
    const {kind, status, ...rest} = outcome;
    return {source, outcome: {kind, status, id: ids.get(outcome) ?? null, ...rest}};
  };

async function addEach(
  open: OpenTarget,
  sources: string[],
  json: boolean,
  io: Io,
  ctrlC: CtrlC,
  progress: AddProgress,
): Promise<AddResults> {
  const fetcher = createFetcher();
  const pages = createPagePool();
  const run = createRun({
    target: open.target,
    fetcher,
    pages,
    signal: ctrlC.signal,
    onArticle: () => progress.article(),
    onItems: (count) => progress.items(count),
    onItem: () => progress.item(),
  });
  const results: {source: string; outcome: AddOutcome}[] = [];
  const unkept = new Set<AddOutcome>();
  const ids = new Map<AddOutcome, string>();
  // Whether Ctrl+C (or SIGTERM, SIGHUP) cut the reading short: a press once every source was read and its line
  // printed (while the page workers close, a quarter of a second after 400 items) stopped nothing, yet said
  // "'brief refresh' reads the rest".
  let stopped = false;
  try {
    for (const source of sources) {
      if (ctrlC.stopped) break;
      progress.start(source);
      const outcome = await addSource(source, run);
      progress.clear();
      results.push({source, outcome});
      if (json && outcome.kind === 'article' && outcome.path) ids.set(outcome, open.idOf(outcome.path));
      // Stopped while it was read: what was cut short is no failure (one line says what was kept).
      if (ctrlC.stopped && written(outcome) === 0 && !subscribed(outcome)) {
        results.pop();
        break;
      }
      const {out, err} = describe(source, outcome);
      if (written(outcome) > 0 || subscribed(outcome)) open.sayMade();
      if (err) io.err(`brief: ${err}\n`);
      if (out && !json) io.out(answerLine(io, out));
      // Subscribed in a copy of the database in memory: gone at exit, which the user is told (the articles added
      // are files in the library, and stay).
      if (open.readOnly && subscribed(outcome)) {
        unkept.add(outcome);
        io.err(`brief: the subscription from ${cleanLine(source)} is not kept: ${open.readOnly}\n`);
      }
    }
    stopped = ctrlC.stopped;
  } finally {
    progress.clear();
    fetcher.close();
    await pages.close();
    open.close(results.some((r) => written(r.outcome) > 0 || subscribed(r.outcome)));
  }
  return {results, unkept, ids, stopped};
}
