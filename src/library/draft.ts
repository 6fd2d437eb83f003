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

/**
 * A title made of a text's first words: the whole text when it fits in 80 characters, else its head ended by "…",
 * cut between words (between characters when one word takes most of the room), never inside a character.
 */
export function titleFromText(text: string): string {
  const line = text.trim();
  if (line.length <= TITLE_FROM_TEXT) return line;
  let head = '';
  for (const {segment} of new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(line)) {
    if (head.length + segment.length > TITLE_FROM_TEXT - 1) break;
    head += segment;
  }
  // Whole words, unless that would leave less than half the room used.
  const space = line[head.length] === ' ' ? head.length : head.lastIndexOf(' ');
  const words = space > TITLE_FROM_TEXT / 2 ? head.slice(0, space) : head;
  return `${words.trimEnd()}…`;
}
