import type {EntityOccurrence, EntityRecord} from './types.js';
import {normaliseName} from './entity-key.js';

/** The library's entities with the records that name one thing joined, and the way back from any key. */
export interface LinkedEntities {
  /** One record per linked group, under the key and name of its fullest form. */
  records: EntityRecord[];
  /** The keys of every record joined with `key`'s, the group's own first; `[key]` for an unknown key. */
  membersOf(key: string): string[];
  /** The record `key` is part of (its group's), or null for an unknown key. */
  recordOf(key: string): EntityRecord | null;
}

// A short form goes to the most prominent full form that claims it only when that one has this many times the
// articles of the next: "Trump" in 49 articles' Donald Trump beside 2 of Melania Trump; "Johnson" stays apart
// when two Johnsons are about as common.
const DOMINANT = 3;

// Spellings one letter apart are one person only in surnames long enough that a letter is a transliteration
// ("Zelensky", "Zelenskyy"), not another name ("Kelly", "Kelli").
const VARIANT_MIN = 6;

interface Node {
  rec: EntityRecord;
  /** The folded canonical name (the key without its kind). */
  folded: string;
}

/**
 * Joins what per-article extraction could not: an article that says only "Trump" or "EU" gives an entity of
 * its own, while other articles name Donald Trump and the European Union and use those forms for them. Within
 * one kind, a record joins another when
 * - its name is a form the other uses (an alias: "Mr. Trump" in an article naming Donald Trump), and that other
 *   is the only — or by far the most prominent — record claiming it; or
 * - both are a person's full name spelt two ways: the same words but for initials ("Vladimir V. Putin") or one
 *   letter in a long surname ("Volodymyr Zelenskyy").
 * A group shows under its most prominent name (a person's under a full name); articles and mentions are summed.
 * A bare surname no article gives as an alias of someone stays apart: "John" is not Seth John.
 */
export function linkEntities(records: readonly EntityRecord[]): LinkedEntities {
  const nodes = records.map(toNode);
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const up = parent[i] as number;
      parent[i] = parent[up] as number;
      i = up;
    }
    return i;
  };
  const join = (from: number, into: number): void => {
    const a = find(from);
    const b = find(into);
    if (a !== b) parent[a] = b;
  };

  for (const [from, into] of spellingLinks(nodes)) join(from, into);
  for (const [from, into] of shortFormLinks(nodes)) join(from, into);

  // Most records stay alone: only the joined ones get a group.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const root = find(i);
    if (root === i) continue;
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [root, i]);
  }

  const out: EntityRecord[] = [];
  const membersByKey = new Map<string, string[]>();
  for (let i = 0; i < nodes.length; i++) {
    const members = groups.get(i);
    if (members)
      out.push(
        groupRecord(
          members.map((m) => nodes[m] as Node),
          membersByKey,
        ),
      );
    else if (parent[i] === i) out.push((nodes[i] as Node).rec);
  }
  let byKey: Map<string, EntityRecord> | null = null;
  return {
    records: out,
    membersOf: (key) => membersByKey.get(key) ?? [key],
    recordOf: (key) => {
      byKey ??= new Map(out.map((r) => [r.key, r]));
      return byKey.get(membersByKey.get(key)?.[0] ?? key) ?? null;
    },
  };
}

/** The record of a joined group, under its head's key; notes every member's key as belonging to the group. */
function groupRecord(members: readonly Node[], membersByKey: Map<string, string[]>): EntityRecord {
  const head = members.reduce((best, n) => (headRank(n) > headRank(best) ? n : best));
  const keys = [head.rec.key, ...members.filter((n) => n !== head).map((n) => n.rec.key)];
  for (const key of keys) membersByKey.set(key, keys);
  return merged(
    head.rec,
    members.map((n) => n.rec),
  );
}

function toNode(rec: EntityRecord): Node {
  return {rec, folded: rec.key.slice(rec.key.indexOf(':') + 1)};
}

/** The words of a folded name but initials. */
function words(n: Node): string[] {
  return n.folded.split(' ').filter((t) => t.length > 1);
}

function merged(head: EntityRecord, members: readonly EntityRecord[]): EntityRecord {
  const aliases = new Set<string>();
  let articleCount = 0;
  let mentions = 0;
  for (const m of members) {
    articleCount += m.articleCount;
    mentions += m.mentions;
    aliases.add(m.name);
    for (const a of m.aliases) aliases.add(a);
  }
  aliases.delete(head.name);
  return {...head, aliases: [...aliases], articleCount, mentions};
}

/** Pairs [from, into] of one person's name spelt two ways; the less prominent spelling joins the other. */
function spellingLinks(nodes: readonly Node[]): [number, number][] {
  // Grouped by first word and word count, so only names that could match are compared.
  const buckets = new Map<string, {i: number; words: string[]}[]>();
  nodes.forEach((n, i) => {
    if (n.rec.kind !== 'person' || !n.folded.includes(' ')) return;
    const w = words(n);
    if (w.length < 2) return;
    const bucket = `${w[0]} ${w.length}`;
    const list = buckets.get(bucket);
    if (list) list.push({i, words: w});
    else buckets.set(bucket, [{i, words: w}]);
  });
  const links: [number, number][] = [];
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as {i: number; words: string[]};
        const b = list[y] as {i: number; words: string[]};
        if (!sameSpelling(a.words, b.words)) continue;
        links.push(
          prominence(nodes[a.i] as Node) >= prominence(nodes[b.i] as Node) ? [b.i, a.i] : [a.i, b.i],
        );
      }
    }
  }
  return links;
}

/** Two names' words (initials dropped, as many of each) are one spelling or one-letter variants of the surname. */
function sameSpelling(wa: readonly string[], wb: readonly string[]): boolean {
  const last = wa.length - 1;
  for (let i = 0; i < last; i++) if (wa[i] !== wb[i]) return false;
  const sa = wa[last] as string;
  const sb = wb[last] as string;
  return sa === sb || (Math.min(sa.length, sb.length) >= VARIANT_MIN && oneEditApart(sa, sb));
}

/** True when one insertion, deletion or substitution turns `a` into `b` (and they differ). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Which member names a group: a person's full name before a lone word, then the most articles and mentions. */
function headRank(n: Node): number {
  const full = n.rec.kind !== 'person' || n.folded.includes(' ') ? 1 : 0;
  return full * 1e12 + prominence(n) + n.rec.name.length / 1000;
}

function prominence(n: Node): number {
  return n.rec.articleCount * 1e6 + n.rec.mentions;
}

/** Pairs [from, into]: a record whose name is a shorter form that one other record (of its kind) clearly owns. */
function shortFormLinks(nodes: readonly Node[]): [number, number][] {
  // Folded short form → the records (longer than it) that use it.
  const claims = new Map<string, number[]>();
  const claim = (form: string, i: number): void => {
    const list = claims.get(form);
    if (!list) claims.set(form, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  nodes.forEach((n, i) => {
    const kind = n.rec.kind;
    for (const alias of n.rec.aliases) {
      const folded = normaliseName(alias);
      if (folded !== '' && folded.length < n.folded.length) claim(`${kind}:${folded}`, i);
    }
  });
  const links: [number, number][] = [];
  nodes.forEach((n, i) => {
    // A record naming more articles than the one claiming its form is not that one's short form: "Francis" of
    // four articles is not the "Francis Hospital" of one.
    const claimants = (claims.get(n.rec.key) ?? []).filter(
      (c) => c !== i && (nodes[c] as Node).rec.articleCount >= n.rec.articleCount,
    );
    const owner = dominant(claimants, nodes);
    if (owner !== null) links.push([i, owner]);
  });
  return links;
}

function dominant(claimants: readonly number[], nodes: readonly Node[]): number | null {
  if (claimants.length === 0) return null;
  const ranked = [...claimants].sort((a, b) => prominence(nodes[b] as Node) - prominence(nodes[a] as Node));
  const [first, second] = ranked;
  if (second === undefined) return first as number;
  const top = (nodes[first as number] as Node).rec.articleCount;
  return top >= DOMINANT * (nodes[second] as Node).rec.articleCount ? (first as number) : null;
}

/** One entity's occurrences over all its group's keys: an article found under two keys is listed once. */
export function mergeOccurrences(lists: readonly EntityOccurrence[][]): EntityOccurrence[] {
  if (lists.length === 1) return lists[0] ?? [];
  const byArticle = new Map<string, EntityOccurrence>();
  for (const list of lists) {
    for (const o of list) {
      const seen = byArticle.get(o.articleId);
      if (!seen) {
        byArticle.set(o.articleId, o);
        continue;
      }
      byArticle.set(o.articleId, {
        ...seen,
        mentions: seen.mentions + o.mentions,
        sentences: [...new Set([...seen.sentences, ...o.sentences])],
        quotes: [...seen.quotes, ...o.quotes.filter((q) => !seen.quotes.some((s) => s.text === q.text))],
      });
    }
  }
  return [...byArticle.values()].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title),
  );
}
