import type {Analysis} from '../extract/types.js';
import {articleMeta, type Article} from '../library/types.js';
import {mergeEntities, occurrenceIn} from './entity-index.js';
import {linkEntities, mergeOccurrences, type LinkedEntities} from './link-entities.js';
import {searchArticles} from './memory-text-search.js';
import type {ArticleRecord, EntityOccurrence, Store} from './types.js';

/** Produces an article's analysis on demand (null when it cannot). */
export type Analyzer = (article: Article) => Analysis | null;

/**
 * The in-memory twin of the SQLite store: same interface, state lost on exit. Tests use it, and so can any
 * caller that has articles but no database.
 */
export function createMemoryStore(articles: readonly Article[], analyze: Analyzer): Store {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const analyses = new Map<string, Analysis | null>();
  const read = new Set<string>();
  const favourite = new Set<string>();
  let links: LinkedEntities | null = null;

  const analysisOf = (id: string): Analysis | null => {
    if (!analyses.has(id)) {
      const article = byId.get(id);
      analyses.set(id, article ? analyze(article) : null);
    }
    return analyses.get(id) ?? null;
  };
  const allAnalyses = function* (): Generator<Analysis> {
    for (const a of articles) {
      const analysis = analysisOf(a.id);
      if (analysis) yield analysis;
    }
  };
  const record = (a: Article): ArticleRecord => {
    const analysis = analyses.get(a.id) ?? null;
    return {
      ...articleMeta(a),
      hash: a.hash,
      read: read.has(a.hash),
      favourite: favourite.has(a.hash),
      counts: analysis
        ? {people: analysis.people.length, quotes: analysis.quotes.length, facts: analysis.facts.length}
        : null,
    };
  };
  const toggle = (set: Set<string>, id: string, on: boolean): void => {
    const hash = byId.get(id)?.hash;
    if (hash === undefined) return;
    if (on) set.add(hash);
    else set.delete(hash);
  };

  const list = (): ArticleRecord[] =>
    [...articles]
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title))
      .map(record);

  return {
    listArticles: list,
    firstArticles: (limit) => {
      const all = list();
      return {
        articles: all.slice(0, Math.max(0, limit)),
        total: all.length,
        unread: all.filter((a) => !a.read).length,
      };
    },
    getArticle: (id) => byId.get(id) ?? null,
    getAnalysis: analysisOf,
    setRead: (id, on) => toggle(read, id, on),
    setFavourite: (id, on) => toggle(favourite, id, on),
    listEntities: () => (links ??= linkEntities(mergeEntities(allAnalyses()))).records,
    entity: (key) => (links ??= linkEntities(mergeEntities(allAnalyses()))).recordOf(key),
    entityArticles(key, limit) {
      return this.entityOccurrences(key)
        .map((o) => ({articleId: o.articleId, title: o.title, date: o.date, mentions: o.mentions}))
        .sort((a, b) => b.mentions - a.mentions || (b.date ?? '').localeCompare(a.date ?? ''))
        .slice(0, limit);
    },
    entityOccurrences: (key) => {
      links ??= linkEntities(mergeEntities(allAnalyses()));
      return mergeOccurrences(
        links.membersOf(key).map((k) => {
          const out: EntityOccurrence[] = [];
          for (const a of articles) {
            const analysis = analysisOf(a.id);
            const occurrence = analysis ? occurrenceIn(a, analysis, k) : null;
            if (occurrence) out.push(occurrence);
          }
          return out.sort(
            (x, y) => (y.date ?? '').localeCompare(x.date ?? '') || x.title.localeCompare(y.title),
          );
        }),
      );
    },
    searchText: (query, limit = 50) => searchArticles(articles, query, limit),
    close: () => {},
  };
}
