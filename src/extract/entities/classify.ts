// A name's kind from evidence: every rule of kind-rules.ts is tried on the name, their weights are summed per kind,
// and the kind with the most weight wins if it clears the floor. A name whose best answer is 'none' (or that
// nothing speaks for) is dropped.
import {best, checkRules, weigh, type Weighed} from '../rules.js';
import {features, type Form} from './kind-features.js';
import {KIND_RULES, NEAR_TIE_BODY, type Kind} from './kind-rules.js';

export {isAcronym, type Form} from './kind-features.js';
export type {Kind} from './kind-rules.js';

checkRules('entity', KIND_RULES);

/** The order kinds are preferred in on a tie: a person first (the panel readers care about most). */
const ORDER: readonly Kind[] = ['person', 'place', 'organization', 'none'];
/** The least summed weight a kind needs; below it the name is dropped. */
export const KIND_FLOOR = 0;

// The rules a name of one word and a name of several can fire, in the table's order (so --explain lists the rules
// that fired as before): a rule declaring the other count is not tried.
const ONE_WORD_RULES = KIND_RULES.filter((r) => r.words !== 'many');
const MANY_WORD_RULES = KIND_RULES.filter((r) => r.words !== 'one');

/** The summed evidence of every kind rule for one name (one written form, or all the forms of an entity). */
export function weighKind(form: Form, into?: Weighed<Kind>): Weighed<Kind> {
  const f = features(form);
  return weigh(f.words.length === 1 ? ONE_WORD_RULES : MANY_WORD_RULES, f, into);
}

/** The kind the evidence says: the best answer above the floor, 'none' when nothing clears it. */
export function decideKind(weighed: Weighed<Kind>): Kind {
  const kind = best(weighed.scores, ORDER, KIND_FLOOR) ?? 'none';
  return kind === 'person' && nearTieBody(weighed) ? 'organization' : kind;
}

/**
 * NEAR_TIE_BODY: a person's win by no more than NEAR_TIE_BODY.margin over a body's evidence, when every person cue
 * alone is weak (a shape, an apposition, a name that speaks: each at most FAIR), goes to the body. A body's cues read
 * the name's own words ("Wanderers", "Ltd", an acronym), where a shape or a nearby "he" may belong to a neighbour.
 */
function nearTieBody(weighed: Weighed<Kind>): boolean {
  const person = weighed.scores.person ?? 0;
  const body = weighed.scores.organization ?? 0;
  if (body === 0 || person - body > NEAR_TIE_BODY.margin) return false;
  for (const {votes} of weighed.fired) if ((votes.person ?? 0) > NEAR_TIE_BODY.weakest) return false;
  return true;
}

/** Decides the kind of one written form from its words, the lexicon, the gazetteer and its contexts. */
export function classify(form: Form): Kind {
  return decideKind(weighKind(form));
}

/**
 * How far `kind`'s summed weight stands above the next answer's ('none' included): how strongly the article's
 * own text decides the kind. 0 when nothing spoke for it.
 */
export function kindMargin(weighed: Weighed<Kind>, kind: Kind): number {
  const top = weighed.scores[kind] ?? 0;
  let next = 0;
  // (An indexed loop: an array's iterator is an object per step where this is not optimised.)
  for (let i = 0; i < ORDER.length; i++) {
    const k = ORDER[i] as Kind;
    if (k !== kind) next = Math.max(next, weighed.scores[k] ?? 0);
  }
  return Math.max(0, top - next);
}

/** The summed weights, largest first ("place 8, organization 7"), for --explain. */
export function scoreText(weighed: Weighed<Kind>): string {
  return ORDER.filter((k) => (weighed.scores[k] ?? 0) > 0)
    .sort((a, b) => (weighed.scores[b] ?? 0) - (weighed.scores[a] ?? 0))
    .map((k) => `${k} ${weighed.scores[k] ?? 0}`)
    .join(', ');
}

/** The rules that added weight to `kind`, strongest first (for --explain). */
export function rulesFor(weighed: Weighed<Kind>, kind: Kind): string[] {
  const added = new Map<string, number>();
  for (const {rule, votes} of weighed.fired) {
    const w = votes[kind] ?? 0;
    if (w > 0) added.set(rule, (added.get(rule) ?? 0) + w);
  }
  const rules = [...added.entries()].sort((a, b) => b[1] - a[1]).map(([rule]) => rule);
  // (near-tie-body adds no weight: it decides between two answers, so it is named first where it decided.)
  return kind === 'organization' &&
    best(weighed.scores, ORDER, KIND_FLOOR) === 'person' &&
    nearTieBody(weighed)
    ? [NEAR_TIE_BODY.id, ...rules]
    : rules;
}
