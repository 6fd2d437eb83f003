/** How a form matched the query: the whole form (0), whole words (1), words and word starts (2), or close (3). */
export type MatchClass = 0 | 1 | 2 | 3;

/** A form's match: its class and, for close matches, the letters typed wrong. */
export interface FormMatch {
  cls: MatchClass;
  edits: number;
  /**
   * Query words that came close only to the start of a longer word ("indana" of "Mindanao"), not to a whole one
   * ("Indiana"): of two close matches with as many letters wrong, the one with fewer is the better.
   */
  starts?: number;
}

/**
 * Typos forgiven per query word, by its length: none below four letters (too many names are one letter from a
 * short word), one up to seven, two from eight. Chosen by a sweep over the query set (tests/search/query-set.ts,
 * 62 queries): from three letters, or a slip at the start of a longer word from five, some query shows a result
 * it must not ("biden" → Bridenstine); from five letters, or with no typos at all, the typos people make are
 * missed (MRR 0.960 and 0.750 against 0.976 here). "twitr" (two letters dropped from six) stays out of reach.
 */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours, as in "zelenksy"), giving up
 * once it must exceed `max` (returns max + 1).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > ROW) return max + 1;
  // Three rows reused across calls: this runs for hundreds of words on every keystroke.
  let prev2 = rowA;
  let prev = rowB;
  let row = rowC;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length] ?? max + 1;
}

// Longest word compared, plus one; longer words are never a near miss of what anyone types.
const ROW = 64;
const rowA = new Int32Array(ROW);
const rowB = new Int32Array(ROW);
const rowC = new Int32Array(ROW);

// A slip in a name still being typed ("zelenks") is matched against the start of a longer word only from this
// many letters: shorter, a start with one letter wrong is any word ("biden" would find "Bridenstine").
const PREFIX_TYPO_MIN = 6;

/** How one query word fits one name word: 1 whole, 2 its start, 3 close (with edits), or null. */
function wordFit(
  q: string,
  w: string,
  fuzzy: boolean,
): {cls: 1 | 2 | 3; edits: number; start?: boolean} | null {
  if (q === w) return {cls: 1, edits: 0};
  if (w.startsWith(q)) return {cls: 2, edits: 0};
  const max = fuzzy ? allowedEdits(q.length) : 0;
  if (max === 0) return null;
  const whole = editDistance(q, w, max);
  let edits = whole;
  for (let len = q.length - 1; len <= q.length + 1 && edits > 0 && q.length >= PREFIX_TYPO_MIN; len++) {
    if (len < 1 || len >= w.length) continue;
    edits = Math.min(edits, editDistance(q, w.slice(0, len), max));
  }
  if (edits > max) return null;
  return edits < whole ? {cls: 3, edits, start: true} : {cls: 3, edits};
}

/**
 * How one query word fits two neighbouring words of a name written as one ("abdulmahdi" for "Abdul-Mahdi",
 * "deblasio" for "de Blasio"): as a whole word, or close; null when it does not, or the pair is too long to
 * compare.
 */
function joinedFit(q: string, a: string, b: string, fuzzy: boolean): {cls: 1 | 3; edits: number} | null {
  if (q.length < a.length + b.length - 2 || q.length > a.length + b.length + 2) return null;
  const joined = a + b;
  if (q === joined) return {cls: 1, edits: 0};
  const max = fuzzy ? allowedEdits(q.length) : 0;
  if (max === 0) return null;
  const edits = editDistance(q, joined, max);
  return edits <= max ? {cls: 3, edits} : null;
}

/**
 * Matches folded query words against one form's folded words: every query word must fit a different word of
 * the form (in any order). The match is as good as its worst word; null when some query word fits nothing, or
 * when every word it fits is one of the form's function words (`links`: "the" is no search for "Parliament of
 * the United Kingdom"). Without `fuzzy`, only whole words and word starts count.
 */
export function matchForm(
  query: string,
  qWords: readonly string[],
  form: {words: string; list: readonly string[]; links?: number},
  fuzzy = true,
): FormMatch | null {
  if (form.words === query) return {cls: 0, edits: 0};
  const words = form.list;
  if (qWords.length > words.length) return null;
  let used = 0;
  let cls: MatchClass = 1;
  let edits = 0;
  let starts = 0;
  for (const q of qWords) {
    let best: {cls: 1 | 2 | 3; edits: number; start?: boolean; at: number; two?: boolean} | null = null;
    for (let k = 0; k < words.length; k++) {
      if (used & (1 << k)) continue;
      const fit = wordFit(q, words[k] ?? '', fuzzy);
      if (fit && (!best || fit.cls < best.cls || (fit.cls === best.cls && fit.edits < best.edits)))
        best = {...fit, at: k};
      if (best?.cls === 1) break;
    }
    // Only when no word of the name fits: a name's two words typed as one.
    for (let k = 0; !best && k + 1 < words.length; k++) {
      if (used & (3 << k)) continue;
      const fit = joinedFit(q, words[k] ?? '', words[k + 1] ?? '', fuzzy);
      if (fit) best = {...fit, at: k, two: true};
    }
    if (!best) return null;
    used |= (best.two ? 3 : 1) << best.at;
    if (best.cls > cls) cls = best.cls;
    edits += best.edits;
    if (best.start) starts++;
  }
  if (form.links !== undefined && (used & ~form.links) === 0) return null;
  return starts > 0 ? {cls, edits, starts} : {cls, edits};
}
