import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {nameKey} from '../../src/extract/entities/gazetteer.js';
import {foldFully, foldName} from '../../src/extract/names.js';
import {fold} from '../../src/search/fold.js';
import {normaliseName} from '../../src/store/entity-key.js';

// Names from articles/ or made up, each with forms that must fold to one.
const same: [string, string][] = [
  ['Sławoj Leszek Głódź', 'Slawoj Leszek Glodz'],
  ['GDAŃSK', 'gdansk'],
  ['U.S.', 'US'],
  ['Al-Varna Hotel', 'Al Varna  Hotel'],
  ['O’Brien', "O'Brien"],
  ['Jørgen Æsøy', 'jorgen aesoy'],
  ['Straße', 'strasse'],
];

describe('one name normaliser for extract, store and search', () => {
  it.each(same)('%s = %s', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
    expect(nameKey(a)).toBe(nameKey(b));
    expect(normaliseName(a)).toBe(normaliseName(b));
    expect(fold(a)).toBe(fold(b));
  });

  it('keeps names that differ apart', () => {
    expect(foldName('Anna Holm')).not.toBe(foldName('Anna Holt'));
  });

  it('each use adds only its own step', () => {
    expect(nameKey('The Guardian')).toBe('guardian');
    expect(normaliseName("Mr. Zelensky's")).toBe('zelensky');
    expect(fold("Kyiv's mayor")).toBe('kyivs mayor');
  });
});

describe('foldName’s shortcut for plain names', () => {
  it('folds as the full fold does, plain or not', () => {
    const alphabet = ['a', 'Z', 'q', '7', ' ', '  ', '-', '.', 'é', 'ł', '’', '\t', 'The '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), {maxLength: 12}), (parts) => {
        const text = parts.join('');
        expect(foldName(text)).toBe(foldFully(text));
      }),
    );
    for (const name of ['Kyiv', 'New York', 'Bosnia and Herzegovina', 'G7', 'A', '', ' Kyiv', 'Kyiv  City'])
      expect(foldName(name)).toBe(foldFully(name));
  });
});
