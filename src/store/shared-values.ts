import type {ArticleRecord} from './types.js';

/**
 * Most entries a table of shared values holds before it starts over: a long session's list reads never grow it
 * without bound (a date a day for 30 years is ~11,000; sources, bylines and count triples far fewer).
 */
export const SHARED_MAX = 16_384;

/**
 * The fields of list records that repeat from article to article, each kept once: at 100,000 articles every record
 * had its own source string, date string, authors array and counts object, ~14 MB of the list's ~60 MB of V8 heap,
 * all of it the same few thousand values. A record's fields are read, never written, so sharing them is safe; the
 * shared arrays and objects are frozen to keep it so.
 */
export interface SharedValues {
  /** The one copy of `text` (a source, a date). */
  text(text: string): string;
  text(text: string | null): string | null;
  /** The one list parsed from `json` (an `authors` column) by `parse`. */
  list(json: string, parse: (json: string) => string[]): string[];
  /** The one counts object with these counts. */
  counts(people: number, quotes: number, facts: number): NonNullable<ArticleRecord['counts']>;
  /** Entries held now, over every table (for tests). */
  readonly size: number;
}

/** Tables of shared values, each starting over when it reaches `max` entries. */
export function sharedValues(max = SHARED_MAX): SharedValues {
  const texts = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const counts = new Map<string, NonNullable<ArticleRecord['counts']>>();
  const keep = <T>(table: Map<string, T>, key: string, value: T): T => {
    if (table.size >= max) table.clear();
    table.set(key, value);
    return value;
  };
  function text(value: string): string;
  function text(value: string | null): string | null;
  function text(value: string | null): string | null {
    if (value === null) return null;
    return texts.get(value) ?? keep(texts, value, value);
  }
  return {
    text,
    list: (json, parse) => lists.get(json) ?? keep(lists, json, Object.freeze(parse(json)) as string[]),
    counts(people, quotes, facts) {
      const key = `${people},${quotes},${facts}`;
      return counts.get(key) ?? keep(counts, key, Object.freeze({people, quotes, facts}));
    },
    get size() {
      return texts.size + lists.size + counts.size;
    },
  };
}
