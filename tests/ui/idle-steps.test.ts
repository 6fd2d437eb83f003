import {describe, expect, it, vi} from 'vitest';
import {chainSteps, runWhenIdle} from '../../src/ui/idle-steps.js';
import {FIRST_KEY_GAP_MS, nextKeyGap} from '../../src/ui/hooks/use-warm-up.js';
import {initialState} from '../../src/ui/state/app-state.js';
import {createViewData} from '../../src/ui/view-data.js';
import {articleWarmSteps} from '../../src/ui/warm-article.js';
import {entityWarmSteps} from '../../src/ui/warm-entity.js';
import {entityModel} from '../../src/ui/screen-model.js';
import {analysis, entity, sampleLibrary, storeOf} from './helpers/library.js';

// The reader's warm-ups run while it waits for keys. These drive the pacing with a clock and timers of the test's
// own (no real time passes), and check what the article warm-up leaves behind.

/** A clock that steps only move, and timers run by hand in order of their due time. */
function fakeTime() {
  let t = 0;
  const timers: {at: number; run: () => void}[] = [];
  return {
    now: () => t,
    advance: (ms: number) => (t += ms),
    setTimer: (run: () => void, ms: number) => {
      const timer = {at: t + ms, run};
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      const i = timers.indexOf(timer as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
    /** Runs the earliest timer, moving the clock to it; false when none is left. */
    next(): boolean {
      timers.sort((a, b) => a.at - b.at);
      const timer = timers.shift();
      if (!timer) return false;
      t = Math.max(t, timer.at);
      timer.run();
      return true;
    },
  };
}

/** Steps that each take `ms` on the fake clock and record when they ran. */
function* costly(time: ReturnType<typeof fakeTime>, count: number, ms: number, log: number[]) {
  for (let i = 0; i < count; i++) {
    log.push(time.now());
    time.advance(ms);
    yield;
  }
}

describe('runWhenIdle', () => {
  it('runs every step, a slice at a time with a turn of the event loop between slices', () => {
    const time = fakeTime();
    const log: number[] = [];
    let turns = 0;
    runWhenIdle(costly(time, 10, 2, log), {
      delayMs: 50,
      sliceMs: 5,
      quietMs: 100,
      lastKeyAt: () => -Infinity,
      ...time,
      setTimer: (run, ms) => {
        turns += 1;
        return time.setTimer(run, ms);
      },
    });
    while (time.next());
    expect(log).toHaveLength(10);
    expect(log[0]).toBe(50);
    // 2 ms steps in 5 ms slices: three steps a slice, so four slices: one after the delay, three after a turn.
    expect(turns).toBe(1 + 3);
  });

  it('starts no slice within the quiet time after a key, and goes on once it has passed', () => {
    const time = fakeTime();
    const log: number[] = [];
    const keyAt = 40;
    runWhenIdle(costly(time, 3, 1, log), {
      delayMs: 50,
      sliceMs: 5,
      quietMs: 100,
      lastKeyAt: () => keyAt,
      ...time,
    });
    while (time.next());
    expect(log[0]).toBe(140);
    expect(log).toHaveLength(3);
  });

  it('keeps out of the time the next key of a rhythm is due: only the first half of the gap, then after twice it', () => {
    const time = fakeTime();
    const log: number[] = [];
    // Keys every 160 ms from t = 0 to 800 (as someone pressing j one at a time), then none.
    const keys = [0, 160, 320, 480, 640, 800];
    const lastKeyAt = () => keys.filter((k) => k <= time.now()).at(-1) ?? -Infinity;
    runWhenIdle(costly(time, 200, 3, log), {
      delayMs: 0,
      sliceMs: 5,
      quietMs: 40,
      lastKeyAt,
      keyGapMs: () => 160,
      ...time,
    });
    while (time.next());
    expect(log).toHaveLength(200);
    for (const at of log) {
      const since = at - (keys.filter((k) => k <= at).at(-1) ?? -Infinity);
      // Never within the quiet time, never from half the gap on until twice the gap has passed.
      expect(since >= 40).toBe(true);
      expect(since < 80 || since >= 320).toBe(true);
    }
    // It ran between the keys of the rhythm too, not only after they stopped.
    expect(log.filter((at) => at < 800).length).toBeGreaterThan(0);
    // A step that began before half the gap ends by then plus one step: the next key (160) finds none under way.
    expect(log.filter((at) => at < 800).every((at) => at + 3 <= 80 + 3 + 160 * Math.floor(at / 160))).toBe(
      true,
    );
  });

  it('stops when told, and after a step that throws', () => {
    const time = fakeTime();
    const log: number[] = [];
    const stop = runWhenIdle(costly(time, 100, 3, log), {
      delayMs: 0,
      sliceMs: 5,
      quietMs: 0,
      lastKeyAt: () => -Infinity,
      ...time,
    });
    time.next();
    const ran = log.length;
    stop();
    while (time.next());
    expect(log).toHaveLength(ran);

    let after = 0;
    function* failing(): Generator<void> {
      yield;
      throw new Error('a table that cannot be built');
    }
    runWhenIdle(
      chainSteps(failing, () => {
        after += 1;
        return costly(time, 1, 1, log);
      }),
      {delayMs: 0, sliceMs: 5, quietMs: 0, lastKeyAt: () => -Infinity, ...time},
    );
    expect(() => {
      while (time.next());
    }).not.toThrow();
    expect(after).toBe(0);
  });
});

describe("the user's key gap", () => {
  it('follows the keys of a rhythm and ignores a pause', () => {
    let gap = FIRST_KEY_GAP_MS;
    // The first key (long after start) says nothing; then j every 100 ms.
    gap = nextKeyGap(gap, 5000);
    expect(gap).toBe(FIRST_KEY_GAP_MS);
    for (let i = 0; i < 8; i++) gap = nextKeyGap(gap, 100);
    expect(gap).toBeCloseTo(100, 0);
    // A pause to read, then the same rhythm: the estimate is what it was before the pause.
    expect(nextKeyGap(gap, 4000)).toBe(gap);
    // Held down (about 30 a second), the gap shrinks fast.
    for (let i = 0; i < 4; i++) gap = nextKeyGap(gap, 33);
    expect(gap).toBeLessThan(40);
  });
});

describe('the article warm-up', () => {
  it('reads and lays out the article under the cursor, and saves no read mark', () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const data = createViewData(store, 0);
    const state = initialState(store.listArticles(), null);
    const selected = state.articles[state.selected];
    expect(selected?.read).toBe(false);
    const asked: string[] = [];
    const watched = {
      ...data,
      analysis: (id: string) => {
        asked.push(id);
        return data.analysis(id);
      },
    };
    let steps = 0;
    for (const _ of articleWarmSteps(state, watched, {columns: 120, rows: 40})) steps += 1;
    expect(asked).toContain(selected?.id);
    // Read, panels and the whole screen each a step: none of them long.
    expect(steps).toBeGreaterThanOrEqual(8);
    expect(store.listArticles().find((a) => a.id === selected?.id)?.read).toBe(false);
  });

  it('does nothing when the list is not on screen or is empty', () => {
    const store = storeOf([], {});
    const data = createViewData(store, 0);
    expect([...articleWarmSteps(initialState([], null), data, {columns: 120, rows: 40})]).toEqual([]);
    const one = storeOf([], {x: analysis({people: [entity('Olena Petrenko')]})});
    expect([
      ...articleWarmSteps(initialState([], null), createViewData(one, 0), {columns: 80, rows: 24}),
    ]).toEqual([]);
  });
});

describe('the entity warm-up', () => {
  it("reads the most named entity's articles and record, so opening it reads nothing more", () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, analyses);
    const data = createViewData(store, 0);
    for (const _ of data.warmSteps());
    const top = data.results('', 'all')[0]?.entity;
    expect(top).toBeDefined();
    const reads = [
      vi.spyOn(store, 'entityOccurrences'),
      ...(store.entityPage ? [vi.spyOn(store, 'entityPage')] : []),
      ...(store.entityCount ? [vi.spyOn(store, 'entityCount')] : []),
      vi.spyOn(store, 'entity'),
    ];
    const size = {columns: 120, rows: 40};
    let steps = 0;
    for (const _ of entityWarmSteps(data, size)) steps += 1;
    const warmed = reads.reduce((n, r) => n + r.mock.calls.length, 0);
    expect(warmed).toBeGreaterThan(0);
    expect(steps).toBeGreaterThanOrEqual(5);
    // The open the user makes: the same view as the reducer's, for the entity search lists first.
    const view = {
      mode: 'entity' as const,
      key: top?.key ?? '',
      name: top?.name ?? '',
      forms: [],
      selected: 0,
    };
    const model = entityModel(view, data, size);
    expect(model.count).toBeGreaterThan(0);
    expect(reads.reduce((n, r) => n + r.mock.calls.length, 0)).toBe(warmed);
  });

  it('does nothing in a library that names no one', () => {
    const data = createViewData(storeOf([], {}), 0);
    for (const _ of data.warmSteps());
    expect([...entityWarmSteps(data, {columns: 80, rows: 24})]).toHaveLength(1);
  });
});
