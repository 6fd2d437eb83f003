import {afterEach, describe, expect, it, vi} from 'vitest';
import type {EntityKind} from '../../src/extract/types.js';
import {runSteps, stepClock, STEP_MS} from '../../src/library/steps.js';
import {createEntitySearchSteps} from '../../src/search/index.js';
import {entityKey} from '../../src/store/entity-key.js';
import {linkEntities, linkEntitiesSteps} from '../../src/store/link-entities.js';
import type {EntityRecord} from '../../src/store/types.js';

/** performance.now() moving on by `ms` at every read: a clock the test drives, no timing of the machine's. */
function tickingClock(ms: number): void {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (t += ms));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('stepClock', () => {
  it('is due once STEP_MS has passed, reading the time every `every` calls', () => {
    let now = 0;
    const read = vi.spyOn(performance, 'now').mockImplementation(() => now);
    const due = stepClock(STEP_MS, 4);
    expect(due()).toBe(false); // starts the count
    now = STEP_MS * 10;
    expect([due(), due(), due()]).toEqual([false, false, false]); // the time is not read yet
    expect(due()).toBe(true);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('counts afresh after a pause: the time between two steps is not a step', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const due = stepClock(2, 1);
    due();
    now = 5;
    expect(due()).toBe(true);
    now = 1000; // the caller yielded; other work ran meanwhile
    expect(due()).toBe(false);
    now = 1001;
    expect(due()).toBe(false);
    now = 1002;
    expect(due()).toBe(true);
  });
});

/** A made-up library of `n` people, places and bodies, with short forms and spellings the rules join. */
function library(n: number): EntityRecord[] {
  const kinds: EntityKind[] = ['person', 'place', 'organization'];
  const out: EntityRecord[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[i % 3] as EntityKind;
    const name =
      kind === 'person'
        ? `Olena Petrenko${i % 7 === 0 ? 'o' : ''} ${i}`
        : kind === 'place'
          ? `Harbourtown ${i}`
          : `National Assembly of Testland ${i}`;
    const aliases = kind === 'person' ? [`Petrenko ${i}`] : [];
    out.push({key: entityKey(kind, name), kind, name, aliases, articleCount: 1 + (i % 5), mentions: 2 + i});
  }
  return out;
}

/** Runs `steps` to the end; the value and the number of pauses. */
function countSteps<T>(steps: Generator<void, T>): {value: T; pauses: number} {
  for (let pauses = 0; ; pauses++) {
    const step = steps.next();
    if (step.done) return {value: step.value, pauses};
  }
}

describe('stepwise builds pause by time, not by count', () => {
  // With the clock moving 0.5 ms a read (one read per 8 items), a pass over 3,000 records pauses every few dozen:
  // by count (a pause per rule, or per 100 entities) it paused a handful of times whatever each item cost.
  const records = library(3000);

  it('links a library in many short steps, to the same groups as at once', () => {
    const atOnce = linkEntities(records);
    tickingClock(0.5);
    const {value, pauses} = countSteps(linkEntitiesSteps(records));
    expect(pauses).toBeGreaterThan(records.length / 50);
    expect(value.records).toEqual(atOnce.records);
  });

  it('builds the entity search in many short steps, finding the same', () => {
    const atOnce = runSteps(createEntitySearchSteps(records)).search('petrenko', {limit: 20});
    tickingClock(0.5);
    const {value, pauses} = countSteps(createEntitySearchSteps(records));
    expect(pauses).toBeGreaterThan(records.length / 50);
    expect(value.search('petrenko', {limit: 20})).toEqual(atOnce);
  });
});
