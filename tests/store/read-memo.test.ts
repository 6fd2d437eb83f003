import {rmSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readArticleFile} from '../../src/library/read-article.js';
import type {Article} from '../../src/library/types.js';
import {createReadMemo, stillAsRead} from '../../src/store/read-memo.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

function read(path: string): Article {
  const result = readArticleFile(path);
  if (!result.ok) throw new Error(result.skipped.reason);
  return result.article;
}

// An article as the read pass returns it, under another path and size (the memo only counts and compares them).
function made(path: string, size: number): Article {
  const dir = tempDir({'a.md': articleText('Harbour opens', 'Ada Varga said the harbour would open.')});
  return {...read(join(dir, 'a.md')), path, id: path, size};
}

describe('the read pass kept for extraction', () => {
  it('hands an article over once, for its path and id only', () => {
    const memo = createReadMemo(1000);
    memo.remember(made('a.md', 100));
    expect(memo.take('a.md', 'other id')).toBeUndefined();
    memo.remember(made('a.md', 100));
    expect(memo.take('a.md', 'a.md')?.path).toBe('a.md');
    expect(memo.take('a.md', 'a.md')).toBeUndefined();
  });

  it('gives up past its byte limit: forgets what it kept and keeps nothing more', () => {
    const memo = createReadMemo(250);
    for (const name of ['a.md', 'b.md']) memo.remember(made(name, 100));
    expect(memo.take('a.md', 'a.md')?.size).toBe(100);
    // While it keeps articles, reads answer with whole ones; once it gave up, without their paragraphs.
    expect(memo.accepting()).toBe(true);
    for (const name of ['c.md', 'd.md']) memo.remember(made(name, 100));
    expect(memo.accepting()).toBe(false);
    memo.remember(made('e.md', 10));
    for (const name of ['b.md', 'c.md', 'd.md', 'e.md']) expect(memo.take(name, name)).toBeUndefined();
    memo.remember(made('f.md', 10));
    expect(memo.take('f.md', 'f.md')).toBeUndefined();
  });

  it('takes a kept article only while its file is unchanged', () => {
    const dir = tempDir({'b.md': articleText('Harbour opens', 'Ada Varga said the harbour would open.')});
    const path = join(dir, 'b.md');
    const article = read(path);
    expect(stillAsRead(article)).toBe(article);
    const later = new Date(article.mtimeMs + 5000);
    utimesSync(path, later, later);
    expect(stillAsRead(article)).toBeUndefined();
    writeFileSync(path, articleText('Harbour opens', 'Ada Varga said the harbour would open on Monday.'));
    expect(stillAsRead(read(path))).toBeDefined();
    expect(stillAsRead(article)).toBeUndefined();
    rmSync(path);
    expect(stillAsRead(article)).toBeUndefined();
  });
});
