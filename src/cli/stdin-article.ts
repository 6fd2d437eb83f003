import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describeFsError} from '../library/fs-error.js';
import {DEFAULT_MAX_BYTES} from '../library/read-article.js';
import {readBounded} from '../library/read-bounded.js';

/** Standard input saved as a file the library reads, or why it could not be read. */
export type StdinFile = {ok: true; path: string; remove: () => void} | {ok: false; reason: string};

/** Whether text read as a page (reader mode) rather than as plain text or Markdown: it opens with markup. */
function looksLikeHtml(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 1024).toString('utf8').trimStart().toLowerCase();
  return (
    head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(?:head|body|meta|title)\b/.test(head)
  );
}

/** Standard input's bytes, at most `cap` and one read more. */
const readInput = (cap: number): Buffer => readBounded(0, cap);

/**
 * `-` among `brief extract`'s files, as other tools take it: the article on standard input (`curl … | brief extract
 * -`). It was looked for as a file named "-" ("file not found"). Written to a file of its own in the system's
 * temporary folder, so it is read exactly as a file is (size limit, charset, front matter; a page by its markup),
 * and removed once read.
 */
export function stdinFile(read: (cap: number) => Buffer = readInput): StdinFile {
  let bytes: Buffer;
  try {
    bytes = read(DEFAULT_MAX_BYTES);
  } catch (err) {
    return {ok: false, reason: `cannot read standard input: ${describeFsError(err)}`};
  }
  if (bytes.length > DEFAULT_MAX_BYTES)
    return {ok: false, reason: `too large (more than ${DEFAULT_MAX_BYTES / 1024 / 1024} MB, the limit)`};
  const dir = mkdtempSync(join(tmpdir(), 'brief-stdin-'));
  const path = join(dir, looksLikeHtml(bytes) ? 'stdin.html' : 'stdin.txt');
  writeFileSync(path, bytes);
  return {ok: true, path, remove: () => rmSync(dir, {recursive: true, force: true})};
}
