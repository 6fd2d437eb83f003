// How deep a page's or a feed's elements nest, read from its tags before any parser sees it. A hostile page of
// 5,000 nested <div>s (50 KB) kept the reader-mode parse busy for minutes, deeper ones overflowed the stack, and a
// feed of 200,000 nested elements did the same to the feed parser. Browsers stop nesting at 512 (Blink's HTML
// parser puts deeper elements beside their parent); brief refuses such a document with a reason instead.

/** Deepest nesting of elements brief reads; a real news page nests a few dozen. */
export const MAX_NESTING = 512;

// An element's start or end tag (not comments, doctypes or processing instructions: they open with "!" or "?").
// No "<" inside one, even quoted, so each match stops at the next tag and the scan stays linear on a hostile text
// of "<a<a<a…".
const TAG = /<(\/?)([A-Za-z][\w:.-]*)(?:"[^"<]*"|'[^'<]*'|[^'"<>])*?(\/?)>/g;

// HTML elements that never hold others, and those whose end the parser implies (a new <p> ends the last): neither
// nests, whatever the markup says.
const NOT_NESTING = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp'.split(
    ' ',
  ),
);

/**
 * True when `text`'s elements nest deeper than `max`. `html`: HTML's rules (void elements and implied ends do not
 * nest, names in any case); otherwise XML's (every element not self-closed nests).
 */
export function nestsTooDeep(text: string, html: boolean, max = MAX_NESTING): boolean {
  // (No tag can open below this many "<": the scan is skipped for nearly every document.)
  let opens = 0;
  for (let i = text.indexOf('<'); i !== -1 && opens <= max; i = text.indexOf('<', i + 1)) opens += 1;
  if (opens <= max) return false;
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const name = html ? (m[2] ?? '').toLowerCase() : '';
    if (html && NOT_NESTING.has(name)) continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (m[3] !== '/' && ++depth > max) return true;
  }
  return false;
}

/** The reason given for a document nested too deeply. */
export function tooDeepReason(what: 'page' | 'feed' | 'item', max = MAX_NESTING): string {
  return `the ${what} nests its elements more than ${max} deep (a broken or hostile ${what}), not read`;
}
