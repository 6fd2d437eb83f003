import type {TextHit} from './types.js';

/** A row of the full-text query; the snippet marks matches with \x01 … \x02 (article text has no controls). */
export interface SnippetRow {
  id: string;
  title: string;
  date: string | null;
  snippet: string | null;
}

/**
 * Turns what a person typed into an FTS5 query: every word must appear, the last one as a prefix (so results
 * follow typing). FTS5 syntax characters never reach the engine, so no input is a syntax error.
 */
export function ftsQuery(input: string): string | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** Splits a marked snippet into plain and matching parts. */
export function toTextHit(row: SnippetRow): TextHit {
  const snippet: TextHit['snippet'] = [];
  // Split on the two marker characters (written as a class of char codes to keep control characters out of the source).
  const markers = new RegExp(`[${String.fromCharCode(1)}${String.fromCharCode(2)}]`);
  for (const [i, part] of (row.snippet ?? '').split(markers).entries()) {
    if (part !== '') snippet.push({text: part, match: i % 2 === 1});
  }
  return {articleId: row.id, title: row.title, date: row.date, snippet};
}
