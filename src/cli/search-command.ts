import type {EntityKind} from '../extract/types.js';
import {createEntitySearch} from '../search/index.js';
import type {SqliteStore} from '../store/sqlite-store.js';
import type {ExitCode} from './commands.js';
import {indexStore, type ProgressSink} from './index-command.js';
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
      if (req.json) {
        io.out(
          `${JSON.stringify(
            hits.map((h) => ({
              ...h,
              snippet: h.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join(''),
            })),
            null,
            2,
          )}\n`,
        );
      } else {
        for (const h of hits) {
          const snippet = h.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');
          io.out(
            `${(h.date ?? '').padEnd(10)}  ${truncate(h.title, 80)}  (${h.articleId})\n            ${snippet}\n`,
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
      io.out(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      results.forEach((r, i) => {
        const e = r.entity;
        const also = r.matched === e.name ? '' : r.alternate ? ` (also ${r.matched})` : ` (as ${r.matched})`;
        const count = `${e.articleCount} article${e.articleCount === 1 ? '' : 's'}`;
        io.out(`${e.kind.padEnd(12)}  ${truncate(e.name + also, 60).padEnd(60)}  ${count}\n`);
        if (req.explain) {
          const links = store.linkReasons?.(e.key) ?? {joined: [], apart: []};
          io.out(`${' '.repeat(14)}matched ${r.how} (“${r.matched}”)\n`);
          for (const j of links.joined) io.out(`${' '.repeat(14)}joined ${j.name} [${j.rule}]: ${j.why}\n`);
          for (const a of links.apart)
            io.out(`${' '.repeat(14)}kept apart from ${a.name} [${a.rule}]: ${a.why}\n`);
        }
        for (const a of where[i] ?? [])
          io.out(
            `${' '.repeat(14)}${(a.date ?? '').padEnd(10)}  ${truncate(a.title, 70)}  (${a.articleId})\n`,
          );
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
