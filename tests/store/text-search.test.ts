import {describe, expect, it} from 'vitest';
import {ftsQuery, markedSnippet, toTextHit} from '../../src/store/text-search.js';

describe('ftsQuery: what a person types, as an FTS5 query', () => {
  it.each([
    ['kyiv', '"kyiv"*'],
    ['drone attack', '"drone" AND "attack"*'],
    ['Kyiv OR Kiev', '("Kyiv" OR "Kiev"*)'],
    ['"drone attack" kyiv', '"drone attack" AND "kyiv"*'],
    ['"drone attack"', '"drone attack"'],
    ['hurrican* bahamas', '"hurrican"* AND "bahamas"*'],
    ['ab | cd', '("ab" OR "cd"*)'],
    ['OR kyiv', '"kyiv"*'],
    // A trailing OR ends the word before it: "A OR" matched every word starting with "a".
    ['kyiv OR', '"kyiv"'],
    ['A OR', '"A"'],
    // One letter is a word, not the start of a good part of every article.
    ['a | b', '("a" OR "b")'],
    ['a', '"a"'],
    // FTS5's other operators are plain words, never a prefix: "AND" highlighted "Anderson".
    ['AND', '"AND"'],
    ['drone NOT', '"drone" AND "NOT"'],
    ['NEAR', '"NEAR"'],
  ])('%j → %s', (typed, query) => {
    expect(ftsQuery(typed)).toBe(query);
  });

  it('takes a term typed with other characters as written: no prefix, no operator', () => {
    // "C++" found "candidate" and "campaign"; "-foo" found "food", "foot" and "football".
    expect(ftsQuery('C++')).toBe('"C"');
    expect(ftsQuery('-foo')).toBe('"foo"');
    expect(ftsQuery('rust C++')).toBe('"rust" AND "C"');
    // A word typed plainly is still one being typed (from two letters on).
    expect(ftsQuery('C')).toBe('"C"');
    expect(ftsQuery('Co')).toBe('"Co"*');
    expect(ftsQuery('foo')).toBe('"foo"*');
  });

  it('adds the other names a word is given (a place’s exonyms) as alternatives', () => {
    expect(ftsQuery('kiev strike', (w) => (w === 'kiev' ? ['Kyiv'] : []))).toBe(
      '("kiev" OR "Kyiv") AND "strike"*',
    );
  });

  it('never hands FTS5 syntax through: quotes, stars, brackets, NEAR and column filters are words or nothing', () => {
    for (const typed of ['"', '***', 'a"b', '(x', 'title:kyiv', 'NEAR(a b)', '-', '^x', '""']) {
      const q = ftsQuery(typed);
      if (q !== null)
        expect(q).toMatch(/^(?:\(?"[\p{L}\p{N} ]*"\*?(?: OR "[\p{L}\p{N} ]*"\*?\))?(?: AND )?)+$/u);
    }
  });
});

describe('toTextHit', () => {
  it('puts the snippet on one line and marks the matches', () => {
    const hit = toTextHit({id: 'a', title: 'T', date: null, snippet: 'one\n\ntwo \u0001kyiv\u0002 three'});
    expect(hit.snippet).toEqual([
      {text: 'one two ', match: false},
      {text: 'kyiv', match: true},
      {text: ' three', match: false},
    ]);
  });
});

describe('markedSnippet', () => {
  it("marks matches with brackets that the text's own brackets cannot be taken for", () => {
    // Made-up text: "[found in food]" is the article's own aside, "food" the match.
    const marked = markedSnippet([
      {text: 'E. coli [found in ', match: false},
      {text: 'food', match: true},
      {text: '] spread', match: false},
    ]);
    expect(marked).toBe('E. coli \\[found in [food]\\] spread');
    // The unescaped brackets are exactly the match's.
    expect(marked.match(/(?<!\\)\[([^\]]*)(?<!\\)\]/g)).toEqual(['[food]']);
  });
});
