import {describe, expect, it} from 'vitest';
import {isoDate} from '../../src/feeds/items.js';

// A feed item's date, as brief writes it into the article's front matter.
const NOW = Date.parse('2026-12-05T09:00:00Z');

describe('a feed item’s date', () => {
  it('is the ISO form of an RSS date, and an ISO date as given', () => {
    expect(isoDate('Mon, 02 Dec 2024 10:00:00 GMT', NOW)).toBe('2024-12-02T10:00:00.000Z');
    expect(isoDate('2024-12-02T10:00:00+01:00', NOW)).toBe('2024-12-02T10:00:00+01:00');
    expect(isoDate(' 2026-12-06 ', NOW)).toBe('2026-12-06');
  });

  it('is none for a date far ahead of now, which would sort the item first for ever', () => {
    expect(isoDate('2999-01-01T00:00:00Z', NOW)).toBeNull();
    expect(isoDate('Fri, 01 Jan 2100 00:00:00 GMT', NOW)).toBeNull();
    expect(isoDate('2027-01-01', NOW)).toBeNull();
  });

  it('keeps text that is no date, and none for none', () => {
    expect(isoDate('last Tuesday', NOW)).toBe('last Tuesday');
    expect(isoDate(null, NOW)).toBeNull();
    expect(isoDate('', NOW)).toBeNull();
  });
});
