import {createHash} from 'node:crypto';
import {basename} from 'node:path';
import {decodeBody} from './charset.js';
import {parseDate, parseTime} from './front-matter.js';
import {localDay} from './local-day.js';
import {parseBody} from './plain-text.js';
import type {ReadResult} from './types.js';

// Saved web pages in the library are read through the same reader mode as `brief add`. The reader (linkedom and
// Readability, ~1 MB of code) loads only when a folder holds .html files, so listing a library of text files
// never pays for it.

type HtmlModule = typeof import('./html/html-article.js');

let loaded: HtmlModule | null = null;

/** Extensions read as saved web pages. */
export const HTML_EXTENSIONS = ['.html', '.htm'];

/** True for a file name brief reads as a saved web page. */
export function isHtmlPath(path: string): boolean {
  const lower = path.toLowerCase();
  return HTML_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Loads the HTML reader once; reading .html files needs it. */
export async function loadHtmlReader(): Promise<void> {
  loaded ??= await import('./html/html-article.js');
}

/** Loads the HTML reader when any of `paths` is a saved web page. */
export async function loadHtmlReaderFor(paths: readonly string[]): Promise<void> {
  if (paths.some(isHtmlPath)) await loadHtmlReader();
}

/** Reads a saved web page's bytes into an article, in reader mode. */
export function readHtmlBytes(
  path: string,
  bytes: Buffer,
  mtimeMs: number,
  id: string | undefined,
): ReadResult {
  const skip = (reason: string): ReadResult => ({ok: false, skipped: {path, reason}});
  if (!loaded) return skip('the HTML reader is not loaded (a bug in brief: please report it)');
  let read: ReturnType<HtmlModule['htmlToArticle']>;
  try {
    read = loaded.htmlToArticle(decodeBody(bytes, 'text/html').text, null);
  } catch (err) {
    // A page the reader fails on is one skipped file with the reason, as `brief add` says it (page-worker.ts), not
    // the end of `brief list` for the whole library.
    return skip(`cannot read the page: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!read.ok) return skip(read.reason);
  const d = read.draft;
  const body = parseBody(d.paragraphs.join('\n\n'), d.title);
  if (body.paragraphs.length === 0) return skip('no article text');
  const fileName = basename(path);
  return {
    ok: true,
    warnings: [],
    article: {
      id: id ?? fileName.replace(/\.[^.]+$/, ''),
      path,
      title: d.title,
      source: d.source,
      sourceInText: false,
      authors: d.authors.length ? d.authors : body.authors,
      contributors: body.contributors,
      date: parseDate(d.date) ?? localDay(mtimeMs),
      time: parseDate(d.date) === null ? null : parseTime(d.date),
      url: d.url,
      paragraphs: body.paragraphs,
      ...(body.analysed ? {analysed: body.analysed} : {}),
      text: body.paragraphs.join('\n\n'),
      hash: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      mtimeMs,
    },
  };
}
