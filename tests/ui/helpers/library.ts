import type {Analysis, Entity} from '../../../src/extract/index.js';
import type {Article} from '../../../src/library/index.js';
import type {IndexingHandle, IndexProgress, Store} from '../../../src/store/index.js';
import {seededStore} from '../../helpers/seeded-store.js';

/** An article with defaults for everything the test does not care about. */
export function article(id: string, fields: Partial<Article> = {}): Article {
  const paragraphs = fields.paragraphs ?? [`Body of ${id}.`];
  return {
    id,
    path: `/lib/${id}.md`,
    title: `Title ${id}`,
    source: 'Test Wire',
    authors: [],
    contributors: [],
    date: '2024-01-01',
    url: `https://example.com/${id}`,
    paragraphs,
    text: paragraphs.join('\n\n'),
    hash: `hash-${id}`,
    size: 100,
    mtimeMs: 0,
    ...fields,
  };
}

/** An entity named `name` with optional aliases. */
export function entity(name: string, mentions = 1, aliases: string[] = []): Entity {
  return {name, aliases, mentions};
}

/** An analysis with empty fields unless given. */
export function analysis(fields: Partial<Analysis> = {}): Analysis {
  return {summary: [], people: [], places: [], organizations: [], quotes: [], facts: [], ...fields};
}

/** A store over `articles` (SQLite in memory), answering with `analyses[id]` (missing = not analysed). */
export function storeOf(articles: Article[], analyses: Record<string, Analysis>): Store {
  return seededStore(articles, analyses);
}

/** A small made-up library: a strike report with facts and quotes, and two others naming the same people. */
export function sampleLibrary(): {articles: Article[]; analyses: Record<string, Analysis>} {
  const articles = [
    article('strike', {
      title: 'Drones hit the capital overnight',
      source: 'Daily Test',
      authors: ['Ann Writer'],
      date: '2024-03-03',
      paragraphs: [
        'Russia launched 598 drones and 31 missiles overnight, officials said.',
        'Ukraine shot down 563 drones and 26 missiles.',
        '“We will rebuild,” said Olena Petrenko, the mayor.',
      ],
    }),
    article('summit', {
      title: 'Leaders meet for a summit in Geneva',
      date: '2024-02-02',
      paragraphs: ['Olena Petrenko met Marc Dubois in Geneva.', 'Dubois said the talks were useful.'],
    }),
    article('market', {
      title: 'Markets calm',
      date: '2024-01-01',
      paragraphs: ['Traders in Geneva were calm.'],
    }),
  ];
  const analyses: Record<string, Analysis> = {
    strike: analysis({
      summary: ['Russia launched 598 drones and 31 missiles overnight.'],
      people: [{...entity('Olena Petrenko', 2, ['Petrenko']), role: 'mayor'}],
      places: [entity('Ukraine'), entity('Russia')],
      organizations: [entity('City Council')],
      quotes: [{text: 'We will rebuild,', speaker: 'Olena Petrenko'}],
      facts: [
        {
          text: 'Russia launched 598 drones and 31 missiles',
          sentence: '',
          values: [
            {value: 598, unit: 'drones'},
            {value: 31, unit: 'missiles'},
          ],
        },
        {
          text: 'Ukraine shot down 563 drones and 26 missiles',
          sentence: '',
          values: [
            {value: 563, unit: 'drones'},
            {value: 26, unit: 'missiles'},
          ],
        },
      ],
    }),
    summit: analysis({
      summary: ['Olena Petrenko met Marc Dubois in Geneva.'],
      people: [entity('Olena Petrenko'), entity('Marc Dubois', 2, ['Dubois'])],
      places: [entity('Geneva')],
      quotes: [{text: 'the talks were useful', speaker: 'Marc Dubois'}],
    }),
    market: analysis({summary: ['Traders were calm.'], places: [entity('Geneva')]}),
  };
  return {articles, analyses};
}

/** An indexing run the test drives: `report` sends the app a progress report, as a running index would. */
export function fakeIndexing(): {
  indexing: IndexingHandle;
  report: (progress: IndexProgress, finished: boolean) => void;
} {
  let listener: ((p: IndexProgress, finished: boolean) => void) | null = null;
  return {
    indexing: {
      subscribe(l) {
        listener = l;
        return () => {
          listener = null;
        };
      },
    },
    report: (progress, finished) => listener?.(progress, finished),
  };
}
