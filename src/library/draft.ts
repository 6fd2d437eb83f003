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

// An item or page without a title of its own is titled by its first paragraph, cut to about a headline's length.
const TITLE_FROM_TEXT = 80;

/** The longest title, site or author name brief takes from the web: no headline runs to 300 characters. */
export const LINE_MAX = 300;

/**
 * A title made of a text's first words: the whole text when it fits in 80 characters, else its head ended by "…",
 * cut between words (between characters when one word takes most of the room), never inside a character.
 */
export function titleFromText(text: string): string {
  return cutLine(text, TITLE_FROM_TEXT);
}

/**
 * `text` whole when it fits in `max` characters, else its head ended by "…" (at most `max` characters in all), cut
 * as titleFromText cuts. A feed's title of megabytes (hostile, or broken so that it swallowed the items after it)
 * made an article file over the library's limit and a stderr line of megabytes.
 */
export function cutLine(text: string, max: number = LINE_MAX): string {
  const line = text.trim();
  if (line.length <= max) return line;
  let head = '';
  // Only the head is segmented: ICU segments all it is given first (5 s for a title of 2 MB).
  const start = line.slice(0, max + 32);
  for (const {segment} of new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(start)) {
    if (head.length + segment.length > max - 1) break;
    head += segment;
  }
  // Whole words, unless that would leave less than half the room used.
  const space = line[head.length] === ' ' ? head.length : head.lastIndexOf(' ');
  const words = space > max / 2 ? head.slice(0, space) : head;
  return `${words.trimEnd()}…`;
}
