import {describe, expect, it} from 'vitest';
import {extract, toExtractInput} from '../../src/extract/index.js';
import {parseBody} from '../../src/library/plain-text.js';

describe('an outlet named only in a feed footer', () => {
  const body = 'The council met on Monday.\nThe post Council Meets appeared first on Springfield Gazette.';
  const base = {
    id: 'x',
    path: 'x.txt',
    title: 'Council Meets',
    authors: [],
    contributors: [],
    date: null,
    url: null,
    hash: '',
    size: 0,
    mtimeMs: 0,
  };
  const parts = parseBody(body);

  it('is an organization of the article', () => {
    const article = {
      ...base,
      source: parts.source,
      sourceInText: true,
      paragraphs: parts.paragraphs,
      text: parts.paragraphs.join('\n\n'),
    };
    expect(extract(toExtractInput(article)).organizations.map((o) => o.name)).toContain(
      'Springfield Gazette',
    );
  });
  it('is not when the source comes only from front matter', () => {
    const article = {
      ...base,
      source: 'Wire Service',
      sourceInText: false,
      paragraphs: parts.paragraphs,
      text: '',
    };
    expect(extract(toExtractInput(article)).organizations.map((o) => o.name)).not.toContain('Wire Service');
  });
});
