import {copyFileSync, existsSync, readdirSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {indexCommand} from '../../src/cli/index-command.js';
import {tempDir} from '../helpers/temp-dir.js';

// `brief index` on a database file that does not exist yet starts its workers before opening the store. Whatever
// the outcome, every thread it started has ended when the command returns. Threads are counted from /proc (Linux).
const threads = (): number => readdirSync('/proc/self/task').length;
const ARTICLES = join(import.meta.dirname, '../../articles');
const sink = {isTTY: false, columns: 80, write: () => {}};

function io(): {out: (t: string) => void; err: (t: string) => void; said: string[]; printed: string[]} {
  const said: string[] = [];
  const printed: string[] = [];
  return {out: (t) => void (said.push(t), printed.push(t)), err: (t) => void said.push(t), said, printed};
}

describe.skipIf(!existsSync('/proc/self/task'))('a first index with its workers started early', () => {
  // libuv's thread pool starts its threads on first use, all at once: started before anything is counted.
  beforeAll(() => stat(import.meta.dirname));
  it('ends them when the store cannot be opened', async () => {
    const before = threads();
    const out = io();
    const code = await indexCommand(join(tempDir(), 'nope'), join(tempDir(), 'new.db'), true, out, sink);
    expect(code).toBe(2);
    expect(out.said.join('')).toMatch(/cannot open the article folder/);
    expect(threads()).toBe(before);
  });

  it('indexes with them and ends them', async () => {
    const lib = tempDir();
    for (const f of readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.md'))
      .slice(0, 2))
      copyFileSync(join(ARTICLES, f), join(lib, f));
    const db = join(tempDir(), 'new.db');
    const before = threads();
    const out = io();
    const code = await indexCommand(lib, db, true, out, sink);
    expect(code).toBe(0);
    // (A database named and not there yet is said on stderr: JSON on stdout alone.)
    expect(JSON.parse(out.printed.join(''))).toMatchObject({added: 2, extracted: 2});
    expect(out.said.join('')).toContain(`there is no database ${db} (--db): starting a new one there`);
    expect(threads()).toBe(before);
  });
});
