import type {EntityKind} from '../extract/types.js';
import {cleanLine, showName, toJson} from '../library/sanitize.js';
import {createEntitySearch} from '../search/index.js';
import type {SqliteStore} from '../store/sqlite-store.js';
import type {ExitCode} from './commands.js';
import {indexStore, type ProgressSink} from './index-command.js';
import {openStoreForCli} from './open-store.js';
import type {Io} from './output.js';
import {fit, truncate} from '../ui/text.js';

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
// Articles listed under each result: where to read about it.
const WHERE = 3;

/** A library never indexed is indexed first, so the first search of a new library finds something. */
async function ensureIndexed(store: SqliteStore, io: Io, sink: ProgressSink): Promise<void> {
  const row = store.db
    .prepare<[string], {n: number}>('SELECT count(*) AS n FROM files WHERE root = ?')
    .get(store.root);
  if ((row?.n ?? 0) > 0) return;
  io.err(`brief: indexing ${store.root} first\n`);
  await indexStore(store, io, sink);
}

/** `brief search QUERY`: entities by fuzzy name (or articles by text with --text), best first. */
export async function searchCommand(req: SearchRequest, io: Io, sink: ProgressSink): Promise<ExitCode> {
  const store = openStoreForCli(req.articles, req.db, io);
  if (!store) return 1;
  try {
    await ensureIndexed(store, io, sink);
    if (req.text) {
      const hits = store.searchText?.(req.query, LIMIT) ?? [];
      const snippet = (h: (typeof hits)[number]) =>
        h.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');
      if (req.json) {
        io.out(`${toJson(hits.map((h) => ({...h, snippet: snippet(h)})))}\n`);
      } else {
        // What the database holds is shown as the reader shows it: one line each, the id spelt out.
        for (const h of hits) {
          io.out(
            `${cleanLine(h.date ?? '').padEnd(10)}  ${truncate(cleanLine(h.title), 80)}  (${showName(h.articleId)})\n` +
              `            ${cleanLine(snippet(h))}\n`,
          );
        }
      }
      if (hits.length === 0) io.err(`brief: no article text matches '${req.query}'\n`);
      return 0;
    }
    const search = createEntitySearch(store.listEntities());
    const results = search.search(req.query, {limit: LIMIT, ...(req.kind ? {kind: req.kind} : {})});
    const where = results.map((r) => store.entityArticles(r.entity.key, WHERE));
    if (req.json) {
      const rows = results.map((r, i) => ({
        ...r.entity,
        score: Number(r.score.toFixed(4)),
        matched: r.matched,
        ...(r.alternate ? {alternate: true} : {}),
        ...(req.explain ? {how: r.how, links: store.linkReasons?.(r.entity.key)} : {}),
        articles: (where[i] ?? []).map((a) => ({id: a.articleId, title: a.title, date: a.date})),
      }));
      io.out(`${toJson(rows)}
`);
    } else {
      // What the database holds is shown as the reader shows it: one line each, the id spelt out.
      const pad = ' '.repeat(14);
      results.forEach((r, i) => {
        const e = r.entity;
        const matched = cleanLine(r.matched);
        const also = r.matched === e.name ? '' : r.alternate ? ` (also ${matched})` : ` (as ${matched})`;
        const count = `${e.articleCount} article${e.articleCount === 1 ? '' : 's'}`;
        io.out(`${e.kind.padEnd(12)}  ${fit(cleanLine(e.name) + also, 60)}  ${count}
`);
        if (req.explain) {
          const links = store.linkReasons?.(e.key) ?? {joined: [], apart: []};
          io.out(`${pad}matched ${r.how} (“${matched}”)
`);
          for (const j of links.joined)
            io.out(`${pad}joined ${cleanLine(j.name)} [${j.rule}]: ${j.why}
`);
          for (const a of links.apart)
            io.out(`${pad}kept apart from ${cleanLine(a.name)} [${a.rule}]: ${a.why}
`);
        }
        for (const a of where[i] ?? [])
          io.out(`${pad}${cleanLine(a.date ?? '').padEnd(10)}  ${truncate(cleanLine(a.title), 70)}  (${showName(a.articleId)})
`);
      });
    }
    if (results.length === 0) io.err(`brief: no ${req.kind ?? 'entity'} matches '${req.query}'\n`);
    return 0;
  } catch (err) {
    io.err(`brief: search failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    store.close();
  }
}
