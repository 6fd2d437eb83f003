import {describe, expect, it} from 'vitest';
import {refreshCommand} from '../../src/cli/refresh-command.js';
import {openTarget} from '../../src/feeds/target.js';
import {openDatabase} from '../../src/store/open-db.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';
import {emptyDb} from '../helpers/run-cli.js';

const STORY =
  'The Milltown bridge was closed on Tuesday after a truck hit a guardrail. Two people were taken to hospital with minor injuries, police said.';
const rss = (title: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><item><title>${title} story</title><guid isPermaLink="false">${title}-1</guid><pubDate>Tue, 01 Dec 2026 18:20:00 GMT</pubDate><description>${title}: ${STORY}</description></item></channel></rss>\n`;

describe('brief refresh in a terminal', () => {
  it('redraws its progress on one line through the progress sink, not the sanitised stderr', async () => {
    const server = await startServer();
    for (const name of ['a', 'b', 'c'])
      server.route(`/${name}`, {body: rss(name), type: 'application/rss+xml'});
    const lib = tempDir();
    const dbPath = emptyDb();
    const {db} = openDatabase(dbPath);
    const target = openTarget(db, lib);
    for (const name of ['a', 'b', 'c']) target.feeds.subscribe(server.url(`/${name}`), null, null);
    db.close();

    const out: string[] = [];
    const err: string[] = [];
    const drawn: string[] = [];
    const io = {out: (t: string) => void out.push(t), err: (t: string) => void err.push(t)};
    const sink = {isTTY: true, columns: 80, write: (t: string) => void drawn.push(t)};
    expect(await refreshCommand(lib, dbPath, false, io, sink)).toBe(0);

    // Each redraw goes back to the line's start and clears what is left of it; the last one clears the line.
    expect(drawn.length).toBeGreaterThan(1);
    // eslint-disable-next-line no-control-regex -- the redraw's own sequence
    expect(drawn.slice(0, -1).every((t) => /^\rrefreshing \d\/3 feeds · \d new\u001b\[K$/.test(t))).toBe(
      true,
    );
    expect(drawn.at(-1)).toBe('\r\u001b[K');
    // Text output (sanitised: the redraw's \r and ESC would be stripped, and the lines run together) has none.
    expect(err.join('')).not.toContain('refreshing');
    expect(out.join('')).toBe('refreshed 3 feeds: 3 new articles (3 fetched, 0 unchanged)\n');
  });
});

describe('brief refresh in a narrow terminal', () => {
  // At 40 columns the terminal's own wrapping cut "fetched" in two ("0 fetc" / "hed").
  it('word-wraps its summary to the width; piped, it is one line', async () => {
    const server = await startServer();
    server.route('/a', {body: rss('a'), type: 'application/rss+xml'});
    const lib = tempDir();
    const dbPath = emptyDb();
    const {db} = openDatabase(dbPath);
    openTarget(db, lib).feeds.subscribe(server.url('/a'), null, null);
    db.close();
    const out: string[] = [];
    const io = {out: (t: string) => void out.push(t), err: () => {}, terminal: true, columns: 40};
    const sink = {isTTY: false, columns: 40, write: () => {}};
    expect(await refreshCommand(lib, dbPath, false, io, sink)).toBe(0);
    expect(out.join('')).toBe('refreshed 1 feed: 1 new article (1\nfetched, 0 unchanged)\n');
    out.length = 0;
    expect(await refreshCommand(lib, dbPath, false, {...io, terminal: false}, sink)).toBe(0);
    expect(out.join('')).toBe('refreshed 1 feed: 0 new articles (1 fetched, 0 unchanged)\n');
    await server.close();
  });
});
