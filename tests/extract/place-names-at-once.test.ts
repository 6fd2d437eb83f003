import {describe, expect, it, vi} from 'vitest';

// The gazetteer's names are built a slice at a time by the reader's warm-up (placeNamesStep) and at once by an
// extraction worker (placeNames, one JSON.parse of the file): both must answer alike.

type PlaceNamesModule = typeof import('../../src/extract/entities/place-names.js');

async function fresh(): Promise<PlaceNamesModule> {
  vi.resetModules();
  return import('../../src/extract/entities/place-names.js');
}

const NAMES = ['Kyiv', 'Kiev', 'Czechia', 'Czech Republic', 'Georgia', 'Koszalin', 'Florida', 'Nowhere Town'];

describe('the gazetteer’s names built at once or in slices', () => {
  it('answer alike', async () => {
    const stepped = await fresh();
    let slices = 0;
    while (stepped.placeNamesStep()) slices += 1;
    expect(slices).toBeGreaterThan(10);
    const atOnce = (await fresh()).placeNames();
    const inSlices = stepped.placeNames();
    for (const name of NAMES) expect(atOnce.placeOf(name)).toEqual(inSlices.placeOf(name));
    // Most of them are places the gazetteer knows, so the comparison is of real answers.
    expect(NAMES.filter((name) => atOnce.placeOf(name) !== null).length).toBeGreaterThan(4);
    expect(atOnce.regionCountry('Queensland')).toBe(inSlices.regionCountry('Queensland'));
    expect(atOnce.countryName('PH')).toBe('Philippines');
  });
});
