import {TITLES} from '../extract/entities/cues.js';
import {placeNames} from '../extract/entities/place-names.js';
import {bodyOf, isBareBody} from './country-bodies.js';
import {normaliseName} from './entity-key.js';
import {linkRule, type LinkRuleId} from './link-rules.js';
import type {EntityOccurrence, EntityRecord} from './types.js';

export {LINK_RULES, type LinkRule, type LinkRuleId} from './link-rules.js';

/** Why a record was joined to another, or kept apart from one it could have joined. */
export interface LinkReason {
  /** The other record's key and name. */
  key: string;
  name: string;
  rule: LinkRuleId;
  /** The rule's description, with what it saw where that helps ("3 records use it"). */
  why: string;
}

/** The library's entities with the records that name one thing joined, and the way back from any key. */
export interface LinkedEntities {
  /** One record per linked group, under the key and name of its fullest form. */
  records: EntityRecord[];
  /** The keys of every record joined with `key`'s, the group's own first; `[key]` for an unknown key. */
  membersOf(key: string): string[];
  /** The record `key` is part of (its group's), or null for an unknown key. */
  recordOf(key: string): EntityRecord | null;
  /** Why `key`'s record was joined with each member of its group, and near misses it was kept apart from. */
  explain(key: string): {joined: LinkReason[]; apart: LinkReason[]};
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

interface Link {
  from: number;
  into: number;
  rule: LinkRuleId;
  why?: string;
}

/**
 * Joins what per-article extraction could not, by the rules of link-rules.ts, each recorded so `explain` can say
 * why two records are one entry (or are not). A group shows under its most prominent name (a person's under a
 * full name, a body's under the name that says its country); articles and mentions are summed. A bare surname no
 * article gives as an alias of someone stays apart: "John" is not Seth John.
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
  const joins: Link[] = [];
  const apart: Link[] = [];
  const join = (link: Link): void => {
    joins.push(link);
    const a = find(link.from);
    const b = find(link.into);
    if (a !== b) parent[a] = b;
  };

  for (const link of spellingLinks(nodes, apart)) join(link);
  for (const link of middleNameLinks(nodes, apart)) join(link);
  for (const link of shortFormLinks(nodes, apart)) join(link);
  for (const link of gazetteerLinks(nodes)) join(link);
  for (const link of countryBodyLinks(nodes)) join(link);

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
    else if (parent[i] === i) out.push(withCountry((nodes[i] as Node).rec));
  }
  let byKey: Map<string, EntityRecord> | null = null;
  const indexOf = new Map(nodes.map((n, i) => [n.rec.key, i]));
  const reason = (other: number, rule: LinkRuleId, why?: string): LinkReason => ({
    key: (nodes[other] as Node).rec.key,
    name: (nodes[other] as Node).rec.name,
    rule,
    why: why ? `${linkRule(rule).description} (${why})` : linkRule(rule).description,
  });
  return {
    records: out,
    membersOf: (key) => membersByKey.get(key) ?? [key],
    recordOf: (key) => {
      byKey ??= new Map(out.map((r) => [r.key, r]));
      return byKey.get(membersByKey.get(key)?.[0] ?? key) ?? null;
    },
    explain: (key) => {
      const members = new Set((membersByKey.get(key) ?? [key]).map((k) => indexOf.get(k)));
      const inGroup = (l: Link) => members.has(l.from) && members.has(l.into);
      const touches = (l: Link) => members.has(l.from) || members.has(l.into);
      const other = (l: Link) => (members.has(l.from) ? l.into : l.from);
      const seen = new Set<string>();
      const once = (l: Link) => !seen.has(`${l.from} ${l.into}`) && !!seen.add(`${l.from} ${l.into}`);
      return {
        joined: joins
          .filter((l) => inGroup(l) && once(l))
          .map((l) => ({
            ...reason(l.into, l.rule, l.why),
            key: (nodes[l.from] as Node).rec.key,
            name: `${(nodes[l.from] as Node).rec.name} → ${(nodes[l.into] as Node).rec.name}`,
          })),
        apart: apart.filter((l) => touches(l) && !inGroup(l)).map((l) => reason(other(l), l.rule, l.why)),
      };
    },
  };
}

/**
 * A body keyed by its article's country shows that country ("Senate (Philippines)"), so two Senates in one list
 * can be told apart; what the articles call it stays an alias.
 */
function withCountry(rec: EntityRecord): EntityRecord {
  const at = rec.key.lastIndexOf(' @');
  const country = at >= 0 ? placeNames().countryName(rec.key.slice(at + 2)) : null;
  if (!country) return rec;
  return {
    ...rec,
    name: `${rec.name} (${country})`,
    aliases: [rec.name, ...rec.aliases.filter((a) => a !== rec.name)],
  };
}

/** The record of a joined group, under its head's key; notes every member's key as belonging to the group. */
function groupRecord(members: readonly Node[], membersByKey: Map<string, string[]>): EntityRecord {
  const head = members.reduce((best, n) => (headRank(n) > headRank(best) ? n : best));
  const keys = [head.rec.key, ...members.filter((n) => n !== head).map((n) => n.rec.key)];
  for (const key of keys) membersByKey.set(key, keys);
  return merged(
    withCountry(head.rec),
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

function personNames(nodes: readonly Node[]): {i: number; words: string[]}[] {
  const out: {i: number; words: string[]}[] = [];
  nodes.forEach((n, i) => {
    if (n.rec.kind !== 'person' || !n.folded.includes(' ')) return;
    const w = words(n);
    if (w.length >= 2) out.push({i, words: w});
  });
  return out;
}

function bucketed<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = buckets.get(key);
    if (list) list.push(item);
    else buckets.set(key, [item]);
  }
  return buckets;
}

/** One person's name spelt two ways; the less prominent spelling joins the other. */
function spellingLinks(nodes: readonly Node[], apart: Link[]): Link[] {
  // Grouped by first word and word count, so only names that could match are compared.
  const buckets = bucketed(personNames(nodes), (p) => `${p.words[0]} ${p.words.length}`);
  const links: Link[] = [];
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as {i: number; words: string[]};
        const b = list[y] as {i: number; words: string[]};
        const [from, into] =
          prominence(nodes[a.i] as Node) >= prominence(nodes[b.i] as Node) ? [b.i, a.i] : [a.i, b.i];
        if (sameSpelling(a.words, b.words)) links.push({from, into, rule: 'spelling'});
        else if (a.words.at(-1) === b.words.at(-1)) apart.push({from, into, rule: 'apart:different-names'});
      }
    }
  }
  return links;
}

/**
 * "John Conway" and "John Horton Conway": the same first and last words, the longer with middle names. Joined
 * only when one fuller name in the library has those first and last words; two ("John Paul Smith", "John Allen
 * Smith") leave the short one apart from both.
 */
function middleNameLinks(nodes: readonly Node[], apart: Link[]): Link[] {
  const names = personNames(nodes);
  const byEnds = bucketed(names, (p) => `${p.words[0]} ${p.words.at(-1)}`);
  const links: Link[] = [];
  for (const list of byEnds.values()) {
    const short = list.filter((p) => p.words.length === 2);
    const long = list.filter((p) => p.words.length > 2);
    if (short.length === 0 || long.length === 0) continue;
    for (const s of short) {
      if (long.length === 1) links.push({from: s.i, into: (long[0] as {i: number}).i, rule: 'middle-name'});
      else
        for (const l of long)
          apart.push({
            from: s.i,
            into: l.i,
            rule: 'apart:different-names',
            why: `${long.length} fuller names`,
          });
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

/**
 * Which member names a group: a person's full name before a lone word, a body's name that says its country
 * before one that does not, then the most articles and mentions.
 */
function headRank(n: Node): number {
  const full = n.rec.kind !== 'person' || n.folded.includes(' ') ? 1 : 0;
  const written = n.folded.includes(' @') ? 0 : 1;
  return full * 1e13 + written * 1e12 + prominence(n) + n.rec.name.length / 1000;
}

function prominence(n: Node): number {
  return n.rec.articleCount * 1e6 + n.rec.mentions;
}

/**
 * A record whose name is a shorter form that one other record (of its kind) clearly owns joins that one. For a
 * person the library must leave no doubt: the full name is the only person of the library with that name at
 * all ("Buttigieg"), or the only one the articles give the same titled form ("President Trump" beside Melania
 * and Ivanka Trump). A body named without its country is left to the country rule: "Navy" of an article nobody
 * could place is not the US Navy because the library's other Navy is.
 */
function shortFormLinks(nodes: readonly Node[], apart: Link[]): Link[] {
  // Folded short form → the records (longer than it) that use it.
  const claims = new Map<string, number[]>();
  const claim = (form: string, i: number): void => {
    const list = claims.get(form);
    if (!list) claims.set(form, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  // Folded word → the people whose names have it, for "is this the only person called so".
  const peopleWith = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const kind = n.rec.kind;
    for (const alias of n.rec.aliases) {
      const folded = normaliseName(alias);
      if (folded !== '' && folded.length < n.folded.length) claim(`${kind}:${folded}`, i);
    }
    if (kind === 'person')
      for (const w of new Set(n.folded.split(' '))) peopleWith.set(w, [...(peopleWith.get(w) ?? []), i]);
  });
  const links: Link[] = [];
  nodes.forEach((n, i) => {
    if (n.rec.kind === 'organization' && isBareBody(n.rec.name)) return;
    const all = (claims.get(n.rec.key) ?? []).filter((c) => c !== i);
    // A record naming more articles than the one claiming its form is not that one's short form: "Francis" of
    // four articles is not the "Francis Hospital" of one.
    const claimants = all.filter((c) => (nodes[c] as Node).rec.articleCount >= n.rec.articleCount);
    for (const c of all)
      if (!claimants.includes(c)) apart.push({from: i, into: c, rule: 'apart:more-articles'});
    const top = n.rec.kind === 'person' ? null : dominant(claimants, nodes);
    const owner =
      n.rec.kind === 'person'
        ? personOwner(n, i, claimants, nodes, peopleWith)
        : top === null
          ? null
          : {
              into: top,
              why: claimants.length === 1 ? 'the only record that uses it' : 'by far the most named',
            };
    if (owner !== null) links.push({from: i, into: owner.into, rule: 'alias-owner', why: owner.why});
    else if (claimants.length > 0) {
      const namesakes = (peopleWith.get(n.folded) ?? []).filter((c) => c !== i);
      const many = Math.max(claimants.length, namesakes.length);
      for (const c of claimants)
        apart.push({from: i, into: c, rule: 'apart:shared-form', why: `${many} records use it`});
    }
  });
  return links;
}

/** The one person a bare name belongs to, and why; null when the library names two people so. */
function personOwner(
  n: Node,
  i: number,
  claimants: readonly number[],
  nodes: readonly Node[],
  peopleWith: ReadonlyMap<string, number[]>,
): {into: number; why: string} | null {
  if (claimants.length === 0) return null;
  const namesakes = (peopleWith.get(n.folded) ?? []).filter((c) => c !== i);
  if (claimants.length === 1 && namesakes.every((c) => c === claimants[0]))
    return {into: claimants[0] as number, why: 'the only person of that name'};
  // "President Trump": a titled form of this record that exactly one claimant is also given (in any of its
  // titled forms: "President Donald Trump" counts).
  const titled = [...new Set(n.rec.aliases.map(normaliseTitled).filter((t) => t !== null))];
  for (const form of titled) {
    const sharing = claimants.filter((c) =>
      (nodes[c] as Node).rec.aliases.some((a) => normaliseTitled(a) === form),
    );
    if (sharing.length === 1) return {into: sharing[0] as number, why: `both are called “${form}”`};
  }
  return null;
}

/**
 * A titled form's first title word and surname: "President Barack Obama" and "President Obama" are both
 * "president obama", "Mr. Trump" is "mr trump"; null for a form without a title.
 */
function normaliseTitled(alias: string): string | null {
  const words = alias
    .normalize('NFKD')
    .replace(/[\u0300-\u036f.]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const title = words[0];
  return words.length >= 2 && title !== undefined && TITLES.has(title) ? `${title} ${words.at(-1)}` : null;
}

function dominant(claimants: readonly number[], nodes: readonly Node[]): number | null {
  if (claimants.length === 0) return null;
  const ranked = [...claimants].sort((a, b) => prominence(nodes[b] as Node) - prominence(nodes[a] as Node));
  const [first, second] = ranked;
  if (second === undefined) return first as number;
  const top = (nodes[first as number] as Node).rec.articleCount;
  return top >= DOMINANT * (nodes[second] as Node).rec.articleCount ? (first as number) : null;
}

/** True when one folded name is the other's opening words ("new york" of "new york city"). */
function opens(a: string, b: string): boolean {
  return a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/**
 * Places the gazetteer gives one id under two different names: "Czechia" and "Czech Republic", "USA" and
 * "United States", "Kiev" and "Kyiv". For a city, a name and a longer one that opens with it ("New York", "New
 * York City") are left to the other rules: the shorter is as often the state, or the region, as the city.
 */
function gazetteerLinks(nodes: readonly Node[]): Link[] {
  const byPlace = new Map<string, number[]>();
  const cities = new Set<string>();
  nodes.forEach((n, i) => {
    if (n.rec.kind !== 'place') return;
    const place = placeNames().placeOf(n.rec.name);
    if (!place) return;
    if (place.id.startsWith('city:')) cities.add(place.id);
    const list = byPlace.get(place.id);
    if (list) list.push(i);
    else byPlace.set(place.id, [i]);
  });
  const links: Link[] = [];
  for (const [id, list] of byPlace) {
    if (list.length < 2) continue;
    const ranked = [...list].sort((a, b) => prominence(nodes[b] as Node) - prominence(nodes[a] as Node));
    const head = ranked[0] as number;
    for (const i of ranked.slice(1)) {
      if (cities.has(id) && opens((nodes[i] as Node).folded, (nodes[head] as Node).folded)) continue;
      links.push({from: i, into: head, rule: 'gazetteer'});
    }
  }
  return links;
}

/** Bodies of one country named in different ways ("U.S. Senate", "United States Senate", a US article's "Senate"). */
function countryBodyLinks(nodes: readonly Node[]): Link[] {
  const byBody = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.rec.kind !== 'organization') return;
    const at = n.folded.lastIndexOf(' @');
    const body =
      at >= 0
        ? {country: n.folded.slice(at + 2).toUpperCase(), body: n.folded.slice(0, at)}
        : bodyOf(n.rec.name);
    if (!body) return;
    const key = `${body.country}|${body.body}`;
    const list = byBody.get(key);
    if (list) list.push(i);
    else byBody.set(key, [i]);
  });
  const links: Link[] = [];
  for (const list of byBody.values()) {
    const [head, ...rest] = list;
    for (const i of rest) links.push({from: i, into: head as number, rule: 'country-body'});
  }
  return links;
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
