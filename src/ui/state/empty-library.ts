import {wrapText} from '../text.js';
import type {ListFilter} from './app-state.js';

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * What the list says when the library has no articles: where brief looked and how to add some, or, while the
 * first scan runs, that it is still looking, and once it found the files, how many it has read
 * (`reading`); or, when indexing failed (`failed`, why), that nothing could be listed, not that there is nothing;
 * or, when every file there was skipped (`skipped`: how many, the first's reason), that there are files brief could
 * not read, not that the folder holds none. Wrapped to `width`.
 */
export function emptyLibraryLines(
  library: string | null,
  scanning: boolean,
  width: number,
  reading: {done: number; total: number} | null = null,
  failed: string | null = null,
  skipped: {count: number; first: string} | null = null,
): string[] {
  const where = library ?? 'the article folder';
  // A large library's first run reads its files for seconds before the first rows are listed: say how far it is.
  const text = scanning
    ? [
        reading
          ? `Reading ${count(reading.done)} of ${count(reading.total)} files in ${where}…`
          : `Looking for articles in ${where}…`,
      ]
    : failed
      ? [
          `No articles listed: indexing ${where} failed: ${failed}.`,
          '',
          'brief lists the articles it has indexed. Once what stopped it is mended, start brief again.',
        ]
      : [
          // A folder of files none of which could be read ("No articles in …; add some there" over four files, the
          // reasons cut off at the status line's end at 80 columns).
          skipped && skipped.count > 0
            ? skipped.count === 1
              ? `No articles in ${where}: its one file could not be read: ${skipped.first}.`
              : `No articles in ${where}: none of its ${count(skipped.count)} files could be read (${skipped.first}, …; brief index lists them all).`
            : `No articles in ${where}.`,
          '',
          'brief reads news articles saved as .txt, .md or .html files in that folder and its subfolders (YAML front matter for title, date, source and url is optional).',
          'Add some there (they appear as you add them), bring some in with brief add URL (a page or a feed), or open another folder with brief --articles DIR (or set BRIEF_ARTICLES).',
        ];
  return text.flatMap((t) => (t === '' ? [''] : wrapText(t, width)));
}

/** The table's one row when a filter shows nothing. */
export function emptyFilterText(filter: ListFilter): string {
  switch (filter) {
    case 'all':
      return '(no articles)';
    case 'unread':
      return '(no unread articles: Tab shows the others)';
    case 'favourites':
      return '(no favourites yet: f marks one)';
  }
}
