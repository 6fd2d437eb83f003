import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {rss2, type FeedItem} from '../fixtures/web/feeds.js';
import {newsPage} from '../fixtures/web/pages.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';
import {runCliAsync} from '../helpers/run-cli.js';
import {startServer} from '../helpers/web-server.js';
import {plain, isolatedEnv, startPty, type PtyRun, cleanAfterEach} from './pty.js';

// A new user's day: subscribe to a feed with `brief add`, open the reader, the site publishes, R brings the new
// story in while the reader is open, and it opens with its panels. Then a file dropped into the folder shows up.
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const STEP_MS = 60_000;
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

describe('feeds in the reader', () => {
  it(
    'adds a feed, refreshes it with R, opens the new article, and sees a dropped-in file appear',
    async () => {
      const server = await startServer();
      const item = (file: string, path: string, date: string): FeedItem => {
        const a = shippedArticle(file, server.url(path));
        server.route(path, {body: newsPage(a)});
        return {title: a.title, link: a.url, date, summary: a.paragraphs[0]?.split('. ')[0] ?? ''};
      };
      const older = item(SHIPPED[0] ?? '', '/news/florida', '2019-01-05T10:00:00Z');
      const feed = {title: 'Harbour Courier', site: server.base, self: server.url('/feed'), items: [older]};
      server.route('/feed', {body: rss2(feed, false), type: 'application/rss+xml', etag: '"1"'});

      const dir = temp('brief-e2e-feeds-');
      const env = isolatedEnv(dir, join(dir, 'library'));
      const added = await runCliAsync(['add', server.url('/feed')], env, dir);
      expect(added.stdout).toBe('subscribed to Harbour Courier: 1 new article\n');

      app = startPty(process.execPath, [CLI], {cols: 120, rows: 40, env, cwd: dir});
      await app.waitFor(['1 article ·', 'Florida highway pileup', 'R refresh'], STEP_MS);

      // The site publishes a story (dated now, so it lists first) and the reader refreshes.
      const fresh = item(SHIPPED[1] ?? '', '/news/pelosi', new Date().toISOString());
      server.route('/feed', {
        body: rss2({...feed, items: [fresh, older]}, false),
        type: 'application/rss+xml',
        etag: '"2"',
      });
      app.press('R');
      await app.waitFor(['Refreshed 1 feed: 1 new article'], STEP_MS);
      await app.waitFor(['2 articles', 'Nancy Pelosi again elected Speaker'], STEP_MS);
      expect(server.requests.filter((r) => r.path === '/feed').at(-1)?.headers['if-none-match']).toBe('"1"');

      app.press('g');
      await app.waitFor(['Nancy Pelosi again elected Speaker']);
      app.press('\r');
      const opened = await app.waitFor(['Summary', 'Key facts', 'Quotes', 'People', 'Nancy Pelosi'], STEP_MS);
      expect(opened).toContain('Harbour Courier');

      // A file dropped into the folder while the reader is open appears in the list.
      app.press('\u001b');
      await app.waitFor(['2 articles']);
      writeFileSync(
        join(dir, 'library', 'harbour-note.txt'),
        'Harbour Ferry Timetable Changes\nThe Sunday ferry will leave at ten from next week, the harbour office said.\n',
      );
      await app.waitFor(['3 articles', 'Harbour Ferry Timetable Changes'], STEP_MS);

      app.press('q');
      expect(await app.exited).toBe(0);
      expect(plain(app.raw())).not.toMatch(/Error|unexpected/);
    },
    STEP_MS * 4,
  );
});
