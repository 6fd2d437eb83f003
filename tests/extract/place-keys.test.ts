import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it, vi} from 'vitest';
import {readDataFile} from '../../src/extract/entities/data-files.js';
import {runSteps} from '../../src/library/steps.js';
import {
  fittingKeys,
  gazetteerKeys,
  hasKey,
  parseGazetteerKeysSteps,
  valuesOf,
  type GazetteerKeys,
  type PlaceEntry,
} from '../../src/extract/entities/place-keys.js';

// Made-up entries in place-names.json's shape: two places share the other name "Port Vell", a region's name is
// one of a city's, and a second region of the same name in another country makes that region name no one's.
const PLACES: PlaceEntry[] = [
  ['country:XA', 'Arvland', ['Republic of Arvland', 'Arvia'], 'XA'],
  ['city:1', 'Port Vell', ['Portvell'], 'XA'],
  ['city:2', 'Norra', ['Port Vell', 'the Norra'], 'XB'],
  ['region:XA-1', 'Sunda Coast', [], 'XA'],
  ['region:XB-1', 'Highmark', [], 'XB'],
  ['region:XC-1', 'Highmark', [], 'XC'],
];

describe('the gazetteer’s keys, folded and sorted at build time', () => {
  const keys = gazetteerKeys(PLACES, ['Kraków', 'Koszalin', 'Łódź']);

  it('finds every place a folded name belongs to, in the order of the file', () => {
    expect(valuesOf(keys.main, 'port vell')).toEqual([1]);
    expect(valuesOf(keys.other, 'port vell')).toEqual([2]);
    expect(valuesOf(keys.other, 'norra')).toEqual([2]);
    expect(valuesOf(keys.other, 'arvia')).toEqual([0]);
    expect(valuesOf(keys.main, 'arvia')).toEqual([]);
  });
  it('keeps regions apart, and a region name of two countries belongs to neither', () => {
    expect(valuesOf(keys.regions, 'sunda coast')).toEqual(['XA']);
    expect(valuesOf(keys.regions, 'highmark')).toEqual([null]);
    expect(valuesOf(keys.main, 'sunda coast')).toEqual([]);
  });
  it('folds city names as lookups do (accents, Polish letters)', () => {
    expect(hasKey(keys.cities, 'krakow')).toBe(true);
    expect(hasKey(keys.cities, 'lodz')).toBe(true);
    expect(hasKey(keys.cities, 'koszalin')).toBe(true);
    expect(hasKey(keys.cities, 'kosza')).toBe(false);
  });
  it('refuses keys made from files of other sizes', () => {
    expect(fittingKeys(keys, PLACES.length, 3)).toBe(keys);
    expect(fittingKeys(keys, PLACES.length + 1, null)).toBeNull();
    expect(fittingKeys(keys, null, 4)).toBeNull();
    expect(fittingKeys(null, PLACES.length, 3)).toBeNull();
  });

  const built = new URL('../../dist/data/gazetteer-keys.json', import.meta.url);
  it.skipIf(!existsSync(built))(
    'the build wrote the keys of the shipped data files, as the sources fold them',
    () => {
      const stored = JSON.parse(readFileSync(built, 'utf8')) as GazetteerKeys;
      const fresh = gazetteerKeys(
        readDataFile<{places: PlaceEntry[]}>('place-names.json').places,
        readDataFile<string[]>('cities.json'),
      );
      expect(stored).toEqual(fresh);
    },
  );

  it('parses the keys in slices to what JSON.parse gives, from the layout JSON.stringify writes', () => {
    const text = JSON.stringify(keys);
    let pauses = 0;
    const steps = parseGazetteerKeysSteps(text);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        expect(step.value).toEqual(JSON.parse(text));
        break;
      }
      pauses += 1;
    }
    expect(pauses).toBe(0); // a few names: no array reaches a slice
    // Another layout (spaces, another order) is parsed whole, never wrongly.
    const {cities, ...rest} = keys;
    const spaced = JSON.stringify({cities, ...rest}, null, 1);
    expect(runSteps(parseGazetteerKeysSteps(spaced))).toEqual(keys);
  });

  it.skipIf(!existsSync(built))('parses the built keys a few thousand names at a time', () => {
    const text = readFileSync(built, 'utf8');
    let pauses = 0;
    // A clock that moves a millisecond at every read, not the machine's: how many pauses the real clock gives
    // depends on how fast the machine is at the moment (10 on a fast one, failing this test under load once).
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 1));
    const steps = parseGazetteerKeysSteps(text);
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    vi.restoreAllMocks();
    expect(step.value).toEqual(JSON.parse(text));
    expect(pauses).toBeGreaterThan(10);
  });
});
