// Rules as data: every extraction rule is a declared entry with an id, a one-line description and an example,
// run by one of the two small engines below, which record which rules decided. `brief extract --explain` prints
// those records; tests are tables keyed by rule id.

/** What every rule declares about itself. */
export interface RuleInfo {
  /** Stable, kebab-case, unique within its stage: what --explain prints and tests are keyed by. */
  id: string;
  /** One line: what the rule recognises and what it concludes. */
  description: string;
  /** A made-up sentence, or one from articles/, that the rule decides. */
  example: string;
}

/** A sieve rule: gives a verdict for the context, or undefined when it has nothing to say. */
export interface SieveRule<Ctx, Verdict> extends RuleInfo {
  apply: (ctx: Ctx) => Verdict | undefined;
}

/** An evidence rule: adds weight to one or more answers, or nothing when it does not apply. */
export interface EvidenceRule<Ctx, Answer extends string> extends RuleInfo {
  apply: (ctx: Ctx) => Partial<Record<Answer, number>> | undefined;
}

/** The first verdict of a sieve and the rule that gave it. */
export interface SieveResult<Verdict> {
  verdict: Verdict;
  rule: string;
}

/**
 * Runs sieve rules in order, most precise first, and returns the first verdict (and its rule), or null when no
 * rule applies. Later rules never overrule an earlier one.
 */
export function runSieve<Ctx, Verdict>(
  rules: readonly SieveRule<Ctx, Verdict>[],
  ctx: Ctx,
): SieveResult<Verdict> | null {
  // Indexed loops here and in weigh: both engines run in V8's interpreter for every name and quote, where an
  // array iterator or an entries() array per rule costs more than many rules' own test.
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as SieveRule<Ctx, Verdict>;
    const verdict = rule.apply(ctx);
    if (verdict !== undefined) return {verdict, rule: rule.id};
  }
  return null;
}

/** Summed evidence: the score of each answer and the rules that added to it. */
export interface Weighed<Answer extends string> {
  scores: Partial<Record<Answer, number>>;
  /** Each rule that applied, with what it added. */
  fired: {rule: string; votes: Partial<Record<Answer, number>>}[];
}

/** Applies every evidence rule to one context and sums what they add. */
export function weigh<Ctx, Answer extends string>(
  rules: readonly EvidenceRule<Ctx, Answer>[],
  ctx: Ctx,
  into: Weighed<Answer> = {scores: {}, fired: []},
): Weighed<Answer> {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as EvidenceRule<Ctx, Answer>;
    const votes = rule.apply(ctx);
    if (!votes) continue;
    into.fired.push({rule: rule.id, votes});
    // (A rule's votes are a literal of its own: no inherited keys to skip.)
    for (const answer in votes) into.scores[answer] = (into.scores[answer] ?? 0) + (votes[answer] as number);
  }
  return into;
}

/** The answer with the highest score above `floor` (ties: the earlier of `order`), or null. */
export function best<Answer extends string>(
  scores: Partial<Record<Answer, number>>,
  order: readonly Answer[],
  floor = 0,
): Answer | null {
  let top: Answer | null = null;
  // (An indexed loop: an array's iterator is an object per step where this is not optimised, and this weighs every
  // form of every article.)
  for (let i = 0; i < order.length; i++) {
    const a = order[i] as Answer;
    const s = scores[a] ?? 0;
    if (s > floor && (top === null || s > (scores[top] ?? 0))) top = a;
  }
  return top;
}

/** Checks a stage's rule table: ids unique and kebab-case, every field filled. Throws at load time otherwise. */
export function checkRules(stage: string, rules: readonly RuleInfo[]): void {
  const seen = new Set<string>();
  for (const r of rules) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.id))
      throw new Error(`${stage}: rule id '${r.id}' is not kebab-case`);
    if (seen.has(r.id)) throw new Error(`${stage}: rule id '${r.id}' is declared twice`);
    if (!r.description.trim() || !r.example.trim())
      throw new Error(`${stage}: rule '${r.id}' lacks a description or example`);
    seen.add(r.id);
  }
}

/** One decision of the pipeline, for --explain: what was decided about what, and the rules behind it. */
export interface TraceEntry {
  /** "entity", "speaker", "fact", …: what kind of decision. */
  stage: string;
  /** What it is about: a name, a quote's opening words, a fact. */
  subject: string;
  /** The outcome, in a few words ("person", "Volodymyr Zelensky", "kept"). */
  outcome: string;
  /** The ids of the rules that decided, the deciding one first. */
  rules: string[];
  /** What the rules summed to, where a stage weighs evidence ("person 7, place 3"). */
  detail?: string;
}

/** Where a stage records its decisions; a no-op unless extraction was asked to explain itself. */
export interface Tracer {
  readonly on: boolean;
  add(entry: TraceEntry): void;
}

/** A tracer that keeps every entry (for --explain), or one that keeps nothing (the default, free). */
export function createTracer(on: boolean): Tracer & {entries: TraceEntry[]} {
  const entries: TraceEntry[] = [];
  return {on, entries, add: (e) => void (on && entries.push(e))};
}
