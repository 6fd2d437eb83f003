import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyDb, runCliAsync} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// A feed whose titles run on for megabytes (a hostile feed, or a broken one whose title swallowed the items after
// it): a 10 MB title's item was refused as "too large" for the library and its title printed whole on one stderr
// line, 9.6 MB of it. Text is made up.
const TEXT =
  'The Portmere ferry sailed again on Thursday after a month of repairs, the operator said. '.repeat(20);

function feedFile(): string {
  const long = (words: string) => `${words} `.repeat(150_000).trim();
  const rss =
    `<?xml version="1.0"?><rss version="2.0"><channel><title>${long('Harbour Courier')}</title>` +
    `<item><title>${long('Ferry returns')}</title><guid>a</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate>` +
    `<description>${TEXT}</description></item>` +
    `<item><title>${long('Bridge closed')}</title><guid>b</guid></item></channel></rss>`;
  return join(tempDir({'courier.rss': rss}), 'courier.rss');
}

describe('a feed with titles megabytes long', () => {
  it('adds its item under a title cut to a headline, and says each line short', async () => {
    const lib = tempDir();
    const run = await runCliAsync(['add', feedFile(), '--articles', lib, '--db', emptyDb('b.db')]);
    // The item with text is added; the one with neither text nor link is not, and says so.
    expect(run.code).toBe(1);
    for (const line of [...run.stdout.split('\n'), ...run.stderr.split('\n')])
      expect(line.length).toBeLessThan(400);
    expect(run.stderr).toMatch(
      /“Bridge closed Bridge closed[^”]*…” not read: the item has no text and no link/,
    );
    const files = readdirSync(lib).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(1);
    const title = /^title: (.*)$/m.exec(readFileSync(join(lib, files[0] ?? ''), 'utf8'))?.[1] ?? '';
    expect(title).toMatch(/^Ferry returns Ferry returns .*…$/);
    expect(title.length).toBeLessThanOrEqual(300);
  });
});
