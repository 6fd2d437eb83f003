import {existsSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {CLI, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '../..');
const ARTICLES = join(ROOT, 'articles');

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
});

describe('brief --help / --version / usage errors', () => {
  it('prints help and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/brief list \[--json\]/);
  });
  it('prints the package version', async () => {
    const {default: pkg} = await import('../../package.json', {with: {type: 'json'}});
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
  });
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--nope'], /Unknown option/i],
    [['show'], /show takes one article id/],
    [['extract'], /extract takes one or more files/],
    [['list', 'extra'], /list takes no arguments/],
  ])('%j exits 2 with a reason', (args, reason) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stdout).toBe('');
  });
});

describe('brief list', () => {
  it('lists the shipped library as JSON with the seed right', () => {
    const run = runCli(['list', '--json', '--articles', ARTICLES]);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as {id: string; title: string; source: string; authors: string[]}[];
    expect(list).toHaveLength(280);
    const seed = list.find((a) => a.id === 'kyiv-strike');
    expect(seed).toMatchObject({
      title: 'Russian Missile and Drone Attack Kills at Least 15 in Kyiv',
      source: 'New York Times',
    });
    expect(seed?.authors).toContain('Maria Varenikova');
  });

  it('reads the folder from $BRIEF_ARTICLES, then ./articles', () => {
    const dir = tempDir({'one.md': '---\ntitle: From env\n---\nBody.\n'});
    expect(runCli(['list'], {BRIEF_ARTICLES: dir}).stdout).toContain('From env');
    const cwd = tempDir({'articles/two.md': '---\ntitle: From cwd\n---\nBody.\n'});
    const run = runCli(['list'], {BRIEF_ARTICLES: ''}, cwd);
    expect(run.stdout).toContain('From cwd');
  });

  it('lists good files, names each bad one on stderr, and exits 0', () => {
    const dir = tempDir({
      'good.md': '---\ntitle: Good\ndate: 2021-01-02\n---\nBody.\n',
      'empty.txt': '',
      'bin.txt': Buffer.from([0, 1, 2]),
      'bad-utf8.txt': Buffer.from([0x41, 0xc3, 0x28, 0x41]),
      'fm.md': '---\ntitle: [\n---\nx',
    });
    symlinkSync(join(dir, 'gone.md'), join(dir, 'link.md'));
    const run = runCli(['list', '--articles', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Good');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const name of ['empty.txt', 'bin.txt', 'bad-utf8.txt', 'fm.md', 'link.md']) {
      expect(lines.some((l) => l.includes(name))).toBe(true);
    }
  });

  it.each([
    ['a missing folder', '/nonexistent/brief-articles', /cannot open the article folder/],
    ['an empty folder', '', /no articles in/],
  ])('%s gets a clear message and exit 1', (_name, folder, message) => {
    const dir = folder || tempDir();
    const run = runCli(['list', '--articles', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('prints a text list instead of starting the UI when stdout is not a terminal', () => {
    const dir = tempDir({'a.md': '---\ntitle: Plain listing\n---\nBody.\n'});
    const run = runCli(['--articles', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Plain listing');
  });
});

describe('brief show', () => {
  it('shows metadata and paragraphs as JSON', () => {
    const run = runCli(['show', 'kyiv-strike', '--json', '--articles', ARTICLES]);
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout) as {title: string; paragraphs: string[]};
    expect(article.title).toMatch(/Kills at Least 15 in Kyiv/);
    expect(article.paragraphs).toHaveLength(27);
  });
  it('exits 1 for an unknown id', () => {
    const run = runCli(['show', 'no-such-article', '--articles', ARTICLES]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no article with id 'no-such-article'/);
  });
});

describe('brief extract', () => {
  it('prints the contract fields for each readable file and exits 1 naming the unreadable one', () => {
    const dir = tempDir({'empty.txt': ''});
    const run = runCli(['extract', '--json', join(ARTICLES, 'kyiv-strike.txt'), join(dir, 'empty.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt: empty file/);
    const [result] = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(result).toMatchObject({
      id: 'kyiv-strike',
      source: 'New York Times',
      // The seed states no date: it takes its file's.
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      url: null,
    });
    for (const field of ['summary', 'people', 'places', 'organizations', 'quotes', 'facts']) {
      expect(Array.isArray(result?.[field])).toBe(true);
    }
  });
});
