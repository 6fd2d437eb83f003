import {describe, expect, it} from 'vitest';
import {emptyDb, runCliAsync} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

// A feed that gives its items no dates lists them newest first: the library keeps that order for them, not their
// titles' alphabetical one. Text is made up.

const TEXT =
  'The council met on Tuesday to agree the plan, which will rebuild the old pier and add a ferry stop for the ' +
  'islands, its chair said after a long meeting. ';
const TITLES = ['Zebra crossing repainted', 'Market moves indoors', 'Harbour plan agreed', 'Ferry returns'];

const rss = (titles: string[]): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Portmere Weekly</title>
${titles.map((t) => `<item><title>${t}</title><guid>${t}</guid><description>${TEXT.repeat(4)} (${t})</description></item>`).join('\n')}
</channel></rss>
`;

describe('undated items of one feed', () => {
  it("keep the feed's own order in the list (newest first), by add and by refresh", async () => {
    const server = await startServer();
    server.route('/feed', {body: rss(TITLES.slice(2)), type: 'application/rss+xml'});
    const args = ['--articles', tempDir(), '--db', emptyDb()];
    expect((await runCliAsync(['add', server.url('/feed'), ...args])).code).toBe(0);
    // Two newer items at the top of the feed.
    server.route('/feed', {body: rss(TITLES), type: 'application/rss+xml'});
    expect((await runCliAsync(['refresh', ...args])).code).toBe(0);
    const list = JSON.parse((await runCliAsync(['list', '--json', ...args])).stdout) as {title: string}[];
    expect(list.map((a) => a.title)).toEqual(TITLES);
  });
});
