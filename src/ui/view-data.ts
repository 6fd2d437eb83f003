import {otherKinds} from '../search/other-kinds.js';
import {gazetteerStep} from '../extract/entities/gazetteer.js';
import {placeNamesStep} from '../extract/entities/place-names.js';
import type {Analysis} from '../extract/index.js';
import type {EntityKind} from '../extract/types.js';
import type {Article} from '../library/index.js';
import {createEntitySearchSteps, type EntitySearch, type EntitySearchResult} from '../search/index.js';
import {entityKey} from '../store/entity-key.js';
import type {ArticleRecord, EntityArticle, EntityOccurrence, EntityRecord, Store} from '../store/index.js';
import type {KindFilter} from './state/app-state.js';

/** Cached reads from the store for one data version: the screens and the key handler ask the same questions. */
export interface ViewData {
  /** The data version these caches belong to. */
  readonly version: number;
  article(id: string): Article | null;
  /** Null while the article is not analysed yet. */
  analysis(id: string): Analysis | null;
  /** Entity search results; the index is built on first use. */
  results(query: string, kind: KindFilter): EntitySearchResult[];
  /**
   * What search shows without waiting for the entity list's linking: results() once the list is linked and the
   * index built (working on them for up to `budgetMs` first), else the results of the last view data that was ready
   * (none at the first) and `linking` true, while the warm-up (searchSteps) links on a slice at a time. The same
   * question asked again of the same state gets the same answer (the render and the key handler both ask).
   */
  shown(query: string, kind: KindFilter, budgetMs?: number): Shown;
  /** True once results() answers without linking or building anything. */
  searchReady(): boolean;
  /**
   * The entity list linked and search's index built, a step at a time (the first part of warmSteps). A build an
   * earlier version began is finished first (its results are then shown meanwhile), then this version's own.
   */
  searchSteps(): Generator<void>;
  /** This view data if its search is ready, else the one whose results it shows meanwhile (or null). */
  lastReady(): ViewData | null;
  /**
   * The view data whose search build is under way: this one once its own has begun, else the earlier one whose
   * build it finishes first; null when none is, or it is ready. A new version takes it over (createViewData).
   */
  building(): ViewData | null;
  /**
   * For a search limited to a kind that finds nothing: what the other kinds match ("1 place"), or null when the
   * search is not limited, found something, or nothing else matches either.
   */
  otherKinds(query: string, kind: KindFilter): {text: string; count: number} | null;
  occurrences(key: string): EntityOccurrence[];
  /** How many articles name an entity. */
  entityCount(key: string): number;
  /**
   * The articles of the entity view around `selected` (a page before it to a page after), and the index of the
   * first: what is on screen and a margin, read a page at a time however many articles name it.
   */
  entityWindow(key: string, selected: number): {offset: number; occurrences: EntityOccurrence[]};
  /** The articles naming an entity most, for the line under its search result. */
  where(key: string): EntityArticle[];
  /** The library-wide record of an entity key (all its forms across articles), or null. */
  entity(key: string): EntityRecord | null;
  /**
   * The key an article's entity is filed under (its name's `entityKey`, unless the store files it otherwise: the
   * bare "Democratic Party" of a US story is the US party's).
   */
  keyIn(id: string, kind: EntityKind, name: string, aliases?: readonly string[]): string;
  /** Reads the entities and builds the search index now, so the first `/` and keystroke do not wait for it. */
  warm(): void;
  /** warm() in steps, for a caller that gives the event loop (and keys) a turn between them. */
  warmSteps(): Generator<void>;
}

/** What search shows (ViewData.shown). */
export interface Shown {
  results: EntitySearchResult[];
  /** This version's entity list is still being linked: the results are an earlier version's, or none. */
  linking: boolean;
  /** The results are an earlier version's: from before the latest articles. */
  earlier: boolean;
  /** The version whose results these are: a change replaces the results (the cursor stays on its entity). */
  from: number;
  /** The "in …" lines of the version the results are from. */
  where: (key: string) => EntityArticle[];
}

// Articles named under each search result: where to read about it.
const WHERE = 3;

/**
 * Entities named in at least this many articles get their "in …" line read while the reader is idle: reading it
 * costs about a microsecond per article (8 ms for a person in 17,800 of 100,000), and the first keystrokes of a
 * search show the most named entities, a dozen at a time (100-200 ms of a first "t" at 100,000 articles).
 */
export const WARM_WHERE_FROM = 1000;

/** Articles the entity view reads at a time: more than a screen holds, so a window of three covers any screen. */
export const ENTITY_PAGE = 40;

/** Most results a query shows: more is noise, and it bounds the cost of a keystroke. */
export const RESULT_LIMIT = 200;

// A store read that fails (a locked or damaged database, a file gone) must not take the reader down with it:
// the screen shows what it would show for missing data, and the next data version asks again.
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function memo<T>(read: (key: string) => T, fallback: T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key))
      cache.set(
        key,
        safely(() => read(key), fallback),
      );
    return cache.get(key) as T;
  };
}

/** The store's articles, or none when it cannot say. */
export function listArticles(store: Store): ArticleRecord[] {
  return safely(() => store.listArticles(), []);
}

/** What the first frame is drawn from: the store's first `limit` articles and its totals, or the full list. */
export function firstPage(
  store: Store,
  limit: number,
): {articles: ArticleRecord[]; totals: {total: number; unread: number} | null} {
  if (!store.firstArticles) return {articles: listArticles(store), totals: null};
  const page = safely(() => store.firstArticles?.(limit) ?? null, null);
  return page
    ? {articles: page.articles, totals: {total: page.total, unread: page.unread}}
    : {articles: listArticles(store), totals: null};
}

/** Before anything is typed, search lists the library's most named entities, so `/` is also a way to browse. */
export function prominent(
  entities: readonly EntityRecord[],
  kind: KindFilter,
  limit = RESULT_LIMIT,
): EntitySearchResult[] {
  return entities
    .filter((e) => kind === 'all' || e.kind === kind)
    .sort(
      (a, b) => b.articleCount - a.articleCount || b.mentions - a.mentions || a.name.localeCompare(b.name),
    )
    .slice(0, limit)
    .map((entity) => ({entity, score: 1, matched: entity.name, how: 'most named'}));
}

/**
 * Builds the gazetteer's names and tables a slice at a time: entity linking and search both use them, and they are
 * the longest part of search's warm-up; they depend on no data, so the reader builds them right after its first
 * frame. Steps after they are built: none.
 */
export function* gazetteerWarmSteps(): Generator<void> {
  while (placeNamesStep()) yield;
  while (gazetteerStep()) yield;
  yield;
}

/**
 * Read-through caches over the store; make a new one whenever the store's data changed (indexing progress), given
 * the one before: its search's results are shown until this one's are ready, and a build it began is finished.
 */
export function createViewData(store: Store, version = 0, previous: ViewData | null = null): ViewData {
  // What search shows until this version's list is linked: the last ready view data's results (dropped once ready).
  let fallback: ViewData | null = previous?.lastReady() ?? null;
  // A search build an earlier version began, finished before this one's own begins. During an index run of a large
  // library a version comes every 250 ms (use-indexing.ts), sooner than a build ends: each new version began its
  // own again, and search said "linking names…" until the run ended. Now every build begun is finished, and
  // what search shows is at most one build behind.
  let inherited: ViewData | null = previous?.building() ?? null;
  let entities: EntityRecord[] | null = null;
  let search: EntitySearch | null = null;
  // shown()'s last answer, and what it depended on besides the question: asked again of the same state, it is given
  // again rather than worked out anew (the render asks, then the entity to warm and the key handler).
  let lastShown: {
    query: string;
    kind: KindFilter;
    ready: boolean;
    from: ViewData | null;
    shown: Shown;
  } | null = null;
  // The search engine's build, begun by the warm-up a slice at a time and finished at once by a search that
  // cannot wait: one build either way.
  let searchBuild: Generator<void, EntitySearch> | null = null;
  const searchStep = (pool: readonly EntityRecord[]): boolean => {
    if (search) return false;
    const step = (searchBuild ??= createEntitySearchSteps(pool)).next();
    if (step.done) search = step.value;
    // Ready: the last version's data is no longer shown, so it is not kept (at 100,000 articles, a second entity
    // list and search index) until a search happens to ask.
    if (step.done && entities !== null) {
      fallback = null;
      inherited = null;
      lastShown = null;
    }
    return !step.done;
  };
  // The entity list, likewise: linked a rule at a time by the warm-up and finished at once by a search that cannot
  // wait. (A `/` pressed while the warm-up was linking a library of 100,000 articles listed it again from the start:
  // 0.56-0.64 s of CPU whatever the warm-up had done, against 0.11-0.36 s finishing it after 0.25-0.5 s of steps.)
  let entitiesBuild: Generator<void, EntityRecord[]> | null = null;
  /** One step of the entity list's build; false once `entities` is set. A store without steps lists in one go. */
  const entitiesStep = (): boolean => {
    if (entities) return false;
    if (!store.listEntitiesSteps) {
      entities = safely(() => store.listEntities(), []);
      return false;
    }
    let step: IteratorResult<void, EntityRecord[]>;
    try {
      step = (entitiesBuild ??= store.listEntitiesSteps()).next();
    } catch {
      step = {done: true, value: []};
    }
    if (step.done) entities = step.value;
    return !step.done;
  };
  /** The entity list now: the warm-up's build finished from where it got to, or read in one go if none began. */
  const listedNow = (): EntityRecord[] => {
    if (!entitiesBuild) entities ??= safely(() => store.listEntities(), []);
    while (entitiesStep());
    return entities ?? [];
  };
  // The steps shown() works on within its budget (the warm-up's own are another generator on the same builds).
  let shownSteps: Generator<void> | null = null;
  // The last two answers: a kind-limited search that finds nothing also asks what all kinds match.
  let last: {query: string; kind: KindFilter; results: EntitySearchResult[]}[] = [];
  const occurrences = memo((key) => store.entityOccurrences(key), []);
  const entityCount = memo(
    (key) => (store.entityCount ? store.entityCount(key) : occurrences(key).length),
    0,
  );
  // Pages of an entity's view by "n:key". The pages a window lacks are read in one go: each read sorts every article
  // naming the entity by date (17,800 for a person at 100,000 articles), so three pages read apart sorted three times.
  const pages = new Map<string, EntityOccurrence[]>();
  const readPages = (key: string, from: number, count: number): void => {
    const offset = from * ENTITY_PAGE;
    const read = safely(
      () =>
        store.entityPage
          ? store.entityPage(key, offset, count * ENTITY_PAGE)
          : occurrences(key).slice(offset, offset + count * ENTITY_PAGE),
      [],
    );
    for (let i = 0; i < count; i++)
      pages.set(`${from + i}:${key}`, read.slice(i * ENTITY_PAGE, (i + 1) * ENTITY_PAGE));
  };
  // The "in …" lines by key: read at once when a screen asks, or a step at a time by the warm-up where the store
  // can (a linked group in 38,000 of 100,000 articles was one step of 30-40 ms summed in one query).
  const wheres = new Map<string, EntityArticle[]>();
  const where = (key: string): EntityArticle[] => {
    let found = wheres.get(key);
    if (!found) wheres.set(key, (found = safely(() => store.entityArticles(key, WHERE), [])));
    return found;
  };
  function* whereSteps(key: string): Generator<void> {
    if (wheres.has(key)) return;
    if (!store.entityArticlesSteps) {
      where(key);
      return;
    }
    const steps = store.entityArticlesSteps(key, WHERE);
    for (;;) {
      let step: IteratorResult<void, EntityArticle[]>;
      try {
        step = steps.next();
      } catch {
        // Read at once when a screen asks for it.
        return;
      }
      if (step.done) {
        if (!wheres.has(key)) wheres.set(key, step.value);
        return;
      }
      yield;
    }
  }
  const keysIn = memo(
    (id) => store.entityKeysIn?.(id) ?? new Map<string, string>(),
    new Map<string, string>(),
  );
  return {
    version,
    entityCount,
    entityWindow(key, selected) {
      const at = Math.max(0, Math.floor(selected / ENTITY_PAGE) - 1);
      const wanted = [at, at + 1, at + 2].filter((n) => n * ENTITY_PAGE < entityCount(key));
      const missing = wanted.filter((n) => !pages.has(`${n}:${key}`));
      const [first] = missing;
      if (first !== undefined) readPages(key, first, (missing.at(-1) ?? first) - first + 1);
      return {offset: at * ENTITY_PAGE, occurrences: wanted.flatMap((n) => pages.get(`${n}:${key}`) ?? [])};
    },
    article: memo((id) => store.getArticle(id), null),
    analysis: memo((id) => store.getAnalysis(id), null),
    occurrences,
    where,
    entity: memo((key) => store.entity(key), null),
    keyIn(id, kind, name, aliases = []) {
      const own = entityKey(kind, name);
      const keys = keysIn(id);
      for (const form of [name, ...aliases]) {
        const filed = keys.get(form === name ? own : entityKey(kind, form));
        if (filed) return filed;
      }
      return own;
    },
    warm() {
      for (const _ of this.warmSteps());
    },
    searchReady: () => entities !== null && search !== null,
    lastReady() {
      if (!this.searchReady()) {
        // The build taken over from an earlier version, once finished, is the newest ready one.
        if (inherited?.searchReady()) {
          fallback = inherited;
          inherited = null;
        }
        return fallback;
      }
      fallback = null;
      inherited = null;
      return this;
    },
    building() {
      if (this.searchReady()) return null;
      if (entities !== null || entitiesBuild !== null || searchBuild !== null) return this;
      return inherited?.building() ?? null;
    },
    *searchSteps() {
      // The gazetteer first (nothing if warmed already): linking and search both use it.
      yield* gazetteerWarmSteps();
      // A build an earlier version began, finished from where it got to (and shown meanwhile).
      if (inherited && !this.searchReady()) {
        yield* inherited.searchSteps();
        this.lastReady();
        yield;
      }
      // The entity list, linked a rule at a time where the store can (a search typed meanwhile finishes it).
      while (entitiesStep()) yield;
      const listed = listedNow();
      yield;
      while (searchStep(listed)) yield;
    },
    shown(query, kind, budgetMs = 0) {
      if (!this.searchReady() && budgetMs > 0) {
        const end = performance.now() + budgetMs;
        const steps = (shownSteps ??= this.searchSteps());
        while (!steps.next().done && performance.now() < end);
      }
      const ready = this.searchReady();
      const from = this.lastReady();
      if (
        lastShown?.query === query &&
        lastShown.kind === kind &&
        lastShown.ready === ready &&
        lastShown.from === from
      )
        return lastShown.shown;
      // The "in …" lines too are the earlier version's: this version's would want its links.
      const shown: Shown = ready
        ? {results: this.results(query, kind), linking: false, earlier: false, from: version, where}
        : from
          ? {
              results: from.results(query, kind),
              linking: true,
              earlier: true,
              from: from.version,
              where: from.where,
            }
          : {results: [], linking: true, earlier: false, from: version, where};
      lastShown = {query, kind, ready, from, shown};
      return shown;
    },
    *warmSteps() {
      yield* this.searchSteps();
      yield;
      const listed = listedNow();
      // One query runs the engine's lazily built parts (name forms, the gazetteer's other names) once.
      safely(() => search?.search('a', {limit: 1}), []);
      yield;
      // The "in …" lines of the most named, one entity a step, most named first. (Those named enough are picked
      // before the sort: sorting every entity to take none, as on the shipped library, was a step of 5-10 ms.)
      const most = listed.filter((e) => e.articleCount >= WARM_WHERE_FROM);
      for (const {entity} of prominent(most, 'all', Infinity)) {
        yield;
        yield* whereSteps(entity.key);
      }
    },
    otherKinds(query, kind) {
      if (kind === 'all' || query.trim() === '' || this.results(query, kind).length > 0) return null;
      const others = otherKinds(this.results(query, 'all'), kind);
      return others.count > 0 ? others : null;
    },
    results(query, kind) {
      const hit = last.find((l) => l.query === query && l.kind === kind);
      if (hit) return hit.results;
      const pool = listedNow();
      while (searchStep(pool));
      const results =
        query.trim() === ''
          ? prominent(pool, kind)
          : safely(
              () => search?.search(query, {limit: RESULT_LIMIT, ...(kind === 'all' ? {} : {kind})}) ?? [],
              [],
            );
      last = [{query, kind, results}, ...last.slice(0, 1)];
      return results;
    },
  };
}
