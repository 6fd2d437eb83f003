import type {EntityRecord} from './types.js';
import type {LinkRuleId} from './link-rules.js';

// What the link rules work on: a record with its folded name, and a join (or a near miss) between two of them.

/** A record being linked, with its folded canonical name. */
export interface Node {
  rec: EntityRecord;
  /** The folded canonical name (the key without its kind). */
  folded: string;
}

export interface Link {
  from: number;
  into: number;
  rule: LinkRuleId;
  why?: string;
}

// A name of capitals alone ("CIA", "USPS", "UK").
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * The country each article naming `key` is about (country-bodies' articleCountry; null for an article about no one
 * country), one entry an article. Given by the store, which has each article's places: at once, or a step at a time
 * (a generator yielding between its reads) so that a key of 38,000 articles is not one step of the reader's warm-up.
 * With `enough`, the store may stop after the first article whose country it says settles the question: what the
 * caller asks of the list must then have the same answer on that much of it as on the whole.
 */
export type ArticleCountries = (
  key: string,
  enough?: (country: string | null) => boolean,
) => readonly (string | null)[] | Generator<void, readonly (string | null)[]>;

/** `countriesOf(key, enough)` as a step of a rule's generator: `yield*` it whichever way the store answers. */
export function* countriesStep(
  countriesOf: ArticleCountries,
  key: string,
  enough?: (country: string | null) => boolean,
): Generator<void, readonly (string | null)[]> {
  const got = countriesOf(key, enough);
  return 'next' in got ? yield* got : got;
}

/**
 * `enough` for a question only articles all about one country answer yes (oneCountry, placeFits): an article about
 * none, or about another country than the first, settles it.
 */
export function notOneCountry(): (country: string | null) => boolean {
  let first: string | undefined;
  return (country) => country === null || (first ??= country) !== country;
}

/** Each record's key to its node's index (the last node of a key, should two share one). */
export type KeyIndex = ReadonlyMap<string, number>;

export function toNode(rec: EntityRecord): Node {
  return {rec, folded: rec.key.slice(rec.key.indexOf(':') + 1)};
}

/** The words of a folded name but initials. */
export function words(n: Node): string[] {
  return n.folded.split(' ').filter((t) => t.length > 1);
}

/**
 * Which member names a group: a person's full name before a lone word, a body's name that says its country
 * before one that does not, then the most articles and mentions.
 */
export function headRank(n: Node): number {
  // A kind some article decided before one no article did (link-kinds.ts): the group takes the head's kind.
  const decided = kindDecided(n) ? 1 : 0;
  return decided * 1e14 + nameRank(n);
}

/**
 * Which member's name a group shows among those of the head's kind: the head's rank without the kind's evidence, so
 * "White House" of twelve articles names the group that "US White House" of one heads by its decided kind. A name
 * written out comes before a lone word (a person's) or capitals alone (a body's): the "CIA" of two articles shows as
 * the "United States Central Intelligence Agency" of one.
 */
export function nameRank(n: Node): number {
  const full =
    n.rec.kind === 'person'
      ? n.folded.includes(' ')
      : n.rec.kind !== 'organization' || !ACRONYM.test(n.rec.name);
  const written = n.folded.includes(' @') ? 0 : 1;
  return (full ? 1e13 : 0) + written * 1e12 + prominence(n);
}

/**
 * Whether `a` ranks above `b` by `rank`, the longer name winning a tie. (The length is no fraction of the rank: at
 * ranks near 1e14 a double cannot tell 0.001 apart, so ties went to whichever record was met first.)
 */
export function outranks(a: Node, b: Node, rank: (n: Node) => number): boolean {
  const ra = rank(a);
  const rb = rank(b);
  return ra !== rb ? ra > rb : a.rec.name.length > b.rec.name.length;
}

/** Some article's own text decided the record's kind (not every article named it with weak evidence). */
export function kindDecided(n: Node): boolean {
  return (n.rec.weakArticles ?? 0) < n.rec.articleCount;
}

export function prominence(n: Node): number {
  return n.rec.articleCount * 1e6 + n.rec.mentions;
}

/** Adds node `i` to the list `map` keeps under `key` (pushed, not copied: a key many nodes share stays one list). */
export function pushAt<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}
