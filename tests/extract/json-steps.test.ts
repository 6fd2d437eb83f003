import {readFileSync} from 'node:fs';
import {describe, expect, it, vi} from 'vitest';
import {jsonArraySteps, jsonWithLines, lineItems} from '../../src/extract/entities/json-steps.js';
import {runSteps} from '../../src/library/steps.js';

// The gazetteer's place names are parsed a slice at a time (the reader does it while idle); whatever the slices,
// the result must be JSON.parse's.

function pauses<T>(steps: Generator<void, T>): {value: T; pauses: number} {
  let n = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return {value: step.value, pauses: n};
    n += 1;
  }
}

describe('jsonArraySteps', () => {
  it('gives the shipped place names as JSON.parse does, pausing by the clock', () => {
    const text = readFileSync(
      new URL('../../src/extract/entities/place-names.json', import.meta.url),
      'utf8',
    );
    const whole = (JSON.parse(text) as {places: unknown[]}).places;
    const chunks = Math.floor(whole.length / 400);
    // A clock that stands still: never a pause, however many items.
    vi.spyOn(performance, 'now').mockReturnValue(0);
    const still = pauses(jsonArraySteps(text, 'places', 400));
    expect(still.value).toEqual(whole);
    expect(still.pauses).toBe(0);
    // One that moves a millisecond at every read (once per 400 items): a pause at every third read, as STEP_MS
    // (2 ms) has passed since the first read after the last pause.
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 1));
    const ticking = pauses(jsonArraySteps(text, 'places', 400));
    expect(ticking.value).toEqual(whole);
    expect(ticking.pauses).toBe(Math.floor(chunks / 3));
    vi.restoreAllMocks();
  });

  it.each([
    ['brackets and quotes inside strings', '{"places":[["a],[b","say \\"x]\\"",[]],["c",["d]"]],["e"]]}'],
    ['objects and numbers as items', '{"n":1,"places":[{"a":[1,2]},{"b":"}"},3,[4]],"after":[9]}'],
    ['an empty array', '{"places":[]}'],
    ['spaces and newlines between items', '{"places": [ ["Kyiv", ["Kiev"]] ,\n ["Lviv", []] ]}'],
  ])('parses %s like JSON.parse, whatever the slice', (_, text) => {
    const whole = (JSON.parse(text) as {places: unknown[]}).places;
    for (const per of [1, 2, 400]) expect(runSteps(jsonArraySteps(text, 'places', per))).toEqual(whole);
  });

  it('parses text of another shape whole', () => {
    expect(runSteps(jsonArraySteps('{"other":[1]}', 'places'))).toEqual([]);
    expect(runSteps(jsonArraySteps('{"places" : [1, 2]}', 'places'))).toEqual([1, 2]);
  });
});

// The build writes the place names an entry a line (jsonWithLines); an extraction worker finds each entry's text by
// the line breaks (lineItems) and parses only those it looks up.
describe('jsonWithLines and lineItems', () => {
  const read = (): Record<string, unknown> & {places: unknown[]} =>
    JSON.parse(
      readFileSync(new URL('../../src/extract/entities/place-names.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown> & {places: unknown[]};

  it('write the shipped place names as JSON that parses to the same, each entry found on its line', () => {
    const obj = read();
    const text = jsonWithLines(obj, 'places');
    expect(JSON.parse(text)).toEqual(obj);
    expect(lineItems(text, 'places')?.map((line) => JSON.parse(line) as unknown)).toEqual(obj.places);
    // The stepped parse of the reader's warm-up reads the same layout.
    expect(runSteps(jsonArraySteps(text, 'places', 400))).toEqual(obj.places);
  });

  it.each([
    ['line breaks and commas inside strings', {n: 1, places: [['a,\n', 'b\n]}'], {c: ',\n['}]}],
    ['an empty array', {places: []}],
    ['the array alone', {places: [1, [2], 'x']}],
  ])('round-trip %s', (_, obj) => {
    const text = jsonWithLines(obj, 'places');
    expect(JSON.parse(text)).toEqual(obj);
    expect(lineItems(text, 'places')?.map((line) => JSON.parse(line) as unknown)).toEqual(obj.places);
  });

  it('find no lines in text of another layout', () => {
    expect(lineItems(JSON.stringify(read()), 'places')).toBeNull();
    expect(lineItems('{"other":[\n1\n]}', 'places')).toBeNull();
  });
});
