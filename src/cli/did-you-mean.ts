import {slugWords} from '../library/slug-words.js';

/**
 * Edit distance between two short words: letters inserted, deleted, replaced, or two neighbours swapped ("serach"
 * is one from "search"), each counting one.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

/**
 * The one name a mistyped `word` most likely meant: within one edit for words of up to four letters, two for longer
 * ones (letter case aside: "Search"), and closer than any other name; null when none is (a word that is no typo of any
 * gets no guess).
 */
export function nearest(word: string, names: readonly string[]): string | null {
  const typed = word.toLowerCase();
  const limit = typed.length <= 4 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tied = false;
  for (const name of names) {
    const d = editDistance(typed, name);
    if (d < bestDistance) [best, bestDistance, tied] = [name, d, false];
    else if (d === bestDistance) tied = true;
  }
  return best !== null && best !== word && bestDistance <= limit && !tied ? best : null;
}

/**
 * The ids a mistyped or shortened article id may have meant: those holding it ("kyiv" for "kyiv-strike", letter case
 * aside), else the nearest by nearest()'s rule; at most `most` of them, with how many there were.
 */
export function idsLike(typed: string, ids: readonly string[], most = 3): {ids: string[]; count: number} {
  const t = typed.trim().toLowerCase();
  if (t === '') return {ids: [], count: 0};
  // Title words as the list shows them ("Jon Huber dies", "Matovič") are looked for as the file names spell them.
  for (const form of new Set([t, slugWords(t).join('-')])) {
    const holding = form === '' ? [] : ids.filter((id) => id.toLowerCase().includes(form));
    if (holding.length > 0) return {ids: holding.slice(0, most), count: holding.length};
  }
  const near = nearest(t, ids);
  return near ? {ids: [near], count: 1} : {ids: [], count: 0};
}
