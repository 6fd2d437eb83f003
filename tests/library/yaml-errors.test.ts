import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readArticleFile} from '../../src/library/read-article.js';
import {yamlErrorText} from '../../src/library/yaml-errors.js';
import {tempDir} from '../helpers/temp-dir.js';

/**
 * What brief says of a file with this text whose front matter YAML cannot read: the warning it is read with (the
 * article is read from its plain lines, front-matter.ts), else the reason it is skipped for; null when neither.
 */
function reason(content: string): string | null {
  const path = join(tempDir(), 'esc.md');
  writeFileSync(path, content);
  const read = readArticleFile(path);
  return read.ok ? (read.warnings[0] ?? null) : read.skipped.reason;
}

// eslint-disable-next-line no-control-regex -- no control character may reach a one-line reason
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('front matter YAML cannot read: one clean line saying why', () => {
  it.each([
    ['a carriage return inside a quoted title', '---\ntitle: "Ferry\rlate"\n---\nThe ferry ran late.\n', '"'],
    ['a line break inside a quoted title', '---\ntitle: "Ferry\nlate"\n---\nThe ferry ran late.\n', '"'],
    ['a single-quoted title never closed', "---\ntitle: 'Ferry late\n---\nThe ferry ran late.\n", "'"],
  ])('%s', (_, content, quote) => {
    const text = reason(content) ?? '';
    expect(text).toBe(
      `malformed front matter (a value opened with ${quote} is never closed (a line break or carriage return inside quotes must be followed by an indented line)): the article is read without it`,
    );
    expect(text).not.toMatch(CONTROL);
  });

  it('keeps any other parser message, as one line without control characters', () => {
    expect(yamlErrorText(new Error('Unexpected scalar at node end\n\tat line 2\r'))).toBe(
      'Unexpected scalar at node end',
    );
    expect(reason('---\ntitle: "Ferry" late\n---\nThe ferry ran late.\n')).toMatch(
      /^malformed front matter \(Unexpected scalar at node end\): the article is read without it$/,
    );
  });
});
