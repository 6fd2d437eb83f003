import {stringify} from 'yaml';
import {cutLine, type ArticleDraft} from '../library/draft.js';
import {parseDate} from '../library/front-matter.js';
import {localDay} from '../library/local-day.js';
import {cleanLine} from '../library/sanitize.js';
import {slugWords} from '../library/slug-words.js';

// An added article is an ordinary library file: YAML front matter the reader already knows (title, date, source,
// url, authors; `feed` it ignores) and blank-line separated paragraphs, so it reads, indexes and searches like any
// file the user wrote, and the user can edit, move or delete it.

/** The text of the .md file for an article. */
export function renderArticle(draft: ArticleDraft): string {
  // A page's title or site of megabytes would make a file over the library's limit: cut to a line's length.
  const fields: Record<string, string | string[]> = {title: cutLine(cleanLine(draft.title)) || 'Untitled'};
  if (draft.date) fields.date = cleanLine(draft.date);
  if (draft.source) fields.source = cutLine(cleanLine(draft.source));
  if (draft.url) fields.url = cleanLine(draft.url);
  const authors = draft.authors.map((a) => cutLine(cleanLine(a))).filter((a) => a !== '');
  if (authors.length) fields.authors = authors;
  if (draft.feed) fields.feed = cleanLine(draft.feed);
  const paragraphs = draft.paragraphs.map(cleanLine).filter((p) => p !== '');
  return `---\n${stringify(fields, {lineWidth: 0})}---\n${paragraphs.join('\n\n')}\n`;
}

const SLUG_MAX = 60;

/**
 * A readable file-name slug: lower case words (any script) joined by hyphens, cut at a word. Accents come off
 * Latin letters ('Zürich' is 'zurich'); other scripts keep their marks, which belong to the letter or the word
 * (バ is not ハ, й not и, a Devanagari or Thai vowel sign is part of its word).
 */
export function slug(title: string): string {
  const words = slugWords(title);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if ([...next].length > SLUG_MAX) break;
    out = next;
  }
  return out || [...(words[0] ?? 'article')].slice(0, SLUG_MAX).join('');
}

/** "2024-06-01-council-agrees-harbour-plan.md": the article's day (today when it has none) and its title. */
export function articleFileName(draft: ArticleDraft, now: number = Date.now()): string {
  return `${parseDate(draft.date) ?? localDay(now)}-${slug(draft.title)}.md`;
}
