import type {ArticleDraft} from './draft.js';
import {sameText, takeLeadingBylines} from './plain-text.js';

// A page or a feed item often opens its text with its byline ("By Ada Varga | Staff writer"). Saved as it is, the
// line is the file's first paragraph for any other program that opens it, and its writers are missing from the
// front matter: they belong in `authors`, as the library reads a byline in a file the user wrote.

/** True when `name` is one of `names` but for case and punctuation ("ADA VARGA", "Ada Varga."). */
const named = (names: readonly string[], name: string): boolean => names.some((n) => sameText(n, name));

/**
 * The draft with the byline lines that open its text (under the headline, when the text repeats it) taken out,
 * and the writers they name among its authors: after those the page's own metadata gave, each once.
 */
export function takeDraftBylines(draft: ArticleDraft): ArticleDraft {
  const paragraphs = [...draft.paragraphs];
  const headline =
    paragraphs.length > 2 && sameText(paragraphs[0] ?? '', draft.title) ? paragraphs.shift() : undefined;
  const names = takeLeadingBylines(paragraphs);
  if (names.length === 0) return draft;
  if (headline !== undefined) paragraphs.unshift(headline);
  const authors = [...draft.authors];
  for (const name of names) if (!named(authors, name)) authors.push(name);
  return {...draft, authors, paragraphs};
}
