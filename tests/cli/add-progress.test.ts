import {describe, expect, it} from 'vitest';
import {addCommand} from '../../src/cli/add-command.js';
import {addLine, addProgress} from '../../src/cli/add-progress.js';
import {displayWidth} from '../../src/ui/text.js';
import {REDRAW_MS} from '../../src/cli/progress-line.js';
import {catchCtrlC} from '../../src/cli/ctrl-c.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';
import {emptyDb} from '../helpers/run-cli.js';

// Made-up stories, each whole in the feed, so no page is fetched.
const STORY =
  'The Milltown bridge was closed on Tuesday after a truck hit a guardrail. Two people were taken to hospital with minor injuries, police said. ';
const rss = (n: number): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Milltown Post</title>${Array.from(
    {length: n},
    (_, i) =>
      `<item><title>Bridge story ${i}</title><guid isPermaLink="false">m${i}</guid><pubDate>Tue, 01 Dec 2026 18:${10 + i}:00 GMT</pubDate><description>Story ${i}. ${STORY.repeat(3)}</description></item>`,
  ).join('')}</channel></rss>\n`;

async function add(sinkIsTTY: boolean, json = false) {
  const server = await startServer();
  server.route('/feed', {body: rss(3), type: 'application/rss+xml'});
  const out: string[] = [];
  const err: string[] = [];
  const drawn: string[] = [];
  const io = {out: (t: string) => void out.push(t), err: (t: string) => void err.push(t)};
  const sink = {isTTY: sinkIsTTY, columns: 80, write: (t: string) => void drawn.push(t)};
  const code = await addCommand(tempDir(), emptyDb(), [server.url('/feed')], json, io, catchCtrlC(), sink);
  return {code, out: out.join(''), err: err.join(''), drawn, url: server.url('/feed')};
}

describe('brief add in a terminal', () => {
  // A feed of 1,000 teasers (a page fetched for each) said nothing until its last page was read.
  it('redraws on one line what it is reading and how many articles it wrote, then clears the line', async () => {
    const {code, out, err, drawn, url} = await add(true);
    expect(code).toBe(0);
    expect(drawn[0]).toBe(`\radding ${url}…\u001b[K`);
    // The feed's items counted as soon as it is read; the counts then redrawn at most every REDRAW_MS.
    expect(drawn).toContain(`\radding ${url} · 0 of 3 items\u001b[K`);
    expect(drawn.at(-1)).toBe('\r\u001b[K');
    expect(out).toBe('subscribed to Milltown Post: 3 new articles\n');
    expect(err).toBe('');
  });

  it('draws nothing off a terminal or with --json', async () => {
    expect((await add(false)).drawn).toEqual([]);
    expect((await add(true, true)).drawn).toEqual([]);
  });
});

describe('the line brief add redraws', () => {
  // A feed of 3,000 items said "adding URL…" and nothing more for 8 s, then jumped to 3,000 new articles.
  it('counts the items dealt with and the articles written, redrawn at most every REDRAW_MS', () => {
    const drawn: string[] = [];
    let now = 0;
    const p = addProgress({isTTY: true, columns: 80, write: (t) => void drawn.push(t)}, () => now);
    p.start('feed.xml');
    p.items(3000);
    for (let i = 0; i < 1200; i += 1) {
      now += 1;
      p.item();
      if (i % 2 === 0) p.article();
    }
    p.clear();
    const lines = drawn.map((d) => d.replace('\r', '').replace('\u001b[K', ''));
    expect(lines[0]).toBe('adding feed.xml…');
    expect(lines[1]).toBe('adding feed.xml · 0 of 3000 items');
    expect(lines).toContain(`adding feed.xml · ${REDRAW_MS} of 3000 items · ${REDRAW_MS / 2} new articles`);
    // Redrawn about once every REDRAW_MS items (one a millisecond), not once an item.
    expect(lines.length).toBeLessThan(2 + 1200 / REDRAW_MS + 3);
    expect(lines.at(-1)).toBe('');
  });

  // An item's article is told just before the item: drawn then, the line said "84 of 1000 items · 85 new articles".
  it('never counts more new articles than items dealt with', () => {
    const drawn: string[] = [];
    let now = 0;
    const p = addProgress({isTTY: true, columns: 80, write: (t) => void drawn.push(t)}, () => now);
    p.start('feed.xml');
    p.items(1000);
    for (let i = 0; i < 1000; i += 1) {
      now += 7;
      p.article();
      p.item();
    }
    const counts = drawn
      .map((d) => /(\d+) of 1000 items · (\d+) new articles/.exec(d))
      .filter((m) => m !== null)
      .map((m) => [Number(m[1]), Number(m[2])]);
    expect(counts.length).toBeGreaterThan(10);
    for (const [items, articles] of counts) expect(articles).toBeLessThanOrEqual(items!);
  });
});

// At 60 columns the feed's address took the room: "adding http://127.0.0.1:8857/many.xml · 227 of 1000 items…", the
// count of new articles cut off.
describe('the line brief add redraws, in a narrow terminal', () => {
  const url = 'http://127.0.0.1:8857/harbour/many.xml';
  it.each([
    [119, `adding ${url} · 227 of 1000 items · 214 new articles`],
    [79, `adding ${url} · 227/1000 items · 214 new`],
    [59, 'adding http://127.0.0.1:8857/ha… · 227/1000 items · 214 new'],
    [39, 'adding http://127.0.0.1:8857/harbour/m…'],
  ])('in %i columns: %s', (width, line) => {
    const text = addLine(url, 1000, 227, 214, width);
    expect(text).toBe(line);
    expect(displayWidth(text)).toBeLessThanOrEqual(width);
  });
  it('says what it reads, cut, before the feed is read', () => {
    expect(addLine(url, 0, 0, 0, 30)).toBe('adding http://127.0.0.1:8857/…');
  });
});
