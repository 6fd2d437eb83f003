import type {EntityKind} from '../extract/types.js';
import {createEntitySearch} from '../search/index.js';
import {describeDbError} from '../store/db-error.js';
import type {SqliteStore} from '../store/sqlite-store.js';
import type {TextHit} from '../store/types.js';
import {indexStore, INTERRUPTED, reportRun, type ProgressSink, type RunExit} from './index-command.js';
import {openStoreForCli} from './open-store.js';
import {truncate, type Io} from './output.js';

/** What `brief search` needs. */
export interface SearchRequest {
  articles: string;
  db: string;
  query: string;
  json: boolean;
  kind: EntityKind | null;
  text: boolean;
}

const LIMIT = 20;

/**
 * A library never indexed is indexed first, so the first search of a new library finds something; returns the
 * exit code that indexing earned (files it could not use make it 1).
 */
async function ensureIndexed(store: SqliteStore, io: Io, sink: ProgressSink): Promise<RunExit> {
  if (store.knownFiles() > 0) return 0;
  io.err(`brief: indexing ${store.root} first\n`);
  const summary = await indexStore(store, io, sink);
  return summary ? reportRun(summary, io) : 1;
}

const bracketed = (h: TextHit): string => h.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

/** Answers the request from what the store holds now; the answer is printed by calling what this returns. */
function find(store: SqliteStore, req: SearchRequest): (io: Io) => void {
  if (req.text) {
    const hits = store.searchText?.(req.query, LIMIT) ?? [];
    return (io) => {
      if (req.json) {
        io.out(
          `${JSON.stringify(
            hits.map((h) => ({...h, snippet: bracketed(h)})),
            null,
            2,
          )}\n`,
        );
      } else {
        for (const h of hits) {
          io.out(
            `${(h.date ?? '').padEnd(10)}  ${truncate(h.title, 80)}  (${h.articleId})\n            ${bracketed(h)}\n`,
          );
        }
      }
      if (hits.length === 0) io.err(`brief: no article text matches '${req.query}'\n`);
    };
  }
  const search = createEntitySearch(store.listEntities());
  const results = search.search(req.query, {limit: LIMIT, ...(req.kind ? {kind: req.kind} : {})});
  return (io) => {
    if (req.json) {
      io.out(
        `${JSON.stringify(
          results.map((r) => ({...r.entity, score: Number(r.score.toFixed(4)), matched: r.matched})),
          null,
          2,
        )}\n`,
      );
    } else {
      for (const {entity: e, matched} of results) {
        const also = matched !== e.name ? ` (as ${matched})` : '';
        const count = `${e.articleCount} article${e.articleCount === 1 ? '' : 's'}`;
        io.out(`${e.kind.padEnd(12)}  ${truncate(e.name + also, 60).padEnd(60)}  ${count}\n`);
      }
    }
    if (results.length === 0) io.err(`brief: no ${req.kind ?? 'entity'} matches '${req.query}'\n`);
  };
}

/** `brief search QUERY`: entities by fuzzy name (or articles by text with --text), best first. */
export async function searchCommand(req: SearchRequest, io: Io, sink: ProgressSink): Promise<RunExit> {
  const opened = openStoreForCli(req.articles, req.db, io);
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
    if (code === INTERRUPTED) return code;
    reset = false;
    let print = find(store, req);
    if (reset) {
      io.err(`brief: indexing ${store.root} again\n`);
      const summary = await indexStore(store, io, sink);
      code = summary ? reportRun(summary, io) : 1;
      if (code === INTERRUPTED) return code;
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
