import {cpSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cleanAfterEach, isolatedEnv, startPty, type PtyRun} from './pty.js';
import {Screen, type ResizeAnchor} from './screen.js';

// The shipped library in a pty, resized under the list: whichever way the terminal keeps its text when its window
// changes height, the frame drawn for the new size starts on the top row and shows the selected article.
const CLI = join(import.meta.dirname, '../../dist/cli.js');
const ARTICLES = join(import.meta.dirname, '../../articles');
const STEP_MS = 60_000;
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

/** A terminal of `anchor`'s kind fed what `run` wrote, with each resize applied where it came in the output. */
function screenOf(
  run: PtyRun,
  anchor: ResizeAnchor,
  sizes: readonly {at: number; cols: number; rows: number}[],
) {
  const [first, ...rest] = sizes;
  const screen = new Screen(first?.cols ?? 80, first?.rows ?? 24, anchor);
  let at = 0;
  for (const size of rest) {
    screen.write(run.raw().slice(at, size.at));
    screen.resize(size.cols, size.rows);
    at = size.at;
  }
  screen.write(run.raw().slice(at));
  return screen;
}

/** What is wrong with the list as `screen` shows it at `rows` rows, or '' when nothing is. */
function listProblem(screen: Screen, rows: number, selected: string): string {
  const lines = screen.lines();
  const shown = `\n${lines.map((l, i) => `${String(i).padStart(2)}|${l}`).join('\n')}`;
  if (!lines[0]?.startsWith('brief · 280 articles')) return `the status line is not on the top row:${shown}`;
  if (!lines[1]?.startsWith('┌') || !lines[2]?.includes('Title'))
    return `the table's header is not under it:${shown}`;
  if (!lines[rows - 3]?.startsWith('└') || !lines[rows - 2]?.startsWith('j/↓ move'))
    return `the table and footer do not end the frame:${shown}`;
  const inverse = screen.inverseRows();
  if (inverse.length !== 1 || !lines[inverse[0] ?? 0]?.includes(selected))
    return `the selected row (${selected}) is not the one row drawn inverse (rows ${inverse.join(', ')}):${shown}`;
  return '';
}

async function settle(check: () => string): Promise<void> {
  const deadline = Date.now() + STEP_MS / 2;
  let problem = check();
  while (problem && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    problem = check();
  }
  expect(problem).toBe('');
}

describe('resizing the terminal under the article list', () => {
  it.each(['top', 'bottom'] as const)(
    'draws the whole frame from the top row, the selected article on it (a terminal keeping its text at the %s)',
    async (anchor) => {
      const home = temp('brief-e2e-resize-');
      const library = join(home, 'articles');
      cpSync(ARTICLES, library, {recursive: true});
      const sizes = [{at: 0, cols: 100, rows: 30}];
      app = startPty(process.execPath, [CLI], {
        cols: 100,
        rows: 30,
        env: isolatedEnv(home, library),
        cwd: home,
      });
      const run = app;
      await run.waitForScreen(['280 articles', 'Title', 'j/↓ move']);
      // Twenty rows down: below the last row a 20-row terminal shows unless the table scrolls.
      for (let i = 0; i < 20; i++) run.press('j');
      let selected = '';
      await settle(() => {
        const screen = screenOf(run, anchor, sizes);
        const row = screen.lines()[screen.inverseRows()[0] ?? -1] ?? '';
        selected = row.split('│')[2]?.trim().slice(0, 20) ?? '';
        return screen.inverseRows().length === 1 && screen.inverseRows()[0] === 23 ? '' : 'still moving';
      });
      for (const [cols, rows] of [
        [80, 20],
        [120, 40],
        [100, 30],
      ] as const) {
        sizes.push({at: run.raw().length, cols, rows});
        run.resize(cols, rows);
        await settle(() => listProblem(screenOf(run, anchor, sizes), rows, selected));
      }
      run.press('q');
      expect(await run.exit()).toBe(0);
    },
    STEP_MS * 3,
  );
});
