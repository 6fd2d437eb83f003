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
