import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {addCommand} from '../../src/cli/add-command.js';
import {catchCtrlC, catchCtrlCEarly, type CtrlC} from '../../src/cli/ctrl-c.js';
import {describe, expect, it, vi} from 'vitest';
import {emptyDb, runCliAsync, startCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

// (A press before the command has loaded: add-refresh-signals.test.ts, with SIGTERM and SIGHUP.)

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
    const args = ['--articles', lib, '--db', emptyDb()];
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

describe('Ctrl+C once brief add has read every source', () => {
  // A press after the last source's line was printed, while the page workers closed (a quarter of a second after a
  // feed of 400 items), said "add stopped by Ctrl+C: 400 new articles written and kept, 1 subscription kept ('brief
  // refresh' reads the rest of their items)" and exited 130: nothing was left to read. Made-up article.
  it('stops nothing, so says nothing of it, and exits as the add went', async () => {
    const source = join(
      tempDir({'ferry.md': `---\ntitle: Ferry returns to Portmere\ndate: 2026-12-01\n---\n\n${WHOLE}\n`}),
      'ferry.md',
    );
    const controller = new AbortController();
    const ctrlC: CtrlC = {
      signal: controller.signal,
      get stopped() {
        return controller.signal.aborted;
      },
      stoppedBy: null,
      dispose: () => {},
    };
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (text: string) => {
        out.push(text);
        // The press comes as the line is printed: after the source was read, before the command ends.
        if (text.startsWith('added')) queueMicrotask(() => controller.abort());
      },
      err: (text: string) => void err.push(text),
    };
    const lib = tempDir();
    const code = await addCommand(lib, emptyDb(), [source], false, io, ctrlC);
    expect(controller.signal.aborted).toBe(true);
    expect(out.join('')).toMatch(/^added “Ferry returns to Portmere” → /);
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
  });
});

describe('catchCtrlCEarly', () => {
  it("keeps a press for the command's catch, and leaves no listener of its own", () => {
    const before = process.listenerCount('SIGINT');
    catchCtrlCEarly();
    process.emit('SIGINT');
    const caught = catchCtrlC();
    expect(caught.stopped).toBe(true);
    caught.dispose();
    expect(process.listenerCount('SIGINT')).toBe(before);
    // Without a press, the command's catch starts unstopped.
    catchCtrlCEarly();
    const quiet = catchCtrlC();
    expect(quiet.stopped).toBe(false);
    quiet.dispose();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
