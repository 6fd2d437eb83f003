import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {entityHeader} from '../../src/ui/screens/EntityScreen.js';
import {displayWidth} from '../../src/ui/text.js';
import {seededStore} from '../helpers/seeded-store.js';
import {analysis, article, entity} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// Made-up harbour reports, each naming one body with a long name.
const BODY = 'Eastern Harbour Ferry Passengers Association';
const REPORTS = 12;

function library() {
  const articles = Array.from({length: REPORTS}, (_, i) =>
    article(`report-${i}`, {
      title: `Harbour report ${i}`,
      date: `2024-01-${String(i + 1).padStart(2, '0')}`,
      paragraphs: [`The ${BODY} met on the pier.`, 'The ferry ran late.'],
    }),
  );
  const analyses = Object.fromEntries(articles.map((a) => [a.id, analysis({organizations: [entity(BODY)]})]));
  return seededStore(articles, analyses);
}

describe('the entity header of a long name', () => {
  it('keeps the count and the position at 60 columns: the kind gives way, then the name', async () => {
    const ui = await mount(<App store={library()} size={{columns: 60, rows: 20}} />);
    await ui.waitFor(`${REPORTS} articles`);
    await ui.press('/', 'f', 'e', 'r', 'r', 'y', ' ', 'p', 'a', 's', 's');
    await ui.waitFor('Eastern Harbour');
    await ui.press(KEY.enter);
    await ui.press('G');
    const frame = await ui.waitFor(`12 of ${REPORTS}`);
    const header = frame.split('\n')[0] ?? '';
    expect(header).toContain(`${REPORTS} articles · 12 of ${REPORTS}`);
    expect(header).toContain('Eastern Harbour');
    expect(displayWidth(header)).toBeLessThanOrEqual(60);
    await ui.unmount();
  });

  it.each([
    [100, `${BODY}`, '  organization · 12 articles · 3 of 12'],
    [80, `${BODY}`, '  12 articles · 3 of 12'],
    [50, 'Eastern Harbour Ferry Pass…', '  12 articles · 3 of 12'],
  ])('at %i columns: %s', (columns, name, meta) => {
    expect(entityHeader(BODY, 'organization', 12, 2, columns)).toEqual({name, meta});
  });
});
