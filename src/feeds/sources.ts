import {closeSync, openSync, readFileSync, statSync} from 'node:fs';
import {describeFsError} from '../library/read-article.js';
import {readBounded} from '../library/read-bounded.js';
import {tooLarge} from '../library/too-large.js';
import {decodeBody} from '../library/charset.js';
import {documentKind, type DocumentKind} from '../web/detect.js';
import {WebError} from '../web/errors.js';
import type {Fetcher, FetchResponse} from '../web/fetch.js';
import {isHttpUrl, readsAsAddress} from '../web/url.js';

/** A source read and recognised: a page, a feed or an OPML list, from the web or a file. */
export interface LoadedSource {
  kind: DocumentKind;
  text: string;
  /** The address after redirects, or null for a file. */
  url: string | null;
  /** The HTTP answer, for a web source (its validators seed a feed's conditional requests). */
  response: FetchResponse | null;
}

/** What brief asks servers for: pages and feeds. */
export const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Reads a fetched answer's text in its declared charset and says what it is. Throws a WebError for an answer with
 * no text at all, which is no page, feed or list (rather than "not a feed" of what was never there).
 */
export function loadResponse(response: FetchResponse): LoadedSource {
  const {text} = decodeBody(response.body, response.contentType);
  if (text.trim() === '')
    throw new WebError('not-feed', `the server answered HTTP ${response.status} with nothing in it`);
  return {
    kind: documentKind(text, response.contentType, new URL(response.url).pathname),
    text,
    url: response.url,
    response,
  };
}

/** A file that is not a regular one, read up to one read past the limit. */
function readPipe(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    return readBounded(fd, MAX_FILE_BYTES);
  } finally {
    closeSync(fd);
  }
}

/** Fetches a URL or reads a file. Throws an Error whose message is one line saying why not. */
export async function loadSource(source: string, fetcher: Fetcher): Promise<LoadedSource> {
  if (isHttpUrl(source)) return loadResponse(await fetcher.get({url: source, accept: ACCEPT}));
  // An http address the URL parser refuses (an unclosed "[", a space in the host) is no other scheme.
  if (/^https?:\/\//i.test(source)) throw new Error('not a valid web address');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
    throw new Error(`only http and https addresses can be added (not ${source.split(':')[0]}:)`);
  let bytes: Buffer;
  try {
    const stat = statSync(source);
    if (stat.isDirectory()) throw new Error('is a folder, not a file');
    if (stat.size > MAX_FILE_BYTES) throw new Error(tooLarge(stat.size, MAX_FILE_BYTES));
    // A device or a pipe (/dev/zero, a shell's <(…)) has no size to check first: read up to the limit, not forever.
    bytes = stat.isFile() ? readFileSync(source) : readPipe(source);
    if (bytes.length > MAX_FILE_BYTES) throw new Error(tooLarge(null, MAX_FILE_BYTES));
  } catch (err) {
    if (err instanceof Error && !(err as NodeJS.ErrnoException).code) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && readsAsAddress(source))
      throw new Error(`file not found; a web address needs its scheme (brief add https://${source})`);
    throw new Error(describeFsError(err));
  }
  const {text} = decodeBody(bytes, null);
  // As the library says it of an article file: an empty export or a save cut off, not a document of some kind.
  if (text.trim() === '') throw new Error('empty file');
  return {kind: documentKind(text, null, source), text, url: null, response: null};
}
