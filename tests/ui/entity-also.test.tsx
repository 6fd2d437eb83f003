import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {otherNames} from '../../src/ui/state/entity-lines.js';
import {seededStore} from '../helpers/seeded-store.js';
import {analysis, article, entity} from './helpers/library.js';
import {KEY, mount} from './helpers/render.js';

// Made-up reports: a scientist named with her role in one, by her name in another.
function library() {
  const articles = [
    article('ice', {
      title: 'Ice shelf cracks',
      date: '2024-02-02',
      paragraphs: ['Scientist Anna Holm said the shelf would break.', 'Holm flew over it.'],
    }),
    article('seals', {
      title: 'Seal count falls',
      date: '2024-01-01',
      paragraphs: ['Anna Holm counted the seals.'],
    }),
  ];
  const analyses = {
    ice: analysis({people: [entity('Anna Holm', 2, ['Scientist Anna Holm', 'Holm'])]}),
    seals: analysis({people: [entity('Anna Holm', 1, ['A. Holm'])]}),
  };
  return seededStore(articles, analyses);
}

describe('the entity screen\'s "also:" line', () => {
  it('leaves out the name with a role word before it; other names stay', async () => {
    const ui = await mount(<App store={library()} size={{columns: 100, rows: 20}} />);
    await ui.waitFor('Ice shelf cracks');
    await ui.press('/', 'h', 'o', 'l', 'm');
    await ui.waitFor('Anna Holm');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('person · 2 articles');
    const also = frame.split('\n').find((l) => l.startsWith('also:')) ?? '';
    expect(also).toContain('Holm');
    expect(also).toContain('A. Holm');
    expect(also).not.toContain('Scientist');
    // The sentence naming her with the role is still found and shown.
    expect(frame).toContain('Scientist Anna Holm said the shelf would break.');
    await ui.unmount();
  });

  it.each([
    ['person', 'Anna Holm', ['Anna Holm', 'Scientist Anna Holm', 'US Senator Anna Holm', 'Holm'], ['Holm']],
    // A one-word name: the title is what tells the reader who it is.
    ['person', 'Francis', ['Francis', 'Pope Francis'], ['Pope Francis']],
    // Places and bodies: "Islamic Republic of Iran" is another name, not a title.
    ['place', 'Iran', ['Iran', 'Islamic Republic of Iran'], ['Islamic Republic of Iran']],
    ['person', 'Anna Holm', ['Anna Holm', 'Anna Holmberg'], ['Anna Holmberg']],
    // A titled short form goes where the short form is shown; it stays where it is the only short form.
    ['person', 'Anna Holm', ['Anna Holm', 'Mr. Holm', 'Dr. Holm', 'Holm', 'President Holm'], ['Holm']],
    ['person', 'Anna Holm', ['Anna Holm', 'Dr. Holm', 'A. Holm'], ['Dr. Holm', 'A. Holm']],
    ['person', 'Anna Holm', ['Anna Holm', 'Anna', 'Dr. Anna', 'Ms. Holmberg'], ['Anna', 'Ms. Holmberg']],
    ['person', 'Anna Holm', ['Anna Holm', 'US President Holm', 'Holm'], ['Holm']],
    [
      'person',
      'Anna Holm',
      [
        'Anna Holm',
        'President of Ukraine Anna Holmova',
        'Anna Holmova',
        'President Anna B. Holm',
        'Anna B. Holm',
      ],
      ['Anna Holmova', 'Anna B. Holm'],
    ],
    // A given name before the short form is not a title.
    ['person', 'Donald Trump', ['Donald Trump', 'Donald J. Trump', 'Trump'], ['Donald J. Trump', 'Trump']],
  ])('%s %s: %j -> %j', (kind, name, forms, shown) => {
    expect(otherNames(name, kind, forms)).toEqual(shown);
  });
});
