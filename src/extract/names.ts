// The one name normaliser of brief. Extraction compares names with it (nameKey), the store keys entities with it
// (normaliseName) and search matches queries with it (fold): each adds only what its own comparison needs, so that
// "Sławoj Leszek Głódź", "Slawoj Leszek Glodz" and "SŁAWOJ LESZEK GŁÓDŹ" are one name everywhere.

// Letters NFKD leaves whole: they carry no combining mark to strip.
const LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
};
const SPECIAL = /[łŁøØđĐßæÆœŒı]/g;
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Folds a name for comparison: lower case, accents and ligatures dropped, every apostrophe written ', no dots
 * ("U.S." = "US"), hyphens and dashes as spaces ("Al-Varna" = "Al Varna"), one space between words.
 */
export function foldName(text: string): string {
  // Most names and words are plain ASCII letters and digits with single spaces, for which every step of foldFully but the
  // lower-casing is a no-op: the gazetteer folds 50,000 names when it loads, and each worker folds each article's.
  return PLAIN.test(text) ? text.toLowerCase() : foldFully(text);
}

/** foldName without its shortcut for plain names: every step, always (tests check the two agree). */
export function foldFully(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(SPECIAL, (c) => LETTERS[c] ?? c)
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[-‐‑–—]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
