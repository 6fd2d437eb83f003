import React from 'react';
import {describe, expect, it} from 'vitest';
import type {Store} from '../../src/store/index.js';
import {App} from '../../src/ui/App.js';
import {ENTITY_PAGE} from '../../src/ui/view-data.js';
import {analysis, article, entity} from './helpers/library.js';
import {seededStore} from '../helpers/seeded-store.js';
import {KEY, mount} from './helpers/render.js';

const ARTICLES = 300;
const size = {columns: 100, rows: 30};

/** Made-up harbour reports, newest first by number: report 000 is the newest. Each names Olena Petrenko. */
function library() {
  const articles = Array.from({length: ARTICLES}, (_, i) => {
    const n = String(i).padStart(3, '0');
    const day = new Date(Date.UTC(2024, 0, 1) - i * 86_400_000).toISOString().slice(0, 10);
    return article(`report-${n}`, {
      title: `Harbour report ${n}`,
      date: day,
      paragraphs: [`Olena Petrenko opened berth ${n} on the harbour.`, 'The ferry ran late.'],
    });
  });
  const analyses = Object.fromEntries(
    articles.map((a) => [a.id, analysis({people: [entity('Olena Petrenko')]})]),
  );
  return seededStore(articles, analyses);
}

/** The store, with a record of how it was asked for the entity's articles. */
function watched(store: Store) {
  const asked = {pages: [] as {offset: number; limit: number}[], whole: 0};
  const spy: Store = Object.assign(Object.create(store) as Store, {
    entityOccurrences: (key: string) => {
      asked.whole += 1;
      return store.entityOccurrences(key);
    },
    entityPage: (key: string, offset: number, limit: number) => {
      asked.pages.push({offset, limit});
      return store.entityPage?.(key, offset, limit) ?? [];
    },
  });
  return {spy, asked};
}

/** The title on the selected (▶) line of the entity view. */
/** From the first frame: searches Olena Petrenko and opens her entity view on its first article. */
async function openPetrenko(ui: Awaited<ReturnType<typeof mount>>): Promise<void> {
  await ui.waitFor(`${ARTICLES} articles`);
  await ui.press('/', 'p', 'e', 't', 'r', 'e', 'n', 'k', 'o');
  await ui.waitFor('Olena Petrenko');
  await ui.press(KEY.enter);
  await ui.waitFor(`1 of ${ARTICLES}`);
}

const selected = (frame: string) => /▶ (Harbour report \d+)/.exec(frame)?.[1];

describe('the entity view of a person named in many articles', () => {
  it('shows the whole count, reads only pages around the cursor, and pages on PgDn down to the last article', async () => {
    const {spy, asked} = watched(library());
    const ui = await mount(<App store={spy} size={size} />);
    await ui.waitFor(`${ARTICLES} articles`);
    await ui.press('/', 'p', 'e', 't', 'r', 'e', 'n', 'k', 'o');
    await ui.waitFor('Olena Petrenko');
    await ui.press(KEY.enter);
    let frame = await ui.waitFor(`person · ${ARTICLES} articles · 1 of ${ARTICLES}`);
    expect(selected(frame)).toBe('Harbour report 000');
    expect(frame).toContain('Olena Petrenko opened berth 000 on the harbour.');

    await ui.press(KEY.pageDown);
    frame = await ui.waitUntil((f) => selected(f) !== 'Harbour report 000');
    const after = Number(selected(frame)?.slice(-3));
    expect(after).toBeGreaterThan(0);
    // The sentences of the article under the cursor are on screen with it.
    expect(frame).toContain(`Olena Petrenko opened berth ${String(after).padStart(3, '0')} on the harbour.`);

    await ui.press('G');
    frame = await ui.waitUntil((f) => selected(f) === `Harbour report ${ARTICLES - 1}`);
    // The header says where the cursor is.
    expect(frame).toContain(`person · ${ARTICLES} articles · ${ARTICLES} of ${ARTICLES}`);

    // Never the whole list, only the pages of a window (the cursor's, one before and one after) that were not read
    // yet, each read once, in one go.
    expect(asked.whole).toBe(0);
    expect(asked.pages.length).toBeGreaterThan(0);
    expect(asked.pages.every((p) => p.limit <= 3 * ENTITY_PAGE && p.offset % ENTITY_PAGE === 0)).toBe(true);
    expect(asked.pages.reduce((n, p) => n + p.limit, 0)).toBeLessThan(ARTICLES);
    expect(new Set(asked.pages.map((p) => p.offset)).size).toBe(asked.pages.length);
    await ui.unmount();
  });

  it('follows n/p from an article opened there: Esc lands on the article read last, in view', async () => {
    const ui = await mount(<App store={library()} size={size} />);
    await openPetrenko(ui);
    await ui.press(KEY.enter);
    await ui.waitFor(`1/`);
    await ui.press('n');
    await ui.waitFor('Harbour report 001');
    await ui.press('n');
    await ui.waitFor('Harbour report 002');
    await ui.press('p', 'n', 'n');
    await ui.waitFor('Harbour report 003');
    await ui.press(KEY.esc);
    const frame = await ui.waitFor(`4 of ${ARTICLES}`);
    expect(selected(frame)).toBe('Harbour report 003');
    expect(frame).toContain('Olena Petrenko opened berth 003 on the harbour.');
    await ui.unmount();
  });

  it('n/p go on past the window of articles the article was opened with, counted in the whole list', async () => {
    const ui = await mount(<App store={library()} size={size} />);
    await openPetrenko(ui);
    await ui.press('G');
    await ui.waitFor(`${ARTICLES} of ${ARTICLES}`);
    await ui.press(KEY.enter);
    // The last of all, not the last of the window read around it.
    let frame = await ui.waitFor(`${ARTICLES}/${ARTICLES}`);
    expect(frame).toContain(`Harbour report ${ARTICLES - 1}`);
    // Back through the window it was opened with (two pages) and on into the page before it.
    const back = 2 * ENTITY_PAGE + 5;
    for (let i = 0; i < back; i++) await ui.press('p');
    const at = ARTICLES - 1 - back;
    frame = await ui.waitFor(`Harbour report ${String(at).padStart(3, '0')}`);
    expect(frame).toContain(`${at + 1}/${ARTICLES}`);
    expect(frame).not.toContain('This is the first article.');
    await ui.press(KEY.esc);
    frame = await ui.waitFor(`${at + 1} of ${ARTICLES}`);
    expect(selected(frame)).toBe(`Harbour report ${String(at).padStart(3, '0')}`);
    await ui.unmount();
  });

  it('pages from the store match the whole list, in order', () => {
    const store = library();
    const key = store.listEntities().find((e) => e.name === 'Olena Petrenko')?.key ?? '';
    const whole = store.entityOccurrences(key);
    const paged = [0, 1, 2, 3, 4, 5, 6, 7].flatMap(
      (n) => store.entityPage?.(key, n * ENTITY_PAGE, ENTITY_PAGE) ?? [],
    );
    expect(store.entityCount?.(key)).toBe(ARTICLES);
    expect(paged).toEqual(whole);
  });
});
