import {createHash} from 'node:crypto';
import {readFileSync, statSync} from 'node:fs';
import {basename} from 'node:path';
import {fsPath} from './file-names.js';
import {titleFromText} from './draft.js';
import {describeFsError} from './fs-error.js';
import {splitFrontMatter} from './front-matter.js';
import {isHtmlPath, readHtmlBytes} from './html-file.js';
import {localDay} from './local-day.js';
import {parseBody, titleFromFileName} from './plain-text.js';
import {cleanText} from './sanitize.js';
import type {ReadResult} from './types.js';
import {tooLarge} from './too-large.js';

export {describeFsError} from './fs-error.js';

/** Files larger than this are skipped rather than read into memory. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Options for reading one article file. */
export interface ReadOptions {
  /** Size cap in bytes (default 5 MB). */
  maxBytes?: number;
  /** The id to give the article; defaults to the file name without extension. */
  id?: string;
  /**
   * False when the file's name is none of the article's (standard input saved as "stdin.txt"): an article without a
   * title of its own takes its first line's words, not "Stdin".
   */
  named?: boolean;
}

export {tooLarge};

const BINARY = 'binary file (contains NUL bytes), not text';

/** Whether the bytes open with a UTF-16 byte order mark (the one text in which NUL bytes are no sign of binary). */
function utf16Marked(bytes: Buffer): boolean {
  return (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  );
}

/** Decodes bytes as text, or says why they are not an article's text. */
export function decodeText(bytes: Buffer): {ok: true; text: string} | {ok: false; reason: string} {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2))};
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2))};
  }
  if (bytes.includes(0)) return {ok: false, reason: BINARY};
  try {
    return {ok: true, text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)};
  } catch {
    return {ok: false, reason: 'not valid UTF-8 text'};
  }
}

/** Reads one file into an Article. Never throws: every failure comes back as a skipped file with a reason. */
export function readArticleFile(path: string, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const skip = (reason: string): ReadResult => ({ok: false, skipped: {path, reason}});
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    const stat = statSync(fsPath(path));
    if (stat.isDirectory()) return skip('is a folder, not a file');
    if (!stat.isFile()) return skip('not a regular file');
    if (stat.size > maxBytes) return skip(tooLarge(stat.size, maxBytes));
    mtimeMs = stat.mtimeMs;
    bytes = readFileSync(fsPath(path));
  } catch (err) {
    return skip(describeFsError(err));
  }
  if (bytes.length > maxBytes) return skip(tooLarge(bytes.length, maxBytes));
  if (isHtmlPath(path)) {
    // Reader mode takes any bytes for a page: an executable saved as .html was listed with its bytes as the title.
    if (bytes.includes(0) && !utf16Marked(bytes)) return skip(BINARY);
    return readHtmlBytes(path, bytes, mtimeMs, options.id);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return skip(decoded.reason);
  const text = cleanText(decoded.text);
  if (text.trim() === '') return skip('empty file');

  const front = splitFrontMatter(text);
  if (front.kind === 'error') return skip(front.reason);
  const fields = front.kind === 'ok' ? front.fields : null;
  const body = parseBody(front.body, fields?.title ?? null);
  if (body.paragraphs.length === 0) return skip('no article text (only a title or front matter)');

  const fileName = basename(path);
  // Front matter YAML could not read meant to give a title: the body's first line says more than the file's name.
  const broken = front.kind === 'ok' && front.warning !== undefined;
  const authors = fields && fields.authors.length > 0 ? fields.authors : body.authors;
  const warnings: string[] = front.kind === 'ok' && front.warning ? [front.warning] : [];
  let date = fields?.date ?? body.date;
  if (fields?.badDate) {
    // The article is still worth reading; the file's own time is a date that is at least true of the file.
    date = new Date(mtimeMs).toISOString().slice(0, 10);
    warnings.push(
      `date "${fields.badDate}" is not a valid date; using the file's modification time (${date})`,
    );
  }
  return {
    ok: true,
    warnings,
    article: {
      id: options.id ?? fileName.replace(/\.[^.]+$/, ''),
      path,
      title:
        fields?.title ??
        body.title ??
        (broken || options.named === false ? titleFromText(body.paragraphs[0] ?? '') || null : null) ??
        titleFromFileName(fileName),
      source: fields?.source ?? body.source,
      sourceInText: body.source !== null,
      authors,
      contributors: body.contributors.filter((c) => !authors.includes(c)),
      // Without a date of its own an article takes the day it was added (written), so new files list on top.
      date: date ?? localDay(mtimeMs),
      time: fields?.badDate ? null : (fields?.time ?? null),
      url: fields?.url ?? null,
      ...(fields?.feed ? {feed: fields.feed} : {}),
      paragraphs: body.paragraphs,
      ...(body.analysed ? {analysed: body.analysed} : {}),
      text: body.paragraphs.join('\n\n'),
      hash: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      mtimeMs,
    },
  };
}
