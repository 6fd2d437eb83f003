import {htmlToArticle, type HtmlReadResult} from '../library/html/html-article.js';
import {decodeBody} from '../library/charset.js';
import {documentKind} from '../web/detect.js';

/** A fetched page as bytes: what crosses to a page worker. */
export interface RawPage {
  body: Uint8Array;
  contentType: string | null;
  /** The page's address after redirects. */
  url: string;
}

/** Reads a fetched page in reader mode: its charset honoured, anything but HTML refused. */
export function readPage(page: RawPage): HtmlReadResult {
  const {text} = decodeBody(page.body, page.contentType);
  if (documentKind(text, page.contentType, new URL(page.url).pathname) !== 'html')
    return {ok: false, reason: 'the link is not a web page'};
  return htmlToArticle(text, page.url);
}
