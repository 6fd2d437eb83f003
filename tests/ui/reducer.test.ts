import {describe, expect, it} from 'vitest';
import type {ArticleRecord} from '../../src/store/index.js';
import {reduce, type Action} from '../../src/ui/state/app-reducer.js';
import {
  articleView,
  currentMode,
  currentView,
  initialState,
  visibleArticles,
  type AppState,
} from '../../src/ui/state/app-state.js';
import {clamp, move, scrollIntoView, type Movement} from '../../src/ui/state/cursor.js';

function record(id: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    path: id,
    title: id,
    source: null,
    authors: [],
    date: null,
    url: null,
    hash: id,
    read: false,
    favourite: false,
    counts: null,
    ...fields,
  };
}

const articles = Array.from({length: 50}, (_, i) =>
  record(`a${i}`, {read: i % 2 === 0, favourite: i % 10 === 0}),
);
const run = (actions: Action[], state: AppState = initialState(articles)) => actions.reduce(reduce, state);

describe('move', () => {
  it.each([
    // pos, movement, count, page, scroll, expected
    [0, 'up', 10, 5, false, 0],
    [0, 'down', 10, 5, false, 1],
    [9, 'down', 10, 5, false, 9],
    [3, 'top', 10, 5, false, 0],
    [3, 'bottom', 10, 5, false, 9],
    [3, 'bottom', 10, 5, true, 5],
    [0, 'pageDown', 10, 5, false, 4],
    [8, 'pageDown', 10, 5, false, 9],
    [2, 'pageUp', 10, 5, false, 0],
    [0, 'down', 0, 5, false, 0],
    [0, 'down', 3, 5, true, 0],
    [4, 'down', 10, 5, true, 5],
    [5, 'down', 10, 5, true, 5],
  ] as [number, Movement, number, number, boolean, number][])(
    '%i %s in %i rows (page %i, scroll %s) → %i',
    (pos, m, count, page, scroll, expected) => {
      expect(move(pos, m, count, page, scroll)).toBe(expected);
    },
  );

  it('clamps and scrolls into view', () => {
    expect(clamp(5, 0, -1)).toBe(0);
    expect(scrollIntoView(0, 12, 10, 50)).toBe(3);
    expect(scrollIntoView(10, 4, 10, 50)).toBe(4);
    expect(scrollIntoView(5, 7, 10, 50)).toBe(5);
    expect(scrollIntoView(45, 49, 10, 50)).toBe(40);
  });
});

describe('reduce', () => {
  it('moves the list cursor and its window', () => {
    const s = run([
      {type: 'move', movement: 'pageDown', count: 50, page: 10},
      {type: 'move', movement: 'pageDown', count: 50, page: 10},
    ]);
    expect(s.selected).toBe(18);
    expect(s.top).toBe(9);
    expect(run([{type: 'move', movement: 'bottom', count: 50, page: 10}]).top).toBe(40);
  });

  it('opens and goes back one level at a time, keeping the list cursor and the search query', () => {
    const s = run([
      {type: 'move', movement: 'down', count: 50, page: 10},
      {type: 'openArticle', id: 'a1', siblings: ['a0', 'a1']},
      {type: 'search'},
      {type: 'query', query: 'zel'},
      {type: 'move', movement: 'down', count: 3, page: 10},
      {type: 'openEntity', key: 'person:x', name: 'X', forms: ['X']},
      {type: 'openArticle', id: 'a7', siblings: ['a7']},
    ]);
    expect(s.stack.map((v) => v.mode)).toEqual(['list', 'article', 'search', 'entity', 'article']);
    const back2 = run([{type: 'back'}, {type: 'back'}], s);
    const view = currentView(back2);
    expect(view.mode === 'search' && view.query).toBe('zel');
    expect(view.mode === 'search' && view.selected).toBe(1);
    const root = run([{type: 'back'}, {type: 'back'}, {type: 'back'}], back2);
    expect(currentMode(root)).toBe('list');
    expect(root.selected).toBe(1);
  });

  it("puts search's cursor on a given result (linked results replacing others), and nothing elsewhere", () => {
    const s = run([
      {type: 'search'},
      {type: 'query', query: 'new york'},
      {type: 'searchSelect', selected: 4, page: 10, count: 30, query: 'new york', kind: 'all'},
    ]);
    const view = currentView(s);
    expect(view.mode === 'search' && [view.query, view.selected]).toEqual(['new york', 4]);
    const list = run([{type: 'searchSelect', selected: 4, page: 10, count: 30, query: '', kind: 'all'}]);
    expect(list.selected).toBe(0);
  });

  it("goes back from an article's full text to its panels, then to the list", () => {
    const s = run([
      {type: 'openArticle', id: 'a1', siblings: ['a1']},
      {type: 'panel', delta: 1},
      {type: 'fullText'},
      {type: 'back'},
    ]);
    const view = currentView(s);
    expect(view.mode === 'article' && [view.fullText, view.focus]).toEqual([false, 1]);
    expect(currentMode(run([{type: 'back'}], s))).toBe('list');
  });

  it('moves from the window as drawn after a resize to fewer rows, not from the window stored for more', () => {
    // Cursor on result 15 of 30 with the window at the top (17 results a page at 120×40); at 60×15 (5 a page) the
    // screen showed 11-15. ↑ moves the cursor to 14 inside that window; it scrolled the window to 10-14 instead.
    const down = (n: number) =>
      Array.from({length: n}, () => ({type: 'move', movement: 'down', count: 30, page: 17}) as const);
    const up = {type: 'move' as const, movement: 'up' as const, count: 30, page: 5};
    const s = run([{type: 'search'}, {type: 'query', query: 'new york'}, ...down(15), up]);
    const view = currentView(s);
    expect(view.mode === 'search' && [view.selected, view.top]).toEqual([14, 11]);
    // The list likewise: row 15 of 30 at a window of 17, then ↑ at a window of 5.
    const rows = Array.from({length: 30}, (_, i) => record(`r${i}`));
    const list = run([{type: 'articles', articles: rows, page: 17}, ...down(15), {...up, count: 30}]);
    expect([list.selected, list.top]).toEqual([14, 11]);
  });

  it("leaves search's cursor alone when the results it was given for are of another query or kind", () => {
    const select = {type: 'searchSelect' as const, selected: 4, page: 10, count: 30};
    const s = run([{type: 'search'}, {type: 'query', query: 'new york'}]);
    for (const stale of [
      {...select, query: 'new', kind: 'all' as const},
      {...select, query: 'new york', kind: 'place' as const},
    ]) {
      const view = currentView(run([stale], s));
      expect(view.mode === 'search' && view.selected).toBe(0);
    }
  });

  it("moves search's window with a cursor put on another result, so the entity stays on its line", () => {
    // The cursor on the third line of a window of 5 (result 2); the linked results have its entity at 23, 1 or 29.
    const down = {type: 'move' as const, movement: 'down' as const, count: 30, page: 5};
    const at = (selected: number) =>
      ({type: 'searchSelect', selected, page: 5, count: 30, query: 'new york', kind: 'all'}) as const;
    const s = run([{type: 'search'}, {type: 'query', query: 'new york'}, down, down, at(23)]);
    const view = currentView(s);
    // The window had stayed at the top: the cursor 18 results below its last line.
    expect(view.mode === 'search' && [view.selected, view.top]).toEqual([23, 21]);
    const back = currentView(run([at(1)], s));
    expect(back.mode === 'search' && [back.selected, back.top]).toEqual([1, 0]);
    // Near the end the window stops at the last result.
    const end = currentView(run([at(29)], s));
    expect(end.mode === 'search' && [end.selected, end.top]).toEqual([29, 25]);
  });

  it('brings back the last query and kind, selected, when search opens again after Esc', () => {
    const s = run([
      {type: 'search'},
      {type: 'query', query: 'new york'},
      {type: 'filter', delta: 1},
      {type: 'back'},
      {type: 'search'},
    ]);
    const view = currentView(s);
    expect(view.mode === 'search' && [view.query, view.kind, view.marked]).toEqual([
      'new york',
      'person',
      true,
    ]);
    // A first search, or one after the query was cleared, starts empty and unselected.
    const fresh = currentView(run([{type: 'search'}]));
    expect(fresh.mode === 'search' && [fresh.query, fresh.marked]).toEqual(['', false]);
    const cleared = currentView(run([{type: 'query', query: ''}, {type: 'back'}, {type: 'search'}], s));
    expect(cleared.mode === 'search' && [cleared.query, cleared.marked]).toEqual(['', false]);
  });

  it('cycles filters both ways and resets the cursor; the filtered list follows', () => {
    const moved = run([{type: 'move', movement: 'bottom', count: 50, page: 10}]);
    const unread = run([{type: 'filter', delta: 1}], moved);
    expect(unread.filter).toBe('unread');
    expect(unread.selected).toBe(0);
    expect(visibleArticles(unread).every((a) => !a.read)).toBe(true);
    expect(run([{type: 'filter', delta: 1}], unread).filter).toBe('favourites');
    expect(run([{type: 'filter', delta: -1}], moved).filter).toBe('favourites');
  });

  it('under "unread", keeps a row marked read in place (shown read) until the filter changes', () => {
    // a1, a3, a5… are unread; the cursor on the second unread row (a3).
    const unread = run([
      {type: 'filter', delta: 1},
      {type: 'move', movement: 'down', count: 25, page: 10},
    ]);
    expect(visibleArticles(unread)[1]?.id).toBe('a3');
    const markRead = (s: AppState, id: string) =>
      run(
        [
          {
            type: 'articles',
            page: 10,
            articles: s.articles.map((a) => (a.id === id ? {...a, read: true} : a)),
          },
        ],
        s,
      );
    const marked = markRead(unread, 'a3');
    expect(marked.selected).toBe(1);
    expect(visibleArticles(marked)[1]).toMatchObject({id: 'a3', read: true});
    expect(visibleArticles(marked)).toHaveLength(25);
    // Marked unread again, then read again: still the same row.
    expect(visibleArticles(markRead(marked, 'a5'))[2]?.id).toBe('a5');
    // A new list from indexing keeps it too.
    const grown = run([{type: 'articles', page: 10, articles: [record('new1'), ...marked.articles]}], marked);
    expect(visibleArticles(grown).map((a) => a.id)).toContain('a3');
    // Re-applying the filter (Tab round to it again) lets it go.
    const again = run(
      [
        {type: 'filter', delta: 1},
        {type: 'filter', delta: -1},
      ],
      marked,
    );
    expect(again.filter).toBe('unread');
    expect(visibleArticles(again).map((a) => a.id)).not.toContain('a3');
    // Nothing is kept under "all".
    expect(run([{type: 'filter', delta: -1}], marked).kept.size).toBe(0);
  });

  it('keeps a row unstarred under "favourites" too, also with the cursor never moved', () => {
    const favs = run([
      {type: 'filter', delta: 1},
      {type: 'filter', delta: 1},
    ]);
    expect(favs.pinned).toBe(true);
    const first = visibleArticles(favs)[0]?.id;
    const unstarred = run(
      [
        {
          type: 'articles',
          page: 10,
          articles: favs.articles.map((a) => (a.id === first ? {...a, favourite: false} : a)),
        },
      ],
      favs,
    );
    expect(visibleArticles(unstarred)[0]).toMatchObject({id: first, favourite: false});
  });

  it('keeps the cursor on the same article when new rows arrive above it', () => {
    const s = run([
      {type: 'move', movement: 'down', count: 50, page: 10},
      {type: 'move', movement: 'down', count: 50, page: 10},
    ]);
    const grown = run(
      [{type: 'articles', page: 10, articles: [record('new1'), record('new2'), ...articles]}],
      s,
    );
    expect(visibleArticles(grown)[grown.selected]?.id).toBe('a2');
  });

  it('opens at the top of an empty library and stays there while indexing inserts rows anywhere', () => {
    // A first run: rows arrive in the order files are analysed, newest-first only as a whole.
    const dated = (id: string, date: string) => record(id, {date});
    const s = run(
      [
        {type: 'articles', page: 10, articles: [dated('2019', '2019-01-04')]},
        {type: 'articles', page: 10, articles: [dated('2020', '2020-01-13'), dated('2019', '2019-01-04')]},
        {
          type: 'articles',
          page: 10,
          articles: [
            dated('2021', '2021-05-01'),
            dated('2020', '2020-01-13'),
            dated('2019b', '2019-09-25'),
            dated('2019', '2019-01-04'),
          ],
        },
      ],
      initialState([]),
    );
    expect(s.selected).toBe(0);
    expect(s.top).toBe(0);
    expect(visibleArticles(s)[s.selected]?.id).toBe('2021');
    // Keys pressed before the first row is listed move nothing: the cursor is still on the newest when rows come.
    const early = run(
      [
        {type: 'move', movement: 'down', count: 0, page: 10},
        {type: 'move', movement: 'pageDown', count: 0, page: 10},
        {type: 'articles', page: 10, articles: [dated('2019', '2019-01-04')]},
        {type: 'articles', page: 10, articles: [dated('2021', '2021-05-01'), dated('2019', '2019-01-04')]},
      ],
      initialState([]),
    );
    expect(early.pinned).toBe(true);
    expect(visibleArticles(early)[early.selected]?.id).toBe('2021');
  });

  it('follows the article under the cursor once the user has moved, even back to the first row', () => {
    const moved = run([
      {type: 'move', movement: 'down', count: 50, page: 10},
      {type: 'move', movement: 'up', count: 50, page: 10},
    ]);
    const grown = run([{type: 'articles', page: 10, articles: [record('new1'), ...articles]}], moved);
    expect(visibleArticles(grown)[grown.selected]?.id).toBe('a0');
    // Opening an article from the table is a choice too: Esc comes back to it, not to whatever is first now.
    const opened = run([
      {type: 'openArticle', id: 'a0', siblings: ['a0']},
      {type: 'articles', page: 10, articles: [record('new1'), ...articles]},
      {type: 'back'},
    ]);
    expect(visibleArticles(opened)[opened.selected]?.id).toBe('a0');
  });

  it('shows a row added above the cursor when the table was at its top; elsewhere the window moves with its rows', () => {
    const moved = run([
      {type: 'move', movement: 'down', count: 50, page: 10},
      {type: 'move', movement: 'up', count: 50, page: 10},
    ]);
    const grown = run([{type: 'articles', page: 10, articles: [record('new1'), ...articles]}], moved);
    expect(visibleArticles(grown)[grown.selected]?.id).toBe('a0');
    expect([grown.selected, grown.top]).toEqual([1, 0]);
    // Scrolled down the list: the rows on show stay where they were, the new one above them.
    const scrolled = run([{type: 'move', movement: 'bottom', count: 50, page: 10}]);
    const later = run([{type: 'articles', page: 10, articles: [record('new1'), ...articles]}], scrolled);
    expect([later.selected - later.top, later.top]).toEqual([
      scrolled.selected - scrolled.top,
      scrolled.top + 1,
    ]);
  });

  it('counts rows added above a scrolled-down window until they are on screen or the window is at the top', () => {
    // Rows 18-27 on show, the cursor on a19; indexing brings in three articles dated later than everything.
    const scrolled = run([
      {type: 'move', movement: 'pageDown', count: 50, page: 10},
      {type: 'move', movement: 'pageDown', count: 50, page: 10},
      {type: 'move', movement: 'pageDown', count: 50, page: 10},
      ...Array.from({length: 8}, (): Action => ({type: 'move', movement: 'up', count: 50, page: 10})),
    ]);
    expect([scrolled.top, scrolled.selected, scrolled.newAbove.size]).toEqual([18, 19, 0]);
    const fresh = [record('new1'), record('new2'), record('new3')];
    const grown = run([{type: 'articles', page: 10, articles: [...fresh, ...articles]}], scrolled);
    // The row under the cursor and the rows on show stay; the three are above them, counted.
    expect(visibleArticles(grown)[grown.selected]?.id).toBe('a19');
    expect(grown.top).toBe(21);
    expect([...grown.newAbove]).toEqual(['new1', 'new2', 'new3']);
    // A new list with the same rows (a mark saved, say) neither forgets nor adds any.
    const same = run([{type: 'articles', page: 10, articles: [...fresh, ...articles]}], grown);
    expect(same.newAbove.size).toBe(3);
    // One more arrives, dated between a4 and a5: four now.
    const between = [...fresh, ...articles.slice(0, 5), record('mid'), ...articles.slice(5)];
    const more = run([{type: 'articles', page: 10, articles: between}], grown);
    expect([...more.newAbove].sort()).toEqual(['mid', 'new1', 'new2', 'new3']);
    // Scrolling up: rows that come into view stop counting, one by one.
    const up = (n: number, s: AppState) =>
      run(
        Array.from({length: n}, (): Action => ({type: 'move', movement: 'up', count: 54, page: 10})),
        s,
      );
    // a19 at row 23, window 22-31: fifteen rows up put the window at row 8, where "mid" is; row 2 (new3) at 21.
    expect(up(14, more).newAbove.size).toBe(4);
    expect([...up(15, more).newAbove].sort()).toEqual(['new1', 'new2', 'new3']);
    expect(up(20, more).newAbove.size).toBe(3);
    expect([...up(21, more).newAbove].sort()).toEqual(['new1', 'new2']);
    // g (or Home) goes to the top: none left.
    expect(run([{type: 'move', movement: 'top', count: 54, page: 10}], more).newAbove.size).toBe(0);
    // Going down counts nothing as seen; a filter change starts at the top.
    expect(run([{type: 'move', movement: 'pageDown', count: 54, page: 10}], more).newAbove.size).toBe(4);
    expect(run([{type: 'filter', delta: 1}], more).newAbove.size).toBe(0);
    // A counted row that leaves the list stops counting.
    const gone = run([{type: 'articles', page: 10, articles: between.filter((a) => a.id !== 'new2')}], more);
    expect([...gone.newAbove].sort()).toEqual(['mid', 'new1', 'new3']);
    // The cursor's own row leaves as another arrives: every row seen is matched instead, and the new one counts.
    const cursorGone = [record('new0'), ...between.filter((a) => a.id !== 'a19')];
    const lost = run([{type: 'articles', page: 10, articles: cursorGone}], more);
    expect([...lost.newAbove].sort()).toEqual(['mid', 'new0', 'new1', 'new2', 'new3']);
  });

  it('counts rows added below the window, pinned or not, until they are on screen or the window is at the end', () => {
    // The reader as it starts: pinned at the top, rows 0-9 on show. A refresh lands two items dated older than a29
    // and a44, and one dated later than everything (which shows at the top).
    const old = [record('old1'), record('old2')];
    const landed = [
      record('new1'),
      ...articles.slice(0, 30),
      old[0]!,
      ...articles.slice(30, 45),
      old[1]!,
      ...articles.slice(45),
    ];
    const pinned = run([{type: 'articles', page: 10, articles: landed}]);
    expect([pinned.top, pinned.selected, pinned.newAbove.size]).toEqual([0, 0, 0]);
    expect([...pinned.newBelow]).toEqual(['old1', 'old2']);
    // The same list again (a mark saved) keeps them; a page down shows rows 10-19, neither of them.
    expect(run([{type: 'articles', page: 10, articles: landed}], pinned).newBelow.size).toBe(2);
    const page = (n: number, s: AppState) =>
      run(
        Array.from({length: n}, (): Action => ({type: 'move', movement: 'pageDown', count: 53, page: 10})),
        s,
      );
    expect(page(1, pinned).newBelow.size).toBe(2);
    // Rows 31-40 hold old1 (row 31): it is seen, old2 (row 47) is not.
    expect([...page(4, pinned).newBelow]).toEqual(['old2']);
    // G (or End) goes to the end: none left; a filter change starts again with none.
    expect(run([{type: 'move', movement: 'bottom', count: 53, page: 10}], pinned).newBelow.size).toBe(0);
    expect(run([{type: 'filter', delta: 1}], pinned).newBelow.size).toBe(0);
    // Unpinned (the cursor moved) it is the same: a row landing below the window counts.
    const moved = run([{type: 'move', movement: 'down', count: 50, page: 10}]);
    const later = run([{type: 'articles', page: 10, articles: [...articles, old[0]!]}], moved);
    expect([...later.newBelow]).toEqual(['old1']);
    // The rest of a list read a page first is not new: only the rows after that are.
    const firstPage = initialState(articles.slice(0, 10), {total: 50, unread: 50});
    const whole = run([{type: 'articles', page: 10, articles}], firstPage);
    expect(whole.newBelow.size).toBe(0);
    expect(run([{type: 'articles', page: 10, articles: landed}], whole).newBelow.size).toBe(2);
  });

  it('counts rows that push the cursor out of a window at the top, and none while the cursor is pinned', () => {
    const fresh = Array.from({length: 12}, (_, i) => record(`new${i}`));
    // The cursor on the third row of a window at the top: twelve rows above it push it below ten rows.
    const third = run([
      {type: 'move', movement: 'down', count: 50, page: 10},
      {type: 'move', movement: 'down', count: 50, page: 10},
    ]);
    const pushed = run([{type: 'articles', page: 10, articles: [...fresh, ...articles]}], third);
    expect(visibleArticles(pushed)[pushed.selected]?.id).toBe('a2');
    expect([pushed.selected, pushed.top]).toEqual([14, 5]);
    expect(pushed.newAbove.size).toBe(5);
    // Two rows above a cursor in the window at the top: both on show, nothing to say.
    const shown = run([{type: 'articles', page: 10, articles: [...fresh.slice(0, 2), ...articles]}], third);
    expect([shown.top, shown.newAbove.size]).toEqual([0, 0]);
    // Never moved: the window and cursor stay on the newest row.
    const pinned = run([{type: 'articles', page: 10, articles: [...fresh, ...articles]}]);
    expect([pinned.selected, pinned.top, pinned.newAbove.size]).toEqual([0, 0, 0]);
  });

  it('counts as seen the rows n/p bring into the table’s window', () => {
    const ids = articles.map((a) => a.id);
    const bottom = run([{type: 'move', movement: 'bottom', count: 50, page: 10}]);
    const grown = run([{type: 'articles', page: 10, articles: [record('new1'), ...articles]}], bottom);
    expect(grown.newAbove.size).toBe(1);
    const back = run(
      [
        {type: 'openArticle', id: 'a0', siblings: ['new1', ...ids]},
        {type: 'sibling', delta: -1, listPage: 10},
      ],
      grown,
    );
    expect([back.top, back.newAbove.size]).toEqual([0, 0]);
  });

  it('clamps the cursor when new data shortens the list', () => {
    const s = run([
      {type: 'move', movement: 'bottom', count: 50, page: 10},
      {type: 'articles', page: 10, articles: articles.slice(0, 5)},
    ]);
    expect(s.selected).toBe(4);
  });

  it('walks siblings with n/p, reporting the ends, and follows them in the list', () => {
    const s = run([
      {type: 'openArticle', id: 'a0', siblings: ['a0', 'a1', 'a2']},
      {type: 'sibling', delta: 1, listPage: 10},
      {type: 'sibling', delta: 1, listPage: 10},
    ]);
    expect(currentView(s).mode === 'article' && (currentView(s) as {id: string}).id).toBe('a2');
    expect(s.selected).toBe(2);
    const end = run([{type: 'sibling', delta: 1, listPage: 10}], s);
    expect(end.message).toBe('This is the last article.');
    expect(run([{type: 'move', movement: 'down', count: 1, page: 1}], end).message).toBeNull();
  });

  it('lets n/p reach rows listed while an article opened from the table is read, and counts them', () => {
    const ids = articles.map((a) => a.id);
    const last = run([
      {type: 'move', movement: 'bottom', count: 50, page: 10},
      {type: 'openArticle', id: 'a49', siblings: ids},
    ]);
    // A refresh lists two items dated older than every row (below the table's end) and one newer (at its top).
    const grown = run(
      [{type: 'articles', page: 10, articles: [record('new1'), ...articles, record('old1'), record('old2')]}],
      last,
    );
    const view = currentView(grown);
    expect(view.mode === 'article' && [view.siblings.length, view.siblings.indexOf(view.id)]).toEqual([
      53, 50,
    ]);
    const next = run([{type: 'sibling', delta: 1, listPage: 10}], grown);
    expect([next.message, (currentView(next) as {id: string}).id, next.selected]).toEqual([null, 'old1', 51]);
    // Esc lands on it in the table, which has scrolled to it: the rows that came into view are no longer new.
    const back = run([{type: 'back'}], next);
    expect([back.selected, back.newBelow.size]).toEqual([51, 1]);
    // An article opened from elsewhere (an entity's articles, a search) keeps the list it was opened with.
    const fromEntity = run(
      [
        {type: 'openEntity', key: 'k', name: 'K', forms: []},
        {type: 'openArticle', id: 'a1', siblings: ['a1', 'a2']},
        {type: 'articles', page: 10, articles: [record('new1'), ...articles]},
      ],
      initialState(articles),
    );
    const opened = currentView(fromEntity);
    expect(opened.mode === 'article' && opened.siblings).toEqual(['a1', 'a2']);
  });

  it('keeps the table where it was while n/p move its cursor within the rows on show', () => {
    const ids = articles.map((a) => a.id);
    const walked = run([
      {type: 'openArticle', id: 'a0', siblings: ids},
      ...Array.from({length: 3}, (): Action => ({type: 'sibling', delta: 1, listPage: 10})),
    ]);
    // a3 is the fourth of ten rows on show: the table does not scroll to put it first.
    expect([walked.selected, walked.top]).toEqual([3, 0]);
    const past = run(
      Array.from({length: 9}, (): Action => ({type: 'sibling', delta: 1, listPage: 10})),
      walked,
    );
    expect([past.selected, past.top]).toEqual([12, 3]);
    expect(run([{type: 'sibling', delta: -1, listPage: 10}], past).top).toBe(3);
  });

  it('cycles panel focus both ways, leaving full text; scrolls the focused panel only', () => {
    const opened = run([{type: 'openArticle', id: 'a0', siblings: []}, {type: 'fullText'}]);
    const s = run([{type: 'panel', delta: -1}], opened);
    const view = currentView(s);
    expect(view.mode === 'article' && view.focus).toBe(5);
    expect(view.mode === 'article' && view.fullText).toBe(false);
    const scrolled = run([{type: 'move', movement: 'down', count: 10, page: 3, scroll: true}], s);
    const sv = currentView(scrolled);
    expect(sv.mode === 'article' && sv.positions).toEqual({
      ...articleView('a0', []).positions,
      organizations: 1,
    });
  });

  // Quotes are split by a blank line: j stopped on it, and the panel, given one line once the focus moved on,
  // showed only that blank line under "Quotes (12)".
  it('steps a text panel over the blank line between quotes, both ways, a page move not', () => {
    const quotes = run([
      {type: 'openArticle', id: 'a0', siblings: []},
      {type: 'panel', delta: 1},
      {type: 'panel', delta: 1},
    ]);
    // Lines: 0-1 a quote, 2 blank, 3-4 a quote, 5 blank, 6-9 a quote; four shown.
    const lines = {count: 10, page: 4, scroll: true, gaps: [2, 5]};
    const at = (s: AppState) => {
      const v = currentView(s);
      return v.mode === 'article' ? v.positions.quotes : -1;
    };
    const down = (n: number, s: AppState) =>
      run(
        Array.from({length: n}, (): Action => ({type: 'move', movement: 'down', ...lines})),
        s,
      );
    expect([1, 2, 3].map((n) => at(down(n, quotes)))).toEqual([1, 3, 4]);
    expect(at(run([{type: 'move', movement: 'up', ...lines}], down(2, quotes)))).toBe(1);
    expect(at(run([{type: 'move', movement: 'pageDown', ...lines}], down(3, quotes)))).toBe(6);
    expect(at(run([{type: 'move', movement: 'pageUp', ...lines}], down(3, quotes)))).toBe(1);
    expect(at(run([{type: 'move', movement: 'pageDown', ...lines}], quotes))).toBe(3);
    // Without gaps (the Summary, People), one line a key as before.
    expect(
      at(run([{type: 'move', movement: 'down', count: 10, page: 4, scroll: true}], down(1, quotes))),
    ).toBe(2);
  });

  it('toggles help over any view, and Esc closes it before going back', () => {
    const s = run([{type: 'openArticle', id: 'a0', siblings: []}, {type: 'help'}]);
    expect(currentMode(s)).toBe('help');
    const closed = run([{type: 'back'}], s);
    expect(currentMode(closed)).toBe('article');
  });

  it('ignores actions that do not apply to the current view', () => {
    const s = initialState(articles);
    for (const action of [
      {type: 'query', query: 'x'},
      {type: 'fullText'},
      {type: 'panel', delta: 1},
      {type: 'sibling', delta: 1, listPage: 10},
      {type: 'back'},
    ] as Action[]) {
      expect(reduce(s, action).stack).toEqual(s.stack);
    }
  });
});

describe('first page', () => {
  it('starts from the first page with the library totals, and the full list replaces both', () => {
    const first = initialState(articles.slice(0, 5), {total: 50, unread: 25});
    expect(first.totals).toEqual({total: 50, unread: 25});
    const full = run(
      [
        {type: 'move', movement: 'down', count: 5, page: 5},
        {type: 'articles', page: 10, articles},
      ],
      first,
    );
    expect(full.totals).toBeNull();
    expect(full.articles).toHaveLength(50);
    expect(full.selected).toBe(1);
  });
});
