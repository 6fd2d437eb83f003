import React from 'react';
import {describe, expect, it} from 'vitest';
import type {EntitySearchResult} from '../../src/search/index.js';
import type {SearchView} from '../../src/ui/state/app-state.js';
import {searchPage} from '../../src/ui/state/metrics.js';
import {SearchScreen} from '../../src/ui/screens/SearchScreen.js';
import {indexingLeft} from '../../src/ui/components/StatusLine.js';
import type {IndexProgress} from '../../src/store/types.js';
import {mount} from './helpers/render.js';

// More results than a screen holds: made-up people, each named in one made-up article.
const results: EntitySearchResult[] = Array.from({length: 40}, (_, i) => ({
  entity: {
    key: `person:ana ${i}`,
    kind: 'person',
    name: `Ana Example ${i}`,
    aliases: [],
    articleCount: 1,
    mentions: 2,
  },
  score: 1,
  matched: `Ana Example ${i}`,
  how: 'most named',
}));
const where = (key: string) => [
  {articleId: key, title: `Story about ${key.slice(7)}`, date: null, mentions: 2},
];
const view = (selected: number): SearchView => ({
  mode: 'search',
  query: 'ana',
  kind: 'all',
  selected,
  top: 0,
  marked: false,
});

describe('search screen', () => {
  it('shows a full page of results, each name with the line saying where it is named under it', async () => {
    const size = {columns: 80, rows: 20};
    const ui = await mount(<SearchScreen view={view(0)} results={results} where={where} {...size} />);
    const lines = (await ui.waitFor('Ana Example 0')).split('\n');
    const page = searchPage(size.rows);
    for (let i = 0; i < page; i++) {
      const at = lines.findIndex((l) => new RegExp(`person\\s+Ana Example ${i}\\s+1 article`).test(l));
      expect(at, `result ${i}`).toBeGreaterThan(0);
      expect(lines[at + 1]).toMatch(new RegExp(`^\\s+in Story about ana ${i}$`));
    }
    expect(lines.join('\n')).not.toContain(`Ana Example ${page} `);
    await ui.unmount();
  });

  // At 60 columns the hint before any typing read "type a name; most na…".
  it.each([
    [60, 'Search people, places, organizations · type a name'],
    [80, 'Search people, places, organizations · type a name; most named first'],
  ])('at %i columns says what to do in words that fit: %s', async (columns, header) => {
    const empty: SearchView = {...view(0), query: ''};
    const ui = await mount(
      <SearchScreen view={empty} results={results} where={where} columns={columns} rows={15} />,
    );
    const frame = await ui.waitFor('Ana Example 0');
    expect(frame.split('\n')[0]?.trimEnd()).toBe(header);
    await ui.unmount();
  });

  it('keeps the selected result and its line on screen when the cursor goes past the first page', async () => {
    const size = {columns: 80, rows: 20};
    const ui = await mount(<SearchScreen view={view(12)} results={results} where={where} {...size} />);
    const frame = await ui.waitFor('Ana Example 12');
    const lines = frame.split('\n');
    const at = lines.findIndex((l) => l.includes('Ana Example 12'));
    expect(lines[at + 1]).toContain('in Story about ana 12');
    await ui.unmount();
  });

  it('names the form that matched as brief search does: "(as Ana)" for a short form, "(also …)" for another name', async () => {
    const [first, second] = results;
    if (!first || !second) throw new Error('no results');
    const shown = [
      {...first, matched: 'Ana'},
      {...second, matched: 'Anna Example', alternate: true},
    ];
    const ui = await mount(
      <SearchScreen view={view(0)} results={shown} where={where} columns={80} rows={20} />,
    );
    const frame = await ui.waitFor('Ana Example 0');
    expect(frame).toContain('Ana Example 0 (as Ana)');
    expect(frame).toContain('Ana Example 1 (also Anna Example)');
    await ui.unmount();
  });

  it('shows the end of a query longer than the line, where the typing is', async () => {
    const query = `${'a very long name of someone '.repeat(4)}Varga`;
    const long: SearchView = {...view(0), query};
    const ui = await mount(<SearchScreen view={long} results={[]} where={where} columns={60} rows={20} />);
    const frame = await ui.waitFor('Search');
    const line = frame.split('\n').find((l) => l.startsWith('/ ')) ?? '';
    expect(line).toMatch(/^\/ ….*someone Varga\s*$/);
    await ui.unmount();
  });

  it("keeps the marked query's hint whole beside a long query, and drops it when the line is too narrow", async () => {
    const query = `${'a very long name of someone '.repeat(4)}Varga`;
    const marked: SearchView = {...view(0), query, marked: true};
    const wide = await mount(
      <SearchScreen view={marked} results={[]} where={where} columns={60} rows={20} />,
    );
    let line = (await wide.waitFor('Search')).split('\n').find((l) => l.startsWith('/ ')) ?? '';
    expect(line).toMatch(/^\/ ….*Varga {2}typing replaces, → edits\s*$/);
    expect(line.length).toBeLessThanOrEqual(60);
    await wide.unmount();
    const narrow = await mount(
      <SearchScreen view={marked} results={[]} where={where} columns={32} rows={20} />,
    );
    line = (await narrow.waitFor('Search')).split('\n').find((l) => l.startsWith('/ ')) ?? '';
    expect(line).toMatch(/^\/ ….*someone Varga\s*$/);
    expect(line).not.toContain('typing');
    await narrow.unmount();
  });
});

describe('search with no match while the library is being indexed', () => {
  const none = {...view(0), query: 'zelen'};
  it('says the index may yet find one, and what it has still to do', async () => {
    const ui = await mount(
      <SearchScreen
        view={none}
        results={[]}
        where={where}
        indexing="12 articles still to analyse"
        columns={80}
        rows={20}
      />,
    );
    expect(await ui.waitFor('nothing matches yet')).toContain(
      'nothing matches yet: 12 articles still to analyse',
    );
    await ui.unmount();
    const done = await mount(<SearchScreen view={none} results={[]} where={where} columns={80} rows={20} />);
    const frame = await done.waitFor('nothing matches');
    expect(frame).not.toContain('yet');
    await done.unmount();
  });

  it.each([
    [null, null],
    [
      {done: 0, total: 0, rate: 0, etaSeconds: null, reading: {done: 3, total: 280}},
      'the library is still being read',
    ],
    [{done: 279, total: 280, rate: 1, etaSeconds: 1}, '1 article still to analyse'],
    [{done: 40, total: 280, rate: 1, etaSeconds: 1}, '240 articles still to analyse'],
    [{done: 280, total: 280, rate: 1, etaSeconds: 0}, null],
  ])('what an index at %j has still to do: %s', (progress, said) => {
    expect(indexingLeft(progress as IndexProgress | null)).toBe(said);
  });
});

describe("results from before the latest articles (a new version's names still being linked)", () => {
  it.each([
    [120, 'ana', 'Search people, places, organizations · 40 matches · from before the latest articles'],
    [80, 'ana', 'Search people, places, organizations · 40 matches · before the latest articles'],
    [80, '', 'Search people, places, organizations · most named · before the latest articles'],
  ])('at %i columns, query %j, says so in words that fit', async (columns, query, header) => {
    const ui = await mount(
      <SearchScreen
        view={{...view(0), query}}
        results={results}
        where={where}
        linking
        earlier
        columns={columns}
        rows={15}
      />,
    );
    const first = (await ui.waitFor('Search')).split('\n')[0] ?? '';
    expect(first.trimEnd()).toBe(header);
    expect(ui.frame()).toContain('Ana Example 0');
    await ui.unmount();
  });

  it('says, when nothing matched before them, that their names are being linked', async () => {
    const ui = await mount(
      <SearchScreen
        view={{...view(0), query: 'zelen'}}
        results={[]}
        where={where}
        linking
        earlier
        columns={80}
        rows={20}
      />,
    );
    expect(await ui.waitFor('nothing matches')).toContain(
      "nothing matches yet: linking the latest articles' names…",
    );
    await ui.unmount();
  });
});
