import {existsSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {articleFileName, renderArticle, slug} from '../../src/feeds/article-file.js';
import {publish, removeStaleTemps, writeTemp} from '../../src/feeds/write-file.js';
import type {ArticleDraft} from '../../src/library/draft.js';
import {readArticleFile} from '../../src/library/read-article.js';
import {tempDir} from '../helpers/temp-dir.js';

const draft: ArticleDraft = {
  title: 'Mayor says: "Harbour plan" is #1 — agreed',
  date: '2024-06-03T08:00:00Z',
  source: 'Harbour Courier',
  url: 'https://courier.example/news/harbour-plan',
  authors: ['Jane Doe', 'Ana Kovač'],
  feed: 'https://courier.example/feed/',
  paragraphs: [
    'The council agreed the harbour plan on Monday: the quay will be rebuilt by 2026.',
    '“It is a good day for the town,” said Mayor Ana Kovač.',
    '--- not front matter',
  ],
};

describe('article files', () => {
  it('renders front matter and paragraphs that the library reads back unchanged', () => {
    const dir = tempDir({'a.md': renderArticle(draft)});
    const read = readArticleFile(join(dir, 'a.md'));
    if (!read.ok) throw new Error(read.skipped.reason);
    expect(read.article).toMatchObject({
      title: draft.title,
      date: '2024-06-03',
      source: 'Harbour Courier',
      url: draft.url,
      authors: draft.authors,
      paragraphs: draft.paragraphs,
    });
  });

  it('names files by date and a readable slug, cut at a word', () => {
    expect(articleFileName(draft)).toBe('2024-06-03-mayor-says-harbour-plan-is-1-agreed.md');
    expect(slug('Zürich’s Café reopens')).toBe('zurich-s-cafe-reopens');
    expect(slug('Один день в Киеве')).toBe('один-день-в-киеве');
    // Accents come off Latin letters only: other scripts' marks are part of the word (バ is not ハ, й not и).
    expect(slug('Война в Київі')).toBe('война-в-київі');
    expect(slug('リバートンのニュース')).toBe('リバートンのニュース');
    expect(slug('서울 시장')).toBe('서울-시장');
    expect(slug('दिल्ली में बारिश')).toBe('दिल्ली-में-बारिश');
    expect(slug('ท่าเรือ ใหม่')).toBe('ท่าเรือ-ใหม่');
    expect(slug('ﬁnal Ｃall')).toBe('final-call');
    expect(slug('a'.repeat(80))).toHaveLength(60);
    const long = slug(
      'The council of the harbour town agreed on Monday to rebuild the old quay by the year 2026',
    );
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toBe('the-council-of-the-harbour-town-agreed-on-monday-to-rebuild');
    const undated = articleFileName({...draft, date: null}, new Date(2024, 0, 9, 12).getTime());
    expect(undated).toBe('2024-01-09-mayor-says-harbour-plan-is-1-agreed.md');
  });

  it('never writes over an existing file: the new one takes the next free name', async () => {
    const dir = tempDir({'2024-06-03-x.md': 'the user’s own file'});
    const path = publish(await writeTemp(dir, 'new text'), dir, '2024-06-03-x.md');
    expect(path).toBe(join(dir, '2024-06-03-x-2.md'));
    expect(readFileSync(join(dir, '2024-06-03-x.md'), 'utf8')).toBe('the user’s own file');
    expect(readFileSync(path, 'utf8')).toBe('new text');
    // The temporary file is gone.
    expect(readdirSync(dir).sort()).toEqual(['2024-06-03-x-2.md', '2024-06-03-x.md']);
  });

  it('removes only its own temporary files, and only old ones', () => {
    const dir = tempDir({
      '.brief-1-aa.tmp': 'old',
      '.brief-2-bb.tmp': 'fresh',
      '.notes.tmp': 'user',
      'a.md': 'x',
    });
    const old = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
    utimesSync(join(dir, '.brief-1-aa.tmp'), old, old);
    utimesSync(join(dir, '.notes.tmp'), old, old);
    removeStaleTemps(dir);
    expect(readdirSync(dir).sort()).toEqual(['.brief-2-bb.tmp', '.notes.tmp', 'a.md']);
  });

  it('leaves nothing behind when the name cannot be taken', async () => {
    const dir = tempDir();
    const temp = await writeTemp(dir, 'text');
    writeFileSync(join(dir, 'sub'), 'a file where a folder is expected');
    expect(() => publish(temp, join(dir, 'sub'), 'x.md')).toThrow();
    expect(existsSync(temp)).toBe(false);
  });
});
