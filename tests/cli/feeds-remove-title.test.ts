import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {opml, TWO_SUBSCRIPTIONS} from '../fixtures/web/feeds.js';
import {emptyDb, runCliAsync, type CliRun} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// `brief feeds` names each feed by its title first, so a new user removes one by that title. Nothing is removed by
// a title (two feeds may share one, and a feed retitles itself), but the line says the command that would.

describe('brief feeds remove TITLE', () => {
  it('names no subscription and says the address to give instead; nothing is removed', async () => {
    const lib = tempDir();
    const db = emptyDb();
    const brief = (...args: string[]): Promise<CliRun> =>
      runCliAsync(['--articles', lib, '--db', db, ...args]);
    const file = join(tempDir(), 'subscriptions.opml');
    writeFileSync(file, opml(TWO_SUBSCRIPTIONS));
    expect((await brief('add', file)).code).toBe(0);
    expect(await brief('feeds', 'remove', 'harbour courier')).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'brief: no subscription to harbour courier: feeds are removed by their address (brief feeds remove https://courier.example/feed)\n',
    });
    expect(await brief('feeds', 'remove', 'Pier Post')).toMatchObject({
      code: 1,
      stderr: 'brief: no subscription to Pier Post (see brief feeds)\n',
    });
    expect(JSON.parse((await brief('feeds', '--json')).stdout)).toHaveLength(2);
  });
});
