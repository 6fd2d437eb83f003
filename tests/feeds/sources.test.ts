import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadSource} from '../../src/feeds/sources.js';
import type {Fetcher} from '../../src/web/fetch.js';
import {tempDir} from '../helpers/temp-dir.js';

const fetcher = {
  get: () => {
    throw new Error('nothing is fetched for a file');
  },
} as unknown as Fetcher;

const reason = async (source: string): Promise<string> => {
  try {
    await loadSource(source, fetcher);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`${source} was read`);
};

describe('a source that is neither a file nor a web address', () => {
  // What a browser's address bar shows once the scheme is hidden, pasted as it is.
  it.each([
    'www.example.com/2024/story',
    'example.com/news/feed.xml',
    '127.0.0.1:8080/feed',
    'localhost:8080',
  ])('%s: says a web address needs its https://', async (source) => {
    expect(await reason(source)).toBe(
      `file not found; a web address needs its scheme (brief add https://${source})`,
    );
  });
  it.each(['notes/ferry-story.md', 'ferry.txt', 'saved/story.html', 'example.com'])(
    '%s: a missing file is only said missing',
    async (source) => {
      expect(await reason(join(tempDir(), source))).toBe('file not found (or a broken symbolic link)');
      expect(await reason(source)).toBe('file not found (or a broken symbolic link)');
    },
  );
});

describe('a web address that is no address', () => {
  // "http://[::1" read "only http and https addresses can be added (not http:)".
  it.each(['http://[::1', 'https://exa mple.com/story', 'HTTP://[bad]/'])(
    '%s: says it is not a valid web address, not that its scheme is refused',
    async (source) => {
      expect(await reason(source)).toBe('not a valid web address');
    },
  );
  it('another scheme is refused by name', async () => {
    expect(await reason('ftp://example.com/feed')).toBe(
      'only http and https addresses can be added (not ftp:)',
    );
  });
});
