import {TITLE_ABBREVIATIONS} from '../extract/quotes/vocabulary.js';
import {fold} from './fold.js';
import {isTitleWord, personWords} from './forms.js';

/** A query read once per keystroke: its folded words, and the parts a title or an acronym gives it. */
export interface ReadQuery {
  /** The folded query. */
  q: string;
  /** Its words. */
  words: readonly string[];
  /**
   * The query without the titles that open it, matched against people ("president biden" → "biden": a person's
   * forms hold no titles); null when nothing opens it or it is titles alone ("president").
   */
  name: {q: string; words: readonly string[]} | null;
  /** Those titles, abbreviations spelt out ("sen" → "senator"), so "sen warren" fits "Senator Warren". */
  titles: readonly string[];
  /** Typed as a short form ("UN", "U.N.", "WHO"): a body whose initials it is ranks with its own names. */
  acronym: boolean;
}

// Two to six capitals ("UN", "NATO"), or letters each followed by a period ("U.N.", "u.s.").
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{L}\.){2,6})$/u;

/** A title word spelt out: the role an abbreviated title stands for ("dr" → "doctor"), else the word itself. */
export function fullTitle(word: string): string {
  return TITLE_ABBREVIATIONS.get(word) ?? word;
}

// Articles that open a name as it is said ("the Guardian", "the White House") but that extraction leaves out of
// the name: typed first before other words, they are not part of the query.
const OPENING_ARTICLES = new Set(['the']);

/** Reads a query: see ReadQuery. */
export function readQuery(query: string): ReadQuery {
  const all = fold(query).split(' ').filter(Boolean);
  const words = all.length > 1 && OPENING_ARTICLES.has(all[0] as string) ? all.slice(1) : all;
  const q = words.join(' ');
  const rest = personWords(q, new Set());
  const name = rest !== '' && rest !== q ? {q: rest, words: rest.split(' ')} : null;
  const titles = name
    ? words
        .slice(0, words.length - name.words.length)
        .filter(isTitleWord)
        .map(fullTitle)
    : [];
  return {q, words, name, titles, acronym: ACRONYM.test(query.trim())};
}

/** Whether a form as written carries every title of the query ("President Trump" for "president trump"). */
export function carriesTitles(shown: string, titles: readonly string[]): boolean {
  if (titles.length === 0) return false;
  const own = new Set(fold(shown).split(' ').map(fullTitle));
  return titles.every((t) => own.has(t));
}

/** The way of writing a form that carries the query's titles, if any: the form itself, then its `written`. */
export function titledWriting(
  form: {shown: string; written?: readonly string[]},
  titles: readonly string[],
): string | undefined {
  return [form.shown, ...(form.written ?? [])].find((w) => carriesTitles(w, titles));
}
