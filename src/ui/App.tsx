import React, {useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState} from 'react';
import {Box, useApp, useInput} from 'ink';
import {NO_FEEDS, type RefreshControl} from '../feeds/refresh-control.js';
import type {ArticleRecord, IndexingHandle, Store} from '../store/index.js';
import {Footer} from './components/Footer.js';
import {indexingLeft} from './components/StatusLine.js';
import {MIN_COLUMNS, MIN_ROWS, TooSmall} from './components/TooSmall.js';
import {useIndexing} from './hooks/use-indexing.js';
import {useMarkWrites} from './hooks/use-mark-writes.js';
import {refreshText, useRefresh} from './hooks/use-refresh.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {useWarmUp} from './hooks/use-warm-up.js';
import {resolveCommand, ROW_COMMANDS} from './keymap.js';
import {articleElement} from './screens/article-element.js';
import {entityElement} from './screens/entity-element.js';
import {HelpScreen} from './screens/HelpScreen.js';
import {ListScreen} from './screens/ListScreen.js';
import {SearchScreen} from './screens/SearchScreen.js';
import {reduce, type Action} from './state/app-reducer.js';
import {
  currentMode,
  currentView,
  initialState,
  visibleArticles,
  type AppState,
  type SearchView,
} from './state/app-state.js';
import {commandActions, type Effect} from './state/command-actions.js';
import {helpLines} from './state/help-lines.js';
import {fittedMessage, messageLines} from './state/lines.js';
import {helpBody, listPage, messageRoom, screenRows, searchPage, usableRows} from './state/metrics.js';
import {editQuery} from './state/query-edit.js';
import {useKeyEvents} from './hooks/use-key-events.js';
import {commandContext, entityToOpen, type Size} from './screen-model.js';
import {safeLine} from './text.js';
import {createListLoader, type ListLoader} from './list-loader.js';
import {createViewData, firstPage, type ViewData} from './view-data.js';
import {isHttpUrl} from '../web/url.js';
import type {EntitySearchResult} from '../search/index.js';

/** What the root component needs: the store, optional background indexing, the URL opener, a fixed size for tests. */
export interface AppProps {
  store: Store;
  indexing?: IndexingHandle;
  openUrl?: (url: string) => void;
  /** Refreshes the subscribed feeds in the background (R); absent where there is no database to hold them. */
  refresh?: RefreshControl;
  /** Fixed terminal size (tests); otherwise the real terminal's, following resizes. */
  size?: Size;
  /** The article folder, named when the library is empty. */
  library?: string;
  /** Run once when start-up has settled (warm-up done) and the user pauses: the CLI writes its code cache. */
  settled?: () => void;
  /** Told of every key (the CLI's background walks pause while keys are coming). */
  onKey?: () => void;
  /**
   * Ctrl+Z: gives the terminal back and stops brief until the shell continues it (absent: no terminal to give);
   * `say` puts a line in the footer, now or later, when it could not or nothing continued brief.
   */
  suspend?: (say: (text: string) => void) => void;
  /** Ctrl+L: the screen blanked and the current frame drawn whole (absent: nothing to redraw on, e.g. in tests). */
  repaint?: () => void;
  /** Libraries of fewer articles link search's entity list at once (LINK_AT_ONCE_BELOW; a test's own bound). */
  linkAtOnceBelow?: number;
}

// What the footer says could not be done when an effect throws.
const FAILED_EFFECT: Record<Effect['type'], string> = {
  exit: 'quit',
  setRead: 'save the mark',
  setFavourite: 'save the mark',
  suspend: 'suspend',
  repaint: 'redraw',
  refresh: 'refresh',
  openUrl: 'open the URL',
};

// Drawn again only when its own props change: it stays mounted, hidden, while other screens take keys.
const MemoListScreen = React.memo(ListScreen);

/** The rows with the marks `effects` just saved. */
function marked(articles: readonly ArticleRecord[], effects: readonly Effect[]): ArticleRecord[] {
  return articles.map((a) => {
    let out = a;
    for (const e of effects) {
      if (e.type === 'setRead' && e.id === a.id) out = {...out, read: e.read};
      if (e.type === 'setFavourite' && e.id === a.id) out = {...out, favourite: e.favourite};
    }
    return out;
  });
}

/**
 * Most linking of search's entity list a render does (a frame): a small library's is done within it, a large one's
 * (0.6-1.5 s of CPU at 100,000 articles) goes on in idle slices while the screen says so and answers keys.
 */
export const FIRST_LINK_MS = 30;
/**
 * Libraries of fewer articles link their entity list at once when search asks (a few ms to tens of ms: about 6-10
 * µs an article); larger ones give it FIRST_LINK_MS a render. By size, not by time: the path does not change with
 * the machine's load.
 */
export const LINK_AT_ONCE_BELOW = 5000;

// The last view data made of each store: the next takes from it the last ready one, whose results its search shows
// while its own list is linked, and the search build under way, which it finishes first (createViewData).
const lastViewData = new WeakMap<Store, ViewData>();

/** How often the reader looks for marks another program wrote. */
export const MARKS_POLL_MS = 1500;

export function App({
  store,
  indexing,
  openUrl,
  refresh,
  size: fixedSize,
  library,
  settled,
  onKey,
  suspend,
  repaint,
  linkAtOnceBelow = LINK_AT_ONCE_BELOW,
}: AppProps) {
  const {exit} = useApp();
  const size = useTerminalSize(fixedSize);
  const {columns, rows} = size;
  // The first frame needs only the rows it shows; the full list follows at once (below), before any key is handled.
  const [initial] = useState(() => {
    const {articles, totals} = firstPage(store, listPage(rows));
    performance.mark('brief:first-query');
    return initialState(articles, totals);
  });
  const [state, dispatch] = useReducer(reduce, initial);
  // A message of several lines takes them from the screen above it while it shows (the next key clears it). The
  // screens are drawn in what is left and the keys measure the same: search drew a page of results fewer than its
  // PgDn and its kept entity's scroll counted on.
  const message = state.message ? messageLines(safeLine(state.message), columns, messageRoom(rows)) : null;
  const screenSize: Size = {columns, rows: screenRows(rows, message?.length ?? 1)};
  // The table's rows, for the lists that land between renders (the reducer keeps the cursor in that window).
  const tablePage = useRef(listPage(screenSize.rows));
  useLayoutEffect(() => {
    tablePage.current = listPage(screenSize.rows);
  }, [screenSize.rows]);
  // Keys can arrive faster than React renders (a chunk of several, or a busy machine), so the key handler works
  // on this copy, which every action updates at once; the reducer is pure, so it always equals what React has
  // or is about to render.
  const latest = useRef(initial);
  const apply = useCallback((action: Action) => {
    latest.current = reduce(latest.current, action);
    dispatch(action);
  }, []);
  const {progress, version, finished} = useIndexing(indexing);
  const refreshing = useRefresh(refresh);
  const landed = refreshing?.listed ?? 0;
  // Until the first index run ends, rows new to the list are its finds in the folder, not news for "↓ N new below"
  // (a first run of 280 said "↓ 103 new below" for good); a refresh's articles are, from the first one listed.
  const firstFinds = useRef(!finished);
  useLayoutEffect(() => {
    firstFinds.current = !finished && landed === 0;
  });
  // The full list follows the first frame, read a slice at a time so keys are answered meanwhile (a small library
  // is finished by the first key, so it never acts on half a list).
  const loader = useRef<ListLoader | null>(null);
  const unsaved = useRef<() => readonly Effect[]>(() => []);
  // When the last key came: the list's slices keep out of a burst of keys.
  const keyAt = useRef(-Infinity);
  useEffect(() => {
    const load = createListLoader(
      store,
      // Marks still waiting for the database's write lock (use-mark-writes.ts) stand over what it holds.
      (articles) => {
        const waiting = unsaved.current();
        apply({
          type: 'articles',
          articles: waiting.length === 0 ? articles : marked(articles, waiting),
          page: tablePage.current,
          found: firstFinds.current,
        });
      },
      () => keyAt.current,
    );
    loader.current = load;
    load.reload();
    return () => {
      load.cancel();
      loader.current = null;
    };
  }, [store, apply]);
  // Marks another reader of the same database makes show here too, within MARKS_POLL_MS (a look at SQLite's data
  // version: microseconds).
  useEffect(() => {
    if (!store.marksChangedElsewhere) return undefined;
    const timer = setInterval(() => {
      try {
        if (store.marksChangedElsewhere?.()) loader.current?.reload();
      } catch {
        // A database being repaired or closed: the next look, or the repair's own reload, catches up.
      }
    }, MARKS_POLL_MS);
    return () => clearInterval(timer);
  }, [store]);
  const complete = (): void => {
    if (latest.current.totals) loader.current?.finishSmall(latest.current.totals.total);
  };
  // What the store says about its database (rebuilt, read-only, made again) goes to the footer; from a timer, as
  // the store may say it while a screen is reading from it.
  useEffect(
    () => store.onNotice?.((text) => setTimeout(() => apply({type: 'message', text}), 0)),
    [store, apply],
  );
  // New data version → fresh caches, so analyses and entities that indexing just stored show up.
  // A new version's search shows the last ready one's results while its own list is linked, and finishes the link
  // the one before had begun.
  const data = useMemo(() => {
    const made = createViewData(store, version, lastViewData.get(store) ?? null);
    lastViewData.set(store, made);
    return made;
  }, [store, version]);
  // What search shows, worked out before the entity to warm (which is its selected result): at most
  // FIRST_LINK_MS of linking in the render, the rest in idle slices (useWarmUp) while it says "linking names…".
  const searchView = state.help ? null : currentView(state);
  const searched =
    searchView?.mode === 'search'
      ? data.shown(
          searchView.query,
          searchView.kind,
          (state.totals?.total ?? state.articles.length) < linkAtOnceBelow ? Infinity : FIRST_LINK_MS,
        )
      : null;
  // The entity Enter would open (search's result under the cursor, an article's entity panel), warmed while the
  // user pauses.
  const selectedEntity = entityToOpen(state, data);
  // The article under the cursor, the gazetteer and search's index are made ready while the reader waits for keys.
  const warm = useWarmUp({
    data,
    finished,
    state: () => latest.current,
    size,
    settled,
    selected: selectedEntity,
    searching: searched?.linking ?? false,
  });
  // The results of a newer version (a list linked, an index run's articles) replace those shown: the cursor stays
  // on the entity it was on, on the same line of the screen where it can. That entity is read in the results drawn
  // before, at the cursor as it is now: a move pressed in the same render as the new version counts (it went back to
  // the entity of the render before), and a new query or kind starts at its first result (it went to that entity).
  const onResult = useRef<{
    from: number | null;
    asked: SearchView | null;
    results: readonly EntitySearchResult[];
  }>({from: null, asked: null, results: []});
  useLayoutEffect(() => {
    const before = onResult.current;
    const asked = searchView?.mode === 'search' ? searchView : null;
    const results = searched?.results ?? [];
    if (
      searched &&
      asked &&
      before.asked?.query === asked.query &&
      before.asked.kind === asked.kind &&
      before.from !== searched.from
    ) {
      const was = before.results[Math.min(asked.selected, before.results.length - 1)];
      const at = was ? results.findIndex((r) => r.entity.key === was.entity.key) : -1;
      if (at >= 0 && at !== asked.selected)
        apply({
          type: 'searchSelect',
          selected: at,
          page: searchPage(screenSize.rows),
          count: results.length,
          query: asked.query,
          kind: asked.kind,
        });
    }
    onResult.current = {from: searched?.from ?? null, asked, results};
  });
  useEffect(() => {
    // Soft: at a large library's first run the reports come faster than the list is read.
    if (version > 0) loader.current?.reload(true);
  }, [version]);

  // Articles a refresh has written into the list show as they land, also while an index run is busy with others.
  useEffect(() => {
    if (landed > 0) loader.current?.reload(true);
  }, [landed]);
  const outcome = refreshing?.outcome ?? null;
  // Its form is chosen for the width the window has when it lands (the next key clears it).
  const outcomeFit = useRef({forms: [] as readonly string[], columns});
  const shorter = refreshing?.shorter;
  useLayoutEffect(() => {
    outcomeFit.current = {forms: outcome ? [outcome, ...(shorter ?? [])] : [], columns};
  });
  useEffect(() => {
    const {forms, columns: width} = outcomeFit.current;
    if (outcome) apply({type: 'message', text: fittedMessage(forms, width)});
  }, [outcome, apply]);

  // Marks are saved just after the frame the key draws; the rest of the list (copies of an article share its
  // marks) follows from a reload once they are.
  const marks = useMarkWrites(
    store,
    () => loader.current?.reload(),
    // A write the store refuses (read-only database, say) is reported, not fatal.
    (reason) => apply({type: 'message', text: `Could not save: ${reason}`}),
  );
  // Background work the status line names: a feed refresh, marks waiting for another program's write lock.
  const activity =
    refreshText(refreshing) ?? (marks.waiting ? 'marks wait for another program to finish writing' : null);
  const {unsaved: unsavedMarks} = marks;
  useLayoutEffect(() => {
    unsaved.current = unsavedMarks;
  }, [unsavedMarks]);

  const perform = (effects: readonly Effect[]): Action[] => {
    const after: Action[] = [];
    let changed = false;
    for (const effect of effects) {
      try {
        if (effect.type === 'exit') {
          marks.flush();
          exit();
        } else if (effect.type === 'setRead' || effect.type === 'setFavourite') {
          marks.queue(effect);
          changed = true;
        } else if (effect.type === 'suspend') {
          // Told from a timer: the watch's word comes while React may be rendering.
          if (suspend) suspend((text) => setTimeout(() => apply({type: 'message', text}), 0));
          else after.push({type: 'message', text: 'Ctrl+Z: there is no terminal to give back here.'});
        } else if (effect.type === 'repaint') {
          repaint?.();
        } else if (effect.type === 'refresh') {
          const started = refresh?.start() ?? 'no-feeds';
          if (started === 'no-feeds') after.push({type: 'message', text: NO_FEEDS});
          else if (started === 'running') after.push({type: 'message', text: 'Already refreshing.'});
          // The last refresh's outcome goes: beside the new one's progress it read as that one's.
          else after.push({type: 'message', text: null});
        } else if (!effect.url) after.push({type: 'message', text: 'This article has no URL.'});
        // Only web addresses are opened (open-url.ts): a file: or script address in an article launches nothing.
        else if (!isHttpUrl(effect.url))
          after.push({type: 'message', text: `Not opened: not a web address (${effect.url})`});
        else if (!openUrl) after.push({type: 'message', text: `No system opener found. URL: ${effect.url}`});
        else {
          openUrl(effect.url);
          after.push({type: 'message', text: `Opening ${effect.url}`});
        }
      } catch (err) {
        after.push({
          type: 'message',
          text: `Could not ${FAILED_EFFECT[effect.type]}: ${err instanceof Error ? err.message : String(err)}`,
        });
      }
    }
    // The marked row shows its new state at once (while only the first page is read, the patch would stand for
    // the whole list: the reload after the save brings it).
    if (changed && !latest.current.totals)
      after.push({
        type: 'articles',
        articles: marked(latest.current.articles, effects),
        page: tablePage.current,
      });
    return after;
  };

  const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
  // What the frame on screen was drawn with, set as it is committed. Ink swaps in each render's key handler only in
  // a passive effect, after the frame is written: a key pressed in between (a busy machine, right after a resize)
  // went to the previous render's handler, and "q" on a fresh "terminal too small" screen was typed into the
  // search box behind it instead of quitting.
  // The index run's failure, for an unanalysed article's panels: what the key handler measures is what is drawn.
  const failed = progress?.failed ?? null;
  const drawn = useRef({tooSmall, data, size: screenSize, failed});
  useLayoutEffect(() => {
    drawn.current = {tooSmall, data, size: screenSize, failed};
  });
  const keyEvents = useKeyEvents();
  useInput((input, key) => {
    warm.keyPressed();
    onKey?.();
    keyAt.current = performance.now();
    complete();
    const shown = drawn.current;
    // A control string a paste carried (a title's OSC, a DCS or APC) is no keys: only what is outside it is.
    for (const event of keyEvents(input, key)) {
      const s: AppState = latest.current;
      if (s.quitting) break;
      // Nothing moves unseen behind "terminal too small": its own keys (quit) are the only ones that work there,
      // whichever screen is behind it.
      const mode = shown.tooSmall ? 'small' : currentMode(s);
      // Pasted text is text: typed into the search box, and no command anywhere.
      if (event.pasted && mode !== 'search') continue;
      const command = event.pasted ? null : resolveCommand(mode, event.input, event.key);
      if (command) {
        const {actions, effects} = commandActions(
          command,
          commandContext(s, shown.data, shown.size, shown.failed),
        );
        actions.forEach(apply);
        perform(effects).forEach(apply);
      } else if (mode === 'search') {
        // The search box: typing edits the query; results follow on the next render.
        const view = currentView(s);
        if (view.mode !== 'search') continue;
        const next = editQuery(view, event.input, event.key);
        if (next.query !== view.query || next.marked !== view.marked)
          apply({type: 'query', query: next.query, marked: next.marked});
      }
    }
  });

  // One array per list and filter, so the hidden list is not drawn again for keys on other screens.
  const listed = useMemo(
    () => visibleArticles({articles: state.articles, filter: state.filter, kept: state.kept}),
    [state.articles, state.filter, state.kept],
  );
  // Rows on show that the filter would now hide (marked read under "unread"), for the status line to count: counted
  // only when there are any, so a key at 100,000 articles pays nothing for it.
  const keptShown = useMemo(
    () =>
      state.kept.size === 0
        ? 0
        : listed.filter(
            (a) =>
              state.kept.has(a.id) &&
              (state.filter === 'unread' ? a.read : state.filter === 'favourites' && !a.favourite),
          ).length,
    [listed, state.kept, state.filter],
  );

  if (tooSmall) return <TooSmall columns={columns} rows={rows} />;

  const shown = screenSize;
  const view = currentView(state);
  let screen: React.ReactNode = null;
  if (state.help)
    screen = (
      <HelpScreen
        lines={helpLines(columns, state.help.from)}
        scroll={state.help.scroll}
        bodyHeight={helpBody(shown.rows)}
      />
    );
  else if (view.mode === 'article') screen = articleElement(state, view, data, shown, failed);
  else if (view.mode === 'search') {
    const {results, linking, earlier, where} = searched ?? data.shown(view.query, view.kind);
    screen = (
      <SearchScreen
        view={view}
        results={results}
        where={where}
        linking={linking}
        earlier={earlier}
        elsewhere={linking ? null : data.otherKinds(view.query, view.kind)}
        indexing={finished ? null : indexingLeft(progress)}
        columns={columns}
        rows={shown.rows}
      />
    );
  } else if (view.mode === 'entity') screen = entityElement(view, data, shown);

  // The list stays mounted, hidden, under the other screens: going back to it shows the rows already made instead
  // of making its ~400 Ink elements again (most of the cost of Esc), and opening an article does not tear them down.
  const onList = !state.help && view.mode === 'list';
  const list = (
    <Box display={onList ? 'flex' : 'none'} flexDirection="column">
      <MemoListScreen
        all={state.articles}
        totals={state.totals}
        shown={listed}
        keptShown={keptShown}
        filter={state.filter}
        selected={state.selected}
        top={state.top}
        newAbove={state.newAbove.size}
        newBelow={state.newBelow.size}
        columns={columns}
        rows={shown.rows}
        progress={progress}
        activity={activity}
        library={library ?? null}
        scanning={!finished}
      />
    </Box>
  );

  // The list is windowed to fit its box exactly, so it is drawn unclipped: a clip makes Ink measure and slice
  // every line of the frame again, a third of the cost of drawing a full-screen table.
  const overflow = state.help || view.mode !== 'list' ? 'hidden' : 'visible';
  return (
    <Box flexDirection="column" height={usableRows(rows)} width={columns} overflow={overflow}>
      <Box flexDirection="column" flexGrow={1} overflow={overflow}>
        {list}
        {screen}
      </Box>
      <Footer
        mode={currentMode(state)}
        omit={currentMode(state) === 'list' && listed.length === 0 ? ROW_COMMANDS : undefined}
        message={message}
        progress={progress}
        activity={activity}
        columns={columns}
      />
    </Box>
  );
}
