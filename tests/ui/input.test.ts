import {describe, expect, it} from 'vitest';
import type {Key} from 'ink';
import type {ArticleRecord} from '../../src/store/index.js';
import {reduce} from '../../src/ui/state/app-reducer.js';
import {initialState} from '../../src/ui/state/app-state.js';
import {commandActions, type CommandContext} from '../../src/ui/state/command-actions.js';
import {editQuery} from '../../src/ui/state/query-edit.js';
import {escapeThenKey, splitKeys} from '../../src/ui/state/split-keys.js';
import {endOfRead, stepControlStrings, type StringState} from '../../src/ui/state/control-strings.js';

describe('splitKeys', () => {
  it.each([
    ['j', {}, [{input: 'j', key: {}}]],
    [
      'G\r',
      {},
      [
        {input: 'G', key: {shift: true}},
        {input: '', key: {return: true}},
      ],
    ],
    [
      'ab\t',
      {},
      [
        {input: 'a', key: {}},
        {input: 'b', key: {}},
        {input: '', key: {tab: true}},
      ],
    ],
    [
      'x\u007f',
      {},
      [
        {input: 'x', key: {}},
        {input: '', key: {backspace: true}},
      ],
    ],
    ['', {upArrow: true}, [{input: '', key: {upArrow: true}}]],
    // Control characters sent together (C-n C-n, C-f C-f) arrive as one chunk Ink does not recognise as Ctrl.
    [
      '\u000e\u000e\u000e',
      {},
      [
        {input: 'n', key: {ctrl: true}},
        {input: 'n', key: {ctrl: true}},
        {input: 'n', key: {ctrl: true}},
      ],
    ],
    [
      '\u0010\u0010',
      {},
      [
        {input: 'p', key: {ctrl: true}},
        {input: 'p', key: {ctrl: true}},
      ],
    ],
    [
      'j\u0006',
      {},
      [
        {input: 'j', key: {}},
        {input: 'f', key: {ctrl: true}},
      ],
    ],
    [
      '\u0003\u0003',
      {},
      [
        {input: 'c', key: {ctrl: true}},
        {input: 'c', key: {ctrl: true}},
      ],
    ],
    // Control characters that are no Ctrl+letter are dropped, not typed.
    [
      'a\u001cb',
      {},
      [
        {input: 'a', key: {}},
        {input: 'b', key: {}},
      ],
    ],
    // What Ink leaves of a control sequence it has no key for ("\e[2J", "\e[K", "\e[200~", "\e[1G") is no typing.
    ['[2J', {shift: true}, []],
    ['[K', {}, []],
    ['[200~', {}, []],
    ['[1G', {}, []],
    // Two typed characters in one chunk stay keys, and so does text that only starts like a sequence.
    [
      '[a',
      {},
      [
        {input: '[', key: {}},
        {input: 'a', key: {}},
      ],
    ],
    [
      '[1] x',
      {},
      [
        {input: '[', key: {}},
        {input: '1', key: {}},
        {input: ']', key: {}},
        {input: ' ', key: {}},
        {input: 'x', key: {}},
      ],
    ],
  ] as [string, Partial<Key>, unknown][])('%j', (input, key, events) => {
    expect(splitKeys(input, key)).toEqual(events);
  });
});

describe('escapeThenKey', () => {
  const esc = {input: '', key: {escape: true}};
  it.each([
    // Esc and the key after it in one read (Ink would read an Alt+key, and run neither) are the two keys.
    ['\u001b\t', [esc, {input: '', key: {tab: true}}]],
    ['\u001b\u001b', [esc, esc]],
    ['\u001b\u0003', [esc, {input: 'c', key: {ctrl: true}}]],
    ['\u001b\r', [esc, {input: '', key: {return: true}}]],
    ['\u001bj', [esc, {input: 'j', key: {}}]],
    ['\u001bG', [esc, {input: 'G', key: {shift: true}}]],
    ['\u001b/', [esc, {input: '/', key: {}}]],
    ['\u001b\u001c', [esc]],
    // Alt+Backspace stays whole (the search box deletes a word); so does the opening of a sequence a read cut.
    ['\u001b\u007f', null],
    ['\u001b\b', null],
    ['\u001b[', null],
    ['\u001bO', null],
    // Not ESC and one key: whole sequences, a lone Esc, plain text.
    ['\u001b[A', null],
    ['\u001b', null],
    ['j', null],
    ['\tj', null],
  ] as [string, unknown][])('%j → %j', (raw, events) => {
    expect(escapeThenKey(raw)).toEqual(events);
  });
});

describe('stepControlStrings', () => {
  // Each row: the state before, the raw events of one read in order, then the keys left and the state after the read.
  it.each([
    ['keys', ['j'], ['whole'], 'keys'],
    ['keys', ['\u001b]', '0;title\u0007eva'], ['eva'], 'keys'],
    ['keys', ['\u001b]', '0;title', '\u001b\\', 'eva'], ['whole'], 'keys'],
    ['keys', ['\u001bP', '1$r0m', '\u001b\\'], [], 'keys'],
    ['keys', ['\u001b_', 'Gi=1\u0018x'], ['x'], 'keys'],
    // Another escape sequence ends the string and is a key itself.
    ['keys', ['\u001b]', '0;ti', '\u001b[A'], ['whole'], 'keys'],
    // An opening nothing followed (Alt+]) is closed when the read ends; a body cut at the read's end stays open.
    ['keys', ['\u001b]'], [], 'keys'],
    ['keys', ['\u001b]', '0;a long'], [], 'cut'],
    ['cut', [' title\u0007'], [], 'keys'],
    ['cut', [' tit', 'le\u0007x'], ['x'], 'keys'],
    // A string never ended (a paste cut short): a key pressed later, one character, is a key and ends it.
    ['cut', ['j'], ['whole'], 'keys'],
    ['cut', ['\u0007'], [], 'keys'],
    // Typed characters that open strings in a terminal's parser are keys when no ESC came before them.
    ['keys', [']', 'P', '_'], ['whole', 'whole', 'whole'], 'keys'],
  ] as [StringState, string[], string[], StringState][])('%s %j → %j, %s', (before, raws, keys, after) => {
    let state = before;
    const left: string[] = [];
    for (const raw of raws) {
      const step = stepControlStrings(state, raw);
      state = step.state;
      if (step.keys) left.push(step.keys.whole ? 'whole' : step.keys.rest);
    }
    expect(left).toEqual(keys);
    expect(endOfRead(state)).toBe(after);
  });
});

describe('editQuery', () => {
  it.each([
    ['zel', 'e', {}, 'zele'],
    ['zel', '', {backspace: true}, 'ze'],
    ['zel', '', {delete: true}, 'ze'],
    ['', '', {backspace: true}, ''],
    ['new york', 'u', {ctrl: true}, ''],
    ['new york', 'w', {ctrl: true}, 'new '],
    // Alt+Backspace (Ink: ESC DEL as Delete with meta, ESC BS as Backspace with meta) deletes a word, as in a shell.
    ['new york', '', {delete: true, meta: true}, 'new '],
    ['new york', '', {backspace: true, meta: true}, 'new '],
    ['zel', '', {upArrow: true}, 'zel'],
    ['zel', '', {return: true}, 'zel'],
    ['zel', '', {escape: true}, 'zel'],
    ['zel', '', {tab: true}, 'zel'],
    ['a', '\u001b[31mb\u0007', {}, 'a[31mb'],
    ['', 'Kyiv', {}, 'Kyiv'],
    // Backspace takes what the box draws as one character: a flag, an emoji with its skin tone, a family, a letter
    // with its combining accent; never half of one.
    ['kyiv 🇺🇦', '', {backspace: true}, 'kyiv '],
    ['ok 👍🏽', '', {backspace: true}, 'ok '],
    ['👨‍👩‍👧', '', {delete: true}, ''],
    ['cafe\u0301', '', {backspace: true}, 'caf'],
    ['مرحبا', '', {backspace: true}, 'مرحب'],
    // A paste cut at the box's 100 characters keeps whole characters: no half of an emoji's surrogate pair.
    ['', `${'a'.repeat(99)}😀b`, {}, 'a'.repeat(99)],
    ['', `${'a'.repeat(98)}😀b`, {}, `${'a'.repeat(98)}😀`],
  ] as [string, string, Partial<Key>, string][])('%j + %j %j → %j', (query, input, key, expected) => {
    expect(editQuery({query, marked: false}, input, key)).toEqual({query: expected, marked: false});
  });

  // A query brought back by / is selected: typing replaces it, deleting clears it, → or End edits it.
  it.each([
    ['new york', 'b', {}, {query: 'b', marked: false}],
    ['new york', 'Kyiv', {}, {query: 'Kyiv', marked: false}],
    ['new york', '', {backspace: true}, {query: '', marked: false}],
    ['new york', 'w', {ctrl: true}, {query: '', marked: false}],
    ['new york', '', {rightArrow: true}, {query: 'new york', marked: false}],
    ['new york', '', {end: true}, {query: 'new york', marked: false}],
    ['new york', '', {downArrow: true}, {query: 'new york', marked: true}],
    ['new york', '', {return: true}, {query: 'new york', marked: true}],
    ['new york', '\u0007', {}, {query: 'new york', marked: true}],
  ] as [string, string, Partial<Key>, {query: string; marked: boolean}][])(
    'selected %j + %j %j → %j',
    (query, input, key, expected) => {
      expect(editQuery({query, marked: true}, input, key)).toEqual(expected);
    },
  );
});

describe('commandActions', () => {
  const rec = (id: string, fields: Partial<ArticleRecord> = {}): ArticleRecord => ({
    id,
    path: id,
    title: id,
    source: null,
    authors: [],
    date: null,
    url: `https://x/${id}`,
    hash: id,
    read: false,
    favourite: false,
    counts: null,
    ...fields,
  });
  const articles = [rec('a'), rec('b', {read: true, favourite: true})];
  const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({
    state: initialState(articles),
    count: 2,
    page: 10,
    scroll: false,
    open: null,
    article: articles[0] ?? null,
    ...over,
  });

  it('gives n / p the height of the table whose cursor follows them', () => {
    const state = reduce(initialState(articles), {type: 'openArticle', id: 'a', siblings: ['a', 'b']});
    expect(commandActions('nextArticle', ctx({state, listPage: 17})).actions).toEqual([
      {type: 'sibling', delta: 1, listPage: 17},
    ]);
  });

  it('opens an article and marks it read only when unread', () => {
    expect(commandActions('open', ctx({open: {type: 'article', id: 'a', siblings: ['a', 'b']}}))).toEqual({
      actions: [{type: 'openArticle', id: 'a', siblings: ['a', 'b']}],
      effects: [{type: 'setRead', id: 'a', read: true}],
    });
    expect(commandActions('open', ctx({open: {type: 'article', id: 'b', siblings: []}})).effects).toEqual([]);
    expect(commandActions('open', ctx())).toEqual({actions: [], effects: []});
  });

  it('toggles read and favourite of the current article, opens its URL, quits', () => {
    expect(commandActions('toggleRead', ctx()).effects).toEqual([{type: 'setRead', id: 'a', read: true}]);
    expect(commandActions('toggleFavourite', ctx({article: articles[1] ?? null})).effects).toEqual([
      {type: 'setFavourite', id: 'b', favourite: false},
    ]);
    expect(commandActions('openUrl', ctx()).effects).toEqual([{type: 'openUrl', url: 'https://x/a'}]);
    expect(commandActions('toggleRead', ctx({article: null})).effects).toEqual([]);
    expect(commandActions('quit', ctx()).effects).toEqual([{type: 'exit'}]);
  });

  it('passes movement with the rows and page of what has the keyboard', () => {
    expect(commandActions('pageDown', ctx({count: 7, page: 3, scroll: true})).actions).toEqual([
      {type: 'move', movement: 'pageDown', count: 7, page: 3, scroll: true},
    ]);
  });
});
