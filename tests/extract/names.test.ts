import {describe, expect, it} from 'vitest';
import {nameKey} from '../../src/extract/entities/gazetteer.js';
import {foldName} from '../../src/extract/names.js';
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
