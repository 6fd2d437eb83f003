import type {EntityKind} from '../../extract/index.js';
import type {ArticleRecord} from '../../store/index.js';
import type {Mode} from '../keymap.js';
import {NONE_ABOVE} from './new-above.js';
import {NONE_BELOW} from './new-below.js';

/** Which articles the list shows. */
export type ListFilter = 'all' | 'unread' | 'favourites';

/** The list filters in Tab order. */
export const LIST_FILTERS: readonly ListFilter[] = ['all', 'unread', 'favourites'];

/** Which entities search shows. */
export type KindFilter = 'all' | EntityKind;

/** The kind filters in Tab order. */
export const KIND_FILTERS: readonly KindFilter[] = ['all', 'person', 'place', 'organization'];

/** The article view's panels, in focus order. */
export type PanelId = 'summary' | 'facts' | 'quotes' | 'people' | 'places' | 'organizations';

/** Panels in Tab order. */
export const PANELS: readonly PanelId[] = ['summary', 'facts', 'quotes', 'people', 'places', 'organizations'];

/** Panels whose j/k select an entry (Enter opens it) rather than scroll lines. */
export const ENTITY_PANELS: readonly PanelId[] = ['people', 'places', 'organizations'];

/** The root view: the article table (its cursor lives in AppState so it survives everything above it). */
export interface ListView {
  mode: 'list';
}

/** One article with panel focus and per-panel positions. */
export interface ArticleView {
  mode: 'article';
  id: string;
  /** The ids n/p walk through: the list it was opened from. */
  siblings: readonly string[];
  /** Ids of these (the one on show, siblings) whose files left the library, kept to follow them if they come back. */
  lost: ReadonlyMap<string, LostArticle>;
  /** When the siblings are a window of a longer list (an entity's articles): where it starts, and the whole count. */
  window?: SiblingWindow;
  /**
   * Opened from the table: its siblings are the table's rows, and follow them as a refresh or indexing lists rows
   * while it is read (follow-articles.ts followTable), so n / p reach them and its "2/65" counts them.
   */
  fromList?: boolean;
  /** Index into PANELS. */
  focus: number;
  /** Per panel: a scroll offset (text panels) or a selected entry (entity panels). */
  positions: Record<PanelId, number>;
  fullText: boolean;
  /** The full text's first line shown, as the text wraps at `textWidth` columns (0: any width). */
  textScroll: number;
  textWidth: number;
}

/** A window of a longer list: its first entry is number `offset + 1` of `total`. */
export interface SiblingWindow {
  offset: number;
  total: number;
}

/** What finds an article again under a new id (its file renamed or moved): its text's hash, its web address. */
export interface LostArticle {
  hash: string;
  url: string | null;
}

/** Fuzzy search: the query and the cursor over its results. */
export interface SearchView {
  mode: 'search';
  query: string;
  kind: KindFilter;
  /** The query is the last search's, brought back selected: typing replaces it (see QueryBox). */
  marked: boolean;
  selected: number;
  top: number;
}

/** Every article naming one entity. */
export interface EntityView {
  mode: 'entity';
  key: string;
  /** Display name. */
  name: string;
  /** Every form of the name, for highlighting. */
  forms: readonly string[];
  selected: number;
  /**
   * Lines scrolled down inside the selected article's block (absent: its top), for a block taller than the screen:
   * an article naming the entity in forty sentences.
   */
  within?: number;
}

/** One level of navigation; Esc pops one. */
export type View = ListView | ArticleView | SearchView | EntityView;

/** Everything the UI remembers. Data comes in through actions, so the reducer never touches the store. */
export interface AppState {
  /** The library, newest first, as last read from the store. */
  articles: readonly ArticleRecord[];
  /**
   * Counts over the whole library while `articles` holds only its first page (the first frame is drawn from
   * that page); null once `articles` is the full list.
   */
  totals: {total: number; unread: number} | null;
  filter: ListFilter;
  /**
   * Rows the filter would now hide but that stay until the filter changes: an article marked read under "unread"
   * (or unstarred under "favourites") stays in place, shown as it now is, so the next `m` does not hit the row
   * below unseen (as newsboat and mutt do). Empty under "all".
   */
  kept: ReadonlySet<string>;
  /** Cursor and first visible row of the article table (indices into the filtered list). */
  selected: number;
  top: number;
  /**
   * True until the user moves the table cursor or opens a row: while indexing fills the list in, the cursor and
   * the window stay on the first row (the newest article) instead of following whichever row was first earlier.
   */
  pinned: boolean;
  /**
   * Rows indexing brought in above the table's window while it was scrolled down, not on screen since: the table
   * says "↑ N new above" until they scroll into view or the window reaches the top (g, Home). None while `pinned`:
   * the window then stays at the top, where new rows show.
   */
  newAbove: ReadonlySet<string>;
  /**
   * Rows a refresh or indexing brought in below the window (dated older than the rows on show), not on screen
   * since: the table's bottom rule says "↓ N new below" until they scroll into view or the window reaches the end
   * (G, End). Counted while `pinned` too: the window stays at the top, and these rows do not come into it.
   */
  newBelow: ReadonlySet<string>;
  /** Navigation stack; the first entry is always the list. */
  stack: readonly View[];
  /** The last search's query and kind: `/` opens with them again (Esc leaves search, it does not forget it). */
  lastSearch: {query: string; kind: KindFilter};
  /** Help overlay, its scroll offset and the mode it was opened from (listed first); null when closed. */
  help: {scroll: number; from: Mode} | null;
  /** One-line message for the footer (cleared by the next key). */
  message: string | null;
  quitting: boolean;
}

/** The state the reader starts in. */
export function initialState(
  articles: readonly ArticleRecord[],
  totals: AppState['totals'] = null,
): AppState {
  return {
    articles,
    totals,
    filter: 'all',
    kept: new Set(),
    selected: 0,
    top: 0,
    pinned: true,
    newAbove: NONE_ABOVE,
    newBelow: NONE_BELOW,
    stack: [{mode: 'list'}],
    lastSearch: {query: '', kind: 'all'},
    help: null,
    message: null,
    quitting: false,
  };
}

/** The view on top of the stack. */
export function currentView(state: AppState): View {
  return state.stack[state.stack.length - 1] ?? {mode: 'list'};
}

/** The screen under any help: the top view's mode, an article's full text being a screen of its own. */
export function viewMode(state: AppState): Exclude<Mode, 'help' | 'small'> {
  const view = currentView(state);
  return view.mode === 'article' && view.fullText ? 'text' : view.mode;
}

/** The mode that has the keyboard. */
export function currentMode(state: AppState): Mode {
  return state.help ? 'help' : viewMode(state);
}

/** The articles the list shows under the current filter, with the rows it keeps (see `AppState.kept`). */
export function visibleArticles(
  state: Pick<AppState, 'articles' | 'filter'> & Partial<Pick<AppState, 'kept'>>,
): readonly ArticleRecord[] {
  const kept = state.kept ?? new Set<string>();
  switch (state.filter) {
    case 'all':
      return state.articles;
    case 'unread':
      return state.articles.filter((a) => !a.read || kept.has(a.id));
    case 'favourites':
      return state.articles.filter((a) => a.favourite || kept.has(a.id));
  }
}

// Per list: the list screen draws again on every move, and at 100,000 articles filtering the list to count took
// 1-3 ms a key and made an array as long as the library for the collector.
const unreadCounts = new WeakMap<readonly ArticleRecord[], number>();

/** How many of `articles` are unread, counted once per list. */
export function unreadCount(articles: readonly ArticleRecord[]): number {
  let n = unreadCounts.get(articles);
  if (n === undefined) {
    n = 0;
    for (const a of articles) if (!a.read) n += 1;
    unreadCounts.set(articles, n);
  }
  return n;
}

const NO_LOST: ReadonlyMap<string, LostArticle> = new Map();

/** A fresh article view. */
export function articleView(id: string, siblings: readonly string[], window?: SiblingWindow): ArticleView {
  return {
    mode: 'article',
    id,
    siblings,
    ...(window ? {window} : {}),
    lost: NO_LOST,
    focus: 0,
    positions: {summary: 0, facts: 0, quotes: 0, people: 0, places: 0, organizations: 0},
    fullText: false,
    textScroll: 0,
    textWidth: 0,
  };
}
