import type {ArticleRecord} from '../../store/index.js';
import type {ArticleView, LostArticle, View} from './app-state.js';

/** The articles that left the list and those that came into it, between two lists. */
interface ListChange {
  /** Ids listed before and not after, with what names their article. */
  departed: ReadonlyMap<string, LostArticle>;
  /** Where an article that arrived can be found: its text's hash, its web address. */
  byHash: ReadonlyMap<string, string>;
  byUrl: ReadonlyMap<string, string>;
}

function listChange(before: readonly ArticleRecord[], after: readonly ArticleRecord[]): ListChange {
  const now = new Set<string>();
  for (const a of after) now.add(a.id);
  const was = new Set<string>();
  const departed = new Map<string, LostArticle>();
  for (const a of before) {
    was.add(a.id);
    if (!now.has(a.id)) departed.set(a.id, {hash: a.hash, url: a.url});
  }
  const byHash = new Map<string, string>();
  const byUrl = new Map<string, string>();
  for (const a of after) {
    if (was.has(a.id)) continue;
    if (!byHash.has(a.hash)) byHash.set(a.hash, a.id);
    if (a.url !== null && !byUrl.has(a.url)) byUrl.set(a.url, a.id);
  }
  return {departed, byHash, byUrl};
}

/** The id an article that left the list has now: the one that came with its text or web address, else null. */
export function arrivedAs(lost: LostArticle, change: Pick<ListChange, 'byHash' | 'byUrl'>): string | null {
  return change.byHash.get(lost.hash) ?? (lost.url === null ? undefined : change.byUrl.get(lost.url)) ?? null;
}

// An article view after a change of the list: an article of its (on show, or one n/p step to) whose file was
// renamed or moved, which changes its id, is followed to its new id, at once or when it turns up in a later list; one
// whose file was removed is kept as lost (shown as no longer in the library; n/p step over it).
function followView(view: ArticleView, change: ListChange): ArticleView {
  const lost = new Map(view.lost);
  let changed = false;
  const found = new Map<string, string>();
  const follow = (id: string): string => {
    const key = change.departed.get(id) ?? lost.get(id);
    if (!key) return found.get(id) ?? id;
    const to = arrivedAs(key, change);
    if (to === null) {
      if (!lost.has(id)) changed = true;
      lost.set(id, key);
      return id;
    }
    changed = true;
    lost.delete(id);
    found.set(id, to);
    return to;
  };
  const siblings = view.siblings.map(follow);
  const id = follow(view.id);
  return changed ? {...view, id, siblings, lost} : view;
}

// The same articles in the same order (a mark changed, an analysis came in): nothing to follow, found without sets.
function sameIds(before: readonly ArticleRecord[], after: readonly ArticleRecord[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) if (before[i]?.id !== after[i]?.id) return false;
  return true;
}

/** The view stack once the list went from `before` to `after`: every article view follows its articles. */
export function followArticles(
  stack: readonly View[],
  before: readonly ArticleRecord[],
  after: readonly ArticleRecord[],
): readonly View[] {
  if (before === after || !stack.some((v) => v.mode === 'article') || sameIds(before, after)) return stack;
  const change = listChange(before, after);
  if (change.departed.size === 0 && change.byHash.size === 0) return stack;
  return stack.map((v) => (v.mode === 'article' ? followView(v, change) : v));
}

/** The index in `view.siblings` n/p go to, stepping by `delta` over lost articles; -1 past either end. */
export function siblingIndex(view: ArticleView, delta: 1 | -1): number {
  let i = view.siblings.indexOf(view.id) + delta;
  while (i >= 0 && i < view.siblings.length && view.lost.has(view.siblings[i] ?? '')) i += delta;
  return i >= 0 && i < view.siblings.length ? i : -1;
}

/**
 * The stack once the table's rows are `shown`: the article opened from the table (just above it) walks them as they
 * are now. It walked the rows as they were when it was opened, so rows a refresh listed while it was read were out
 * of n / p's reach ("This is the last article." above four new ones) and out of its count ("2/61" in a list of 65).
 * An article no longer among them (removed, or hidden by a filter) keeps the list it has.
 */
export function followTable(stack: readonly View[], shown: readonly ArticleRecord[]): readonly View[] {
  const view = stack[1];
  if (view?.mode !== 'article' || !view.fromList) return stack;
  const ids = shown.map((a) => a.id);
  if (!ids.includes(view.id) || sameList(ids, view.siblings)) return stack;
  return stack.map((v) => (v === view ? {...view, siblings: ids} : v));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
