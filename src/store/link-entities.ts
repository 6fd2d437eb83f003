import {placeNames} from '../extract/entities/place-names.js';
import {runSteps, stepClock} from '../library/steps.js';
import {linkRule, type LinkRuleId} from './link-rules.js';
import type {EntityOccurrence, EntityRecord} from './types.js';

export {LINK_RULES, type LinkRule, type LinkRuleId} from './link-rules.js';
export {oneEditApart} from './link-joins.js';
import {
  britishSpellingLinks,
  cityNameLinks,
  countryBodyLinks,
  countryNameLinks,
  gazetteerLinks,
  middleNameLinks,
  shortFormLinks,
  spellingLinks,
} from './link-joins.js';
import {kindLinks} from './link-kinds.js';
import {legalFormLinks} from './link-legal-forms.js';
import {sharedAcronymLinks} from './link-acronyms.js';
import {namePartLinks, type KeyFiles} from './link-parts.js';
import {nameWithinLinks} from './link-names.js';
import {nicknameLinks} from './link-nicknames.js';
import {partyNameLinks} from './link-parties.js';
import {
  headRank,
  nameRank,
  outranks,
  toNode,
  type ArticleCountries,
  type Link,
  type Node,
} from './link-nodes.js';

export type {ArticleCountries} from './link-nodes.js';

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

/**
 * How many distinct articles name any of each group's keys, in the order of `groups`: one article naming both
 * "USA" and "United States" counts once. Given by the store, which knows the articles behind each key.
 */
export type CountGroupArticles = (groups: readonly (readonly string[])[]) => readonly number[];

/** Mentions a batch of linked groups' article counts reads at most (but for one group of more). */
const GROUP_COUNT_ROWS = 2048;

/**
 * Joins what per-article extraction could not, by the rules of link-rules.ts, each recorded so `explain` can say
 * why two records are one entry (or are not). A group shows under its most prominent name (a person's under a
 * full name, a body's under the name that says its country); mentions are summed, and articles counted once each
 * by `countArticles` (without it, summed: an upper bound). A bare surname no article gives as an alias of someone
 * stays apart: "John" is not Seth John.
 */
export function linkEntities(
  records: readonly EntityRecord[],
  countArticles?: CountGroupArticles,
  countriesOf?: ArticleCountries,
  filesOf?: KeyFiles,
): LinkedEntities {
  return runSteps(linkEntitiesSteps(records, countArticles, countriesOf, filesOf));
}

/**
 * linkEntities a step at a time (each rule's pass yields about every STEP_MS, and after each rule): the reader links
 * the library while idle after its first frame, and in one go (40-90 ms on the shipped library) it held back a key
 * pressed meanwhile; with a pause after each rule only, a rule's first pass (countryBodyLinks, shortFormLinks) was
 * a step of 10-20 ms.
 */
export function* linkEntitiesSteps(
  records: readonly EntityRecord[],
  countArticles?: CountGroupArticles,
  countriesOf?: ArticleCountries,
  filesOf?: KeyFiles,
): Generator<void, LinkedEntities> {
  const due = stepClock();
  const nodes: Node[] = [];
  // One key index for the rules that look a name up by its key and for `explain` (each built its own).
  const indexOf = new Map<string, number>();
  for (const record of records) {
    if (due()) yield;
    indexOf.set(record.key, nodes.length);
    nodes.push(toNode(record));
  }
  yield;
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
  const linked = new Set<number>();
  const join = (link: Link): void => {
    joins.push(link);
    linked.add(link.from).add(link.into);
    const a = find(link.from);
    const b = find(link.into);
    if (a !== b) parent[a] = b;
  };

  for (const link of yield* spellingLinks(nodes, apart)) join(link);
  yield;
  for (const link of yield* britishSpellingLinks(nodes, indexOf)) join(link);
  yield;
  for (const link of yield* middleNameLinks(nodes, apart)) join(link);
  yield;
  for (const link of yield* nameWithinLinks(nodes, apart)) join(link);
  yield;
  for (const link of yield* nicknameLinks(nodes, indexOf)) join(link);
  yield;
  for (const link of yield* shortFormLinks(nodes, apart, countriesOf)) join(link);
  yield;
  for (const link of yield* gazetteerLinks(nodes, apart, countriesOf)) join(link);
  yield;
  for (const link of yield* cityNameLinks(nodes, indexOf)) join(link);
  yield;
  for (const link of yield* countryBodyLinks(nodes)) join(link);
  yield;
  for (const link of yield* countryNameLinks(nodes, indexOf)) join(link);
  yield;
  for (const link of yield* legalFormLinks(nodes)) join(link);
  yield;
  for (const link of yield* sharedAcronymLinks(nodes)) join(link);
  yield;
  for (const link of yield* namePartLinks(
    nodes,
    indexOf,
    (a, b) => find(a) === find(b),
    (i) => linked.has(i),
    filesOf,
  ))
    join(link);
  yield;
  for (const link of yield* partyNameLinks(nodes, apart)) join(link);
  yield;
  for (const link of yield* kindLinks(nodes, apart)) join(link);
  yield;

  // A party's name without "Party" never names its group ("Labour Party (United Kingdom)", not "Labour").
  const shortForms = new Set(joins.filter((l) => l.rule === 'party-name').map((l) => nodes[l.from] as Node));
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
  const grouped: {at: number; keys: string[]}[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const members = groups.get(i);
    if (members) {
      const rec = groupRecord(
        members.map((m) => nodes[m] as Node),
        membersByKey,
        shortForms,
      );
      grouped.push({at: out.length, keys: membersByKey.get(rec.key) ?? [rec.key]});
      out.push(rec);
    } else if (parent[i] === i) out.push(withCountry((nodes[i] as Node).rec));
  }
  // The groups' articles counted a batch of groups a query, a batch reading about GROUP_COUNT_ROWS rows: in one
  // query, the groups of 100,000 articles were one step of 0.2-0.6 s.
  for (let from = 0; countArticles && from < grouped.length;) {
    let to = from;
    for (let rows = 0; to < grouped.length && (to === from || rows < GROUP_COUNT_ROWS); to++)
      rows += (out[(grouped[to] as (typeof grouped)[number]).at] as EntityRecord).articleCount;
    const batch = grouped.slice(from, to);
    const counts = countArticles(batch.map((g) => g.keys));
    batch.forEach((g, n) => {
      const rec = out[g.at] as EntityRecord;
      const count = counts[n];
      if (count !== undefined && count > 0) out[g.at] = {...rec, articleCount: count};
    });
    from = to;
    yield;
  }
  let byKey: Map<string, EntityRecord> | null = null;
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
 * A body keyed by its article's country shows that country ("Senate (Philippines)"), or state ("Senate (North
 * Carolina)"), so two Senates in one list can be told apart; what the articles call it stays an alias.
 */
function withCountry(rec: EntityRecord): EntityRecord {
  const at = rec.key.lastIndexOf(' @');
  // A state's body ("senate @us/north carolina") shows its state, title-cased from the folded key.
  const [code, region] = at >= 0 ? rec.key.slice(at + 2).split('/') : [];
  const country = region
    ? region.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())
    : code
      ? placeNames().countryName(code)
      : null;
  if (!country) return rec;
  return {
    ...rec,
    name: `${rec.name} (${country})`,
    aliases: [rec.name, ...rec.aliases.filter((a) => a !== rec.name)],
  };
}

/** The record of a joined group, under its head's key; notes every member's key as belonging to the group. */
function groupRecord(
  members: readonly Node[],
  membersByKey: Map<string, string[]>,
  shortForms: ReadonlySet<Node>,
): EntityRecord {
  const named = members.filter((n) => !shortForms.has(n));
  const head = (named.length > 0 ? named : members).reduce((best, n) =>
    outranks(n, best, headRank) ? n : best,
  );
  const keys = [head.rec.key, ...members.filter((n) => n !== head).map((n) => n.rec.key)];
  for (const key of keys) membersByKey.set(key, keys);
  // (A head keyed by its article's country keeps its own name: withCountry names the country after it.)
  const shown = head.folded.includes(' @')
    ? head
    : members
        .filter((n) => n.rec.kind === head.rec.kind && !shortForms.has(n))
        .reduce((best, n) => (outranks(n, best, nameRank) ? n : best), head);
  return merged(
    withCountry(shown === head ? head.rec : {...head.rec, name: shown.rec.name}),
    members.map((n) => n.rec),
  );
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
  // (In code-unit order, as entity-index.ts gathers them: a group's record does not depend on its members' order.)
  return {...head, aliases: [...aliases].sort(), articleCount, mentions};
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
