import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {addCommand} from '../../src/cli/add-command.js';
import {catchCtrlC} from '../../src/cli/ctrl-c.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

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
  const code = await addCommand(
    tempDir(),
    join(tempDir(), 'brief.db'),
    [server.url('/feed')],
    json,
    io,
    catchCtrlC(),
    sink,
  );
  return {code, out: out.join(''), err: err.join(''), drawn, url: server.url('/feed')};
}

describe('brief add in a terminal', () => {
  // A feed of 1,000 teasers (a page fetched for each) said nothing until its last page was read.
  it('redraws on one line what it is reading and how many articles it wrote, then clears the line', async () => {
    const {code, out, err, drawn, url} = await add(true);
    expect(code).toBe(0);
    expect(drawn[0]).toBe(`\radding ${url}…\u001b[K`);
    expect(drawn).toContain(`\radding ${url} · 3 new articles\u001b[K`);
    expect(drawn.at(-1)).toBe('\r\u001b[K');
    expect(out).toBe('subscribed to Milltown Post: 3 new articles\n');
    expect(err).toBe('');
  });

  it('draws nothing off a terminal or with --json', async () => {
    expect((await add(false)).drawn).toEqual([]);
    expect((await add(true, true)).drawn).toEqual([]);
  });
});
