import type {EntityKind} from '../extract/types.js';
import {createEntitySearch, type EntitySearch} from '../search/index.js';
import {noneOfKind, otherKinds} from '../search/other-kinds.js';
import {describeDbError} from '../store/db-error.js';
import type {SqliteStore} from '../store/sqlite-store.js';
import {markedSnippet} from '../store/text-search.js';
import type {TextHit} from '../store/types.js';
import {indexStore, reportRun, stoppedBySignal, type ProgressSink, type RunExit} from './index-command.js';
import {openStoreForCli} from './open-store.js';
import type {Io} from './output.js';
import {cleanLine, showName, toJson} from '../library/sanitize.js';
import {fit, fitWords, safeLine, truncate, truncateWords} from '../ui/text.js';
import {titleRow} from './list-format.js';
import {emptyLibraryLine} from './empty-library.js';
import {hasListed} from '../store/list-rows.js';

/** What `brief search` needs. */
export interface SearchRequest {
  articles: string;
  db: string;
  query: string;
  json: boolean;
  kind: EntityKind | null;
  text: boolean;
  /** Say how each result matched and why its records were joined (or kept apart from near misses). */
  explain?: boolean;
}

const LIMIT = 20;
// The query as an error quotes it: a 600-character paste echoed whole buried the message.
const QUOTED = 60;

// Narrower than this, the articles under a result are not indented to the kind's column.
const NARROW = 60;

// The indent of a text hit's snippet, under its date.
const TEXT_PAD = ' '.repeat(12);

/**
 * The terminal's width when output is a terminal: each line is fitted to it (a row of an 80-column terminal ran on
 * over two or three lines, cut mid-word). Null for a pipe or a file, which get lines cut to fixed columns as before.
 */
function fitted(io: Io): number | null {
  return io.terminal ? (io.columns ?? 80) : null;
}

/** The query as a message quotes it: one line, cut to QUOTED columns. */
export function quoted(query: string): string {
  return `'${truncate(cleanLine(query), QUOTED)}'`;
}
// Articles listed under each result: where to read about it.
const WHERE = 3;

/**
 * The library is indexed first: new and changed files analysed (an article added with `brief add`, or only listed,
 * is found by the search that follows), nothing done when nothing changed. Texts analysed by an older extractor
 * answer as they are: re-analysing them is `brief index`'s and the reader's (ten seconds at 10,000 articles after an
 * upgrade, for a search). Returns the exit code that indexing earned (files it could not use make it 1).
 */
async function ensureIndexed(store: SqliteStore, io: Io, sink: ProgressSink): Promise<RunExit> {
  const first = store.knownFiles() === 0;
  if (first) io.err(`brief: indexing ${store.root} first\n`);
  const summary = await indexStore(store, io, sink, 'daily', false, null, false);
  if (!summary) return 1;
  if (!first && summary.extracted > 0)
    io.err(
      `brief: analysed ${summary.extracted} new or changed article${summary.extracted === 1 ? '' : 's'} first\n`,
    );
  return reportRun(summary, io);
}

const bracketed = (h: TextHit): string => markedSnippet(h.snippet);

/**
 * Answers the request from what the store holds now; the answer is printed by calling what this returns. What
 * the database holds is shown as the reader shows it: one line each, the id spelt out.
 */
function find(store: SqliteStore, req: SearchRequest): (io: Io) => void {
  if (req.text) {
    const hits = store.searchText?.(req.query, LIMIT) ?? [];
    return (io) => {
      if (req.json) {
        // `id`, as every other --json names an article (list, show, extract, a name's articles); `articleId`, which
        // this alone said, stays for the scripts that read it.
        io.out(`${toJson(hits.map((h) => ({id: h.articleId, ...h, snippet: bracketed(h)})))}\n`);
      } else {
        const width = fitted(io);
        for (const h of hits) {
          const date = `${cleanLine(h.date ?? '').padEnd(10)}  `;
          const id = `(${showName(h.articleId)})`;
          // A terminal gets emoji as every terminal draws them at one width (ui/plain-emoji.ts); a pipe gets them whole.
          const snippet = (width === null ? cleanLine : safeLine)(bracketed(h));
          io.out(
            width === null
              ? `${date}${truncate(cleanLine(h.title), 80)}  ${id}\n            ${snippet}\n`
              : `${titleRow(date, safeLine(h.title), id, width, 80, TEXT_PAD)}${TEXT_PAD}${truncateWords(snippet, Math.max(1, width - 1 - TEXT_PAD.length))}\n`,
          );
        }
      }
      if (hits.length === 0) io.err(`brief: no article text matches ${quoted(req.query)}\n`);
    };
  }
  const search = createEntitySearch(store.listEntities());
  const results = search.search(req.query, {limit: LIMIT, ...(req.kind ? {kind: req.kind} : {})});
  const where = results.map((r) => store.entityArticles(r.entity.key, WHERE));
  const links = results.map((r) => (req.explain ? store.linkReasons?.(r.entity.key) : undefined));
  const inText = results.length === 0 && !req.kind ? textMatches(store, req.query) : 0;
  return (io) => {
    if (req.json) {
      const rows = results.map((r, i) => ({
        ...r.entity,
        score: Number(r.score.toFixed(4)),
        matched: r.matched,
        ...(r.alternate ? {alternate: true} : {}),
        ...(req.explain ? {how: r.how, links: links[i]} : {}),
        articles: (where[i] ?? []).map((a) => ({id: a.articleId, title: a.title, date: a.date})),
      }));
      io.out(`${toJson(rows)}\n`);
    } else {
      const width = fitted(io);
      // Below 60 columns the articles under a result are indented by two, not by the kind's column.
      const pad = ' '.repeat(width !== null && width < NARROW ? 2 : 14);
      results.forEach((r, i) => {
        const e = r.entity;
        const matched = cleanLine(r.matched);
        const also = r.matched === e.name ? '' : r.alternate ? ` (also ${matched})` : ` (as ${matched})`;
        const count = `${e.articleCount} article${e.articleCount === 1 ? '' : 's'}`;
        const name = cleanLine(e.name) + also;
        // In a terminal the name gives way so the count stays on its line; a narrow one drops the kind's column.
        const kind = width !== null && width < NARROW ? `${e.kind}  ` : `${e.kind.padEnd(12)}  `;
        const room =
          width === null ? 60 : Math.max(10, Math.min(60, width - 1 - kind.length - 2 - count.length));
        io.out(`${kind}${width === null ? fit(name, room) : fitWords(safeLine(name), room)}  ${count}\n`);
        if (req.explain) {
          io.out(`${pad}matched ${r.how} (“${matched}”)\n`);
          for (const j of links[i]?.joined ?? [])
            io.out(`${pad}joined ${cleanLine(j.name)} [${j.rule}]: ${j.why}\n`);
          for (const a of links[i]?.apart ?? [])
            io.out(`${pad}kept apart from ${cleanLine(a.name)} [${a.rule}]: ${a.why}\n`);
        }
        for (const a of where[i] ?? []) {
          const head = `${pad}${cleanLine(a.date ?? '').padEnd(10)}  `;
          const id = `(${showName(a.articleId)})`;
          io.out(
            width === null
              ? `${head}${truncate(cleanLine(a.title), 70)}  ${id}\n`
              : titleRow(head, safeLine(a.title), id, width, 70, pad),
          );
        }
      });
    }
    if (results.length === 0) io.err(`brief: ${noMatch(search, req, inText)}\n`);
  };
}

/** `brief search QUERY`: entities by fuzzy name (or articles by text with --text), best first. */
export async function searchCommand(req: SearchRequest, io: Io, sink: ProgressSink): Promise<RunExit> {
  // A search makes no marks: what a database it cannot write means for it is only that its indexing is not kept.
  const opened = openStoreForCli(
    req.articles,
    req.db,
    io,
    undefined,
    'searching a copy in memory (what brief indexes for this search is not saved)',
  );
  if (!opened.store) return opened.code;
  const store = opened.store;
  // A database found damaged while searching is rebuilt empty (marks kept): it is indexed again and the search
  // answered from the rebuilt one.
  let reset = false;
  store.onReset(() => {
    reset = true;
  });
  try {
    let code = await ensureIndexed(store, io, sink);
    if (stoppedBySignal(code)) return code;
    reset = false;
    if (!hasListed(store.db, store.root)) {
      // Nothing to search yet: how to fill the library, as `brief list` says, rather than "no person … matches".
      io.err(emptyLibraryLine(store.root));
      if (req.json) io.out('[]\n');
      return code;
    }
    let print = find(store, req);
    if (reset) {
      io.err(`brief: indexing ${store.root} again\n`);
      const summary = await indexStore(store, io, sink);
      code = summary ? reportRun(summary, io) : 1;
      if (stoppedBySignal(code)) return code;
      print = find(store, req);
    }
    print(io);
    return code;
  } catch (err) {
    io.err(`brief: search failed: ${describeDbError(err, req.db)}\n`);
    return 1;
  } finally {
    store.close();
  }
}

/** How many articles' text matches `query` (at most LIMIT); 0 when the text search cannot take it. */
function textMatches(store: SqliteStore, query: string): number {
  try {
    return store.searchText?.(query, LIMIT).length ?? 0;
  } catch {
    return 0;
  }
}

/**
 * "no entity matches 'x'", with how many articles' text does ("brief search fire" named no person, place or
 * organization, and said nothing of the 12 articles about fires that --text finds); or limited to a kind: "no
 * people match 'kiev'; 1 place does (without --kind)".
 */
function noMatch(search: EntitySearch, req: SearchRequest, inText: number): string {
  if (!req.kind) {
    const none = `no person, place or organization matches ${quoted(req.query)}`;
    if (inText === 0) return none;
    const count =
      inText >= LIMIT ? `${LIMIT} or more articles` : inText === 1 ? '1 article' : `${inText} articles`;
    return `${none}; the text of ${count} does (brief search --text ${quoted(req.query)})`;
  }
  const others = otherKinds(search.search(req.query, {limit: LIMIT}), req.kind);
  const none = `${noneOfKind(req.kind)} ${quoted(req.query)}`;
  return others.count === 0
    ? none
    : `${none}; ${others.text} ${others.count === 1 ? 'does' : 'do'} (without --kind)`;
}
