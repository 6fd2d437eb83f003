import {describe, expect, it} from 'vitest';
import {kindNamed} from '../../src/search/other-kinds.js';

describe('the kind a word names (--kind)', () => {
  it.each([
    ['person', 'person'],
    ['People', 'person'],
    ['places', 'place'],
    ['organization', 'organization'],
    // As the reader's search results label it, and as British English spells it.
    ['org', 'organization'],
    ['Orgs', 'organization'],
    ['organisation', 'organization'],
    ['organisations', 'organization'],
  ])('%s is %s', (word, kind) => {
    expect(kindNamed(word)).toBe(kind);
  });

  it.each(['animal', 'constructor', 'toString', '__proto__', ''])('%s is no kind', (word) => {
    expect(kindNamed(word)).toBeNull();
  });
});
