import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {otherKindsHint} from '../../src/ui/screens/SearchScreen.js';
import {storeOf, sampleLibrary} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

const size = {columns: 100, rows: 30};

async function start() {
  const {articles, analyses} = sampleLibrary();
  const store = storeOf(articles, analyses);
  const ui = await mount(<App store={store} size={size} />);
  await ui.waitFor('3 articles');
  return ui;
}

describe('search and entity view', () => {
  it('updates results on every keystroke, with kind, name and article count', async () => {
    const ui = await start();
    await ui.press('/');
    // Before typing: the most named entities, most articles first.
    const empty = await ui.waitFor('type a name', 'Marc Dubois');
    const row = (name: string) => empty.split('\n').findIndex((l) => l.includes(name));
    expect(row('Olena Petrenko')).toBeLessThan(row('Marc Dubois'));
    expect(row('Geneva')).toBeLessThan(row('Marc Dubois'));
    await ui.press('g');
    await ui.waitFor(/\d+ match(es)?/);
    await ui.press('e', 'n', 'e', 'v');
    let frame = await ui.waitFor('Geneva');
    expect(frame).toMatch(/place\s+Geneva\s+2 articles/);
    expect(frame).not.toContain('Olena Petrenko');
    await ui.press(KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace);
    await ui.waitFor('type a name');
    await ui.press('p', 'e', 't', 'r', 'e', 'n', 'k');
    frame = await ui.waitFor('Olena Petrenko');
    expect(frame).toMatch(/person\s+Olena Petrenko\s+2 articles/);
    await ui.unmount();
  });

  it('a paste holding control sequences types only its text', async () => {
    const ui = await start();
    // A control sequence Ink has no key for (clear screen, erase line) reached the box as "[2J", "[K".
    await ui.press('/', 'gen\u001b[2Jev\u001b[Ka');
    const frame = await ui.waitFor(/place\s+Geneva\s+2 articles/);
    expect(frame).toContain('/ geneva');
    await ui.unmount();
  });

  it('shows under each result the articles naming it, by title', async () => {
    const ui = await start();
    await ui.press('/', 'g', 'e', 'n', 'e', 'v', 'a');
    const frame = await ui.waitFor(/place\s+Geneva\s+2 articles/);
    const lines = frame.split('\n');
    const at = lines.findIndex((l) => /place\s+Geneva/.test(l));
    expect(lines[at + 1]).toMatch(/^\s+in \S.*·/);
    await ui.unmount();
  });

  it('finds a name with a typo and filters by kind with Tab', async () => {
    const ui = await start();
    await ui.press('/', 'D', 'u', 'b', 'i', 'o', 's');
    await ui.waitFor('Marc Dubois');
    await ui.press(KEY.tab);
    await ui.waitFor('[people]', 'Marc Dubois');
    await ui.press(KEY.tab);
    const frame = await ui.waitFor('[places]');
    expect(frame).not.toContain('Marc Dubois');
    await ui.unmount();
  });

  it('Enter opens the entity view: every article naming it, its sentences and quotes; Enter opens an article; Esc goes back keeping the query and the list position', async () => {
    const ui = await start();
    await ui.press('j');
    await ui.press('/', 'p', 'e', 't', 'r', 'e', 'n');
    await ui.waitFor('Olena Petrenko');
    await ui.press(KEY.enter);
    let frame = await ui.waitFor('person · 2 articles');
    expect(frame).toContain('also: Petrenko');
    expect(frame).toContain('Drones hit the capital overnight');
    expect(frame).toContain('Leaders meet for a summit in Geneva');
    expect(frame).toContain('“We will rebuild,” said Olena Petrenko, the mayor.');
    expect(frame).toContain('— “We will rebuild”');
    expect(frame).toContain('Olena Petrenko met Marc Dubois in Geneva.');
    await ui.press('j', KEY.enter);
    frame = await ui.waitFor('Key facts');
    expect(frame).toContain('Leaders meet for a summit in Geneva');
    await ui.press(KEY.esc);
    await ui.waitFor('person · 2 articles');
    await ui.press(KEY.esc);
    frame = await ui.waitFor('/ petren');
    expect(frame).toContain('Olena Petrenko');
    await ui.press(KEY.esc);
    await ui.waitFor('3 articles');
    // The list cursor is where it was (second row): Enter opens that article.
    await ui.press(KEY.enter);
    await ui.waitFor('Olena Petrenko met Marc Dubois');
    await ui.unmount();
  });

  it('moves through results with a burst of Ctrl+N / Ctrl+P sent in one write', async () => {
    const ui = await start();
    await ui.press('/');
    const empty = await ui.waitFor('type a name', 'Marc Dubois');
    const names = empty
      .split('\n')
      .map((l) => /^(?:person|place|org)\s+(.+?)\s+\d+ articles?/.exec(l)?.[1])
      .filter((n): n is string => Boolean(n));
    expect(names.length).toBeGreaterThanOrEqual(4);
    // One write, as a terminal sends keys typed faster than the reader reads them.
    await ui.press('\u000e\u000e\u000e');
    await ui.press(KEY.enter);
    await ui.waitFor(new RegExp(`^${names[3]}\\s+\\S+ · \\d+ articles?`, 'm'));
    await ui.press(KEY.esc, '\u0010\u0010', KEY.enter);
    await ui.waitFor(new RegExp(`^${names[1]}\\s+\\S+ · \\d+ articles?`, 'm'));
    await ui.unmount();
  });

  it('Esc keeps the query: / shows it again, selected, so typing replaces it and → edits it', async () => {
    const ui = await start();
    await ui.press('/', 'g', 'e', 'n', 'e', 'v', 'a');
    await ui.waitFor('/ geneva', 'Geneva');
    await ui.press(KEY.esc);
    await ui.waitFor('3 articles');
    await ui.press('/');
    let frame = await ui.waitFor('/ geneva', 'typing replaces');
    expect(frame).toMatch(/place\s+Geneva/);
    await ui.press('d', 'u', 'b');
    frame = await ui.waitFor('/ dub', 'Marc Dubois');
    expect(frame).not.toContain('geneva');
    await ui.press(KEY.esc, '/', KEY.right, 'o');
    await ui.waitFor('/ dubo');
    await ui.press(KEY.esc, '/', KEY.backspace);
    await ui.waitFor('type a name');
    await ui.unmount();
  });

  it('reads titles in the query as titles and a short form as initials, as brief search does', async () => {
    const {articles, analyses} = sampleLibrary();
    const petrenko = analyses.strike?.people[0];
    if (petrenko) petrenko.aliases.push('Mayor Petrenko');
    const ui = await mount(<App store={storeOf(articles, analyses)} size={size} />);
    await ui.waitFor('3 articles');
    await ui.press('/', ...'mayor petrenko');
    expect(await ui.waitFor(/person\s+Olena Petrenko \(as Mayor Petrenko\)/)).not.toContain('no match');
    await ui.press(...Array.from('mayor petrenko', () => KEY.backspace), 'C', 'C');
    await ui.waitFor(/org\w*\s+City Council\s+1 article/);
    await ui.unmount();
  });

  it('says when nothing matches and keeps q as a letter while typing', async () => {
    const ui = await start();
    await ui.press('/', 'q', 'x', 'z', 'q');
    const frame = await ui.waitFor('/ qxzq');
    expect(frame).toContain('nothing matches');
    await ui.unmount();
  });
});

describe('a search limited to one kind', () => {
  it('says which other kinds match when the kind finds nothing, and Shift+Tab shows them', async () => {
    const ui = await start();
    await ui.press('/', ...'geneva', KEY.tab);
    const frame = await ui.waitFor('no people match; 1 place does — Tab: other kinds');
    expect(frame).not.toContain('nothing matches');
    await ui.press(KEY.shiftTab);
    await ui.waitFor('[all]', 'Geneva');
    await ui.unmount();
  });

  it('keeps the key to press when the hint is wider than the screen', () => {
    const others = {text: '45 organizations', count: 45};
    expect(otherKindsHint('no people match', others, 80)).toBe(
      'no people match; 45 organizations do — Tab: other kinds',
    );
    // The whole hint is 55 columns: at 50 its first part goes, never the key at its end.
    expect(otherKindsHint('no people match', others, 50)).toBe('45 organizations do — Tab: other kinds');
    expect(otherKindsHint('no places match', {text: '1 person', count: 1}, 30)).toBe(
      '1 person does — Tab: other kinds',
    );
  });

  it('still says nothing matches when no kind does', async () => {
    const ui = await start();
    await ui.press('/', ...'qxzq', KEY.tab);
    await ui.waitFor('[people]', 'nothing matches');
    await ui.unmount();
  });
});

describe('help and small terminals', () => {
  it('? shows every key from the keymap, Esc closes it', async () => {
    const ui = await start();
    await ui.press('?');
    let frame = await ui.waitFor('Article list');
    // Its title names every key that closes it, as its footer does.
    expect(frame).toContain('Keys — Esc, ? or q closes');
    expect(frame).toContain('move down / scroll down');
    expect(frame).toContain('mark read / unread');
    await ui.press('G');
    frame = await ui.waitFor('close help');
    await ui.press(KEY.esc);
    await ui.waitFor('3 articles');
    await ui.unmount();
  });

  it('? from the article shows its keys first, fits 60 columns, and scrolls to the end', async () => {
    const {articles, analyses} = sampleLibrary();
    const ui = await mount(<App store={storeOf(articles, analyses)} size={{columns: 60, rows: 15}} />);
    await ui.waitFor('3 articles');
    await ui.press(KEY.enter);
    await ui.waitFor('Summary');
    await ui.press('?');
    let frame = await ui.waitFor('Keys');
    expect(frame.split('\n')[1]?.trim()).toBe('Article');
    // A help text too long for 60 columns wraps under itself instead of being cut.
    expect(frame).toMatch(/open the name selected in People,[^\n]*\n\s+[^\n]*Organizations/);
    expect(frame).toMatch(/↓ more/);
    await ui.press('G');
    frame = await ui.waitFor('not analysed yet');
    for (const l of frame.split('\n')) expect([...l].length).toBeLessThanOrEqual(60);
    await ui.press(KEY.esc);
    await ui.waitFor('Summary');
    await ui.unmount();
  });

  it('shows "terminal too small" below 60×15 instead of the layout', async () => {
    const {articles, analyses} = sampleLibrary();
    for (const small of [
      {columns: 59, rows: 30},
      {columns: 100, rows: 14},
    ]) {
      const ui = await mount(<App store={storeOf(articles, analyses)} size={small} />);
      const frame = await ui.waitFor('terminal too small');
      expect(frame).not.toContain('articles');
      expect(frame.split('\n').length).toBeLessThan(small.rows);
      await ui.unmount();
    }
    // Keys other than quit do nothing unseen behind the message.
    const store = storeOf(articles, analyses);
    const tiny = await mount(<App store={store} size={{columns: 40, rows: 10}} />);
    await tiny.waitFor('terminal too small');
    await tiny.press('/', KEY.enter, 'G', 'm');
    // Enlarged again: still the list, cursor on the first row, nothing marked read.
    await tiny.rerender(<App store={store} size={{columns: 100, rows: 30}} />);
    const after = await tiny.waitFor('3 articles', '3 unread');
    expect(after).toContain('filter: all');
    await tiny.press(KEY.enter);
    await tiny.waitFor('Drones hit the capital overnight', 'Key facts');
    await tiny.unmount();
    const ok = await mount(<App store={storeOf(articles, analyses)} size={{columns: 60, rows: 15}} />);
    const frame = await ok.waitFor('3 articles');
    expect(frame.split('\n').length).toBeLessThanOrEqual(14);
    await ok.unmount();
  });
});
