import type {Analysis, EntityKind, Quote} from '../extract/index.js';
import type {Article} from '../library/index.js';
import type {LinkReason} from './link-entities.js';

/** One row of the article table: metadata, reading state and counts from the stored analysis. */
export interface ArticleRecord {
  id: string;
  path: string;
  title: string;
  source: string | null;
  authors: string[];
  date: string | null;
  url: string | null;
  /** Content hash: reading state is keyed by it (or by URL) so it survives renames and moves. */
  hash: string;
  read: boolean;
  favourite: boolean;
  /** Counts from the analysis; null while the article is not analysed yet. */
  counts: {people: number; quotes: number; facts: number} | null;
  /**
   * Set when the analysis found nothing because it did not run through: out of time, or a stage failed. Absent
   * for an analysis that ran and found nothing.
   */
  unanalysed?: 'timed out' | 'failed';
}

/** The head of the article list and the library's totals. */
export interface ArticlePage {
  /** The first articles, newest first, as `listArticles()` orders them. */
  articles: ArticleRecord[];
  /** Articles in the whole library. */
  total: number;
  /** Unread articles in the whole library. */
  unread: number;
}

/** Where a page of the article list ends: the next page starts after this row. */
export interface ListCursor {
  date: string;
  /** The row's time within its day: the article's own, else a feed item's time added (ms since the epoch), else 0. */
  time: number;
  title: string;
  fid: number;
}

/** A page of the article list and where the next one starts (null after the last). */
export interface ArticlePageAfter {
  articles: ArticleRecord[];
  next: ListCursor | null;
}

/** One entity of the whole library, merged across articles by kind and normalised name. */
export interface EntityRecord {
  /** Stable key: kind + normalised canonical name. */
  key: string;
  kind: EntityKind;
  name: string;
  /** Every other form used for it in any article. */
  aliases: string[];
  /** How many articles name it. */
  articleCount: number;
  /** Mentions summed over articles. */
  mentions: number;
  /**
   * Of `articleCount`, the articles whose own text barely decided the kind (extract's kindMargin below
   * KIND_SURE_MARGIN); absent or 0 when every article decided it.
   */
  weakArticles?: number;
}

/** One article naming an entity, as a search result lists it. */
export interface EntityArticle {
  articleId: string;
  title: string;
  date: string | null;
  mentions: number;
}

/** Where an entity appears in one article. */
export interface EntityOccurrence {
  articleId: string;
  title: string;
  date: string | null;
  mentions: number;
  /** Sentences of the article that name the entity (any form). */
  sentences: string[];
  /** For people (and organizations): the quotes attributed to them in this article. */
  quotes: Quote[];
}

/** Progress of an indexing run, for a progress bar. */
export interface IndexProgress {
  done: number;
  total: number;
  /** Articles per second so far. */
  rate: number;
  /** Seconds left at the current rate, or null before the rate is known. */
  etaSeconds: number | null;
  /**
   * Articles not analysed, or analysed only in part, so far, with the first one's reason and name in the library;
   * absent when none.
   */
  failures?: {count: number; first: string};
  /**
   * Files and folders passed over (too deep, unreadable, not an article), with the first one's reason and name in
   * the library ("empty file (notes/empty.md)").
   */
  skipped?: {count: number; first: string};
  /**
   * False while the run has written nothing (no file added, changed, removed or renamed, no analysis stored): what
   * the reader shows from the store is still current, and re-reading it is waste (the whole list again at 100,000
   * articles). Absent from reporters that do not say, which counts as changed.
   */
  changed?: boolean;
  /** Another program holds the database's write lock: results are kept and written when it lets go. */
  waiting?: boolean;
  /**
   * New and changed files read so far of those to read, while they are read, before any text is analysed (a first
   * index of the 280 shipped articles reads for about half a second, when "analysing 0/280" said nothing moved).
   */
  reading?: {done: number; total: number};
  /**
   * Another indexer on the database (a reader and `brief index`, or two of either) is extracting texts of this run:
   * `left` texts are left between them, and `waiting` says this run has none of its own left and waits for the
   * other's. Absent when this run works alone. `rate` is this run's own; `etaSeconds` is null while shared.
   */
  shared?: {left: number; waiting: boolean};
  /**
   * The run itself failed, with why (its library folder moved away while the reader was open): what was stored before
   * stays on show. Not one of `failures`, which counts articles.
   */
  failed?: string;
}

/** How a mark is written when another program holds the database's write lock. */
export interface MarkWriteOptions {
  /** Longest wait for the lock, in milliseconds (default: the connection's busy timeout). */
  waitMs?: number;
  /** Instead of failing, keep the mark aside (`<database>.marks-unsaved`) for the next write or open. */
  keepIfBusy?: boolean;
}

/**
 * What the UI and the CLI read. The SQLite store implements it (tests use it on a `:memory:` database).
 * Article files stay the source of truth: no method writes to them.
 */
export interface Store {
  /** All articles, newest first. */
  listArticles(): ArticleRecord[];
  /**
   * The first `limit` articles of `listArticles()` and counts over all of them: enough for a first frame without
   * reading every row (at 10,000 articles a full list takes ~100 ms). Absent where a full list is as cheap.
   */
  firstArticles?(limit: number): ArticlePage;
  /**
   * Up to `limit` articles of `listArticles()`'s order after `after` (from the start when null): the full list a
   * page at a time, for a reader that must answer keys between pages. Absent where a full list is as cheap.
   */
  articlesAfter?(after: ListCursor | null, limit: number): ArticlePageAfter;
  /** The full article (body paragraphs), or null when the id is unknown or the file is gone. */
  getArticle(id: string): Article | null;
  /** The stored analysis, or null while not analysed. */
  getAnalysis(id: string): Analysis | null;
  /**
   * Marks the article read or unread (favourite or not). Waits for another program's write lock as long as the
   * connection's busy timeout, or `options.waitMs`; then throws WriteBusy (src/store/write-lock.ts; nothing
   * written), or with `options.keepIfBusy` keeps the mark aside to be written by the next mark or open.
   */
  setRead(id: string, read: boolean, options?: MarkWriteOptions): void;
  setFavourite(id: string, favourite: boolean, options?: MarkWriteOptions): void;
  /** Every entity of the library, for the search index. */
  listEntities(): EntityRecord[];
  /** listEntities a step at a time, for a caller that keeps answering keys in between (the reader's warm-up). */
  listEntitiesSteps?(): Generator<void, EntityRecord[]>;
  /** Every article naming an entity, newest first, with the sentences that name it. */
  entityOccurrences(key: string): EntityOccurrence[];
  /** How many articles name an entity (any of its records): the entity view's count, without reading them. */
  entityCount?(key: string): number;
  /**
   * Articles `offset` to `offset + limit` of `entityOccurrences(key)`'s order (newest first), for a view that reads
   * only the page on screen.
   */
  entityPage?(key: string, offset: number, limit: number): EntityOccurrence[];
  /** The articles naming an entity most (then newest first), at most `limit`: where a search result is found. */
  entityArticles(key: string, limit: number): EntityArticle[];
  /** entityArticles a step at a time (a large linked group's counts a page at a time), for the reader's warm-up. */
  entityArticlesSteps?(key: string, limit: number): Generator<void, EntityArticle[]>;
  /**
   * The library-wide record an entity key belongs to (an article's "Trump" → Donald Trump's record with all its
   * forms), or null when the key is unknown.
   */
  entity(key: string): EntityRecord | null;
  /**
   * The keys one article's entities are filed under, by the key of each of their written forms (`entityKey`): not
   * always the same, since a bare body of an article about one country is filed under that country's.
   */
  entityKeysIn?(id: string): Map<string, string>;
  /** Why the records of `key`'s entity were joined, and which near misses were kept apart (for `--explain`). */
  linkReasons?(key: string): {joined: LinkReason[]; apart: LinkReason[]};
  /** Full-text search over titles and bodies, best first; absent where the store has no text index. */
  searchText?(query: string, limit?: number): TextHit[];
  /**
   * Calls `listener` with what the store has to tell the reader about its database (a damaged file rebuilt, a
   * read-only folder, a deleted file made again), messages from before it subscribed first. Returns an
   * unsubscribe function.
   */
  onNotice?(listener: (message: string) => void): () => void;
  /**
   * True when another program (another reader) changed the read or favourite marks since the last call (or, at
   * the first, since the store was opened): a
   * `PRAGMA data_version` look, then the marks' count and newest time only when something was written.
   */
  marksChangedElsewhere?(): boolean;
  close(): void;
}

/** One article found by full-text search, with a snippet split into plain and matching parts. */
export interface TextHit {
  articleId: string;
  title: string;
  date: string | null;
  /** The snippet around the best match; `match` marks the words the query matched, for highlighting. */
  snippet: {text: string; match: boolean}[];
}

/** Indexing that runs in the background while the UI is up: the UI shows progress and refreshes on each update. */
export interface IndexingHandle {
  /** Calls `listener` on progress and once with finished=true; returns an unsubscribe function. */
  subscribe(listener: (progress: IndexProgress, finished: boolean) => void): () => void;
}
