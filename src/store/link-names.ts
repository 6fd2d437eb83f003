import {stepClock} from '../library/steps.js';
import {words, type Link, type Node, pushAt} from './link-nodes.js';

// The name-within rule of link-rules.ts: a person's name whose words all come, in order, in one fuller name
// of the library. "Wanda Vázquez" of one article is the "Wanda Vázquez Garced" of four (a second surname the
// short form leaves out), "Ali Khamenei" the "Sayyid Ali Hosseini Khamenei" (an honorific and a middle name).
// A name's first and last words alone are the middle-name rule's ("John Conway", "John Horton Conway").

// Generational suffixes: "Walter Wallace" beside "Walter Wallace Jr." may be the father.
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

// Longest name whose shorter forms are read (56 for six words).
const WORDS_MAX = 6;

/** Joins of names into the one fuller name holding their words in order, and near misses. */
export function* nameWithinLinks(nodes: readonly Node[], apart: Link[]): Generator<void, Link[]> {
  const due = stepClock();
  // "ali khamenei" → the fuller names holding "ali" and later "khamenei" (not as their first and last words).
  const within = new Map<string, number[]>();
  const shorts: {i: number; name: string}[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    if (n.rec.kind !== 'person' || !n.folded.includes(' ')) continue;
    const w = words(n);
    if (w.length >= 2 && w.length < WORDS_MAX) shorts.push({i, name: w.join(' ')});
    if (w.length < 3 || w.length > WORDS_MAX || w.some((x) => GENERATIONS.has(x))) continue;
    const seen = new Set<string>();
    for (const name of shorterNames(w)) {
      if (seen.has(name)) continue;
      seen.add(name);
      pushAt(within, name, i);
    }
  }
  const links: Link[] = [];
  for (const {i, name} of shorts) {
    const list = within.get(name);
    if (!list) continue;
    if (list.length === 1) links.push({from: i, into: list[0] as number, rule: 'name-within'});
    else
      for (const into of list)
        apart.push({from: i, into, rule: 'apart:different-names', why: `${list.length} fuller names`});
  }
  return links;
}

/**
 * The names of two words or more made of `w`'s words in order, but `w` itself and its first and last words alone.
 */
function shorterNames(w: readonly string[]): string[] {
  const out: string[] = [];
  const all = (1 << w.length) - 1;
  const ends = 1 | (1 << (w.length - 1));
  for (let mask = 3; mask < all; mask++) {
    if (mask === ends) continue;
    const picked = w.filter((_, k) => mask & (1 << k));
    if (picked.length >= 2) out.push(picked.join(' '));
  }
  return out;
}
