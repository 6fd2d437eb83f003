import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {isolatedEnv, startPty, type PtyRun, cleanAfterEach} from './pty.js';

// The built brief in a real pseudo-terminal: a file dated later than the rest lands in the library while the
// table is scrolled down; the folder watch indexes it, and its row sorts above the window.
const CLI = join(import.meta.dirname, '../../dist/cli.cjs');
const STEP_MS = 60_000;
let app: PtyRun | null = null;
const temp = cleanAfterEach(() => app);

/** A made-up article file: a title, a date, two sentences. */
const articleText = (title: string, date: string): string =>
  `---\ntitle: ${title}\ndate: ${date}\n---\nThe harbour board met on ${date}. Ships sail again.\n`;

describe('rows added above a scrolled-down table', () => {
  it(
    'says "↑ N new above" while the table is scrolled down, keeps its rows, and clears with g',
    async () => {
      const library = temp('brief-e2e-above-');
      for (let day = 1; day <= 30; day++) {
        const date = `2020-01-${String(day).padStart(2, '0')}`;
        writeFileSync(join(library, `${date}.md`), articleText(`Harbour report ${day}`, date));
      }
      const home = temp('brief-e2e-home-');
      app = startPty(process.execPath, [CLI], {
        cols: 100,
        rows: 20,
        env: isolatedEnv(home, library),
        cwd: home,
      });
      // Oldest at the bottom: G shows report 1 and not the newest.
      await app.waitForScreen(['30 articles', 'Harbour report 30'], STEP_MS);
      app.press('G');
      const bottom = await app.waitForScreen(['Harbour report 1 '], STEP_MS);
      expect(bottom).not.toContain('Harbour report 30');
      writeFileSync(join(library, 'late-1.md'), articleText('Storm warning lifted', '2021-03-01'));
      writeFileSync(join(library, 'late-2.md'), articleText('Ferry timetable changes', '2021-03-02'));
      const grown = await app.waitForScreen(['32 articles', '↑ 2 new above'], STEP_MS);
      // The table's rows are the ones that were on show (their counts may have come in meanwhile).
      const rows = (screen: string) => screen.match(/Harbour report \d+/g) ?? [];
      expect(rows(grown)).toEqual(rows(bottom));
      expect(grown).not.toContain('Ferry timetable');
      app.press('g');
      const top = await app.waitForScreen(['Ferry timetable changes', 'Storm warning lifted'], STEP_MS);
      expect(top).not.toContain('new above');
      app.press('q');
      expect(await app.exit()).toBe(0);
    },
    STEP_MS * 2,
  );
});
