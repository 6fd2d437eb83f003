import {mkdirSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {describe, expect, it} from 'vitest';
import {rss2} from '../fixtures/web/feeds.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';
import {emptyDb, runCliAsync, type CliRun} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

const SELF = 'https://harbour-courier.example/feed';

/** A saved copy of "Harbour Courier"'s feed: three shipped articles in full, naming its address or not. */
function savedFeed(namesItsAddress: boolean): string {
  const items = SHIPPED.slice(0, 3).map((file, i) => {
    const a = shippedArticle(file, `https://harbour-courier.example/n/${i}`);
    return {title: a.title, link: a.url, date: `${a.date}T10:00:00Z`, summary: '', paragraphs: a.paragraphs};
  });
  const text = rss2(
    {title: 'Harbour Courier', site: 'https://harbour-courier.example', self: SELF, items},
    true,
  );
  const file = namesItsAddress ? text : text.replace(/<atom:link [^>]*\/>/, '');
  return join(tempDir({'harbour.rss': file}), 'harbour.rss');
}

function setup() {
  const lib = tempDir();
  const db = emptyDb();
  const brief = (...args: string[]): Promise<CliRun> => runCliAsync(['--articles', lib, '--db', db, ...args]);
  const articles = async (): Promise<unknown> => {
    const run = await brief('feeds', '--json');
    expect(run.stderr).toBe('');
    return (JSON.parse(run.stdout) as {url: string; articles: number}[]).map((f) => [f.url, f.articles]);
  };
  return {lib, db, brief, articles};
}

describe('brief feeds: the articles a feed read from a file brought in', () => {
  it('counts them after the subscription is removed and made again, and not once their file is deleted', async () => {
    const {lib, brief, articles} = setup();
    const file = savedFeed(true);
    expect((await brief('add', file)).stdout).toBe('subscribed to Harbour Courier: 3 new articles\n');
    expect(await articles()).toEqual([[SELF, 3]]);
    expect((await brief('feeds', 'remove', SELF)).code).toBe(0);
    // Read again: nothing new to write, but the three in the library are still the ones it brought in.
    expect((await brief('add', file)).stdout).toBe(
      'subscribed to Harbour Courier: 0 new articles; its 3 items are already in the library\n',
    );
    expect(await articles()).toEqual([[SELF, 3]]);
    // The user deletes one: the count is of what the library holds.
    rmSync(join(lib, readdirSync(lib).find((f) => f.endsWith('.md')) ?? ''));
    expect(await articles()).toEqual([[SELF, 2]]);
    expect((await brief('feeds')).stdout).toMatch(/Harbour Courier .* 3 +2\n/);
  });

  // Counted by the path each was written under: a renamed or moved article no longer counted, though still in the
  // library, its front matter naming the feed.
  it('counts an article renamed or moved into a subfolder once the library is read again', async () => {
    const {lib, brief, articles} = setup();
    expect((await brief('add', savedFeed(true))).stdout).toBe(
      'subscribed to Harbour Courier: 3 new articles\n',
    );
    const [first = '', second = ''] = readdirSync(lib).filter((f) => f.endsWith('.md'));
    renameSync(join(lib, first), join(lib, 'renamed.md'));
    mkdirSync(join(lib, 'kept'));
    renameSync(join(lib, second), join(lib, 'kept', second));
    expect((await brief('index')).code).toBe(0);
    expect(await articles()).toEqual([[SELF, 3]]);
    // Deleted after it was read again: no longer counted.
    rmSync(join(lib, 'renamed.md'));
    expect(await articles()).toEqual([[SELF, 2]]);
  });

  it('counts what a copy that did not name its address brought in once the feed is subscribed', async () => {
    const {brief, articles} = setup();
    expect((await brief('add', savedFeed(false))).stdout).toBe(
      "read Harbour Courier (not subscribed: the file does not name the feed's address): 3 new articles\n",
    );
    expect((await brief('add', savedFeed(true))).stdout).toBe(
      'subscribed to Harbour Courier: 0 new articles; its 3 items are already in the library\n',
    );
    expect(await articles()).toEqual([[SELF, 3]]);
  });

  it("links an older database's articles to their feeds by the item keys it kept", async () => {
    const {db, brief, articles} = setup();
    expect((await brief('add', savedFeed(true))).stdout).toBe(
      'subscribed to Harbour Courier: 3 new articles\n',
    );
    // As a brief from before feed_articles left it: subscriptions and added keys only.
    const raw = new Database(db);
    raw.exec('DROP TABLE feed_articles');
    raw.close();
    expect(await articles()).toEqual([[SELF, 3]]);
  });

  it('does not count an article the user put in the folder that the feed also lists', async () => {
    const {lib, brief, articles} = setup();
    const mine = shippedArticle(SHIPPED[0] ?? '', 'https://harbour-courier.example/n/0');
    writeFileSync(
      join(lib, 'kept-by-hand.md'),
      `---\ntitle: ${JSON.stringify(mine.title)}\nurl: ${mine.url}\n---\n${mine.paragraphs.join('\n\n')}\n`,
    );
    expect((await brief('index')).code).toBe(0);
    expect((await brief('add', savedFeed(true))).stdout).toBe(
      'subscribed to Harbour Courier: 2 new articles\n',
    );
    expect(await articles()).toEqual([[SELF, 2]]);
  });
});
