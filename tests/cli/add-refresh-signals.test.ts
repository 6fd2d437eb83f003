import {spawn} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {catchCtrlC, catchCtrlCEarly} from '../../src/cli/ctrl-c.js';
import {STOP_SIGNALS} from '../../src/cli/exit-codes.js';
import {emptyDb, runCliAsync, startCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

// `brief add` and `brief refresh` stopped by SIGTERM (`timeout 300 brief refresh` in cron, a service manager) or
// SIGHUP (the terminal closed) ended at once with 143/129 and said nothing, where Ctrl+C finishes the article being
// written and says what was kept. They now stop as for Ctrl+C (as `brief index` does), the line naming the signal.
// A feed of two items (made up): one with its whole text (written at once), one a teaser whose page never answers.

const CLI_ENTRY = join(import.meta.dirname, '../../dist/cli.cjs');

const WHOLE =
  'The Portmere ferry sailed again on Thursday after a month of repairs. The operator said four daily sailings ' +
  'would resume next week, and that the pier would stay open through the winter storms. ';

function rss(base: string, items = true): string {
  const body = items
    ? `<item><title>Harbour plan agreed</title><link>${base}/page</link><guid>a</guid><description>The council met.</description></item>
<item><title>Ferry returns to Portmere</title><guid>b</guid><description>${WHOLE.repeat(4)}</description></item>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Portmere Weekly</title>${body}</channel></rss>
`;
}

/** A feed server whose teaser page never answers, and a promise kept once that page is asked for. */
async function feedServer(items = true) {
  const server = await startServer();
  server.route('/feed', {body: rss(server.url(''), items), type: 'application/rss+xml'});
  let asked!: () => void;
  const waiting = new Promise<void>((resolve) => (asked = resolve));
  server.route('/page', () => asked());
  return {server, waiting};
}

/** Waits until the library holds the whole article, written. */
async function oneArticle(lib: string): Promise<void> {
  await vi.waitFor(() => expect(readdirSync(lib).filter((f) => f.endsWith('.md'))).toHaveLength(1), {
    timeout: 10_000,
  });
}

const SIGNALS = [
  ['SIGTERM', 143, 'SIGTERM'],
  ['SIGHUP', 129, 'SIGHUP (its terminal closed)'],
] as const;

describe.each(SIGNALS)('stopped by %s', (signal, code, by) => {
  it('brief add says on one line what it kept, and leaves no half-written file', async () => {
    const {server, waiting} = await feedServer();
    const lib = tempDir();
    const args = ['--articles', lib, '--db', emptyDb()];
    const {child, stderr, exited} = startCli(['add', server.url('/feed'), ...args]);
    await waiting;
    await oneArticle(lib);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(stderr()).toBe(
      `brief: add stopped by ${by}: 1 new article written and kept, 1 subscription kept ('brief refresh' reads the rest of their items)\n`,
    );
    expect(readdirSync(lib)).toEqual([expect.stringMatching(/ferry-returns-to-portmere\.md$/)]);
  });

  it('brief refresh says on one line what it kept', async () => {
    const {server, waiting} = await feedServer(false);
    const lib = tempDir();
    const args = ['--articles', lib, '--db', emptyDb()];
    expect(await runCliAsync(['add', server.url('/feed'), ...args])).toMatchObject({code: 0});
    server.route('/feed', {body: rss(server.url('')), type: 'application/rss+xml'});
    const {child, stderr, exited} = startCli(['refresh', ...args]);
    await waiting;
    await oneArticle(lib);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(stderr()).toBe(
      `brief: refresh stopped by ${by}: 1 new article written and kept; the rest is read at the next refresh\n`,
    );
    expect(readdirSync(lib)).toEqual([expect.stringMatching(/ferry-returns-to-portmere\.md$/)]);
  });
});

// A signal while the program was still loading (its command's modules not yet read) is said too: a Ctrl+C then
// ended it by Node's default, nothing said and no exit code of brief's. The signal comes as soon as the `brief`
// script has run its first lines (a preloaded module's first turn of the event loop).
describe.each([['SIGINT', 130, 'Ctrl+C'], ...SIGNALS] as const)('stopped by %s', (signal, code, by) => {
  it('before brief add has loaded its command: nothing added, said in one line', async () => {
    const server = await startServer();
    server.route('/feed', () => {});
    const preload = join(
      tempDir({'signal.cjs': `setImmediate(() => process.kill(process.pid, '${signal}'));\n`}),
      'signal.cjs',
    );
    const lib = tempDir();
    const child = spawn(
      process.execPath,
      ['--require', preload, CLI_ENTRY, 'add', server.url('/feed'), '--articles', lib, '--db', emptyDb()],
      {stdio: 'pipe', env: {...process.env, NO_COLOR: '1'}},
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect([exit, stderr]).toEqual([
      code,
      `brief: add stopped by ${by} before any source was read; nothing was added\n`,
    ]);
    expect(readdirSync(lib)).toEqual([]);
  });
});

describe('catchCtrlCEarly and catchCtrlC', () => {
  it('keep the first signal that came, and leave no listener of their own', () => {
    const before = STOP_SIGNALS.map((name) => process.listenerCount(name));
    catchCtrlCEarly();
    process.emit('SIGTERM');
    const caught = catchCtrlC();
    process.emit('SIGHUP');
    expect(caught.stoppedBy).toEqual({by: 'SIGTERM', code: 143});
    caught.dispose();
    const later = catchCtrlC();
    expect(later.stoppedBy).toBeNull();
    process.emit('SIGHUP');
    expect(later.stoppedBy).toEqual({by: 'SIGHUP (its terminal closed)', code: 129});
    later.dispose();
    expect(STOP_SIGNALS.map((name) => process.listenerCount(name))).toEqual(before);
  });
});
