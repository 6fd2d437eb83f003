import {useEffect, useRef, useState} from 'react';
import {chainSteps, runWhenIdle} from '../idle-steps.js';
import type {AppState} from '../state/app-state.js';
import type {Size} from '../screen-model.js';
import {gazetteerWarmSteps, type ViewData} from '../view-data.js';
import {articleWarmSteps} from '../warm-article.js';
import {entityWarmSteps} from '../warm-entity.js';

/** With BRIEF_TRACE_START set, each key is a `brief-key` mark the start-up trace reports. */
const TRACE_KEYS = Boolean(process.env.BRIEF_TRACE_START);

/** After the first frame: soon enough to be done before most first keys, late enough to let it be written. */
const EARLY_AFTER_MS = 50;
// Search's index waits for indexing to end (each report makes new caches), then starts at once: begun 300 ms
// later, it was still running when the first keys came (the bench presses them 0.5 s after the first frame), and
// its steps held them back (list moves of 40-90 ms on a busy machine).
const SEARCH_AFTER_MS = 0;
/** Longest stretch of warm-up between two turns of the event loop. */
const SLICE_MS = 5;
/**
 * No warm-up slice within this long of a key: a held key (about 30 a second) has the thread to itself. Longer (100
 * ms) left search's index unbuilt by the first '/' of a session pressing a key every 150 ms (first keystroke 41 ms
 * of CPU, profiled, against 18 without the pause).
 */
const QUIET_MS = 40;
/**
 * `settled` (the code cache written, one step of 40-170 ms that cannot be cut) waits for this long without a key,
 * so it lands in a pause of the user's and not under a burst of keys.
 */
const SETTLE_QUIET_MS = 1000;
/** ...and runs this long after start even if the warm-up has not ended (indexing a large library first). */
const SETTLE_LATEST_MS = 20_000;
/**
 * The entity Enter would open (search's result under the cursor, an article's entity panel) has its data read once
 * no key has come for this long: a pause in typing, before Enter, not between two letters.
 */
const SELECTION_QUIET_MS = 150;

/** Keys further apart than this are no rhythm: the time between them leaves the user's key gap as it was. */
const RHYTHM_MAX_MS = 1000;
/**
 * The key gap assumed until two keys have shown the user's own: a person pressing keys one by one (not holding one
 * down) presses about every 150-300 ms, so after a first key the warm-up keeps out of 100-400 ms after it.
 */
export const FIRST_KEY_GAP_MS = 200;

function pace(delayMs: number, lastKey: {current: number}, quietMs = QUIET_MS, keyGap?: {current: number}) {
  return {
    delayMs,
    sliceMs: SLICE_MS,
    quietMs,
    lastKeyAt: () => lastKey.current,
    ...(keyGap ? {keyGapMs: () => keyGap.current} : {}),
  };
}

/**
 * The user's time between keys after a key pressed `gap` ms after the one before: the mean of the last estimate
 * and the new gap; a gap of RHYTHM_MAX_MS or more (a pause, or the first key) leaves the estimate as it was.
 */
export function nextKeyGap(before: number, gap: number): number {
  return gap < RHYTHM_MAX_MS ? (before + gap) / 2 : before;
}

/** The steps of `steps`, calling `changed` after one when `from` answers something else than before it. */
function* redrawing(steps: Iterator<unknown>, from: () => unknown, changed: () => void): Generator<void> {
  let seen = from();
  while (!steps.next().done) {
    const now = from();
    if (now !== seen) changed();
    seen = now;
    yield;
  }
}

/** One step: `run`. */
function* once(run: () => void): Generator<void> {
  run();
  yield;
}

/**
 * Warms, while the reader waits for keys: right after the first frame the article under the cursor (drawn once
 * off-screen) and the gazetteer; once indexing has finished, search's index and then the most named entity's
 * screen (drawn once off-screen). Each in idle slices (idle-steps.ts). Then, once, `settled` (the reader's code
 * cache written: it then holds the code of those screens), when no key has come for SETTLE_QUIET_MS.
 */
export function useWarmUp({
  data,
  finished,
  state,
  size,
  settled,
  selected = null,
  searching = false,
}: {
  data: ViewData;
  finished: boolean;
  /** The state keys act on now. */
  state: () => AppState;
  size: Size;
  /** Run once, when start-up has settled and the user pauses. */
  settled?: (() => void) | undefined;
  /** The entity Enter would open on the screen shown, if any: warmed when the keys pause. */
  selected?: {key: string; name: string} | null;
  /** The search screen is shown: its entity list is linked in idle slices now, indexing finished or not. */
  searching?: boolean;
}): {
  /** Call on every key. */
  keyPressed: () => void;
} {
  // Bumped when the warm-up below has linked a list search shows: the change draws the results it now has.
  const [, setLinked] = useState(0);
  const lastKey = useRef(-Infinity);
  const keyGap = useRef(FIRST_KEY_GAP_MS);
  const current = useRef({data, state, size, settled});
  useEffect(() => {
    current.current = {data, state, size, settled};
  });
  // The settled step: started by the end of the warm-up or by SETTLE_LATEST_MS, whichever comes first; run once.
  const settle = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!current.current.settled) return undefined;
    let stop: (() => void) | null = null;
    const start = (): void => {
      const run = () => current.current.settled?.();
      const settled = () => once(run);
      stop ??= runWhenIdle(chainSteps(settled), pace(0, lastKey, SETTLE_QUIET_MS));
    };
    const latest = setTimeout(start, SETTLE_LATEST_MS);
    settle.current = start;
    return () => {
      clearTimeout(latest);
      stop?.();
      settle.current = null;
    };
  }, []);
  useEffect(() => {
    const article = () => {
      const c = current.current;
      return articleWarmSteps(c.state(), c.data, c.size);
    };
    return runWhenIdle(
      chainSteps(article, gazetteerWarmSteps),
      pace(EARLY_AFTER_MS, lastKey, QUIET_MS, keyGap),
    );
  }, []);
  useEffect(() => {
    if (!finished) return;
    const search = () => data.warmSteps();
    const entity = () => entityWarmSteps(data, current.current.size);
    const settling = () => {
      settle.current?.();
      return null;
    };
    return runWhenIdle(
      chainSteps(search, entity, settling),
      pace(SEARCH_AFTER_MS, lastKey, QUIET_MS, keyGap),
    );
  }, [data, finished]);
  // Search shown before its list is linked (a '/' at 100,000 articles before the warm-up got there): linked in the
  // warm-up's slices while the screen answers keys, then drawn again with its results, and drawn too when a build
  // an earlier version began ends first (an index run's versions come faster than a large library links).
  useEffect(() => {
    if (!searching || data.searchReady()) return undefined;
    const bump = () => setLinked((n) => n + 1);
    const search = () => redrawing(data.searchSteps(), () => data.lastReady(), bump);
    const redraw = () => {
      bump();
      return null;
    };
    return runWhenIdle(chainSteps(search, redraw), pace(0, lastKey, QUIET_MS, keyGap));
  }, [data, searching]);
  const selectedKey = selected?.key ?? null;
  const selectedName = selected?.name ?? '';
  useEffect(() => {
    if (!finished || selectedKey === null) return undefined;
    const entity = {key: selectedKey, name: selectedName};
    const selection = () => entityWarmSteps(data, current.current.size, entity);
    return runWhenIdle(chainSteps(selection), pace(SELECTION_QUIET_MS, lastKey, SELECTION_QUIET_MS));
  }, [data, finished, selectedKey, selectedName]);
  return {
    keyPressed: () => {
      const t = performance.now();
      keyGap.current = nextKeyGap(keyGap.current, t - lastKey.current);
      lastKey.current = t;
      if (TRACE_KEYS) performance.mark('brief-key');
    },
  };
}
