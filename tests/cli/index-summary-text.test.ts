import {symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {indexSummaryText} from '../../src/cli/index-summary-text.js';
import {emptySummary} from '../../src/store/index-progress.js';
import type {IndexSummary} from '../../src/store/indexer.js';
import {emptyDb, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

const skip = (n: number, reason: string) => Array.from({length: n}, (_, i) => ({path: `f${i}.md`, reason}));

const summary = (fields: Partial<IndexSummary>): IndexSummary => ({...emptySummary(), seconds: 2, ...fields});

describe('the line brief index ends with', () => {
  it.each([
    // Listed by a reader before: every file known, the texts analysed now, some by that reader meanwhile. This was
    // "(0 new, 0 changed, 840 known); 176 texts analysed": as if nothing had been there to analyse.
    [
      summary({files: 840, unchanged: 840, extracted: 176, byAnother: 104}),
      'indexed 840 files (176 due for analysis, 664 unchanged); 176 texts analysed in 2.0 s (88.0/s), 104 by another brief\n',
    ],
    // A first index: the files are new, and no count of none is said ("0 changed, 0 known").
    [
      summary({files: 280, added: 280, extracted: 280}),
      'indexed 280 files (280 new); 280 texts analysed in 2.0 s (140.0/s)\n',
    ],
    // Broken links are not among the files; bad files are, and are counted once.
    [
      summary({
        files: 12,
        added: 6,
        unchanged: 4,
        knownSkipped: 2,
        skipped: skip(8, 'x'),
        outside: 6,
        extracted: 6,
      }),
      'indexed 12 files (6 new, 2 unchanged, 2 skipped); 6 texts analysed in 2.0 s (3.0/s); 6 links or folders not followed (each named on stderr with why)\n',
    ],
    [
      summary({files: 1, unchanged: 1, removed: 2, extracted: 0}),
      'indexed 1 file (1 unchanged), 2 removed; 0 texts analysed in 2.0 s\n',
    ],
    [summary({files: 0}), 'indexed 0 files; 0 texts analysed in 2.0 s\n'],
  ])('%#: %s', (given, expected) => {
    expect(indexSummaryText(given)).toBe(expected);
  });

  it('adds up in a folder with broken links: the files found are new, known or skipped, links apart', () => {
    const lib = tempDir({'a.md': '---\ntitle: Ferry late\n---\nThe ferry ran late.\n', 'empty.md': ''});
    for (const n of [1, 2, 3]) symlinkSync(join(lib, `gone-${n}.md`), join(lib, `link-${n}.md`));
    const db = emptyDb();
    const first = runCli(['index', '--articles', lib, '--db', db]);
    expect(first.stdout).toMatch(
      /^indexed 2 files \(1 new, 1 skipped\); 1 text analysed .*; 3 links or folders not followed \(each named on stderr with why\)/,
    );
    const again = runCli(['index', '--articles', lib, '--db', db]);
    expect(again.stdout).toMatch(
      /^indexed 2 files \(1 unchanged, 1 skipped\); 0 texts analysed .*; 3 links or folders not followed \(each named on stderr with why\)/,
    );
  });
});

describe('brief index after the plain list of a new database', () => {
  // `brief | cat` (or `brief list`) lists the files without analysing them; the index after it said "(0 new, 0
  // changed, 1 known); 1 text analysed", which contradicts itself.
  it('says the files listed but not analysed before were due for analysis, and that it analysed them now', () => {
    const lib = tempDir({
      'a.md': '---\ntitle: Ferry late\ndate: 2021-03-04\n---\nThe ferry ran late again.\n',
    });
    const db = emptyDb();
    expect(runCli(['--articles', lib, '--db', db]).stdout).toContain('Ferry late');
    const index = runCli(['index', '--articles', lib, '--db', db]);
    expect(index.stdout).toMatch(/^indexed 1 file \(1 due for analysis\); 1 text analysed in /);
  });
});

describe('the line brief index ends with, in a narrow terminal', () => {
  // At 40 columns the terminal's own wrapping cut words in two ("0 kn" / "own", "followe" / "d").
  it('is word-wrapped to the width, each word whole and none lost', () => {
    const given = summary({
      files: 12,
      added: 7,
      skipped: skip(6, 'x'),
      outside: 1,
      extracted: 7,
    });
    const text = indexSummaryText(given, 40);
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toBe(indexSummaryText(given).trimEnd());
    expect(text.endsWith('\n')).toBe(true);
    // Wide enough, or no terminal: the one line.
    expect(indexSummaryText(given, 400)).toBe(indexSummaryText(given));
  });
});
