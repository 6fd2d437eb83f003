import {describe, expect, it} from 'vitest';
import {readCountries, readDataFile} from '../../src/extract/entities/data-files.js';
import {isCity, knownPlace} from '../../src/extract/entities/gazetteer.js';

describe('the gazetteer’s data files, read on first use', () => {
  it('reads the cities table (Koszalin, from the escape-room fire article) and the country table', () => {
    expect(readDataFile<string[]>('cities.json')).toContain('Koszalin');
    const countries = readCountries<{cca2: string}[]>();
    expect(countries.map((c) => c.cca2)).toContain('PL');
  });
  it('says which file is missing and what to do, in one line', () => {
    expect(() => readDataFile('no-such-table.json')).toThrow(
      /^brief's data file no-such-table\.json is missing; reinstall brief \(or run npm run build\)$/,
    );
  });
  it('builds the lookups from them when first asked', () => {
    expect(isCity('Koszalin')).toBe(true);
    expect(knownPlace('Poland')?.id).toBe('PL');
  });
});
