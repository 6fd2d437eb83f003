// A fact reads as a clause with its subject: "An hourslong barrage … killed at least 15 people", not "killed at
// least 15 people". Given the words a fact's text keeps, these declared rules check that a subject stands before
// its verb, widen the text to the subject (past asides such as ", which officials said,"), or to the smallest full
// clause around a verbless fragment, and drop the fact when no subject fits.
import {reportedStart} from './reported.js';
import {tokenize, type Token} from '../numbers.js';
import {mayOpenDateline, withoutDateline} from '../summary/filters.js';
import {runSieve, type SieveRule} from '../rules.js';
import {
  AUXILIARIES,
  CASUALTY,
  CONTRACTED_SUBJECT,
  DETERMINERS,
  IRREGULAR_VERBS,
  LEAD_TRIM,
  NUMBER_MODIFIERS,
  PHRASE_STARTS,
  PREPOSITIONS,
  RELATIVES,
  SPEECH_VERBS,
  STOP,
  SUBJECT_PRONOUNS,
  MODALS,
} from './vocabulary.js';

/** Most words a fact's text may have once widened to its subject (the guide's fragments are at most 20). */
export const MAX_CLAUSE_WORDS = 20;

/** A token span, both ends included. */
export interface Span {
  from: number;
  to: number;
}

/** What the clause rules read: the sentence's tokens, the text's span, the numbers' span, the clauses. */
export interface ClauseContext {
  tokens: readonly Token[];
  /** Tokens left out of the text (short asides); the rules may hide more. */
  hidden: boolean[];
  span: Span;
  /** From the first number's phrase to the last unit the text keeps. */
  core: Span;
  clauses: readonly Span[];
  words: (a: number, b: number) => number;
}

/** A clause rule's verdict: the span to show (perhaps widened), or 'drop'. */
export type ClauseVerdict = Span | 'drop';

const lower = (t: Token | undefined): string => (t ? t.lower : '');

/** Whether a token is a finite verb (or a contraction holding one, "I’ve"): what makes a clause of a phrase. */
export function isFiniteVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.lower;
  if (CONTRACTED_SUBJECT.test(w)) return true;
  // A capitalised word is a name ("United States", "Said"), not a verb.
  if (!/^\p{Ll}/u.test(t.text)) return false;
  return AUXILIARIES.has(w) || IRREGULAR_VERBS.has(w) || SPEECH_VERBS.has(w) || /^\p{L}{2,}ed$/u.test(w);
}

// The first finite verb shown in a span, or -1.
function firstVerb(c: ClauseContext, s: Span): number {
  for (let k = s.from; k <= s.to; k++) if (!c.hidden[k] && isFiniteVerb(c.tokens[k])) return k;
  return -1;
}

/** Where the shown text starts from `from`, past words already hidden. */
export function firstShown(c: ClauseContext, from: number): number {
  let k = from;
  while (k < c.span.to && c.hidden[k]) k++;
  return k;
}

/**
 * Whether a text starting at `from` opens on its subject: the number's own phrase ("At least 500 workers were
 * deployed"), a determiner, a pronoun, a name or a noun; not a verb ("killed at least 15"), a preposition or a
 * conjunction ("for 37 years"), or an adverb.
 */
export function opensWithSubject(c: ClauseContext, from: number): boolean {
  const k = firstShown(c, from);
  // Only modifiers of the number before it, or an adverb opening the sentence ("Reportedly over 400 firefighters
  // worked"): the number's phrase is the subject.
  let n = k;
  const opening = c.tokens[0];
  if (
    k === 0 &&
    k < c.core.from &&
    SENTENCE_ADVERB.test(opening?.text ?? '') &&
    !NUMBER_MODIFIERS.has(lower(opening)) &&
    !namedBeforeVerb(c, 0)
  )
    n++;
  while (n < c.core.from && NUMBER_MODIFIERS.has(lower(c.tokens[n]))) n++;
  if (n === c.core.from) return true;
  const t = c.tokens[k];
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  const w = t.lower;
  // Opening the sentence, "That" is no relative and "Both", "Many" no determiner when a verb follows: each is the
  // subject ("That showed a 93% increase", "Both earned 9 delegates").
  if (k === 0 && SENTENCE_PRONOUNS.has(w) && isFiniteVerb(c.tokens[1])) return true;
  // An acronym is a name, even one spelling a pronoun ("US professional wrestler Jon Huber … died").
  if (/^\p{Lu}{2,}$/u.test(t.text)) return true;
  // Right after "which" or "who" stands the relative clause's verb ("which | include 235 Democrats"), whatever its
  // form: the subject is the noun the relative clause hangs on.
  if (/^\p{Ll}/u.test(t.text) && RELATIVE_SUBJECTS.has(lower(shownBefore(c, k))) && !PHRASE_STARTS.has(w))
    return false;
  if (PHRASE_STARTS.has(w) || SUBJECT_PRONOUNS.has(w) || CONTRACTED_SUBJECT.test(w)) return !RELATIVES.has(w);
  if (
    STOP.has(w) ||
    PREPOSITIONS.has(w) ||
    NUMBER_MODIFIERS.has(w) ||
    (/ly$/.test(w) && !namedBeforeVerb(c, k))
  )
    return false;
  if (/^\p{Lu}/u.test(t.text)) return true;
  return !isFiniteVerb(t) && !/ing$/.test(w) && !MODALS.has(w);
}

// An adverb ending in -ly, capitalised as a sentence's first word ("Reportedly", "Currently").
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+ly$/u;

// A capitalised word ending in -ly right before a finite verb is a name, the verb's subject ("Italy recorded 500 new
// cases", "Tully said the budget relied on $61 million"), not an adverb opening the sentence ("Reportedly over 400
// firefighters worked", "Finally the council voted").
function namedBeforeVerb(c: ClauseContext, k: number): boolean {
  return /^\p{Lu}/u.test(c.tokens[k]?.text ?? '') && isFiniteVerb(c.tokens[k + 1]);
}
// Words that stand for a noun phrase when they open a sentence right before a verb.
const SENTENCE_PRONOUNS = new Set([
  'that',
  'both',
  'neither',
  'either',
  'many',
  'few',
  'several',
  'some',
  'most',
]);
// Personal pronouns: the subject before a verb, like a noun ("By reports he secured", "In 2019 he survived").
const PERSONAL_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

// Participles of getting, selling, winning or coming to a figure: what they count belongs to the main clause's
// subject ("…, having sold over 10 million copies").
const RESULT_PARTICIPLES = new Set([
  'having',
  'receiving',
  'winning',
  'earning',
  'selling',
  'gaining',
  'securing',
  'collecting',
  'garnering',
  'raising',
  'bringing',
  'topping',
  'surpassing',
  'exceeding',
  'totaling',
  'totalling',
  'cutting',
  'losing',
]);

// Relative pronouns that are the subject of their clause, so that the next word is its verb ("who serve").
const RELATIVE_SUBJECTS = new Set(['which', 'who']);
// Those and "that": the word after any of them may be its clause's verb ("towns that host").
const VERB_RELATIVES = new Set([...RELATIVE_SUBJECTS, 'that']);

// The shown token before k, past hidden ones.
function shownBefore(c: ClauseContext, k: number): Token | undefined {
  let j = k - 1;
  while (j >= 0 && c.hidden[j]) j--;
  return c.tokens[j];
}

// ", which officials said," ", according to police," ", a baker," between a subject and its verb: left out.
function isAside(c: ClauseContext, clause: Span): boolean {
  const first = lower(c.tokens[clause.from]);
  if (RELATIVES.has(first) || first === 'according') return true;
  // "officials said": a short clause ending on a verb of saying.
  // The sentence's full stop may close the last clause ("…, officials said.").
  let end = clause.to;
  while (end > clause.from && c.tokens[end]?.kind === 'sym') end--;
  const last = c.tokens[end];
  if (last && /^\p{Ll}/u.test(last.text) && SPEECH_VERBS.has(lower(last)) && end - clause.from <= 4)
    return true;
  // An apposition after a name: "Mr Ali, a baker in the town, said", "off California, United States, resulted".
  const prev = c.clauses.filter((x) => x.to < clause.from).pop();
  // A capitalised function word ("The “Sainte Coiffe” got") ends no name.
  const named = c.tokens[prev?.to ?? -1];
  if (!prev || !/^\p{Lu}/u.test(named?.text ?? '') || PHRASE_STARTS.has(lower(named))) return false;
  const words = c.tokens.slice(clause.from, clause.to + 1).filter((t) => t.kind === 'word');
  const name = words.length <= 4 && words.every((t) => /^\p{Lu}/u.test(t.text));
  return PHRASE_STARTS.has(first) || name;
}

// Whether a span opening on a phrase of time or place ("In the past few decades", "Unlike Senators") goes on to a
// clause: its first verb has a noun right before it.
function opensFronted(c: ClauseContext, s: Span): boolean {
  const first = c.tokens[firstShown({...c, span: s}, s.from)];
  if (!first || isFiniteVerb(first) || !STOP.has(lower(first)) || followsVerblessClause(c, s.from))
    return false;
  for (let k = s.from + 1; k <= s.to; k++) {
    if (c.hidden[k] || !isFiniteVerb(c.tokens[k])) continue;
    // ", officials said": a reporting aside's verb is not the clause's.
    const own = c.clauses.find((x) => x.from <= k && k <= x.to);
    if (own && own.from > s.from && isAside(c, own)) continue;
    const noun = c.tokens[k - 1];
    // A pronoun is a subject too, after a preposition's phrase and for a number after its verb ("In 2019 he
    // survived an attack that left six dead"), not for one in the opening phrase ("Then in two other experiments,
    // what we did was") or after a clause of another kind ("what we did was that …").
    const pronoun = PERSONAL_PRONOUNS.has(lower(noun)) && k < c.core.from && PREPOSITIONS.has(lower(first));
    return noun?.kind === 'word' && (!STOP.has(lower(noun)) || pronoun) && !isFiniteVerb(noun);
  }
  return false;
}

// A text opening right after a clause without a verb of its own ("The dam, | near the town of X, would cost") opens
// on an aside between that clause, its subject, and the verb: not a fronted phrase of its own.
function followsVerblessClause(c: ClauseContext, from: number): boolean {
  const k = firstShown(c, from);
  const before = c.clauses.filter((x) => x.to < k).pop();
  if (!before || c.clauses.some((x) => x.from <= k && k <= x.to && x.from < k)) return false;
  // "According to the library, | in the past few decades …": an aside before is no subject.
  if (isAside(c, before) || !opensWithSubject(c, before.from)) return false;
  return !c.tokens
    .slice(before.from, before.to + 1)
    .some((t, i) => !c.hidden[before.from + i] && isFiniteVerb(t));
}

// A text opening on the apposition of a name, right before the verb it interrupts ("[Cummings,] the Democratic
// chairman of the committee, was 68"), has left its subject out.
function opensOnApposition(c: ClauseContext): boolean {
  const own = c.clauses.find((x) => x.from === firstShown(c, c.span.from));
  if (!own || !isAside(c, own) || RELATIVES.has(lower(c.tokens[own.from]))) return false;
  const next = c.clauses.find((x) => x.from > own.to);
  return !!next && next.from <= c.span.to && isFiniteVerb(c.tokens[next.from]);
}

// Whether a finite verb is shown after token k in the text, before its numbers or right after them: what makes a
// clause of the words after a verb of saying ("said | the opposition had walked out").
export function verbAfter(c: ClauseContext, k: number): boolean {
  for (let j = k + 1; j <= Math.min(c.span.to, c.core.to + 3); j++) {
    if (j >= c.core.from && j <= c.core.to) continue;
    if (!c.hidden[j] && isFiniteVerb(c.tokens[j])) return true;
  }
  return false;
}

/**
 * Whether a text opens inside its clause on the object of a preposition or a verb, before its number's phrase
 * ("flew to | the area on Monday and announced a fund of 45 million", "announced | a fund of 45 million"): the
 * subject stands further left. After a verb, words that go on to a verb of their own are a clause ("said | the
 * talks had lasted nine hours").
 */
export function opensOnObject(c: ClauseContext): boolean {
  const k = firstShown(c, c.span.from);
  let n = k;
  while (n < c.core.from && NUMBER_MODIFIERS.has(lower(c.tokens[n]))) n++;
  const prev = shownBefore(c, k);
  if (prev?.kind !== 'word' || !/^\p{Ll}/u.test(prev.text)) return false;
  // The number's own phrase is the subject only where nothing in its clause governs it: after a verb or a
  // preposition ("The euro rose | 0.3% against the dollar", "grew by | 0.4%") it is their object.
  if (n === c.core.from)
    return (PREPOSITIONS.has(lower(prev)) || isFiniteVerb(prev)) && !verbAfter(c, c.core.to);
  if (PREPOSITIONS.has(lower(prev))) return true;
  // "the towns that host | the fair rose by 3.4%": the word right after a relative pronoun is its clause's verb,
  // and the verb after the text is the main clause's, whose subject stands further left.
  let p = k - 1;
  while (p > 0 && c.hidden[p]) p--;
  if (VERB_RELATIVES.has(lower(shownBefore(c, p)))) return true;
  const verb = isFiniteVerb(prev) || (/^\p{Ll}{3,}ing$/u.test(prev.text) && !STOP.has(lower(prev)));
  return verb && !verbAfter(c, k);
}

// The name in an apposition after the noun it names, both verbless ("The regional governor, | Ingrid Solheim, |
// told"): the noun before is the head of the subject.
function appositionHead(c: ClauseContext, clause: Span): Span | undefined {
  const i = c.clauses.indexOf(clause);
  const head = c.clauses[i - 1];
  if (!head || head.to + 2 !== clause.from) return undefined;
  const name = c.tokens.slice(clause.from, clause.to + 1).filter((t) => t.kind === 'word');
  if (name.length === 0 || name.length > 4 || !name.every((t) => /^\p{Lu}/u.test(t.text))) return undefined;
  const words = c.tokens.slice(head.from, head.to + 1);
  const first = c.tokens[head.from];
  const opens =
    PHRASE_STARTS.has(lower(first)) || (/^\p{Lu}/u.test(first?.text ?? '') && !STOP.has(lower(first)));
  if (!opens || words.length > 10 || words.some((t) => isFiniteVerb(t))) return undefined;
  return /^\p{Ll}/u.test(c.tokens[head.to]?.text ?? '') ? head : undefined;
}

// Widens a span leftwards, clause by clause and past asides, until it opens on a subject; 'drop' if none fits.
function widen(c: ClauseContext): ClauseVerdict {
  const start = (from: number): number => {
    let k = from;
    // A sentence's opening "That" before a verb is its subject, not a conjunction to trim.
    if (k === 0 && opensWithSubject(c, 0)) return k;
    while (k < c.core.from && LEAD_TRIM.has(lower(c.tokens[k]))) k++;
    return k;
  };
  const own = c.clauses.find((x) => x.from <= c.span.from && c.span.from <= x.to);
  let from = own ? own.from : c.span.from;
  if (from < c.span.from && opensWithSubject(c, start(from)))
    return fit(c, {from: start(from), to: c.span.to}, c.span.from);
  // A text opening on its verb, in a clause opening on a preposition's phrase of time or place before the subject
  // ("In 2019 he | survived an attack that left six soldiers dead"): the whole clause, when all of it fits.
  if (
    from < c.span.from &&
    isFiniteVerb(c.tokens[firstShown(c, c.span.from)]) &&
    PREPOSITIONS.has(lower(c.tokens[from])) &&
    c.words(from, c.span.to) <= MAX_CLAUSE_WORDS &&
    opensFronted(c, {from, to: c.span.to}) &&
    !followsVerblessClause(c, from)
  )
    return {from, to: c.span.to};
  let passedAside = false;
  // The clauses walked past on the way back to the speaker: when the whole is too long, the text may open on the
  // clause a speech verb in one of them reports (looked for only then).
  const walked: Span[] = [];
  const orReported = (verdict: ClauseVerdict): ClauseVerdict => {
    if (verdict !== 'drop') return verdict;
    for (const w of walked)
      for (let k = w.from; k <= w.to; k++) {
        const reported = reportedStart(c, k);
        if (reported !== undefined) return fit(c, {from: reported, to: c.span.to}, reported);
      }
    return verdict;
  };
  for (const clause of c.clauses.filter((x) => x.to < from).reverse()) {
    if (isAside(c, clause)) {
      // The aside and the marks around it: "X, which officials said, killed" reads "X killed".
      for (let k = Math.max(0, clause.from - 1); k < from; k++) c.hidden[k] = true;
      from = clause.from;
      passedAside = true;
      continue;
    }
    from = start(clause.from);
    walked.push({from, to: clause.to});
    // "The regional governor, Ingrid Solheim, told": the whole subject when it fits, else the name without the
    // comma that closed the apposition.
    const head = appositionHead(c, clause);
    if (head && opensWithSubject(c, from)) {
      const whole = fit(c, {from: head.from, to: c.span.to}, own ? own.from : c.span.from);
      if (whole !== 'drop') return whole;
      c.hidden[clause.to + 1] = true;
    }
    // A fronted phrase right before ("Unlike Senators, who serve …") opens the clause; one before a hidden aside
    // may have lost its verb to it ("As of Wednesday, [the United States had …,] accounting for").
    if (opensWithSubject(c, from) || (!passedAside && opensFronted(c, {from, to: c.span.to})))
      return orReported(fit(c, {from, to: c.span.to}, own ? own.from : c.span.from));
  }
  // A verbless opening phrase ("Like all vessels exceeding 300 tons") takes the clause after it.
  const next = c.clauses.find((x) => x.from > c.span.to);
  const verb = next ? firstVerb(c, next) : -1;
  // Not a reporting aside after it (", officials said"): that clause's subject is not the fragment's.
  if (next && firstVerb(c, c.span) < 0 && verb >= 0 && opensWithSubject(c, next.from) && !isAside(c, next))
    return fit(c, {from: c.span.from, to: next.to}, c.span.from);
  return 'drop';
}

// Most words back from the comma to the determiner opening a relative clause's antecedent ("a mass shooting in
// Christchurch on Friday, which caused").
const ANTECEDENT_REACH = 8;
// Prepositions that join a name to the nouns it qualifies in an antecedent ("report on Saturday").
const NAME_LINKS = new Set(['in', 'on', 'of', 'at']);

/**
 * "…, than the space shuttle missions, which ran about US$1.5 billion apiece": a clause opening on a subject
 * relative ("which", "who") after a comma has its subject in the noun phrase before the comma. The phrase opens on
 * its nearest determiner within ANTECEDENT_REACH words ("the nearby Eastern Shoshone Tribe, who"), else on the
 * run of nouns and names right before the comma ("NDRRMC report on Saturday"); never across a finite verb.
 */
function relativeAntecedent(c: ClauseContext): Span | undefined {
  const own = c.clauses.find((x) => x.from <= c.core.from && c.core.from <= x.to);
  if (!own || !RELATIVE_SUBJECTS.has(lower(c.tokens[own.from]))) return undefined;
  if (c.tokens[own.from - 1]?.text !== ',') return undefined;
  const prev = c.clauses.filter((x) => x.to < own.from).pop();
  if (!prev || prev.to !== own.from - 2) return undefined;
  const word = (t: Token | undefined): boolean => t?.kind === 'word' || t?.kind === 'num';
  let start = -1;
  for (let k = prev.to; k >= Math.max(prev.from, prev.to - ANTECEDENT_REACH); k--) {
    const t = c.tokens[k];
    if (!word(t) || isFiniteVerb(t)) break;
    const w = lower(t);
    if (DETERMINERS.has(w) || w === 'a' || w === 'an') {
      start = k;
      break;
    }
  }
  if (start < 0) {
    const noun = (k: number): boolean =>
      word(c.tokens[k]) && !STOP.has(lower(c.tokens[k])) && !isFiniteVerb(c.tokens[k]);
    let k = prev.to;
    while (k >= prev.from && noun(k)) k--;
    // "lion lodges in South Africa": a name after "in", "on" or "of" qualifies the nouns before it.
    while (
      k > prev.from &&
      NAME_LINKS.has(lower(c.tokens[k])) &&
      /^\p{Lu}/u.test(c.tokens[k + 1]?.text ?? '')
    ) {
      const before = k - 1;
      k = before;
      while (k >= prev.from && noun(k)) k--;
      if (k === before) {
        k++;
        break;
      }
    }
    // "were women, which": a noun after a verb is its complement; "which" then stands for the whole clause.
    if (isFiniteVerb(c.tokens[k])) return undefined;
    start = k + 1;
  }
  // A determiner or a noun right before the comma: a phrase, not a lone verb or a bracket.
  if (start > prev.to || !opensWithSubject(c, start)) return undefined;
  const to = Math.max(Math.min(c.span.to, own.to), c.core.to);
  for (let k = start; k < own.from; k++) c.hidden[k] = false;
  const verdict = fit(c, {from: start, to}, own.from);
  return verdict === 'drop' ? undefined : verdict;
}

/**
 * "…, killing at least 34 people and injuring 112": a clause opening on a present participle after a main clause
 * with a finite verb, holding a casualty word, is the toll of the main clause's event; it needs no subject of its
 * own. Undefined for any other clause.
 */
function participleToll(c: ClauseContext): Span | undefined {
  const own = c.clauses.find((x) => x.from <= c.core.from && c.core.from <= x.to);
  // "…, and leaving 300 homeless": a conjunction may join it to the main clause.
  let from = own?.from ?? -1;
  while (own && from < c.core.from && LEAD_TRIM.has(lower(c.tokens[from]))) from++;
  const t = c.tokens[from];
  if (!own || own.from === 0 || t?.kind !== 'word' || !/^\p{Ll}{3,}ing$/u.test(t.text)) return undefined;
  if (STOP.has(lower(t)) || PREPOSITIONS.has(lower(t))) return undefined;
  // The toll's own clause: a reporting aside after it (", officials said") stays out.
  const to = Math.max(Math.min(c.span.to, own.to), c.core.to);
  // A toll ("killing 14 people"), or what the subject got or came to ("having sold over 10 million copies",
  // "receiving a total of 6,776 votes"); not any participle ("writing about an idea … in seven years").
  if (!RESULT_PARTICIPLES.has(lower(t)) && !c.tokens.slice(from, to + 1).some((x) => CASUALTY.has(lower(x))))
    return undefined;
  if (!c.tokens.slice(0, own.from).some((x) => isFiniteVerb(x))) return undefined;
  return c.words(from, to) <= MAX_CLAUSE_WORDS ? {from, to} : undefined;
}

// The longest sentence relative-whole-sentence shows whole (as a year's sentence is, dated-text.ts).
const MAX_WHOLE_WORDS = 30;

// "… a shooting outside a bakery on Fen Road that | left two people wounded": the relative clause's subject is one
// of the nouns before "that" (the shooting, not the bakery), so the text is the whole sentence, when it is short.
function relativeWholeSentence(c: ClauseContext): Span | undefined {
  const before = c.tokens[c.span.from - 1];
  // A noun before the relative ("Road that"), not a word that makes "that" a pronoun ("So that is …").
  const antecedent = c.tokens[c.span.from - 2];
  if (!VERB_RELATIVES.has(lower(before)) || antecedent?.kind !== 'word' || STOP.has(lower(antecedent)))
    return undefined;
  if (isFiniteVerb(antecedent) || c.span.from - 2 === 0) return undefined;
  if (!isFiniteVerb(c.tokens[c.span.from]) && !/^\p{Ll}+s$/u.test(c.tokens[c.span.from]?.text ?? ''))
    return undefined;
  let to = c.tokens.length - 1;
  while (to > c.core.to && c.tokens[to]?.kind === 'sym') to--;
  if (c.words(0, to) > MAX_WHOLE_WORDS) return undefined;
  const from = datelineTokens(c.tokens);
  for (let k = from; k <= to; k++) c.hidden[k] = false;
  return {from, to};
}

/** How many tokens a wire dateline opening the sentence takes ("FAIRHAVEN — Police arrested …": 2), else 0. */
export function datelineTokens(tokens: readonly Token[]): number {
  // (The text's first two characters from the tokens, before writing the text out: most sentences open otherwise.)
  const first = tokens[0];
  if (!first) return 0;
  const next = tokens[1];
  const second =
    first.text.length > 1 ? first.text.charCodeAt(1) : next ? (next.gap ? 32 : next.text.charCodeAt(0)) : NaN;
  if (!mayOpenDateline(first.text.charCodeAt(0), second)) return 0;
  const text = tokens.map((t, k) => (k > 0 && t.gap ? ' ' : '') + t.text).join('');
  const rest = withoutDateline(text);
  return rest.length === text.length ? 0 : tokenize(text.slice(0, text.length - rest.length)).length;
}

// A participle before a function word opens a phrase that describes the noun before it ("followed by a fire",
// "damaged in the storm"), not the clause's verb.
function opensReducedRelative(c: ClauseContext, k: number): boolean {
  const t = c.tokens[k];
  const next = c.tokens[k + 1];
  return (
    t?.kind === 'word' &&
    /^\p{Ll}+(?:ed|ing)$/u.test(t.text) &&
    next?.kind === 'word' &&
    STOP.has(lower(next)) &&
    !AUXILIARIES.has(lower(next))
  );
}

// Whether the token after k goes on with a name: a capitalised word, or a short particle before one after a
// capitalised word ("Palais | des Nations").
function insideName(c: ClauseContext, k: number): boolean {
  const capital = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Lu}/u.test(t.text);
  const next = c.tokens[k + 1];
  if (!next?.gap || c.hidden[k + 1]) return false;
  if (capital(next)) return true;
  return capital(c.tokens[k]) && /^\p{Ll}{1,3}$/u.test(next.text) && capital(c.tokens[k + 2]);
}

// Within MAX_CLAUSE_WORDS: the tail after the numbers goes first, then what follows the subject's head noun
// ("A deadly boat fire [earlier this week near …] resulted in …"); else the fact has no readable clause.
function fit(c: ClauseContext, s: Span, verbAt: number): ClauseVerdict {
  let to = s.to;
  while (c.words(s.from, to) > MAX_CLAUSE_WORDS && to > c.core.to) to--;
  if (c.words(s.from, to) > MAX_CLAUSE_WORDS && verbAt > s.from) {
    let head = s.from + 1;
    while (
      head < verbAt &&
      c.tokens[head]?.kind === 'word' &&
      !STOP.has(lower(c.tokens[head])) &&
      !isFiniteVerb(c.tokens[head]) &&
      !(head >= s.from + 2 && opensReducedRelative(c, head))
    )
      head++;
    // "A road accident [followed by a fire …] killed": the participle opening the cut goes with it.
    const cut = c.tokens.slice(opensReducedRelative(c, head) ? head + 1 : head, verbAt);
    // Only before a verb: a text that opened on an object ("flew to | the area") has no verb there to join.
    const verb = c.tokens[verbAt];
    // Nor after "that", "which" or "who": the verb is the relative clause's ("a shooting … that | left two
    // people wounded"), and joining it to the sentence's subject would say what the subject did not do.
    const joins =
      verb?.kind === 'word' &&
      /^\p{Ll}/u.test(verb.text) &&
      !PHRASE_STARTS.has(lower(verb)) &&
      !VERB_RELATIVES.has(lower(c.tokens[verbAt - 1]));
    if (joins && !cut.some((t) => isFiniteVerb(t))) for (let k = head; k < verbAt; k++) c.hidden[k] = true;
  }
  if (c.words(s.from, to) > MAX_CLAUSE_WORDS) return 'drop';
  // A tail cut to fit does not end inside a name ("at the Palais des | Nations"): a word or two finish it, else it
  // ends before the name.
  if (to < s.to && insideName(c, to)) {
    let end = to;
    while (end < to + 2 && insideName(c, end)) end++;
    if (!insideName(c, end)) to = end;
    else while (to > c.core.to && insideName(c, to)) to--;
  }
  return {from: s.from, to};
}

/** The clause rules of the facts stage, in the order they run: the first that applies decides. */
export const CLAUSE_RULES: readonly SieveRule<ClauseContext, ClauseVerdict>[] = [
  {
    id: 'subject-shown',
    description:
      'the text opens on its subject: the number’s phrase, a determiner, a pronoun, a name or a noun, not the object of a word before it',
    example: 'Russia launched 598 drones and 31 missiles in the overnight assault.',
    apply: (c) =>
      opensWithSubject(c, c.span.from) && !opensOnApposition(c) && !opensOnObject(c) ? c.span : undefined,
  },
  {
    id: 'fronted-phrase',
    description:
      'a text opening on a phrase of time or place is a clause when a noun stands right before a verb',
    example: 'In the past few decades most prorogations have been for at most two weeks.',
    apply: (c) =>
      opensFronted(c, c.span) && !opensOnObject(c) && !followsVerblessClause(c, c.span.from)
        ? c.span
        : undefined,
  },
  {
    id: 'widen-to-subject',
    description:
      'a text opening on a verb, a preposition, a conjunction or an object is widened to the clause that holds its subject, past asides, when that fits in MAX_CLAUSE_WORDS',
    example: 'An hourslong barrage of drones killed at least 15 people (not "killed at least 15 people").',
    apply: (c) => {
      const verdict = widen(c);
      return verdict === 'drop' ? undefined : verdict;
    },
  },
  {
    id: 'participle-toll',
    description:
      'a casualty clause led by a participle after the main clause, or one led by a participle of getting or coming to a figure ("having sold", "receiving"), is a fact of the main clause’s subject or event, without a subject of its own',
    example: 'A storm flattened the coastal village on Friday, killing 14 people and leaving 300 homeless.',
    apply: (c) => participleToll(c),
  },
  {
    id: 'relative-antecedent',
    description:
      'a clause opening on “which” or “who” after a comma takes the noun phrase before the comma as its subject, when no wider clause fits',
    example: 'NASA aims to cost less than the space shuttle missions, which ran about US$1.5 billion apiece.',
    apply: (c) => relativeAntecedent(c),
  },
  {
    id: 'relative-whole-sentence',
    description:
      'a text opening on the verb of a relative clause led by “that”, “which” or “who” with no comma, whose antecedent no shorter text can name for sure, is shown as its whole sentence when that has at most MAX_WHOLE_WORDS words',
    example:
      'Police arrested a man in connection with a shooting outside a bakery on Fen Road that left two people wounded.',
    apply: (c) => relativeWholeSentence(c),
  },
  {
    id: 'object-start',
    description:
      'a text opening on the object of a verb or a preposition, whose clause is too long to widen to, stays as it is',
    example:
      'The council met on Tuesday after the long recess and at last approved a budget of 4 million euros.',
    apply: (c) => (opensWithSubject(c, c.span.from) && !opensOnApposition(c) ? c.span : undefined),
  },
];

/** The span a fact's text shows once it reads as a clause, and the rule that decided; 'drop' when it cannot. */
export function asClause(c: ClauseContext): {verdict: ClauseVerdict; rule: string} {
  return runSieve(CLAUSE_RULES, c) ?? {verdict: 'drop', rule: 'widen-to-subject'};
}
