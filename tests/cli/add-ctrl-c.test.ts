import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {runCliAsync, startCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

// `brief add FEED` stopped by Ctrl+C while it reads the feed's items: one has its whole text in the feed (written
// at once), the other only a teaser whose page the server never answers. Text is made up.

const WHOLE =
  'The Portmere ferry sailed again on Thursday after a month of repairs. The operator said four daily sailings ' +
  'would resume next week, and that the pier would stay open through the winter storms. ';

function rss(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Portmere Weekly</title>
<item><title>Harbour plan agreed</title><link>${base}/page</link><guid>a</guid><pubDate>Wed, 02 Dec 2026 09:00:00 GMT</pubDate><description>The council met.</description></item>
<item><title>Ferry returns to Portmere</title><guid>b</guid><pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate><description>${WHOLE.repeat(4)}</description></item>
</channel></rss>
`;
}

describe('brief add stopped by Ctrl+C', () => {
  it('says on one line what it kept, exits 130, and leaves no half-written file', async () => {
    const server = await startServer();
    server.route('/feed', {body: rss(server.url('')), type: 'application/rss+xml'});
    let asked!: () => void;
    const waiting = new Promise<void>((resolve) => (asked = resolve));
    // The teaser's page never answers: the add waits on it until stopped.
    server.route('/page', () => asked());
    const lib = tempDir();
    const args = ['--articles', lib, '--db', join(tempDir(), 'brief.db')];
    const {child, stderr, exited} = startCli(['add', server.url('/feed'), ...args]);
    await waiting;
    await vi.waitFor(() => expect(readdirSync(lib).filter((f) => f.endsWith('.md'))).toHaveLength(1), {
      timeout: 10_000,
    });
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr()).toBe(
      "brief: add stopped by Ctrl+C: 1 new article written and kept, 1 subscription kept ('brief refresh' reads the rest of their items)\n",
    );
    // Only the article written whole: no hidden temporary file beside it.
    expect(readdirSync(lib)).toEqual([expect.stringMatching(/ferry-returns-to-portmere\.md$/)]);
    const feeds = JSON.parse((await runCliAsync(['feeds', '--json', ...args])).stdout) as {url: string}[];
    expect(feeds.map((f) => f.url)).toEqual([server.url('/feed')]);
  });
});
