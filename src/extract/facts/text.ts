// The short readable text of a fact: the clause of the sentence around its numbers, at most about a dozen words
// ("Russia launched 598 drones and 31 missiles" out of "In all, officials said, Russia launched …").
import type {Token} from '../numbers.js';
import {oneSpaced} from '../../library/sanitize.js';
import {asClause, datelineTokens, isFiniteVerb, type Span} from './clause.js';
import {TRIM_RULES} from './trims.js';
import {coordinationGroups} from './coordination.js';
import {END_RULES} from './ends.js';
import {predicateEnd} from './predicate.js';
import {runSieve} from '../rules.js';
import {
  IRREGULAR_VERBS,
  LEAD_TRIM,
  NUMBER_MODIFIERS,
  PHRASE_STARTS,
  PREPOSITIONS,
  STATEMENT_JOINERS,
  STOP,
  TAIL_TRIM,
} from './vocabulary.js';

/** Most words a fact's text keeps. */
export const MAX_WORDS = 14;
/** Most words a text cut inside a name takes on to finish it. */
const MAX_NAME_REST = 2;
/** Most words kept after the last number and its unit. */
const MAX_TAIL = 8;

const BOUNDARY = new Set([',', ';', ':', '(', ')', '[', ']', '{', '}', '—', '–', '"', '“', '”']);
const QUOTE_MARKS = /["“”‘’]/;

/**
 * A short text for the numbers at token spans `spans` (first, last) of a sentence: the clause holding the first
 * span, widened to the clauses of the others while it stays short, cut to MAX_WORDS around the numbers, then
 * widened to its subject (clause.ts). The text is null when no clause with a subject fits; `rules` name the clause
 * and trim rules that decided.
 */
export function factText(
  text: string,
  tokens: readonly Token[],
  spans: readonly Span[],
  unitEnds: readonly number[],
): {text: string | null; rules: string[]} {
  if (spans.length === 0 || tokens.length === 0) return {text: text.trim(), rules: []};
  const hidden = asides(tokens, spans);
  const words = (a: number, b: number): number => countWords(tokens, hidden, a, b);
  const clauses = clauseBounds(tokens, hidden);
  const clauseOf = (k: number): Span =>
    clauses.find((c) => c.from <= k && k <= c.to) ?? {from: 0, to: tokens.length - 1};
  // The numbers this text can hold: the first (best) one, and each other one whose phrase keeps the core short.
  const first = spans[0] as Span;
  let core: Span = {
    from: phraseStart(tokens, first.from, 0),
    to: Math.max(first.to, unitEnds[0] ?? first.to),
  };
  let from = clauseOf(first.from).from;
  let to = clauseOf(first.from).to;
  const left: Span[] = [];
  // Numbers joined to one another ("235 Democrats and 199 Republicans") join the text together or not at all.
  const groups = coordinationGroups(tokens, spans);
  const taken = new Set<number>([0]);
  const take = (idxs: readonly number[]): boolean => {
    const next = {...core};
    // (Indexed loops: an array's iterator is an object per step in V8's interpreter; this runs for every fact.)
    for (let k = 0; k < idxs.length; k++) {
      const i = idxs[k] as number;
      const s = spans[i] as Span;
      next.from = Math.min(next.from, phraseStart(tokens, s.from, 0));
      next.to = Math.max(next.to, s.to, unitEnds[i] ?? s.to);
    }
    if (words(next.from, next.to) > MAX_WORDS) return false;
    core = next;
    for (let k = 0; k < idxs.length; k++) {
      const i = idxs[k] as number;
      const s = spans[i] as Span;
      from = Math.min(from, clauseOf(s.from).from);
      to = Math.max(to, clauseOf(s.from).to);
      taken.add(i);
    }
    return true;
  };
  // The best number's own partners come first; a list too long to fit is taken number by number.
  take((groups[0] ?? []).filter((i) => i !== 0));
  // "The euro rose 0.3% …, and the yield on ten-year bonds climbed to 2.34%": a number in a statement of its own
  // after the best one's makes another fact, unless the two are one list: the same verb ("Ana Ruiz won 8 seats,
  // and Li Wen won 6").
  const bestClause = clauseOf(first.from);
  const ownStatement = (k: number): boolean => {
    const c = clauseOf(k);
    if (c.from <= bestClause.to || !STATEMENT_JOINERS.has(tokens[c.from]?.text ?? '')) return false;
    const next = tokens[c.from + 1];
    const subject = !!next && (PHRASE_STARTS.has(next.lower) || /^\p{Lu}/u.test(next.text));
    const verb = tokens.slice(c.from + 2, c.to + 1).find((t) => isFiniteVerb(t));
    if (!subject || !verb) return false;
    return !tokens.slice(bestClause.from, bestClause.to + 1).some((t) => t.text === verb.text);
  };
  spans.forEach((s, i) => {
    if (taken.has(i)) return;
    const ownList = (groups[0] ?? []).includes(i);
    if (!ownList && ownStatement(s.from)) {
      left.push(s);
      return;
    }
    if (take(ownList ? [i] : (groups[i] ?? [i]).filter((j) => !taken.has(j)))) return;
    left.push(s);
  });
  // "…, including four children" completes the number before it.
  const after = clauses.find((c) => c.from > to && c.from <= to + 2);
  if (
    after &&
    ['including', 'among'].includes(tokens[after.from]?.lower ?? '') &&
    words(core.from, after.to) <= MAX_WORDS
  ) {
    to = after.to;
  }
  // A clause of a few words ("Five people") reads better with the clause after it, when that fits.
  const own = {from, to};
  for (
    let c = clauses.find((x) => x.from > to);
    c && words(from, to) < 4 && words(from, c.to) <= MAX_WORDS;
    c = clauses.find((x) => x.from > to)
  ) {
    to = c.to;
  }
  // A relative clause or a clause of a few words reads better with the short clause before it:
  // "The attack, which they said also injured at least 45".
  const prev = clauses.filter((c) => c.to < from).pop();
  const relative = ['which', 'who', 'that'].includes(tokens[from]?.lower ?? '');
  if (prev && (relative || words(from, to) < 5) && words(prev.from, to) <= MAX_WORDS) from = prev.from;
  // Numbers left for another fact stay out of this one's text, and a long tail after the numbers goes.
  // One left before the numbers in a clause of its own leaves that whole clause out ("which include 235 …,").
  // One left after them in a later clause leaves that clause out ("…, and the yield on bonds climbed to 2.34%"),
  // not half of it. One inside the noun phrase of the text's own subject stays ("the 20 countries that use the
  // euro fell to 2.1%", not "countries that use …"): the text shows it and no other fact repeats the sentence.
  for (let i = 0; i < left.length; i++) {
    const s = left[i] as Span;
    const later = clauseOf(s.from);
    if (s.from > core.to && later.from > core.to && later.from > from) to = Math.min(to, later.from - 1);
    else if (s.from > core.to) to = Math.min(to, phraseStart(tokens, s.from, core.to + 1) - 1);
    else if (clauseOf(s.to).to < core.from) from = Math.max(from, clauseOf(s.to).to + 1);
    else if (s.to < core.from && !headsNoun(tokens[s.to + 1])) from = Math.max(from, s.to + 1);
  }
  // The verb the numbers are the subject of is cut last ("of which four are needed", not "… of which four").
  // Its words may pass MAX_WORDS, so a text is not cut at its head to keep them; no other words come with them.
  const keep = Math.max(core.to, Math.min(to, predicateEnd(tokens, hidden, core.to)));
  const most =
    keep > core.to
      ? Math.min(Math.max(MAX_WORDS, words(from, keep)), MAX_WORDS + words(core.to + 1, keep))
      : MAX_WORDS;
  while (to > keep && words(core.to + 1, to) > MAX_TAIL) to--;
  // Never end inside a name ("the history of the United").
  const capital = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
  if (capital(tokens[to + 1]) && to < clauseOf(to).to) while (to > core.to && capital(tokens[to])) to--;
  // Cut to MAX_WORDS: the tail after the numbers first, then the head down to the verb before the first number
  // ("killed at least 15 people"), then whatever is left of the tail.
  while (words(from, to) > most && to > keep) to--;
  if (words(from, to) > most) {
    const v = core.from - 1;
    const verb = v >= from && looksLikeVerb(tokens[v]) && words(v, to) <= most;
    from = verb ? v : goodStart(tokens, from, to, core.from, words, most);
  }
  while (words(from, to) > most && to > from) to--;
  if (capital(tokens[to + 1]) && to < clauseOf(to).to) while (to > core.to && capital(tokens[to])) to--;
  while (from < core.from && isTrimmable(tokens[from], LEAD_TRIM)) from++;
  while (to > keep && isTrimmable(tokens[to], TAIL_TRIM)) to--;
  // The text reads as a clause with its subject, or the fact is dropped.
  const ctx = {tokens, hidden, span: {from, to}, core, clauses, words};
  const clause = asClause(ctx);
  if (clause.verdict === 'drop') return {text: null, rules: [clause.rule]};
  ({from, to} = clause.verdict);
  // A wire dateline says where the story was filed, not who did what: no text opens on it ("MARLOW BAY — The City
  // Council voted …", or "MARLOW BAY ending a seven-hour meeting" once the clause between is another fact's).
  from = Math.max(from, Math.min(datelineTokens(tokens), core.from));
  // Once widened to a clause before its own, the text is long enough without the clause taken on after it ("Tony
  // Mendez died Saturday, aged 78", not "…, aged 78, at a Frederick"); a fronted phrase keeps the clause it opens.
  if (from < own.from && to > own.to && own.to >= core.to && words(from, own.to) >= 5) to = own.to;
  const trim = runSieve(TRIM_RULES, {...ctx, span: {from, to}});
  const end = runSieve(END_RULES, {...ctx, span: {from, to}});
  // What an end rule took on to finish the phrase stays ("injured at least 50 more").
  const kept = end && end.verdict.to > to ? end.verdict.to : Math.min(to, keep);
  if (end) to = end.verdict.to;
  // A clause widened to its subject was cut to fit without the name check above ("nominee Rocky De La"): a name
  // that ends a word or two on is finished ("Rocky De La Fuente"), a longer one goes, as it does there.
  if (capital(tokens[to]) && capital(tokens[to + 1]) && to < clauseOf(to).to && !hidden[to + 1]) {
    let name = to + 1;
    while (name < to + MAX_NAME_REST && capital(tokens[name + 1]) && !hidden[name + 1]) name++;
    if (!capital(tokens[name + 1])) to = name;
    else while (to > kept && capital(tokens[to])) to--;
  }
  while (to > kept && isTrimmable(tokens[to], TAIL_TRIM)) to--;
  // Never cut inside a word or a number ("1990s", "U.S.–Mexico").
  while (to + 1 < tokens.length && !tokens[to + 1]?.gap && tokens[to + 1]?.kind !== 'sym') to++;
  while (from > 0 && !tokens[from]?.gap && tokens[from - 1]?.kind !== 'sym' && tokens[from]?.kind !== 'sym')
    from--;
  return {
    text: tidy(render(text, tokens, hidden, from, to)),
    rules: [clause.rule, ...(trim ? [trim.rule] : []), ...(end ? [end.rule] : [])],
  };
}

// Short bracketed asides without a number of the fact ("(~23 m)", "(USCG)"): left out of the text.
function asides(tokens: readonly Token[], spans: readonly Span[]): boolean[] {
  // (Filled, not mapped: no call per token.)
  const hidden: boolean[] = new Array<boolean>(tokens.length).fill(false);
  // (Loops, not a callback per token: this reads every token of every sentence with a fact.)
  for (let k = 0; k < tokens.length; k++) {
    const open = (tokens[k] as Token).text;
    if (open !== '(' && open !== '[') continue;
    let close = -1;
    for (let j = k + 1; j < tokens.length; j++) {
      const c = (tokens[j] as Token).text;
      if (c === ')' || c === ']') {
        close = j;
        break;
      }
    }
    if (close < 0 || close - k > 9) continue;
    if (spans.some((s) => s.from > k && s.from < close)) continue;
    for (let j = k; j <= close; j++) hidden[j] = true;
  }
  return hidden;
}

function render(
  text: string,
  tokens: readonly Token[],
  hidden: readonly boolean[],
  from: number,
  to: number,
): string {
  const parts: string[] = [];
  let runStart = -1;
  for (let k = from; k <= to + 1; k++) {
    const visible = k <= to && !hidden[k];
    if (visible && runStart < 0) runStart = k;
    if (!visible && runStart >= 0) {
      parts.push(text.slice((tokens[runStart] as Token).start, (tokens[k - 1] as Token).end));
      runStart = -1;
    }
  }
  return parts.join(' ');
}

// The earliest start that fits `most` words and begins a phrase (an article, a name), else the number itself.
function goodStart(
  tokens: readonly Token[],
  from: number,
  to: number,
  core: number,
  words: (a: number, b: number) => number,
  most: number,
): number {
  let c = from;
  while (c < core && words(c, to) > most) c++;
  const isStart = (t: Token | undefined): boolean =>
    !!t && t.kind === 'word' && (PHRASE_STARTS.has(t.lower) || /^\p{Lu}/u.test(t.text));
  for (let k = c; k < core; k++) {
    // "told the press a nearly 24-hour search": an article soon followed by another starts a separate phrase.
    if (
      isStart(tokens[k]) &&
      !(
        PHRASE_STARTS.has(tokens[k]?.lower ?? '') &&
        [1, 2].some((d) => k + d <= core && PHRASE_STARTS.has(tokens[k + d]?.lower ?? ''))
      )
    )
      return k;
  }
  return core;
}

// The noun a number stands before ("20 | countries"): a lower-case word that is no function word, verb or
// preposition, so a text starting on it would open inside the number's phrase.
function headsNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.gap || !/^\p{Ll}/u.test(t.text)) return false;
  const w = t.lower;
  return !STOP.has(w) && !PREPOSITIONS.has(w) && !isFiniteVerb(t) && !/ly$/u.test(w);
}

// A verb before a number makes the fact read as a clause ("killed at least 15"); nouns ("the press") do not.
function looksLikeVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  return /(?:ed|[^s]s|ing)$/.test(t.text) || IRREGULAR_VERBS.has(t.text);
}

// Where the noun phrase of a number starts: back over "at least", "more than", "a nearly", "some".
function phraseStart(tokens: readonly Token[], k: number, floor: number): number {
  let from = k;
  while (from - 1 >= floor && NUMBER_MODIFIERS.has(tokens[from - 1]?.lower ?? '')) from--;
  return from;
}

function isTrimmable(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return !!t && (t.kind === 'sym' ? !/[%$£€)]/.test(t.text) : set.has(t.lower));
}

// Words shown between two tokens; a hyphenated compound ("24-hour") is one word. (Read again after the rules
// hide or show tokens: no totals kept.)
function countWords(tokens: readonly Token[], hidden: readonly boolean[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (!t || hidden[k] || t.kind === 'sym') continue;
    const glued = !t.gap && HYPHEN.test(tokens[k - 1]?.text ?? '') && !tokens[k - 1]?.gap;
    if (!glued) n++;
  }
  return n;
}
const HYPHEN = /^[-‐‑]$/;

// A sentence end's neighbours inside a sentence (clauseBounds): a capital after it, a word before it.
const CAPITAL_FIRST = /^\p{Lu}/u;
const WORD_BEFORE_STOP = /^\p{Ll}{2,}|^\p{L}{4,}$/u;

// Clauses: runs of tokens between commas, semicolons, brackets, dashes and quotation marks. (A loop with the
// patterns made once: this reads every token of every sentence with a fact, and a pattern literal in a callback is
// a new object each time it is reached.)
function clauseBounds(tokens: readonly Token[], hidden: readonly boolean[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (hidden[k]) continue;
    const text = t.text;
    // "10:00" and "3.5" are one number, not two clauses.
    if (
      (text === ':' || text === '.') &&
      !t.gap &&
      tokens[k - 1]?.kind === 'num' &&
      tokens[k + 1]?.kind === 'num' &&
      !tokens[k + 1]?.gap
    )
      continue;
    const spacedDash = (text === '-' || text === '–' || text === '—') && t.gap;
    // A sentence end inside the sentence (a quoted passage): "… on the Supreme Court. He brought …".
    const stop =
      (text === '.' || text === '!' || text === '?') &&
      !!tokens[k + 1]?.gap &&
      CAPITAL_FIRST.test(tokens[k + 1]?.text ?? '') &&
      WORD_BEFORE_STOP.test(tokens[k - 1]?.text ?? '');
    if (t.kind === 'sym' && (BOUNDARY.has(text) || spacedDash || stop) && !(text === '–' && !t.gap)) {
      if (k > from) out.push({from, to: k - 1});
      from = k + 1;
    }
  }
  if (from < tokens.length) out.push({from, to: tokens.length - 1});
  // Drop a clause that is only punctuation, keep the order.
  const kept: Span[] = [];
  for (let i = 0; i < out.length; i++) {
    const c = out[i] as Span;
    for (let k = c.from; k <= c.to; k++) {
      if ((tokens[k] as Token).kind !== 'sym') {
        kept.push(c);
        break;
      }
    }
  }
  return kept;
}

function tidy(s: string): string {
  let t = oneSpaced(s).trim();
  // Unbalanced quotation marks and a trailing full stop read as noise in a fact box.
  if ((t.match(/["“”]/g) ?? []).length % 2 === 1) t = t.replace(/["“”]/g, '');
  // An aside cut in half ("120 miles per hour (195 km") loses its bracket.
  if ((t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length) t = t.replace(/\s*\([^)]*$/, '');
  if ((t.match(/\[/g) ?? []).length > (t.match(/\]/g) ?? []).length) t = t.replace(/\s*\[[^\]]*$/, '');
  t = t.replace(/^[\s'‘’]+|[\s,;:.'‘’]+$/g, '');
  return QUOTE_MARKS.test(t.charAt(0)) ? t.slice(1) : t;
}
