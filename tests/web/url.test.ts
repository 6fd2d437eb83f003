import {describe, expect, it} from 'vitest';
import {cleanUrl, urlKey} from '../../src/web/url.js';

describe('cleanUrl: the address brief stores and shows', () => {
  it.each([
    ['https://x.example/feed?utm_source=rss#top', 'https://x.example/feed'],
    ['https://x.example/story?id=7&fbclid=abc', 'https://x.example/story?id=7'],
    // A bare "?" asks for nothing: the address without it, as when tracking parameters were all that followed it.
    ['https://x.example/feed?', 'https://x.example/feed'],
    ['https://x.example/feed?#comments', 'https://x.example/feed'],
    ['https://x.example/feed?page=2', 'https://x.example/feed?page=2'],
  ])('%s is %s', (given, clean) => {
    expect(cleanUrl(given)).toBe(clean);
    expect(urlKey(given)).toBe(urlKey(clean));
  });
});

describe('urlKey: the key one article is known by', () => {
  it.each([
    ['https://X.example:443/news/ferry#comments', 'https://x.example/news/ferry'],
    ['https://x.example/news/ferry?', 'https://x.example/news/ferry'],
    ['https://x.example/news/ferry?utm_source=rss', 'https://x.example/news/ferry'],
    ['https://x.example/story?page=2&id=7&fbclid=abc', 'https://x.example/story?id=7&page=2'],
    ['not a web address ', 'not a web address'],
  ])('%s is %s', (given, key) => {
    expect(urlKey(given)).toBe(key);
  });
});
