import {cleanLine} from '../sanitize.js';
import {isElement, TEXT_NODE, type DomNode} from './dom.js';

// Readability hands back the article's element tree; the library wants plain paragraphs. Block elements end a
// paragraph, two line breaks in a row end one (feeds often write "text<br><br>text"), and elements that carry no
// prose are skipped.

export const BLOCKS: ReadonlySet<string> = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'HR',
  'ADDRESS',
  'CENTER',
  'DETAILS',
  'SUMMARY',
]);

// Headings inside the body are signposts ("What happens next"), not sentences: read as prose they reach the
// summary and the facts. Captions and credits describe pictures brief does not show.
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'FIGURE',
  'FIGCAPTION',
  'BUTTON',
  'FORM',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'ASIDE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

/** Paragraphs left behind by page furniture Readability kept: a label, not prose. */
const FURNITURE = [
  /^advertisement$/i,
  /^sponsored( content)?$/i,
  /^(read|see) (more|also)\b.{0,60}$/i,
  /^related( stories| articles| coverage)?:?$/i,
  /^(share|share this( article| story)?|copy link)$/i,
  /^continue reading\b.{0,60}$/i,
  /^(photo|image|picture)( credit)?:.{0,80}$/i,
];

/** True for a paragraph that is page furniture rather than article text. */
export function isFurniture(paragraph: string): boolean {
  return FURNITURE.some((re) => re.test(paragraph));
}

// Text that still looks like markup (a feed that escaped its HTML twice) is not shown as tags.
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

/** One paragraph's text: markup-looking fragments removed, spaces collapsed, controls stripped. */
export function paragraphText(text: string): string {
  return cleanLine(text.replace(TAG, ' ').replace(/\s+/g, ' '));
}

/** The paragraphs of an element tree, in document order. */
export function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let buffer = '';
  let breaks = 0;
  const flush = (): void => {
    const text = paragraphText(buffer);
    buffer = '';
    if (/[\p{L}\p{N}]/u.test(text) && !isFurniture(text)) out.push(text);
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (text.trim() !== '') breaks = 0;
      buffer += text;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      breaks += 1;
      if (breaks >= 2) flush();
      else buffer += ' ';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === 'TD' || tag === 'TH') buffer += ' ';
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) walk(child);
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}
