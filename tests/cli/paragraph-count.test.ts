import {describe, expect, it} from 'vitest';
import {listFromFiles} from '../../src/cli/commands.js';
import {listCommand} from '../../src/cli/list-command.js';
import type {Io} from '../../src/cli/output.js';
import {emptyDb, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// `list --json`'s `paragraphs` is a count, `show --json`'s the paragraphs' texts: a script that read one and then
// the other met a number where it expected a list. Renaming either would break the scripts written against it, so
// both keep `paragraphs` and both give the count as `paragraphCount`, one name with one meaning.

const FERRY =
  '---\ntitle: Ferry plan agreed\n---\nThe harbour council agreed the ferry plan.\n\n' +
  'Work starts in the spring.\n\nThe first boats sail a year later.\n';

function capture(): Io & {text: () => string} {
  let out = '';
  return {out: (t: string) => void (out += t), err: () => undefined, text: () => out};
}

describe('paragraphCount', () => {
  it('is the same count in list --json (from the store and from the files) and show --json', async () => {
    const lib = tempDir({'ferry.md': FERRY});
    const fromStore = capture();
    expect(await listCommand(lib, emptyDb(), true, fromStore)).toBe(0);
    const fromFiles = capture();
    expect(await listFromFiles(lib, true, fromFiles)).toBe(0);
    for (const io of [fromStore, fromFiles])
      expect(JSON.parse(io.text())).toEqual([
        expect.objectContaining({paragraphs: 3, paragraphCount: 3, words: 19}),
      ]);
    const shown = JSON.parse(runCli(['show', 'ferry', '--json', '--articles', lib]).stdout) as Record<
      string,
      unknown
    >;
    expect(shown.paragraphs).toHaveLength(3);
    expect(shown.paragraphCount).toBe(3);
  });
});
