// Every match of a global pattern, as `[...text.matchAll(re)]` gives them. matchAll copies the pattern at each call
// and hands matches out through an iterator; the extractor asks for matches tens of thousands of times per library
// (every word of every sentence through the tokenisers), in V8's interpreter, where that copy and the iterator's
// steps cost more than many a match. exec on the pattern itself, from and back to its lastIndex, gives the same.

/** The matches of the global (`g`) pattern `re` in `text`, from re.lastIndex (0 unless a caller moved it). */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  // (exec on a pattern without `g` would find its first match for ever; matchAll refuses one too.)
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${String(re)}`);
  const out: RegExpExecArray[] = [];
  const from = re.lastIndex;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole code point for a `u` or `v` pattern), as matchAll does.
    if (m[0] === '') re.lastIndex += codePoints(re) && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = from;
  return out;
}

/** Whether `re` reads code points: the `u` flag, or `v` (the workers' cut patterns have it, scripts/bmp-patterns.mjs). */
function codePoints(re: RegExp): boolean {
  return re.unicode || re.flags.includes('v');
}

/**
 * An empty lookahead, which changes no match, written before a long alternation that several ways lead to (optional
 * words before it, a choice of openings): V8 then compiles the alternation once, where otherwise its compiler writes
 * the alternation's code again for each way it is reached in a different state. Measured (make and compile for both
 * kinds of string): the speech verbs after the optional aside, adverb and auxiliaries of placed-verb.ts' LISTED_VERB,
 * 27.8 M instructions without it, 14.6 M with it.
 */
export const COMPILE_ONCE = '(?=)';

/**
 * A pattern that ends in `$` (and is not anchored at its start) is tried by `test` at every position of the text, each
 * try reading on towards the end: for the entities' patterns of the words before a name ("… in the ", "according
 * to …"), every character of the 64 before it. `atEnd(re)` is the same pattern as a lookbehind, sticky, which
 * `endsWithMatch` tries once, at the text's end, reading backwards: the same answer (a lookbehind matches where some
 * start before that point matches up to it, which is what `X$` asks), at a third of the time or less over the
 * library's texts. For `test` only: a lookbehind's groups are filled from the right, so they may differ from exec's.
 */
export function atEnd(re: RegExp): RegExp {
  const {source, flags} = re;
  if (
    !source.endsWith('$') ||
    source.endsWith('\\$') ||
    re.global ||
    re.sticky ||
    re.multiline ||
    topLevelOr(source)
  )
    throw new TypeError(
      `atEnd needs a pattern ending in $, no "|" outside a group, no g, y or m: ${String(re)}`,
    );
  const end = new RegExp(`(?<=${source.slice(0, -1)})`, `${flags}y`);
  madeAtEnd.push([re, end]);
  return end;
}

/** Whether `text` ends in a match of the pattern `atEnd` made `end` from (`re.test(text)`). */
export function endsWithMatch(end: RegExp, text: string): boolean {
  end.lastIndex = text.length;
  return end.test(text);
}

/** For tests: every pattern `atEnd` made, beside the one it was made from (tests/extract/at-end.test.ts). */
export const madeAtEnd: [RegExp, RegExp][] = [];

/** Whether the pattern source holds a "|" outside every group and class (`a|b$` is `a` anywhere or `b` at the end). */
function topLevelOr(source: string): boolean {
  let depth = 0;
  let inClass = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inClass++;
    else if (c === ']' && inClass > 0) inClass--;
    else if (inClass > 0) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
