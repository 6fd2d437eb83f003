import {stepClock} from '../library/steps.js';
import {prominence, pushAt, type Link, type Node} from './link-nodes.js';

// The shared-acronym rule of link-rules.ts: two bodies the articles give one acronym for, one named by the opening
// words of the other's name, are one body written short and in full: "the Islamic State (ISIS)" of one article and
// "ISIS (Islamic State of Iraq and Syria)" of another.

// An acronym as the articles write it: capitals alone ("ISIS", "CIA").
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** True when the folded name `short` is the opening words of `long` ("islamic state" of "islamic state of …"). */
function opensName(short: string, long: string): boolean {
  return long.startsWith(`${short} `);
}

/**
 * Joins of bodies that share an acronym among their aliases when one's name opens the other's, into the more
 * named. Two bodies sharing an acronym otherwise ("PA" of the Palestinian Authority and of the Press Association)
 * stay apart.
 */
export function* sharedAcronymLinks(nodes: readonly Node[]): Generator<void, Link[]> {
  const due = stepClock();
  const byAcronym = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    // (A body keyed by its article's country, " @xx", is the country rule's.)
    if (n.rec.kind !== 'organization' || n.folded.includes(' @')) continue;
    for (const alias of new Set(n.rec.aliases)) if (ACRONYM.test(alias)) pushAt(byAcronym, alias, i);
  }
  const links: Link[] = [];
  for (const [acronym, list] of byAcronym) {
    if (list.length < 2) continue;
    if (due()) yield;
    for (const a of list)
      for (const b of list) {
        const na = nodes[a] as Node;
        const nb = nodes[b] as Node;
        if (a === b || !opensName(na.folded, nb.folded)) continue;
        const [from, into] = prominence(na) > prominence(nb) ? [b, a] : [a, b];
        links.push({from, into, rule: 'shared-acronym', why: `both are “${acronym}”`});
      }
  }
  return links;
}
