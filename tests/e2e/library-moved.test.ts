import {mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cleanAfterEach, isolatedEnv, plain, startPty, type PtyRun} from './pty.js';

// The built brief in a real pseudo-terminal whose library folder is moved away while it is open: the status line
// says the indexing failed and why, not that one article was not analysed, and clears once the folder is back.
const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const STEP_MS = 60_000;
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

/** The reader open on a library of one article, shown. */
async function readerOnOneArticle(): Promise<{parent: string; library: string; run: PtyRun}> {
  const parent = temp('brief-e2e-moved-');
  const library = join(parent, 'news');
  const home = temp('brief-e2e-home-');
  mkdirSync(library);
  writeFileSync(
    join(library, 'harbour.md'),
    '---\ntitle: Harbour reopens\n---\nThe harbour reopened on Monday.\n',
  );
  const run = startPty(process.execPath, [CLI], {
    cols: 200,
    rows: 20,
    env: isolatedEnv(home, library),
    cwd: home,
  });
  app = run;
  await run.waitForScreen(['1 article', 'Harbour reopens'], STEP_MS);
  return {parent, library, run};
}

describe('a library folder moved away while the reader is open', () => {
  it(
    'says "indexing failed: cannot open the article folder …: no such folder" and no "not analysed"',
    async () => {
      const {parent, library, run} = await readerOnOneArticle();
      const away = join(parent, 'news-away');
      renameSync(library, away);
      const failed = await run.waitForScreen(
        [`indexing failed: cannot open the article folder ${library}: no such folder`],
        STEP_MS,
      );
      expect(failed).not.toContain('not analysed');
      renameSync(away, library);
      writeFileSync(
        join(library, 'ferry.md'),
        '---\ntitle: Ferry returns\n---\nThe ferry returned on Tuesday.\n',
      );
      const back = await run.waitForScreen(['2 articles', 'Ferry returns'], STEP_MS);
      expect(back).not.toContain('indexing failed');
      run.press('q');
      expect(await run.exit()).toBe(0);
    },
    STEP_MS * 3,
  );

  // The reader quit with 0 and said nothing, as if every file had been read; brief index exits 1 and says why.
  it(
    'quit while it is away: says on stderr that indexing failed, and why, and exits 1',
    async () => {
      const {parent, library, run} = await readerOnOneArticle();
      renameSync(library, join(parent, 'news-away'));
      await run.waitForScreen(['indexing failed: cannot open the article folder'], STEP_MS);
      run.press('q');
      expect(await run.exit()).toBe(1);
      expect(plain(run.raw())).toContain(
        `brief: indexing failed: cannot open the article folder ${library}: no such folder`,
      );
    },
    STEP_MS * 3,
  );
});
