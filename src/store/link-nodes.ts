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
