import {cleanLine} from '../library/sanitize.js';
import {BLOCKS} from '../library/html/blocks.js';

// Titles and names in feeds are often HTML ("Q&amp;A: <em>why</em>"): a small decoder is enough for one line,
// without building a DOM per title.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  euro: '€',
  pound: '£',
  copy: '©',
  // Characters that draw nothing or a narrow space: a title's word broken by one reads as the page shows it.
  shy: '\u00ad',
  zerowidthspace: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  nobreak: '\u2060',
  thinsp: '\u2009',
  hairsp: '\u200a',
  ensp: '\u2002',
  emsp: '\u2003',
};

/** Decodes HTML character references (numeric and the common named ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

// A tag that breaks the line (br, a paragraph, a list item…) stands for a space; any other (em, b, a, span, wbr) draws
// nothing between letters, as in the item's text and its page (blocks.ts): "Ferry<wbr>men" and "<b>Ferry</b>men" are
// the one word "Ferrymen" there, not "Ferry men".
// The blocks are the page reader's own list, so a title and its item's text break at the same tags.
const BREAKING_TAG = new RegExp(
  `<\\/?(?:${[...BLOCKS, 'BR', 'TD', 'TH', 'H[1-6]', 'FIGCAPTION'].join('|')})\\b[^>]*>`,
  'gi',
);
const TAG = /<[^>]*>/g;

const withoutTags = (html: string): string => html.replace(BREAKING_TAG, ' ').replace(TAG, '');

/** One line of text from a bit of HTML: tags dropped, references decoded, spaces collapsed, controls stripped. */
export function inlineText(html: string): string {
  return cleanLine(withoutTags(decodeEntities(withoutTags(html))));
}
