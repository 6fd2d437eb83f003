import {describe, expect, it} from 'vitest';
import type {ArticleRecord} from '../../src/store/index.js';
import {reduce, type Action} from '../../src/ui/state/app-reducer.js';
import {currentView, initialState, type AppState} from '../../src/ui/state/app-state.js';
import {arrivedAs} from '../../src/ui/state/follow-articles.js';

function record(id: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    path: `${id}.md`,
    title: id,
    source: null,
    authors: [],
    date: null,
    url: null,
    hash: `hash-${id}`,
    read: false,
    favourite: false,
    counts: null,
    ...fields,
  };
}

const list = ['ferry', 'harbour', 'council', 'bridge'].map((id) => record(id));
const ids = list.map((a) => a.id);
const run = (actions: Action[], state: AppState = initialState(list)) => actions.reduce(reduce, state);
const shownId = (s: AppState) => {
  const view = currentView(s);
  return view.mode === 'article' ? view.id : null;
};
const n: Action = {type: 'sibling', delta: 1, listPage: 10};
const p: Action = {type: 'sibling', delta: -1, listPage: 10};

describe('arrivedAs', () => {
  const arrived = {
    byHash: new Map([['hash-harbour', 'harbour-plan']]),
    byUrl: new Map([['https://example.com/ferry', 'news/ferry']]),
  };
  it.each([
    ['a rename: the same text under a new id', {hash: 'hash-harbour', url: null}, 'harbour-plan'],
    [
      'a move with an edit: the same web address',
      {hash: 'edited', url: 'https://example.com/ferry'},
      'news/ferry',
    ],
    ['a removal: nothing arrived like it', {hash: 'hash-bridge', url: 'https://example.com/bridge'}, null],
    ['no web address matches no other without one', {hash: 'other', url: null}, null],
  ] as [string, {hash: string; url: string | null}, string | null][])('%s', (_, lost, expected) => {
    expect(arrivedAs(lost, arrived)).toBe(expected);
  });
});

describe('an article view while the list changes under it', () => {
  it('n steps over an article whose file was removed since the article was opened', () => {
    const opened = run([{type: 'openArticle', id: 'ferry', siblings: ids}]);
    const removed = run(
      [{type: 'articles', page: 10, articles: list.filter((a) => a.id !== 'harbour')}],
      opened,
    );
    expect(shownId(run([n], removed))).toBe('council');
    expect(shownId(run([n, p], removed))).toBe('ferry');
  });

  it('n opens an article renamed since under its new name', () => {
    const opened = run([{type: 'openArticle', id: 'ferry', siblings: ids}]);
    const renamed = list.map((a) => (a.id === 'harbour' ? record('harbour-plan', {hash: a.hash}) : a));
    const after = run([{type: 'articles', page: 10, articles: renamed}, n], opened);
    expect(shownId(after)).toBe('harbour-plan');
  });

  it('the article on show follows its file through a rename', () => {
    const opened = run([{type: 'openArticle', id: 'harbour', siblings: ids}]);
    const renamed = list.map((a) => (a.id === 'harbour' ? record('harbour-plan', {hash: a.hash}) : a));
    const after = run([{type: 'articles', page: 10, articles: renamed}], opened);
    expect(shownId(after)).toBe('harbour-plan');
    expect(shownId(run([n], after))).toBe('council');
  });

  it('the article on show, removed, stays on show and n/p step from its place', () => {
    const opened = run([{type: 'openArticle', id: 'harbour', siblings: ids}]);
    const removed = run(
      [{type: 'articles', page: 10, articles: list.filter((a) => a.id !== 'harbour')}],
      opened,
    );
    expect(shownId(removed)).toBe('harbour');
    expect(shownId(run([n], removed))).toBe('council');
    expect(shownId(run([p], removed))).toBe('ferry');
  });

  it('follows a rename seen as a removal, then an addition, in two lists', () => {
    const opened = run([{type: 'openArticle', id: 'ferry', siblings: ids}]);
    const renamed = list.map((a) => (a.id === 'harbour' ? record('harbour-plan', {hash: a.hash}) : a));
    const after = run(
      [
        {type: 'articles', page: 10, articles: list.filter((a) => a.id !== 'harbour')},
        {type: 'articles', page: 10, articles: renamed},
        n,
      ],
      opened,
    );
    expect(shownId(after)).toBe('harbour-plan');
    const own = run([
      {type: 'openArticle', id: 'harbour', siblings: ids},
      {type: 'articles', page: 10, articles: list.filter((a) => a.id !== 'harbour')},
      {type: 'articles', page: 10, articles: renamed},
    ]);
    expect(shownId(own)).toBe('harbour-plan');
  });
});
