import {stepClock} from '../library/steps.js';
import {prominence, type Link, type Node, pushAt} from './link-nodes.js';

// The party-name rule of link-rules.ts: a party named without the word "Party" ("Labour won 203 seats", "Liberal
// National MP John McVeigh") joins the party of that name: the one the library has, or the one named in DOMINANT
// times the articles of the next ("Labour" of two British articles is the British Labour Party of three beside the
// Australian one of one).

const DOMINANT = 3;

/** Joins of parties' short names into their party, and near misses where two parties are about as common. */
export function* partyNameLinks(nodes: readonly Node[], apart: Link[]): Generator<void, Link[]> {
  const due = stepClock();
  // "labour" → the parties "labour party", "labour party @gb", "labour party @au".
  const parties = new Map<string, number[]>();
  const short: {i: number; name: string}[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    if (n.rec.kind !== 'organization') continue;
    const at = n.folded.lastIndexOf(' @');
    const name = at >= 0 ? n.folded.slice(0, at) : n.folded;
    if (name.endsWith(' party')) {
      const rest = name.slice(0, -' party'.length);
      pushAt(parties, rest, i);
    } else if (at < 0) short.push({i, name});
  }
  const links: Link[] = [];
  for (const {i, name} of short) {
    const list = parties.get(name);
    if (!list) continue;
    const [first, second] = [...list].sort(
      (a, b) => prominence(nodes[b] as Node) - prominence(nodes[a] as Node),
    ) as [number, number | undefined];
    const top = (nodes[first] as Node).rec.articleCount;
    if (second === undefined || top >= DOMINANT * (nodes[second] as Node).rec.articleCount)
      links.push({
        from: i,
        into: first,
        rule: 'party-name',
        why:
          second === undefined ? 'the only party of that name' : 'by far the most named party of that name',
      });
    else
      for (const c of list)
        apart.push({from: i, into: c, rule: 'apart:shared-form', why: `${list.length} parties of that name`});
  }
  return links;
}
