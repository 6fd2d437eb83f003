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

describe('a file too large to add', () => {
  // A file said "too large (the limit is 10 MB)" and an address "larger than the 10.0 MB limit (10.0 MB or more)".
  it('says its size and the limit as an address too large does', async () => {
    const file = join(tempDir({'big.xml': Buffer.alloc(11 * 1024 * 1024, 'a')}), 'big.xml');
    expect(await reason(file)).toBe('too large (11.0 MB; the limit is 10.0 MB)');
  });
});

describe('a device or a pipe to add', () => {
  // `brief add /dev/zero` read the device for ever: a file with no size to check first is read up to the limit.
  it('a stream without end is too large, not read for ever', async () => {
    expect(await reason('/dev/zero')).toBe('too large (the limit is 10.0 MB)');
  });
  it('an empty device is an empty file', async () => {
    expect(await reason('/dev/null')).toBe('empty file');
  });
});
