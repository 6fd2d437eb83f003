import React, {act} from 'react';
import {describe, expect, it} from 'vitest';
import type {Store} from '../../src/store/index.js';
import {App} from '../../src/ui/App.js';
import {displayWidth} from '../../src/ui/text.js';
import {analysis, article, entity, fakeIndexing, storeOf, sampleLibrary} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

const wide = {columns: 100, rows: 30};

async function openStrike(size = wide) {
  const {articles, analyses} = sampleLibrary();
  const store = storeOf(articles, analyses);
  const ui = await mount(<App store={store} size={size} />);
  await ui.waitFor('3 articles');
  await ui.press(KEY.enter);
  await ui.waitFor('Key facts');
  return {ui, store};
}

/** The first line of the full text on screen (the line under the "Full text" rule). */
function firstTextLine(frame: string): string {
  const lines = frame.split('\n');
  const rule = lines.findIndex((l) => l.includes('Full text'));
  return (lines[rule + 1] ?? '').trim();
}

function lineOf(frame: string, text: string): number {
  return frame.split('\n').findIndex((l) => l.includes(text));
}

describe('article view', () => {
  it('shows the header and the six panels, quotes as speaker — “text”, side by side when wide', async () => {
    const {ui} = await openStrike();
    const frame = ui.frame();
    expect(frame).toContain('Drones hit the capital overnight');
    expect(frame).toContain('Daily Test · Ann Writer · 2024-03-03');
    expect(frame).toContain('1/3');
    for (const title of ['Summary', 'Key facts', 'Quotes', 'People', 'Places', 'Organizations'])
      expect(frame).toContain(title);
    // The clause's trailing comma stays in the extracted text but not inside the marks on screen.
    expect(frame).toContain('Olena Petrenko — “We will rebuild”');
    expect(frame).toContain('Olena Petrenko · mayor');
    // Wide: People shares a line with Summary (right column).
    expect(lineOf(frame, 'People')).toBe(lineOf(frame, 'Summary'));
    expect(frame.split('\n').length).toBeLessThanOrEqual(wide.rows - 1);
    await ui.unmount();
  });

  it('shows a quote with no speaker as “unattributed”, never blank or a guessed name', async () => {
    const {articles, analyses} = sampleLibrary();
    const strike = analyses.strike;
    if (!strike) throw new Error('sample library lost its strike report');
    const quotes = [...strike.quotes, {text: 'The sirens went on all night.', speaker: null}];
    const store = storeOf(articles, {...analyses, strike: {...strike, quotes}});
    const ui = await mount(<App store={store} size={wide} />);
    await ui.waitFor('3 articles');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('unattributed — “The sirens went on all night.”');
    expect(frame).toContain('Olena Petrenko — “We will rebuild”');
    expect(frame).not.toContain('unnamed');
    await ui.unmount();
  });

  it('cuts a long byline, not the marks or the position, in a narrow terminal', async () => {
    const {articles, analyses} = sampleLibrary();
    const [first, ...rest] = articles;
    if (!first) throw new Error('sample library is empty');
    const long = {...first, authors: ['Ann Writer', 'Bo Second-Writer', 'Cy Third-Writer', 'Dee Fourth']};
    const store = storeOf([long, ...rest], analyses);
    const ui = await mount(<App store={store} size={{columns: 60, rows: 20}} />);
    await ui.waitFor('3 articles');
    await ui.press('f');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('Key facts');
    const header = frame.split('\n').find((l) => l.includes('Daily Test')) ?? '';
    expect(header).toContain('★ favourite');
    expect(header).toContain('1/3');
    expect(header).toContain('…');
    await ui.unmount();
  });

  it('stacks the panels when narrow', async () => {
    const {ui} = await openStrike({columns: 70, rows: 40});
    const frame = await ui.waitFor('Organizations');
    expect(lineOf(frame, 'People')).toBeGreaterThan(lineOf(frame, 'Quotes'));
    expect(lineOf(frame, 'Quotes')).toBeGreaterThan(lineOf(frame, 'Key facts'));
    expect(lineOf(frame, 'Organizations')).toBeGreaterThan(lineOf(frame, 'Places'));
    await ui.unmount();
  });

  it('lays panels out by content: a short article has no hole, and a small terminal gives the focused panel the room', async () => {
    // Made up, shaped like the Aegean earthquake report in articles/: a short summary, six facts, no quotes.
    const summary = [
      'The search for survivors of the earthquake ended on Wednesday.',
      'At least 116 people died and more than 1,000 were hurt.',
    ];
    const facts = Array.from({length: 6}, (_, i) => ({
      text: `fact ${i}: about 20 buildings collapsed in the old town near the harbour`,
      sentence: '',
      values: [],
    }));
    const quake = analysis({
      summary,
      facts,
      places: [entity('Samos', 3), entity('Izmir', 3), entity('Aegean Sea', 2)],
      organizations: [entity('Disaster Agency')],
    });
    const store = storeOf([article('quake', {title: 'Search ends'})], {quake});
    const big = await mount(<App store={store} size={{columns: 140, rows: 45}} />);
    await big.waitFor('1 article ·');
    await big.press(KEY.enter);
    let frame = await big.waitFor('Key facts');
    const rows = frame.split('\n');
    const summaryEnd = lineOf(frame, 'were hurt.');
    expect(summaryEnd).toBeGreaterThan(lineOf(frame, 'Summary'));
    // Key facts starts on the line after the summary's last, and Quotes right after the last fact.
    expect(lineOf(frame, 'Key facts')).toBe(summaryEnd + 1);
    expect(rows[lineOf(frame, 'Quotes') - 1]).toMatch(/fact 5|harbour/);
    await big.unmount();

    const small = await mount(<App store={store} size={{columns: 60, rows: 15}} />);
    await small.waitFor('1 article ·');
    await small.press(KEY.enter, KEY.tab);
    frame = await small.waitFor('▶ Key facts');
    // The focused panel shows several facts, not one line; panels with no room show no scroll arrows.
    expect(frame).toContain('fact 1:');
    for (const title of ['Summary', 'Quotes', 'Places', 'Organizations']) {
      const line = frame.split('\n')[lineOf(frame, title)] ?? '';
      expect(line, title).not.toMatch(/[↑↓]/);
    }
    await small.unmount();
  });

  it('ends a fact cut at the foot of its panel with "…", and draws the full-text rule without one', async () => {
    const facts = Array.from({length: 8}, (_, i) => ({
      text: `fact ${i} begins here and then goes on for long enough to need a second line on screen end${i}`,
      sentence: '',
      values: [],
    }));
    const store = storeOf([article('long', {paragraphs: ['One.', 'Two.']})], {
      long: analysis({facts, summary: ['Short.']}),
    });
    // 19 rows: 15 for the panels, 6 of them titles, 9 for the focused facts (two lines each): one is cut.
    const ui = await mount(<App store={store} size={{columns: 80, rows: 19}} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter, KEY.tab);
    const frame = await ui.waitFor('▶ Key facts');
    const rows = frame.split('\n');
    const facts0 = lineOf(frame, '▶ Key facts');
    const shown = rows.slice(facts0 + 1, lineOf(frame, 'Quotes'));
    const last = shown.at(-1) ?? '';
    // The panel's last line is the first half of a fact (its end is not on screen): it says so.
    expect(shown.some((l) => /end\d/.test(l))).toBe(true);
    expect(last).not.toMatch(/end\d/);
    expect(last.trimEnd()).toMatch(/…$/);
    // Lines that end their fact get no mark.
    for (const l of shown.filter((x) => /end\d/.test(x))) expect(l).not.toContain('…');
    await ui.press('t');
    const text = await ui.waitFor('▶ Full text');
    expect(text.split('\n')[lineOf(text, '▶ Full text')]).not.toContain('…');
    await ui.unmount();
  });

  it('draws a bar chart of figures that share a unit', async () => {
    const {ui} = await openStrike({columns: 100, rows: 40});
    const frame = await ui.waitFor('Key figures: drones');
    const bar = (value: string) =>
      (frame.split('\n').find((l) => l.includes('█') && l.includes(value)) ?? '').split('█').length - 1;
    expect(bar(' 598')).toBeGreaterThan(0);
    expect(bar(' 563')).toBeGreaterThan(0);
    expect(bar(' 598')).toBeGreaterThanOrEqual(bar(' 563'));
    expect(frame).toContain('Key figures: missiles');
    // Each bar says what it counts.
    expect(frame).toContain('launched drones');
    expect(frame).toContain('shot down drones');
    await ui.unmount();
  });

  it('says in a panel that its stage failed, instead of "none found"', async () => {
    const failed = analysis({
      summary: ['The council met.'],
      failures: [{stage: 'facts', reason: 'facts made to fail'}],
    });
    const store = storeOf([article('broken', {paragraphs: ['The council met.']})], {broken: failed});
    const ui = await mount(<App store={store} size={wide} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('not analysed: stage facts failed: facts made to fail');
    expect(frame).not.toContain('no key facts found');
    // The other panels, whose stages ran, say what they found.
    expect(frame).toContain('no quotes found');
    await ui.unmount();
  });

  it('draws no chart when figures share a unit but count different things', async () => {
    const facts = [
      {text: 'The strikes killed at least 15 people', sentence: '', values: [{value: 15, unit: 'people'}]},
      {text: '100 people sheltered in the station', sentence: '', values: [{value: 100, unit: 'people'}]},
      {text: 'The city will spend $4 million', sentence: '', values: [{value: 4e6, unit: 'dollars'}]},
      {text: 'The bridge cost $2.3 billion', sentence: '', values: [{value: 2.3e9, unit: 'dollars'}]},
    ];
    const store = storeOf([article('mixed', {paragraphs: ['One.']})], {
      mixed: analysis({facts, summary: ['Short.']}),
    });
    const ui = await mount(<App store={store} size={wide} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('100 people sheltered');
    expect(frame).toContain('The strikes killed at least 15 people');
    expect(frame).not.toContain('Key figures');
    expect(frame).not.toContain('█');
    await ui.unmount();
  });

  it('moves focus with Tab / Shift+Tab, and Enter on a person opens the entity view', async () => {
    const {ui} = await openStrike();
    expect(ui.frame()).toContain('▶ Summary');
    await ui.press(KEY.tab);
    await ui.waitFor('▶ Key facts');
    await ui.press(KEY.shiftTab);
    await ui.waitFor('▶ Summary');
    await ui.press(KEY.tab, KEY.tab, KEY.tab);
    await ui.waitFor('▶ People');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('person · 2 articles');
    expect(frame).toContain('Leaders meet for a summit in Geneva');
    await ui.unmount();
  });

  it('opens a bare surname as the person the rest of the library names, with every article of both forms', async () => {
    const {articles, analyses} = sampleLibrary();
    const talks = article('talks', {
      title: 'Talks resume',
      date: '2024-04-04',
      paragraphs: ['Dubois left Geneva early.'],
    });
    analyses.talks = analysis({people: [entity('Dubois')], places: [entity('Geneva')]});
    const ui = await mount(<App store={storeOf([...articles, talks], analyses)} size={wide} />);
    await ui.waitFor('4 articles');
    await ui.press(KEY.enter);
    await ui.waitFor('Talks resume', 'People');
    await ui.press(KEY.tab, KEY.tab, KEY.tab);
    await ui.waitFor('▶ People');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('person · 2 articles');
    expect(frame.split('\n')[0]).toMatch(/^Marc Dubois\s+person · 2 articles/);
    expect(frame).toContain('also: Dubois');
    expect(frame).toContain('Talks resume');
    expect(frame).toContain('Leaders meet for a summit in Geneva');
    await ui.unmount();
  });

  it('scrolls the focused panel with j/k and toggles the full text with t', async () => {
    const paragraphs = Array.from({length: 40}, (_, i) => `Paragraph ${i} says something.`);
    const facts = Array.from({length: 30}, (_, i) => ({text: `fact number ${i}`, sentence: '', values: []}));
    const store = storeOf([article('long', {paragraphs})], {long: analysis({facts, summary: ['Short.']})});
    const ui = await mount(<App store={store} size={{columns: 80, rows: 20}} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter, KEY.tab);
    let frame = await ui.waitFor('▶ Key facts');
    expect(frame).toContain('fact number 0');
    await ui.press('j', 'j', 'j');
    frame = await ui.waitUntil((f) => !f.includes('fact number 0') && f.includes('fact number 3'));
    await ui.press('t');
    frame = await ui.waitFor('Paragraph 0 says');
    expect(frame).not.toContain('Paragraph 39');
    // Space pages down, as in a pager.
    await ui.press(' ');
    frame = await ui.waitUntil((f) => !f.includes('Paragraph 0 says') && f.includes('Paragraph 8 says'));
    await ui.press('G');
    frame = await ui.waitFor('Paragraph 39 says');
    expect(frame).not.toContain('Paragraph 0 says');
    await ui.press('t');
    await ui.waitFor('Key facts');
    await ui.unmount();
  });

  it('keeps the place in the full text when the terminal is resized, and scrolls on from there', async () => {
    // Long paragraphs, each naming itself at its start, so the lines above a place rewrap at another width.
    const words = (i: number) => Array.from({length: 60}, (_, w) => `p${i}w${w}`).join(' ');
    const paragraphs = Array.from({length: 30}, (_, i) => `Paragraph ${i} opens. ${words(i)}`);
    const store = storeOf([article('long', {paragraphs})], {long: analysis({summary: ['Short.']})});
    const ui = await mount(<App store={store} size={{columns: 100, rows: 20}} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter, 't');
    await ui.waitFor('Paragraph 0 opens');
    // Down to the start of paragraph 12 at 100 columns.
    for (let i = 0; i < 400 && !/^Paragraph 12 opens/m.test(firstTextLine(ui.frame())); i++)
      await ui.press('j');
    expect(firstTextLine(ui.frame())).toMatch(/^Paragraph 12 opens/);
    // Narrower: far more lines above it, and still paragraph 12 at the top.
    await ui.rerender(<App store={store} size={{columns: 60, rows: 20}} />);
    let frame = await ui.waitUntil(
      (f) => /^Paragraph 12 opens/.test(firstTextLine(f)) && !f.includes('p12w5 p12w6'),
    );
    expect(frame).toContain('p13w0');
    // Moving from there goes on from the place shown, not from the old width's line number.
    await ui.press('j');
    frame = await ui.waitUntil((f) => !/^Paragraph 12 opens/.test(firstTextLine(f)));
    expect(firstTextLine(frame)).toMatch(/^p12w\d+/);
    // Wider again: the words at the top stay on screen.
    const top = firstTextLine(frame).split(' ')[0] ?? '';
    await ui.rerender(<App store={store} size={{columns: 120, rows: 20}} />);
    frame = await ui.waitUntil((f) => f.includes(`${top} `) && firstTextLine(f).startsWith('Paragraph 12'));
    await ui.unmount();
  });

  it('draws the opened article before saving its read mark, and saves it', async () => {
    const {articles, analyses} = sampleLibrary();
    const base = storeOf(articles, analyses);
    const framesAtSave: string[] = [];
    let ui: Awaited<ReturnType<typeof mount>> | null = null;
    const store: Store = {
      ...base,
      setRead(id, read) {
        framesAtSave.push(ui?.frame() ?? '');
        base.setRead(id, read);
      },
    };
    ui = await mount(<App store={store} size={wide} />);
    await ui.waitFor('3 articles');
    await ui.press(KEY.enter);
    await ui.waitUntil(() => framesAtSave.length > 0);
    expect(framesAtSave[0]).toContain('Key facts');
    expect(base.listArticles().find((a) => a.id === 'strike')?.read).toBe(true);
    await ui.unmount();
  });

  it('walks articles with n / p and Esc returns to the list at the article last read', async () => {
    const {ui} = await openStrike();
    await ui.press('n');
    await ui.waitFor('Leaders meet for a summit in Geneva', 'Olena Petrenko met Marc Dubois');
    await ui.press('n');
    await ui.waitFor('Markets calm', 'Traders were calm.');
    await ui.press('n');
    await ui.waitFor('This is the last article.');
    await ui.press('p', KEY.esc);
    const frame = await ui.waitFor('3 articles');
    expect(frame).toContain('filter: all');
    // Back on the list, Enter opens the article the cursor was left on.
    await ui.press(KEY.enter);
    await ui.waitFor('Olena Petrenko met Marc Dubois');
    await ui.unmount();
  });

  it('after n, Esc shows the list from its top when the row read is on its first page', async () => {
    // More articles than the table's rows, dated newest first: a00 … a39.
    const many = Array.from({length: 40}, (_, i) =>
      article(`a${String(i).padStart(2, '0')}`, {date: `2024-02-${String(29 - (i % 29)).padStart(2, '0')}`}),
    );
    const ui = await mount(<App store={storeOf(many, {})} size={wide} />);
    await ui.waitFor('40 articles');
    await ui.press(KEY.enter);
    await ui.waitFor('1/40');
    await ui.press('n');
    await ui.waitFor('2/40');
    await ui.press(KEY.esc);
    const frame = await ui.waitFor('40 articles');
    // The table scrolled to put the row read first, hiding the one above it.
    expect(frame).toContain('Title a00');
    expect(frame).toContain('Title a01');
    await ui.unmount();
  });

  it('shows "analysing…" while there is no analysis and fills in when indexing reports', async () => {
    const analyses: Record<string, ReturnType<typeof analysis>> = {};
    // A store whose analyses arrive later, as the SQLite store's do while indexing runs.
    const base = storeOf([article('late', {title: 'Late story'})], {});
    const store: Store = {...base, getAnalysis: (id) => analyses[id] ?? null};
    const {indexing, report} = fakeIndexing();
    const ui = await mount(<App store={store} indexing={indexing} size={wide} />);
    await ui.waitFor('1 article ·');
    await ui.press(KEY.enter);
    await ui.waitFor('analysing…');
    analyses.late = analysis({summary: ['Now it is known.'], people: [entity('Jane Roe')]});
    const {act} = await import('react');
    await act(async () => report({done: 1, total: 2, rate: 1, etaSeconds: 1}, false));
    await ui.waitFor('Now it is known.', 'Jane Roe');
    await ui.press(KEY.esc);
    // The status line reports progress until indexing says it has finished.
    await ui.waitFor('analysing 1/2');
    await act(async () => report({done: 2, total: 2, rate: 1, etaSeconds: 0}, true));
    await ui.waitUntil((f) => !f.includes('analysing'));
    expect(store.listArticles()).toHaveLength(1);
    await ui.unmount();
  });
});

describe('a long source or byline on the article header', () => {
  it('is cut so that the date still shows', async () => {
    const {articles, analyses} = sampleLibrary();
    const long =
      'The Harbour Town Evening Courier and Weekly Ferry Timetable Supplement for the Eastern Coast';
    const store = storeOf(
      articles.map((a) =>
        a.id === 'strike' ? {...a, source: long, authors: ['Ann Writer', 'Bo Lind', 'Cy Varn']} : a,
      ),
      analyses,
    );
    const ui = await mount(<App store={store} size={{columns: 80, rows: 24}} />);
    await ui.waitFor('3 articles');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('Key facts');
    const header = frame.split('\n')[1] ?? '';
    expect(header).toContain('2024-03-03');
    expect(header).toContain('The Harbour Town');
    expect(header).toContain('Ann Writer');
    await ui.unmount();
  });

  it('keeps the date whole beside the favourite and unread marks, however long source and byline are', async () => {
    // At 80 columns a third of the line each for source and byline left "… · 202…  ★ favourite  1/3".
    const {articles, analyses} = sampleLibrary();
    const long = 'The Harbour Town Evening Courier and Weekly Ferry Timetable Supplement';
    const writers = ['Annabel Writer-Longname', 'Bartholomew Lindqvist', 'Cyrus Varnavides'];
    for (const columns of [60, 80, 120]) {
      const store = storeOf(
        articles.map((a) => (a.id === 'strike' ? {...a, source: long, authors: writers} : a)),
        analyses,
      );
      const ui = await mount(<App store={store} size={{columns, rows: 24}} />);
      await ui.waitFor('3 articles');
      await ui.press('f');
      await ui.press(KEY.enter);
      await ui.waitFor('Key facts');
      await ui.press('m');
      const frame = await ui.waitFor('unread · ★ favourite');
      const header = frame.split('\n').find((l) => l.includes('★ favourite')) ?? '';
      expect(header).toContain('2024-03-03');
      // At 60 columns, beside both marks, each keeps its first 8 columns.
      expect(header).toContain('The Har');
      expect(header).toContain('Annabel');
      expect(displayWidth(header)).toBeLessThanOrEqual(columns);
      await ui.unmount();
    }
  });
});

describe('an article removed while it is open', () => {
  it('says it is no longer in the library instead of analysing it forever, and Esc goes back', async () => {
    const {articles, analyses} = sampleLibrary();
    // Read in one go (no paged reads), so the list read after the change is the whole list.
    const {firstArticles: _first, articlesAfter: _after, ...base} = storeOf(articles, analyses);
    const removed = new Set<string>();
    const store: Store = {
      ...base,
      listArticles: () => base.listArticles().filter((a) => !removed.has(a.id)),
      getArticle: (id) => (removed.has(id) ? null : base.getArticle(id)),
      getAnalysis: (id) => (removed.has(id) ? null : base.getAnalysis(id)),
    };
    const {indexing, report} = fakeIndexing();
    const ui = await mount(<App store={store} indexing={indexing} size={wide} />);
    await ui.waitFor('3 articles');
    await ui.press(KEY.enter);
    await ui.waitFor('Key facts');
    removed.add('strike');
    await act(async () => report({done: 1, total: 1, rate: 1, etaSeconds: 0, changed: true}, true));
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    // A file replaced by a binary one, or emptied, leaves the list the same way: it said "removed or renamed" of
    // a file still there.
    const frame = await ui.waitFor('no longer in the library', 'Its file was removed or renamed');
    expect(frame.replace(/\s+/g, ' ')).toContain(
      'Its file was removed or renamed, or can no longer be read as an article, while it was open.',
    );
    expect(frame).not.toContain('analysing…');
    // Still named as it was listed, not by its file's id with "no source or date".
    expect(frame).toContain('Drones hit the capital overnight');
    expect(frame).toContain('Daily Test');
    expect(frame).not.toContain('no source or date');
    await ui.press(KEY.esc);
    await ui.waitFor('2 articles');
    await ui.unmount();
  });
});

describe('a failing store', () => {
  it('keeps the reader up: failed reads show as missing data, failed writes as a message', async () => {
    const {articles, analyses} = sampleLibrary();
    const base = storeOf(articles, analyses);
    const fail = () => {
      throw new Error('database is locked');
    };
    const store: Store = {
      ...base,
      getAnalysis: fail,
      getArticle: fail,
      listEntities: fail,
      entityOccurrences: fail,
      setRead: fail,
    };
    const ui = await mount(<App store={store} size={wide} />);
    await ui.waitFor('3 articles');
    await ui.press('m');
    await ui.waitFor('Could not save: database is locked');
    await ui.press(KEY.enter);
    await ui.waitFor('analysing…');
    await ui.press('/', 'x');
    await ui.waitFor('nothing matches');
    await ui.unmount();
  });
});

describe('an article whose analysis did not run through', () => {
  it('says "timed out" in the list and "not analysed" with the reason in the article, not "none found"', async () => {
    const {articles, analyses} = sampleLibrary();
    const budget = {stage: 'budget', reason: 'too long to analyse (more than 10 s)'};
    const store = storeOf(articles, {...analyses, strike: analysis({failures: [budget]})});
    const ui = await mount(<App store={store} size={{columns: 120, rows: 30}} />);
    const list = await ui.waitFor('3 articles');
    expect(lineOf(list, 'Drones hit the capital')).toBe(lineOf(list, 'timed out'));
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('not analysed: too long to analyse (more than 10 s)');
    expect(frame).toContain('not analysed: out of time');
    expect(frame).not.toContain('no summary found');
    expect(frame).not.toContain('no people found');
    await ui.unmount();
  });

  it('says "failed" in the list when a failed stage left it empty, and which stage in the article', async () => {
    const {articles, analyses} = sampleLibrary();
    const failures = [{stage: 'entities', reason: 'boom'}];
    const store = storeOf(articles, {...analyses, strike: analysis({failures})});
    const ui = await mount(<App store={store} size={{columns: 120, rows: 30}} />);
    const list = await ui.waitFor('3 articles');
    expect(lineOf(list, 'Drones hit the capital')).toBe(lineOf(list, '│ failed'));
    await ui.press(KEY.enter);
    await ui.waitFor('analysed in part: stage entities failed: boom');
    await ui.unmount();
  });

  it('keeps the counts of an analysis that ran and found nothing', async () => {
    const {articles, analyses} = sampleLibrary();
    const store = storeOf(articles, {...analyses, strike: analysis()});
    const ui = await mount(<App store={store} size={{columns: 120, rows: 30}} />);
    const list = await ui.waitFor('3 articles');
    expect(lineOf(list, 'Drones hit the capital')).toBe(lineOf(list, '0·0·0'));
    await ui.unmount();
  });
});

describe('an entity opened from an article filed under its country', () => {
  it('opens a bare body of a one-country story with its articles, not an empty view of its name', async () => {
    // "the Democratic Party" of a US story is filed under the US party's key (country-bodies.ts), not its name's.
    const us = (id: string, title: string, date: string) =>
      article(id, {
        title,
        date,
        paragraphs: [`In Iowa, the Democratic Party met in the United States. ${title}.`],
      });
    const articles = [us('caucus', 'Caucus night', '2024-02-02'), us('debate', 'Debate ends', '2024-01-01')];
    const usStory = analysis({
      places: [entity('United States', 2), entity('Iowa')],
      organizations: [entity('Democratic Party', 2)],
    });
    const ui = await mount(<App store={storeOf(articles, {caucus: usStory, debate: usStory})} size={wide} />);
    await ui.waitFor('2 articles');
    await ui.press(KEY.enter);
    await ui.waitFor('Caucus night', 'Organizations');
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.tab, KEY.tab);
    await ui.waitFor('▶ Organizations');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('organization · 2 articles');
    expect(frame).toContain('Debate ends');
    await ui.unmount();
  });
});
