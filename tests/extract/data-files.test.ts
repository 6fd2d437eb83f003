import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {readDataFile} from '../../src/extract/entities/data-files.js';
import {isCity, knownPlace} from '../../src/extract/entities/gazetteer.js';

describe('the gazetteer’s data files, read on first use', () => {
  it('reads the cities table (Koszalin, from the escape-room fire article) and the country table', () => {
    expect(readDataFile<string[]>('cities.json')).toContain('Koszalin');
    const {countries} = readDataFile<{countries: {cca2: string}[]}>('countries.json');
    expect(countries.map((c) => c.cca2)).toContain('PL');
  });
  it('holds the country table of the installed world-countries (else run npm run build:data)', () => {
    const {source} = readDataFile<{source: string}>('countries.json');
    const pkg = JSON.parse(
      readFileSync(new URL('../../node_modules/world-countries/package.json', import.meta.url), 'utf8'),
    ) as {version: string};
    expect(source).toBe(`world-countries@${pkg.version}`);
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
