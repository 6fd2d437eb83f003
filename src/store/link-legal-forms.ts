import {stepClock} from '../library/steps.js';
import {prominence, type Link, type Node, pushAt} from './link-nodes.js';

// The legal-form rule of link-rules.ts: one body written with and without its legal form ("Pacific Gas and Electric"
// and "Pacific Gas and Electric Company"), or with "&" for "and" ("Rock & Roll Hall of Fame", whose key drops the
// "&"). Names that read the same once these are off are one body.

// Words a company's name may end with that say its legal form, not which company it is.
const LEGAL_FORMS = new Set([
  'company',
  'co',
  'inc',
  'incorporated',
  'corporation',
  'corp',
  'ltd',
  'limited',
  'plc',
  'llc',
  'holdings',
  'group',
]);

/** A body's folded name without its trailing legal forms and without "and"; null when nothing is left but one word. */
export function withoutLegalForm(folded: string): string | null {
  const words = folded.split(' ').filter((w) => w !== 'and');
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1) as string)) words.pop();
  return words.length > 0 ? words.join(' ') : null;
}

/** Joins of bodies whose names differ only by a legal form or "and"/"&", into the most named of them. */
export function* legalFormLinks(nodes: readonly Node[]): Generator<void, Link[]> {
  const due = stepClock();
  const byName = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    // (A body keyed by its article's country, " @xx", is the country rule's.)
    if (n.rec.kind !== 'organization' || n.folded.includes(' @')) continue;
    const name = withoutLegalForm(n.folded);
    if (name === null) continue;
    pushAt(byName, name, i);
  }
  const links: Link[] = [];
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const into = list.reduce((a, b) => (prominence(nodes[b] as Node) > prominence(nodes[a] as Node) ? b : a));
    for (const i of list) if (i !== into) links.push({from: i, into, rule: 'legal-form'});
  }
  return links;
}
