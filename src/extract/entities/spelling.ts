// Two spellings of one name in one article: a slip of the pen ("Dierdre" and "Deirdre") or a transliteration
// ("bin Laden" and "bin Ladin"), told apart from two names by how little differs.

/**
 * The spellings of a given name of six letters or more with two letters next to each other swapped ("dierdre" →
 * "deirdre"), the first letter kept.
 */
export function swappedSpellings(key: string): string[] {
  if (key.length < 6 || !/^\p{Ll}+$/u.test(key)) return [];
  const out: string[] = [];
  for (let i = 1; i + 1 < key.length; i++)
    if (key[i] !== key[i + 1]) out.push(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2));
  return out;
}

/**
 * Two different spellings of a surname of five letters or more, the first letter kept, one edit apart (a letter
 * left out, added, changed or two swapped: "Laden", "Ladin"), or two for nine letters or more ("Derakhshani",
 * "Deraskhsani").
 */
export function nearSpelling(a: string, b: string): boolean {
  if (a === b || a.length < 5 || b.length < 5 || a[0] !== b[0]) return false;
  const most = Math.min(a.length, b.length) >= 9 ? 2 : 1;
  return Math.abs(a.length - b.length) <= most && editDistance(a, b, most) <= most;
}

/** Two different words one edit apart (a letter left out, added, changed, or two swapped), the first letter kept. */
export function oneEditApart(a: string, b: string): boolean {
  return a !== b && a[0] === b[0] && Math.abs(a.length - b.length) <= 1 && editDistance(a, b, 1) <= 1;
}

/**
 * Two spellings of one place's name as different transliterations write it ("Kiev", "Kyiv"; "Odessa", "Odesa";
 * "Kharkov", "Kharkiv"): the first letter kept, at most two edits apart, both four letters or more.
 */
export function transliterated(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  return Math.abs(a.length - b.length) <= 2 && editDistance(a, b, 2) <= 2;
}

// Edits (Damerau's: swaps count one) between two words, counted up to `most` + 1.
function editDistance(a: string, b: string, most: number): number {
  let before: number[] = [];
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > most) return most + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length] ?? most + 1;
}
