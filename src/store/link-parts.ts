import {placeNames} from '../extract/entities/place-names.js';
import {stepClock} from '../library/steps.js';
import {isBareBody} from './country-bodies.js';
import {isAcronymRecord, looseInitials, openingPlace} from './link-initials.js';
import {prominence, pushAt, type KeyIndex, type Link, type Node} from './link-nodes.js';
import type {LinkRuleId} from './link-rules.js';

// The name-part rule of link-rules.ts: an article that names a place or body in full goes on with part of its name,
// "Fath Airport … the failed landing at Fath", "the Mysore–Bangalore Tippu Express … ran the Tippu Express". The
// part joins the full name when every article naming the part names the full name too. So does an acronym of part
// of a body's name (the "initials" rule's looser reading): "the RMT union (National Union of Rail, Maritime and
// Transport Workers)".

/** The articles (files) naming a key: given by the store. */
export type KeyFiles = (key: string) => readonly number[];

// Words that close the name of a place named after another ("Fath Airport"), which an article may leave off.
// prettier-ignore
const FACILITY_WORDS = new Set([
  'airport', 'airfield', 'airbase', 'station', 'junction', 'port', 'harbour', 'harbor', 'terminal',
]);
// A word that may come between the name and the facility ("Payam International Airport").
const FACILITY_QUALIFIERS = new Set(['international', 'regional', 'municipal', 'railway', 'bus']);

// Opening words that may name places before the rest of a name: "Mysore–Bangalore", "New York", one or two places.
const OPENING_WORDS_MAX = 4;

/** True when the folded words name a place the gazetteer knows (a country, a city, a state or region). */
function isPlaceName(folded: string): boolean {
  return placeNames().placeOf(folded) !== null || placeNames().regionCountry(folded) !== null;
}

/** True when the folded words are one or more place names in a row ("mysore bangalore", "new york"). */
function allPlaces(words: readonly string[]): boolean {
  if (words.length === 0) return true;
  for (let k = Math.min(2, words.length); k >= 1; k--)
    if (isPlaceName(words.slice(0, k).join(' ')) && allPlaces(words.slice(k))) return true;
  return false;
}

/**
 * The keys (without kind) of the parts of a name an article may use for it: the name of a place without the facility
 * words closing it ("fath" of "fath airport"), unless that part is a place of its own ("Paris" of "Paris Airport");
 * the name of a body or place without the place names opening it, two words or more ("tippu express" of "mysore
 * bangalore tippu express").
 */
export function nameParts(n: Node): string[] {
  const words = n.folded.split(' ');
  const out: string[] = [];
  if (n.rec.kind === 'place') {
    let end = words.length;
    while (end > 1 && FACILITY_WORDS.has(words[end - 1] as string)) end--;
    if (end < words.length) {
      while (end > 1 && FACILITY_QUALIFIERS.has(words[end - 1] as string)) end--;
      const part = words.slice(0, end).join(' ');
      if (!isPlaceName(part)) out.push(part);
    }
  }
  for (let k = 1; k <= OPENING_WORDS_MAX && words.length - k >= 2; k++)
    if (allPlaces(words.slice(0, k))) out.push(words.slice(k).join(' '));
  return out;
}

/**
 * Joins of a record named by part of one thing's name (nameParts) into it: every article naming the part names a
 * full name it is part of, and those full names are one group already (`sameGroup`: the "Mysore–Bangalore" and
 * the "Mysuru–Bengaluru Tippu Express"); an acronym only when no other rule joined it (`joined`). "Public
 * Schools" of an article naming the "Chicago Public Schools" and of one naming the "Boston Public Schools" stays
 * apart from both. Without the store's articles (`filesOf`), nothing.
 */
export function* namePartLinks(
  nodes: readonly Node[],
  byKey: KeyIndex,
  sameGroup: (a: number, b: number) => boolean,
  joined: (i: number) => boolean,
  filesOf?: KeyFiles,
): Generator<void, Link[]> {
  if (!filesOf) return [];
  const due = stepClock();
  const wholes = new Map<number, number[]>();
  const acronyms = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    if (n.rec.kind === 'person' || n.folded.includes(' @') || !n.folded.includes(' ')) continue;
    for (const part of nameParts(n)) {
      const at = byKey.get(`${n.rec.kind}:${part}`);
      if (at === undefined || at === i) continue;
      if (n.rec.kind === 'organization' && isBareBody((nodes[at] as Node).rec.name)) continue;
      pushAt(wholes, at, i);
    }
    // (Of three words or more, not named after a place: "USS" is no United States Supreme Court.)
    if (n.rec.kind !== 'organization' || n.folded.split(' ').length < 3 || openingPlace(n.rec.name)) continue;
    for (const initials of looseInitials(n.rec.name)) {
      const at = byKey.get(`organization:${initials}`);
      // (An acronym some body's own initials or an alias already gave an owner stays with it.)
      if (at !== undefined && !joined(at) && isAcronymRecord(nodes[at] as Node)) pushAt(acronyms, at, i);
    }
  }
  const links: Link[] = [];
  const rules: [Map<number, number[]>, LinkRuleId][] = [
    [wholes, 'name-part'],
    [acronyms, 'initials'],
  ];
  for (const [part, list, rule] of rules.flatMap(([map, rule]) =>
    [...map].map(([p, l]) => [p, l, rule] as const),
  )) {
    if (due()) yield;
    const files = filesOf((nodes[part] as Node).rec.key);
    // (A step between the wholes' reads: a part of many wholes, each of many articles, was a step of 30-60 ms.)
    const filesOfWhole = new Map<number, Set<number>>();
    for (const w of list) {
      if (due()) yield;
      filesOfWhole.set(w, new Set(filesOf((nodes[w] as Node).rec.key)));
    }
    const named = list.filter((w) => files.some((f) => filesOfWhole.get(w)?.has(f)));
    const [first] = named;
    if (first === undefined || !named.every((w) => sameGroup(w, first))) continue;
    if (!files.every((f) => named.some((w) => filesOfWhole.get(w)?.has(f)))) continue;
    const into = named.reduce((a, b) =>
      prominence(nodes[b] as Node) > prominence(nodes[a] as Node) ? b : a,
    );
    links.push({
      from: part,
      into,
      rule,
      why: `every article naming it names “${(nodes[into] as Node).rec.name}”`,
    });
  }
  return links;
}
