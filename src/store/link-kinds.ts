import {stepClock} from '../library/steps.js';
import {kindDecided, type Link, type Node, pushAt} from './link-nodes.js';

// One name, one kind across the library (issue 9): each article decides a name's kind from its own text, and where
// that text barely decides (extract's kindMargin below KIND_SURE_MARGIN) another article's may. Records of one
// folded name but different kinds are compared: a record no article decided joins the one record of another kind
// that some article did decide; two decided kinds are two things ("Jordan" the country and a player) and stay apart.

/** Joins of one name's undecided kinds into its one decided kind, and the near misses where two were decided. */
export function* kindLinks(nodes: readonly Node[], apart: Link[]): Generator<void, Link[]> {
  const due = stepClock();
  const byName = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    // A body keyed by its article's country (" @XX") is named apart from the same name elsewhere.
    const name = (nodes[i] as Node).folded;
    pushAt(byName, name, i);
  }
  const links: Link[] = [];
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    if (due()) yield;
    const decided = list.filter((i) => kindDecided(nodes[i] as Node));
    const undecided = list.filter((i) => !kindDecided(nodes[i] as Node));
    if (decided.length > 1) {
      for (let x = 1; x < decided.length; x++)
        apart.push({from: decided[x] as number, into: decided[0] as number, rule: 'apart:kinds-decided'});
      continue;
    }
    const into = decided[0];
    if (into === undefined) continue;
    const kind = (nodes[into] as Node).rec.kind;
    for (const from of undecided) {
      const n = nodes[from] as Node;
      links.push({
        from,
        into,
        rule: 'one-kind',
        why: `${n.rec.kind} in ${n.rec.articleCount} article${n.rec.articleCount === 1 ? '' : 's'} undecided, ${kind} decided`,
      });
    }
  }
  return links;
}
