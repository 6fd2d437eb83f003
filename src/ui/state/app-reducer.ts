import type {ArticleRecord} from '../../store/index.js';
import {
  articleView,
  currentView,
  KIND_FILTERS,
  LIST_FILTERS,
  PANELS,
  viewMode,
  visibleArticles,
  type AppState,
  type ArticleView,
  type KindFilter,
  type SiblingWindow,
  type View,
} from './app-state.js';
import {clamp, move, scrollIntoView, type Movement} from './cursor.js';
import {entityMove, type EntityBlock} from './entity-move.js';
import {followArticles, followTable, siblingIndex} from './follow-articles.js';
import {NONE_ABOVE, rowsNewAbove, seenAbove} from './new-above.js';
import {NONE_BELOW, rowsNewBelow, seenBelow} from './new-below.js';

/** What can happen to the UI state. Everything the reducer needs from the store travels inside the action. */
export type Action =
  /**
   * A new list from the store; `page` is the table's rows (the window the cursor is kept in). `found`: its new rows
   * are the first index run's finds in the folder (a first run lists hundreds as it reads them), not news: no
   * "↓ N new below" for them.
   */
  | {type: 'articles'; articles: readonly ArticleRecord[]; page: number; found?: boolean}
  /** Move the cursor or scroll of whatever has the keyboard; `count`/`page` are that thing's rows and view height. */
  | {
      type: 'move';
      movement: Movement;
      count: number;
      page: number;
      scroll?: boolean;
      /** Full text: the first line shown now and the width its lines wrap at (a resize may have moved them). */
      text?: {top: number; width: number};
      /** Entity view: the lines of the selected article's block and of the screen's body (see entityMove). */
      block?: EntityBlock;
      /** A text panel: its blank lines (between quotes), which a line's move steps over (see gapsOf). */
      gaps?: readonly number[];
    }
  | {type: 'openArticle'; id: string; siblings: readonly string[]; window?: SiblingWindow}
  | {type: 'openEntity'; key: string; name: string; forms: readonly string[]}
  /**
   * n / p: the next or previous article of the list the current one was opened from; `listPage` is the table's rows.
   * `siblings`: that list's window read again around the article on show (an entity's articles, read a window at a
   * time), so n / p go on past the end of the window it was opened with.
   */
  | {type: 'sibling'; delta: 1 | -1; listPage: number; siblings?: Rewindow}
  | {type: 'back'}
  | {type: 'search'}
  | {type: 'help'}
  | {type: 'panel'; delta: 1 | -1}
  | {type: 'filter'; delta: 1 | -1}
  | {type: 'fullText'}
  /** The search box changed: new text, or the same text unselected. */
  | {type: 'query'; query: string; marked?: boolean}
  /**
   * Search's cursor put on result `selected` of `count` (the same entity, where the results it was on were replaced),
   * the window of `page` results moved with it: the entity stays on its line of the screen where it can. For the
   * results of `query` and `kind` only: once either has changed, the cursor is the new search's.
   */
  | {type: 'searchSelect'; selected: number; page: number; count: number; query: string; kind: KindFilter}
  | {type: 'message'; text: string | null}
  | {type: 'quit'};

/** Siblings read again around the article on show: the ids of a window and where it lies in the whole list. */
export interface Rewindow {
  ids: readonly string[];
  window: SiblingWindow;
}

// The view with its siblings' window read again, when that window holds the article on show.
function rewindowed(view: ArticleView, again: Rewindow | undefined): ArticleView {
  if (!again || !again.ids.includes(view.id)) return view;
  return {...view, siblings: again.ids, window: again.window};
}

function replaceTop(state: AppState, view: View): AppState {
  return {...state, stack: [...state.stack.slice(0, -1), view]};
}

function cycle(index: number, delta: number, length: number): number {
  return (((index + delta) % length) + length) % length;
}

/**
 * The first row a window of `page` showed: the screen scrolls the stored `top` to its cursor when it draws, so after
 * a resize to fewer rows the window on screen began lower. A move from there keeps the window where it was drawn
 * while the cursor stays in it (from the stored top, ↑ at a window's last line scrolled it instead of moving up).
 */
function drawnTop(top: number, selected: number, page: number, count: number): number {
  return scrollIntoView(top, selected, page, count);
}

function moveIn(state: AppState, action: Extract<Action, {type: 'move'}>): AppState {
  const {movement, count, page} = action;
  if (state.help)
    return {...state, help: {...state.help, scroll: move(state.help.scroll, movement, count, page, true)}};
  const view = currentView(state);
  switch (view.mode) {
    case 'list': {
      // Nothing to move over yet ("Looking for articles…"): the cursor stays pinned to the first row to come, or
      // it would follow whichever article came first while newer ones are listed above it.
      if (count === 0) return state;
      const selected = move(state.selected, movement, count, page);
      const was = drawnTop(state.top, state.selected, page, count);
      const top = scrollIntoView(was, selected, page, count);
      const newAbove = seenAbove(state.newAbove, () => visibleArticles(state), was, top);
      const newBelow = seenBelow(state.newBelow, () => visibleArticles(state), was + page, top + page);
      return {...state, pinned: false, selected, top, newAbove, newBelow};
    }
    case 'search': {
      const selected = move(view.selected, movement, count, page);
      const was = drawnTop(view.top, view.selected, page, count);
      return replaceTop(state, {...view, selected, top: scrollIntoView(was, selected, page, count)});
    }
    case 'entity':
      return replaceTop(state, entityMove(view, movement, count, page, action.block));
    case 'article': {
      if (view.fullText) {
        const {top, width} = action.text ?? {top: view.textScroll, width: view.textWidth};
        return replaceTop(state, {
          ...view,
          textScroll: move(top, movement, count, page, true),
          textWidth: width,
        });
      }
      const panel = PANELS[view.focus] ?? 'summary';
      let pos = move(view.positions[panel], movement, count, page, action.scroll ?? false);
      // A line's move that would put the blank line between two quotes at the panel's top goes on to the next
      // quote: a panel left with one line by the focus moving on showed that blank line, and read as empty.
      if ((movement === 'up' || movement === 'down') && action.gaps?.includes(pos))
        pos = move(pos, movement, count, page, action.scroll ?? false);
      return replaceTop(state, {...view, positions: {...view.positions, [panel]: pos}});
    }
  }
}

/**
 * The rows kept under the filter once `articles` replaces the list: those kept already, and every row shown now
 * that the filter would hide in the new list (marked read, unstarred, opened). Under "all" nothing is kept.
 */
function keptRows(state: AppState, articles: readonly ArticleRecord[]): ReadonlySet<string> {
  if (state.filter === 'all') return state.kept;
  const shown = new Set(visibleArticles(state).map((a) => a.id));
  const next = new Set(state.kept);
  const before = next.size;
  for (const a of articles) {
    const passes = state.filter === 'unread' ? !a.read : a.favourite;
    if (!passes && shown.has(a.id)) next.add(a.id);
  }
  return next.size === before ? state.kept : next;
}

/** Listens to nothing but its arguments: the whole UI state machine. */
export function reduce(state: AppState, action: Action): AppState {
  const base = action.type === 'message' || action.type === 'articles' ? state : {...state, message: null};
  const view = currentView(base);
  switch (action.type) {
    case 'articles': {
      const keptIds = keptRows(base, action.articles);
      // An article open, or n/p's list, may name files renamed or removed since.
      const stack = followArticles(base.stack, base.articles, action.articles);
      // Only the first page was listed (totals): the rest of the list is not new, only read now.
      const before = base.totals ? [] : visibleArticles(base);
      const beforeBelow = action.found ? [] : before;
      if (base.pinned) {
        const next = {...base, stack, articles: action.articles, kept: keptIds, totals: null};
        const shown = visibleArticles(next);
        // The window stays at the top, where rows dated later show; rows dated older may land below it.
        const newBelow = rowsNewBelow(shown, action.page, beforeBelow, base.newBelow);
        return {
          ...next,
          stack: followTable(stack, shown),
          selected: 0,
          top: 0,
          newAbove: NONE_ABOVE,
          newBelow,
        };
      }
      // Indexing inserts rows above the cursor while someone reads: the cursor stays on the same article.
      const selectedId = before[base.selected]?.id;
      const listed = {...base, articles: action.articles, kept: keptIds, totals: null};
      const shown = visibleArticles(listed);
      const next = {...listed, stack: followTable(stack, shown)};
      const kept = selectedId === undefined ? -1 : shown.findIndex((a) => a.id === selectedId);
      const selected = kept >= 0 ? kept : clamp(base.selected, 0, shown.length - 1);
      // A window at the top of the list stays there, so rows added above the cursor (a new file dated later than
      // the rest) come into view instead of arriving unseen; the table scrolls only if the cursor would leave it.
      // Elsewhere the window moves with its rows, and the rows added above it are counted for the table to say so.
      const moved = base.top === 0 ? 0 : base.top + (selected - base.selected);
      const top = scrollIntoView(moved, selected, action.page, shown.length);
      // The rows above the cursor, old and new, line up at its row; without it, every row seen is matched.
      const ends =
        kept >= 0 ? {nowEnd: selected, wasEnd: base.selected} : {nowEnd: top, wasEnd: base.top + action.page};
      const newAbove = rowsNewAbove(shown, top, before, ends, base.newAbove);
      const newBelow = rowsNewBelow(shown, top + action.page, beforeBelow, base.newBelow);
      return {...next, selected, top, newAbove, newBelow};
    }
    case 'move':
      return moveIn(base, action);
    case 'openArticle':
      return {
        ...base,
        // Opened from the table: Esc comes back to this article wherever indexing has moved its row.
        pinned: base.stack.length === 1 ? false : base.pinned,
        stack: [
          ...base.stack,
          {
            ...articleView(action.id, action.siblings, action.window),
            ...(base.stack.length === 1 ? {fromList: true} : {}),
          },
        ],
      };
    case 'openEntity':
      return {
        ...base,
        stack: [
          ...base.stack,
          {mode: 'entity', key: action.key, name: action.name, forms: action.forms, selected: 0},
        ],
      };
    case 'sibling': {
      if (view.mode !== 'article') return base;
      const here = rewindowed(view, action.siblings);
      const from = here.siblings.indexOf(here.id);
      const index = siblingIndex(here, action.delta);
      const id = here.siblings[index];
      if (id === undefined)
        return {
          ...base,
          message: action.delta > 0 ? 'This is the last article.' : 'This is the first article.',
        };
      // The next article opens as this one is read: its full text (from the top) when the full text is on show.
      const next = replaceTop(base, {
        ...articleView(id, here.siblings, here.window),
        ...(here.fromList ? {fromList: true} : {}),
        lost: here.lost,
        fullText: here.fullText,
      });
      // Opened from an entity view: its siblings are a run of that view's rows, so its cursor steps with n/p and
      // Esc lands on the article just read (the view scrolls to its cursor).
      const below = base.stack[base.stack.length - 2];
      if (below?.mode === 'entity') {
        const stack = [...next.stack];
        stack[stack.length - 2] = {
          ...below,
          selected: Math.max(0, below.selected + (from >= 0 ? index - from : action.delta)),
          within: 0,
        };
        return {...next, stack};
      }
      // Opened from the table: keep its cursor on the article being read, so Esc lands there.
      if (base.stack.length === 2) {
        const listed = visibleArticles(base).findIndex((a) => a.id === id);
        if (listed >= 0) {
          const shown = visibleArticles(base);
          const top = scrollIntoView(base.top, listed, action.listPage, shown.length);
          return {
            ...next,
            selected: listed,
            top,
            newAbove: seenAbove(base.newAbove, () => shown, base.top, top),
            newBelow: seenBelow(
              base.newBelow,
              () => shown,
              base.top + action.listPage,
              top + action.listPage,
            ),
          };
        }
      }
      return next;
    }
    case 'back':
      if (base.help) return {...base, help: null};
      // Full text is a level under the article's panels (`t` opened it): back goes to them, where the focus and the
      // panels' places are as they were. It went to the list, the panels skipped.
      if (view.mode === 'article' && view.fullText)
        return replaceTop(base, {...view, fullText: false, textScroll: 0, textWidth: 0});
      return base.stack.length > 1 ? {...base, stack: base.stack.slice(0, -1)} : base;
    case 'search': {
      const {query, kind} = base.lastSearch;
      return {
        ...base,
        help: null,
        stack: [...base.stack, {mode: 'search', query, kind, marked: query !== '', selected: 0, top: 0}],
      };
    }
    case 'help':
      return {...base, help: base.help ? null : {scroll: 0, from: viewMode(base)}};
    case 'panel':
      if (view.mode !== 'article') return base;
      return replaceTop(base, {
        ...view,
        fullText: false,
        focus: cycle(view.focus, action.delta, PANELS.length),
      });
    case 'filter':
      if (view.mode === 'list') {
        const filter =
          LIST_FILTERS[cycle(LIST_FILTERS.indexOf(base.filter), action.delta, LIST_FILTERS.length)] ?? 'all';
        return {
          ...base,
          filter,
          kept: new Set(),
          selected: 0,
          top: 0,
          newAbove: NONE_ABOVE,
          newBelow: NONE_BELOW,
        };
      }
      if (view.mode === 'search') {
        const kind =
          KIND_FILTERS[cycle(KIND_FILTERS.indexOf(view.kind), action.delta, KIND_FILTERS.length)] ?? 'all';
        return {
          ...replaceTop(base, {...view, kind, selected: 0, top: 0}),
          lastSearch: {query: view.query, kind},
        };
      }
      return base;
    case 'fullText':
      return view.mode === 'article'
        ? replaceTop(base, {...view, fullText: !view.fullText, textScroll: 0, textWidth: 0})
        : base;
    case 'query': {
      if (view.mode !== 'search') return base;
      const marked = action.marked ?? false;
      // Only unselected: the results and the cursor over them stay.
      if (action.query === view.query) return replaceTop(base, {...view, marked});
      return {
        ...replaceTop(base, {...view, query: action.query, marked, selected: 0, top: 0}),
        lastSearch: {query: action.query, kind: view.kind},
      };
    }
    case 'searchSelect': {
      if (view.mode !== 'search' || view.query !== action.query || view.kind !== action.kind) return base;
      const {selected, page, count} = action;
      const top = scrollIntoView(view.top + (selected - view.selected), selected, page, count);
      return replaceTop(base, {...view, selected, top});
    }
    case 'message':
      return {...base, message: action.text};
    case 'quit':
      return {...base, quitting: true};
  }
}
