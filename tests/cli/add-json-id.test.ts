import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyDb, runCliAsync, type CliRun} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// Every --json names an article by `id`, as `brief show` takes it; `brief add --json` gave an added article's file
// (`path`) only. Its outcome keeps `path` and gains the id that `list --json` gives the same file.

const FERRY =
  '---\ntitle: Ferry plan agreed\ndate: 2024-06-01\n---\nThe harbour council agreed the ferry plan.\n';

describe('brief add --json', () => {
  it('names each added or already held article by the id list --json and show take, keeping its path', async () => {
    const lib = tempDir({'old/ferry.md': FERRY.replace('ferry plan.', 'old plan.')});
    const db = emptyDb();
    const brief = (...args: string[]): Promise<CliRun> =>
      runCliAsync(['--articles', lib, '--db', db, ...args]);
    expect((await brief('list')).code).toBe(0);
    const src = tempDir();
    mkdirSync(join(src, 'in'));
    writeFileSync(join(src, 'in', 'ferry.md'), FERRY);
    const run = async (): Promise<{outcome: Record<string, unknown>}[]> =>
      JSON.parse((await brief('add', join(src, 'in', 'ferry.md'), '--json')).stdout) as {
        outcome: Record<string, unknown>;
      }[];
    const [added] = await run();
    const path = join(lib, 'ferry.md');
    // Another file of the library has its name, so each is named by its path under the library, as the scan names it.
    expect(added?.outcome).toEqual({
      kind: 'article',
      status: 'added',
      id: 'ferry',
      title: 'Ferry plan agreed',
      path,
    });
    const listed = JSON.parse((await brief('list', '--json')).stdout) as {id: string; path: string}[];
    expect(listed.find((a) => a.path === path)?.id).toBe(added?.outcome.id);
    expect(listed.map((a) => a.id).sort()).toEqual(['ferry', 'old/ferry']);
    const [again] = await run();
    expect(again?.outcome).toMatchObject({status: 'duplicate', id: 'ferry', path});
    expect((await brief('show', String(again?.outcome.id))).stdout).toContain('Ferry plan agreed');
  });
});
