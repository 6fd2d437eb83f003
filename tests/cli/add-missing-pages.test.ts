import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {rss2} from '../fixtures/web/feeds.js';
import {emptyDb, runCliAsync, type CliRun} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer, type TestServer} from '../helpers/web-server.js';

// A made-up feed whose item pages all answer 404 (the test server's answer to any path it was not given): the first
// item carries a teaser of its own, the second only a title.
function goneFeed(server: TestServer) {
  const items = [
    {
      title: 'Ferry timetable changes',
      link: server.url('/news/ferry'),
      date: '2019-01-07T10:00:00Z',
      summary: 'The Sunday ferry will leave at ten from next week.',
    },
    {
      title: 'Harbour office moves',
      link: server.url('/news/office'),
      date: '2019-01-08T10:00:00Z',
      summary: '',
    },
  ];
  return rss2({title: 'Harbour Courier', site: server.base, self: server.url('/feed'), items}, false);
}

function setup() {
  const lib = tempDir();
  const db = emptyDb();
  const brief = (...args: string[]): Promise<CliRun> => runCliAsync(['--articles', lib, '--db', db, ...args]);
  return {brief};
}

describe('brief add, a feed whose item pages answer 404', () => {
  it('counts the feed’s items, adds the one with text of its own, and gives a reason line per item', async () => {
    const server = await startServer();
    server.route('/feed', {body: goneFeed(server), type: 'application/rss+xml'});
    const {brief} = setup();
    const add = await brief('add', server.url('/feed'));
    expect(add.code).toBe(1);
    expect(add.stdout).toBe(
      "subscribed to Harbour Courier: 1 new article (1 from the feed's own text), 1 of 2 items not read\n",
    );
    const lines = add.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toContainEqual(
      `brief: Harbour Courier: “Harbour office moves” not read: HTTP 404 Not Found, and the feed has no text of its own for it (${server.url('/news/office')})`,
    );
    expect(lines).toContainEqual(
      `brief: warning: Harbour Courier: “Ferry timetable changes” added from the feed's own text: its page could not be read (HTTP 404 Not Found)`,
    );
    const feeds = JSON.parse((await brief('feeds', '--json')).stdout) as {items: number; articles: number}[];
    expect(feeds).toMatchObject([{items: 2, articles: 1}]);
    expect((await brief('feeds')).stdout).toMatch(/Harbour Courier\s+\S+ \S+\s+2\s+1\n/);
  });

  it('says the same of a saved copy of the feed', async () => {
    const server = await startServer();
    const file = join(tempDir(), 'courier.xml');
    writeFileSync(file, goneFeed(server));
    const {brief} = setup();
    const add = await brief('add', file);
    expect(add.stdout).toBe(
      "subscribed to Harbour Courier: 1 new article (1 from the feed's own text), 1 of 2 items not read\n",
    );
    expect(add.stderr).toContain('“Harbour office moves” not read: HTTP 404 Not Found');
    const feeds = JSON.parse((await brief('feeds', '--json')).stdout) as {items: number}[];
    expect(feeds).toMatchObject([{items: 2}]);
  });
});
