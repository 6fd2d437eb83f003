import {feedName} from '../feeds/feed-name.js';
import {createPagePool} from '../feeds/page-pool.js';
import {leftLine, readInPart, refreshFeeds, type RefreshProgress} from '../feeds/refresh.js';
import {createFetcher} from '../web/fetch.js';
import type {RunExit} from './exit-codes.js';
import {itemProblems, openTargetForAdding, plural} from './feeds-target.js';
import {folderRefusal} from './articles-folder.js';
import type {ProgressSink} from './index-command.js';
import {answerLine, type Io} from './output.js';
import {catchCtrlC, stopOf, type CtrlC} from './ctrl-c.js';

/** "refreshing 12/50 feeds · 34 new · 1 failed". */
export function refreshProgressText(p: RefreshProgress): string {
  return `refreshing ${p.feedsDone}/${p.feedsTotal} feeds · ${p.added} new${p.failed ? ` · ${p.failed} failed` : ''}`;
}

/**
 * `brief refresh`: fetches every subscription and adds the new items. Ctrl+C, SIGTERM (`timeout` in cron) or SIGHUP
 * stops it between items, saying what was kept: exit 130, 143 or 129.
 */
export async function refreshCommand(
  articles: string,
  dbPath: string,
  json: boolean,
  io: Io,
  sink: ProgressSink,
  // Caught from the start (main.ts starts it before this module loads): reading the library's new files comes
  // first, and a press then must be said too.
  ctrlC: CtrlC = catchCtrlC(),
): Promise<RunExit> {
  try {
    return await refreshWith(articles, dbPath, json, io, sink, ctrlC);
  } finally {
    ctrlC.dispose();
  }
}

async function refreshWith(
  articles: string,
  dbPath: string,
  json: boolean,
  io: Io,
  sink: ProgressSink,
  ctrlC: CtrlC,
): Promise<RunExit> {
  const open = await openTargetForAdding(
    articles,
    dbPath,
    io,
    "new articles are written to the folder, but each feed's last fetch and errors are not saved",
  );
  if ('code' in open) return ctrlC.stopped ? stopOf(ctrlC).code : open.code;
  if (ctrlC.stopped) {
    const early = stopOf(ctrlC);
    open.close(false);
    io.err(`brief: refresh stopped by ${early.by} before any feed was fetched; nothing was added\n`);
    return early.code;
  }
  // Nothing to refresh is no failure (as `brief feeds` lists none with 0): a cron job or a script that refreshes
  // before anything is subscribed should not read an error. --json answers with data: a refresh of nothing.
  if (open.target.feeds.list().length === 0) {
    open.close(false);
    // But a folder that was not there (a typo, a disk not mounted) is not a library with no subscriptions: said as
    // `brief feeds`, `list` and `export-opml` say it (a folder deleted whose subscriptions the database still holds
    // is made again below, for their items).
    if (open.madeFolder) {
      const refused = folderRefusal(articles, Object.assign(new Error('no such folder'), {code: 'ENOENT'}));
      io.err(refused.line);
      return refused.code;
    }
    if (json) io.out(`${JSON.stringify({feeds: [], added: 0, failed: 0}, null, 2)}\n`);
    else io.out(answerLine(io, "no subscriptions, nothing to refresh; add a feed with 'brief add FEED_URL'"));
    return 0;
  }
  // Subscriptions of a folder since deleted: their items go to the folder made again.
  open.sayMade();
  const fetcher = createFetcher();
  const pages = createPagePool();
  const draw = sink.isTTY && !json;
  try {
    const summary = await refreshFeeds({
      target: open.target,
      fetcher,
      pages,
      signal: ctrlC.signal,
      // Through the sink: stderr's text is sanitised, which would strip the redraw's \r and ESC and run the lines
      // together.
      onProgress: draw
        ? (p) => sink.write(`\r${refreshProgressText(p).slice(0, sink.columns - 1)}\u001b[K`)
        : undefined,
    });
    if (draw) sink.write('\r\u001b[K');
    const stopped = ctrlC.stopped ? stopOf(ctrlC) : null;
    for (const f of summary.feeds) {
      // Stopped by Ctrl+C (or SIGTERM, SIGHUP): the feeds and items it cut short are no failures (one line says so
      // below).
      if (stopped) continue;
      // By its title, as `brief add` and `brief feeds` name it (`brief feeds` gives its address beside it).
      const name = feedName(f);
      if (f.status === 'failed') {
        io.err(`brief: ${name}: ${f.error}\n`);
        continue;
      }
      // As `brief add` says it: an error when no item could be read (its items' lines say why; exit 1), else a
      // warning, said once when the feed breaks rather than at every refresh while it stays broken.
      if (f.problem && f.added + f.known === 0)
        io.err(`brief: ${name}: ${f.problem}; no item could be read\n`);
      else if (f.problem && !f.problemSeen)
        io.err(
          `brief: warning: ${name}: ${readInPart(f.problem, f)} (said once: 'brief feeds' shows it while the feed stays broken)\n`,
        );
      for (const problem of itemProblems(name, f)) io.err(`brief: ${problem}\n`);
      // A feed with more new items than one run takes: said, not a failure (the next refresh takes the next ones).
      const left = leftLine(f);
      if (left) io.err(`brief: ${name}: ${left}\n`);
    }
    if (json) {
      io.out(`${JSON.stringify(summary, null, 2)}\n`);
    } else if (!stopped) {
      // A feed the server sent again is "fetched", not "updated": it may hold nothing new ("0 new articles (2
      // updated, …)" read as a contradiction); "unchanged" is the server's 304 Not Modified.
      const fetched = summary.feeds.filter((f) => f.status === 'updated').length;
      const unchanged = summary.feeds.filter((f) => f.status === 'unchanged').length;
      const line =
        `refreshed ${plural(summary.feeds.length, 'feed')}: ${plural(summary.added, 'new article')}` +
        ` (${fetched} fetched, ${unchanged} unchanged${summary.failed ? `, ${summary.failed} failed` : ''})`;
      io.out(answerLine(io, line));
    }
    if (stopped) {
      io.err(
        `brief: refresh stopped by ${stopped.by}: ${plural(summary.added, 'new article')} written and kept; ` +
          'the rest is read at the next refresh\n',
      );
      return stopped.code;
    }
    // A feed that failed, or items of one that could not be read (tried again next time), are input that failed.
    return summary.failed > 0 || summary.feeds.some((f) => f.skipped > 0) ? 1 : 0;
  } finally {
    fetcher.close();
    await pages.close();
    open.close();
  }
}
