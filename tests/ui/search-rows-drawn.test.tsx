import React from 'react';
import {describe, expect, it, vi} from 'vitest';
import type {EntitySearchResult} from '../../src/search/index.js';
import type {EntityArticle} from '../../src/store/index.js';
import type {SearchView} from '../../src/ui/state/app-state.js';
import {mount} from './helpers/render.js';

// Each search result fits its kind tag and its name with text.ts's `fit`, so the calls count the rows worked out;
// and what the rows draw is checked on the frame.
const fitted = vi.hoisted(() => ({calls: 0}));
vi.mock('../../src/ui/text.js', async (original) =>
  (await import('./helpers/counted-fit.js')).countedFit(original, fitted),
);

const {SearchScreen} = await import('../../src/ui/screens/SearchScreen.js');
const {searchPage} = await import('../../src/ui/state/metrics.js');

// Made-up people and places, each named in one made-up article.
const result = (name: string, kind: 'person' | 'place'): EntitySearchResult => ({
  entity: {key: `${kind}:${name.toLowerCase()}`, kind, name, aliases: [], articleCount: 3, mentions: 5},
  score: 1,
  matched: name,
  how: 'most named',
});
const people = Array.from({length: 30}, (_, i) => result(`Tomas Harbourne ${i}`, 'person'));
const places = Array.from({length: 30}, (_, i) => result(`Tarrow Bay ${i}`, 'place'));
// As the reader's view data, the same list for a key each time it is asked.
const named = new Map<string, EntityArticle[]>();
const where = (key: string): EntityArticle[] => {
  if (!named.has(key))
    named.set(key, [{articleId: key, title: `Ferry news of ${key}`, date: null, mentions: 2}]);
  return named.get(key)!;
};
const view = (query: string, selected: number): SearchView => ({
  mode: 'search',
  query,
  kind: 'all',
  selected,
  top: 0,
  marked: false,
});
const size = {columns: 100, rows: 30};

describe('the search results on a key', () => {
  it('a cursor move works out again only the two results whose selection changed', async () => {
    const ui = await mount(<SearchScreen view={view('t', 3)} results={people} where={where} {...size} />);
    await ui.waitFor('Tomas Harbourne 0');
    fitted.calls = 0;
    await ui.rerender(<SearchScreen view={view('t', 4)} results={people} where={where} {...size} />);
    // The two rows, each fitting its kind tag, its name and where it is named; not every row on the page.
    expect(searchPage(size.rows)).toBeGreaterThan(4);
    expect(fitted.calls).toBe(2 * 3);
    await ui.unmount();
  });

  it('a new query draws the new results in the rows the old ones held, with their own lines', async () => {
    const ui = await mount(<SearchScreen view={view('t', 0)} results={people} where={where} {...size} />);
    await ui.waitFor('Tomas Harbourne 0');
    await ui.rerender(
      <SearchScreen view={view('ta', 0)} results={places.slice(0, 5)} where={where} {...size} />,
    );
    const frame = await ui.waitFor('Tarrow Bay 4');
    expect(frame).not.toContain('Tomas Harbourne');
    const lines = frame.split('\n');
    for (let i = 0; i < 5; i++) {
      const at = lines.findIndex((l) => new RegExp(`place\\s+Tarrow Bay ${i}\\s+3 articles`).test(l));
      expect(at, `result ${i}`).toBeGreaterThan(0);
      expect(lines[at + 1]).toMatch(new RegExp(`^\\s+in Ferry news of place:tarrow bay ${i}$`));
    }
    expect(frame).toContain('5 matches');
    await ui.unmount();
  });
});
