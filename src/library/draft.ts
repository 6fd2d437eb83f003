/**
 * An article brought in from outside (a web page, a feed item, a saved .html file) before it is a file: what
 * `brief add` writes as front matter and paragraphs, and what an .html file in the library reads as.
 */
export interface ArticleDraft {
  title: string;
  /** Publication date-time as the source gave it, or null. */
  date: string | null;
  /** The site or outlet. */
  source: string | null;
  url: string | null;
  authors: string[];
  /** The feed it came from, when it came from one. */
  feed: string | null;
  paragraphs: string[];
}
