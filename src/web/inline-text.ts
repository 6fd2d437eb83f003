import {cleanLine} from '../library/sanitize.js';

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

/** One line of text from a bit of HTML: tags dropped, references decoded, spaces collapsed, controls stripped. */
export function inlineText(html: string): string {
  return cleanLine(decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/<[^>]*>/g, ' '));
}
