import {splitSentences} from '../extract/sentences.js';
import {wordCount as wordsIn} from '../library/words.js';

// What a feed item's own text (its description, summary or content) is worth, decided once for both questions a
// feed raises: is its page worth fetching, and, when the page cannot be read, does the item stand on its own?

/** 'article': the whole story, no page needed; 'text': real text that can stand in for a page that cannot be
 * read; 'teaser': a line that only points at the page; 'none': nothing at all. */
export type OwnText = 'article' | 'text' | 'teaser' | 'none';

/** From this many words an item's text is the article itself; a short news brief in full clears it. */
export const ARTICLE_WORDS = 120;
/**
 * Real text, not a teaser: at least this many sentences and words. A teaser is one sentence however long
 * ("The Sunday ferry will leave at ten from next week."); two sentences of a real report stand on their own
 * ("The Milltown bridge was closed on Tuesday after a truck hit a guardrail. Two people were taken to hospital
 * with minor injuries, police said.").
 */
export const TEXT_SENTENCES = 2;
export const TEXT_WORDS = 20;

/** The words of some paragraphs (scripts written without spaces counted by their characters). */
export function wordCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + wordsIn(p), 0);
}

/** What an item's own text (as paragraphs) is worth. */
export function ownText(paragraphs: readonly string[]): OwnText {
  const words = wordCount(paragraphs);
  if (words === 0) return 'none';
  if (words >= ARTICLE_WORDS) return 'article';
  if (words >= TEXT_WORDS && splitSentences(paragraphs).length >= TEXT_SENTENCES) return 'text';
  return 'teaser';
}
