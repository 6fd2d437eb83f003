import {describe, expect, it} from 'vitest';
import {placeNames} from '../../src/extract/entities/place-names.js';

// A city's other names (GeoNames' alternate names) are many and some are generic words or a region's name; a name
// that regions of several countries carry is not one city's, whatever GeoNames lists.

describe('placeOf: a city’s other names beside regions’ names', () => {
  it.each(['Central', 'Saint James', 'Bolívar'])(
    '%s, a region in several countries, names no city',
    (name) => {
      expect(placeNames().placeOf(name)).toBeNull();
    },
  );

  it.each<[string, string]>([
    // One other country's region of that name (a Jamaican parish) leaves the German city its English name.
    ['Hanover', 'DE'],
    // A region of the city's own country (the state) does not take the city's other name from it.
    ['New York', 'US'],
    ['Peking', 'CN'],
  ])('%s is still a city of %s', (name, country) => {
    const place = placeNames().placeOf(name);
    expect(place?.id.startsWith('city:')).toBe(true);
    expect(place?.country).toBe(country);
  });
});
