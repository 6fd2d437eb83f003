import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseCli, UsageError} from '../../src/cli/args.js';
import {defaultArticlesPath} from '../../src/cli/library-path.js';
import {codeCacheDir} from '../../src/cli/code-cache.js';
import {defaultDbPath, homeFolder} from '../../src/store/paths.js';
import {tempDir} from '../helpers/temp-dir.js';

describe('where the library lives', () => {
  it('is --articles, else $BRIEF_ARTICLES, else ./articles when it exists, else the XDG data folder', () => {
    const home = tempDir();
    const withArticles = tempDir();
    mkdirSync(join(withArticles, 'articles'));
    const bare = tempDir();
    expect(defaultArticlesPath({BRIEF_ARTICLES: '/lib'}, withArticles, home)).toBe('/lib');
    expect(defaultArticlesPath({}, withArticles, home)).toBe('articles');
    expect(defaultArticlesPath({XDG_DATA_HOME: '/data'}, bare, home)).toBe('/data/brief/articles');
    expect(defaultArticlesPath({}, bare, home)).toBe(join(home, '.local/share/brief/articles'));
    // A relative XDG_DATA_HOME is invalid by the spec and ignored.
    expect(defaultArticlesPath({XDG_DATA_HOME: 'data'}, bare, home)).toBe(
      join(home, '.local/share/brief/articles'),
    );
    expect(parseCli(['--articles', '/x', 'list'], {BRIEF_ARTICLES: '/lib'}).articles).toBe('/x');
  });
});

describe('the home folder', () => {
  it('is $HOME when absolute, else the system record of the user, never a folder relative to where brief starts', () => {
    const recorded = () => '/home/ada';
    expect(homeFolder('/home/me', recorded)).toBe('/home/me');
    expect(homeFolder('', recorded)).toBe('/home/ada');
    expect(homeFolder('me', recorded)).toBe('/home/ada');
    const noRecord = () => {
      throw new Error('no passwd entry');
    };
    expect(homeFolder('', noRecord)).toBe('');
    expect(defaultDbPath({}, homeFolder('', recorded))).toBe('/home/ada/.local/share/brief/brief.db');
  });
  it('puts the database, the library and the code cache under an absolute folder when HOME is empty', () => {
    const saved = process.env.HOME;
    process.env.HOME = '';
    try {
      expect(defaultDbPath({})).toMatch(/^\//);
      expect(defaultArticlesPath({}, tempDir())).toMatch(/^\//);
      expect(codeCacheDir({})).toMatch(/^\//);
    } finally {
      process.env.HOME = saved;
    }
  });
});

describe('the new commands', () => {
  it('parses add, refresh, feeds, export-opml, and a bare URL as add', () => {
    expect(parseCli(['add', 'https://a.example/feed', 'page.html'])).toMatchObject({
      command: 'add',
      positionals: ['https://a.example/feed', 'page.html'],
    });
    expect(parseCli(['https://a.example/story'])).toMatchObject({
      command: 'add',
      positionals: ['https://a.example/story'],
    });
    expect(parseCli(['refresh', '--json'])).toMatchObject({command: 'refresh', json: true});
    expect(parseCli(['feeds', 'remove', 'https://a.example/feed'])).toMatchObject({command: 'feeds'});
    expect(parseCli(['export-opml', 'out.opml'])).toMatchObject({
      command: 'export-opml',
      positionals: ['out.opml'],
    });
  });

  it.each([
    [['add'], 'add takes one or more URLs, article files (.md, .txt, .html), feeds or OPML files'],
    [['refresh', 'x'], 'refresh takes no arguments'],
    [['feeds', 'delete', 'x'], 'feeds takes no arguments, or: feeds remove URL'],
    [['export-opml', 'a', 'b'], 'export-opml takes at most one file'],
    [['ftp://a.example/x'], "unknown command 'ftp://a.example/x'"],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });
});
