import {findNumbers, mayHoldNumber, tokenize, type NumberMention, type Token} from './numbers.js';
import type {Sentence, Stage} from './pipeline.js';
import {checkRules, createTracer, runSieve, type TraceEntry, type Tracer} from './rules.js';
import {captionParagraphs} from './summary/filters.js';
import type {Fact, FactValue} from './types.js';
import {SKIP_RULES, skipRule} from './facts/filters.js';
import {KIND_RULES, kindRule, type FactKind} from './facts/kinds.js';
import {RANGE_RULES, shareSkips, UNIT_RULES} from './facts/neighbours.js';
import {insideQuote, reportedWords, SCORE_RULES, scoreValue} from './facts/rank.js';
import {LIST_RULES, selectFacts, type Candidate} from './facts/select.js';
import {CLAUSE_RULES} from './facts/clause.js';
import {TRIM_RULES} from './facts/trims.js';
import {YEAR_RULES} from './facts/years.js';
import {DEATH_CONTEXT_RULES, withDeath} from './facts/death-context.js';
import {BORN_TEXT_RULES} from './facts/born-text.js';
import {countingNoun, ELIDED_RULES, elidedUnit} from './facts/elided.js';
import {titleAge} from './facts/checks.js';
import {DATED_TEXT_RULES, DATED_WHOLE_RULES, datedText, wholeDated} from './facts/dated-text.js';
import {FRAGMENT_RULES} from './facts/fragment-text.js';
import {END_RULES} from './facts/ends.js';
import {inChangedSubject} from './facts/subject-numbers.js';
import {factText} from './facts/text.js';
import {linkParagraphs} from './facts/link-paragraphs.js';
import {linked, unitOf} from './facts/units.js';
import {DEATH_WORDS, FIRST_PERSON, OBITUARY_WORDS, STOP} from './facts/vocabulary.js';

/** Every rule of the facts stage, by table: what `--explain` names and the rule tests are keyed by. */
export const FACT_RULE_TABLES = {
  skip: SKIP_RULES,
  range: RANGE_RULES,
  unit: UNIT_RULES,
  elided: ELIDED_RULES,
  kind: KIND_RULES,
  score: SCORE_RULES,
  clause: CLAUSE_RULES,
  trim: TRIM_RULES,
  end: END_RULES,
  list: LIST_RULES,
  year: YEAR_RULES,
  dated: DATED_TEXT_RULES,
  whole: DATED_WHOLE_RULES,
  fragment: FRAGMENT_RULES,
  born: BORN_TEXT_RULES,
  death: DEATH_CONTEXT_RULES,
} as const;
checkRules('facts', Object.values(FACT_RULE_TABLES).flat());

/**
 * Most numbers one sentence may hold for its facts to be read. Writing a sentence's facts compares its numbers with
 * one another (work that grows with their square, times the sentence); a sentence of more numbers than this is a
 * table or a dump, not a statement, and gives no facts.
 */
export const MAX_NUMBERS_PER_SENTENCE = 40;

/** The kinds of fact whose noun a later bare number may count again ("… 60 delegates. Biden had 54."). */
const COUNTING_KINDS: ReadonlySet<FactKind> = new Set(['casualty', 'affected', 'vote', 'people', 'count']);

interface Scored {
  m: NumberMention;
  unit: string;
  kind: FactKind;
  score: number;
  /** Last token of the unit phrase, so the fact's text keeps what is counted. */
  unitEnd: number;
  /** The kind rule, then the score rules that added to it. */
  rules: string[];
}

/** Finds the key numeric facts of an article, most important first (see `factsStage`). */
export function findFacts(
  sentences: readonly Sentence[],
  title: string,
  trace: Tracer = createTracer(false),
): Fact[] {
  return rankFacts(sentences, title, trace).map((c) => c.fact);
}

// The listed candidates, best first, with what each was made of.
function rankFacts(sentences: readonly Sentence[], title: string, trace: Tracer): Candidate[] {
  const titleTokens = tokenize(title);
  const titleValues = new Set(
    findNumbers(titleTokens)
      .filter((m) => !titleAge(m, title, titleTokens))
      .map((m) => m.value),
  );
  const deathInTitle = titleTokens.some((t) => DEATH_WORDS.has(t.lower));
  const obituary = titleTokens.some((t) => OBITUARY_WORDS.has(t.lower));
  // What the reporter names outside quotation marks: a quoted number counting none of it is the speaker's image.
  let words: Set<string> | undefined;
  const reported = (): Set<string> =>
    (words ??= reportedWords(
      title,
      sentences.map((s) => s.text),
    ));
  const candidates: Candidate[] = [];
  // What the last counting number counted, and in which sentence: a bare number in the next one may count it too.
  let carried = {unit: '', index: -2, paragraph: -1};
  // Each sentence's tokens, by its index, for the candidates' second look below (a sentence is tokenised once).
  const tokensOf = new Map<number, readonly Token[]>();
  // (Indexed loops here: an array's iterator is an object per step in code V8 has not optimised.)
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as Sentence;
    if (!mayHoldNumber(s.text)) continue;
    const tokens = tokenize(s.text);
    tokensOf.set(s.index, tokens);
    const scored: Scored[] = [];
    const found = findNumbers(tokens);
    if (found.length > MAX_NUMBERS_PER_SENTENCE) continue;
    const mentions = shareRanges(found, tokens);
    const skips = shareSkips(
      mentions,
      mentions.map((m) => skipRule(m, tokens, s.text, titleValues, deathInTitle, obituary)),
      tokens,
    );
    let previous = carried.index === s.index - 1 && carried.paragraph === s.paragraph ? carried.unit : '';
    carried = {unit: '', index: s.index, paragraph: s.paragraph};
    mentions.forEach((m, i) => {
      const own = skips[i] ? '' : unitOf(m, tokens, mentions[i + 1]);
      const skip = skips[i] ?? runSieve(UNIT_RULES, {m, tokens, unit: own});
      if (skip) {
        if (trace.on) trace.add(numberEntry(s.text, m, `skipped: ${skip.verdict}`, [skip.rule]));
        return;
      }
      // "Biden had 54": a number whose noun its sentence left out counts what was counted just before.
      const elided = own === '' ? elidedUnit({m, tokens, previous}) : null;
      const unit = elided?.verdict ?? own;
      const kind = kindRule(m, unit, tokens);
      const score = scoreValue({
        m,
        kind: kind.verdict,
        tokens,
        text: s.text,
        index: s.index,
        titleValues,
        unit,
        obituary,
        reported,
      });
      if (
        COUNTING_KINDS.has(kind.verdict) &&
        !m.currency &&
        !m.percent &&
        !m.compound &&
        countingNoun(unit)
      ) {
        previous = unit;
        carried = {...carried, unit};
      }
      scored.push({
        m,
        unit,
        kind: kind.verdict,
        score: score.score,
        // The text keeps the number's own phrase: an elided noun stands elsewhere in the sentence, or before it.
        unitEnd: unitEnd(m, tokens, own),
        rules: elided ? [kind.rule, elided.rule, ...score.rules] : [kind.rule, ...score.rules],
      });
    });
    const values = scored.filter((v) => {
      const others = scored.filter((w) => w !== v).map((w) => w.kind);
      const skip = runSieve(YEAR_RULES, {kind: v.kind, others, obituary});
      if (skip && trace.on) trace.add(numberEntry(s.text, v.m, 'skipped: year', [skip.rule]));
      return !skip;
    });
    if (values.length === 0) continue;
    candidates.push(
      ...sentenceFacts(s, tokens, values, obituary, (v, rule, why) => {
        if (trace.on) trace.add(numberEntry(s.text, v.m, `skipped: ${why}`, [rule, ...v.rules]));
      }),
    );
  }
  // "He was 95.": an age at death stated alone names who died, from the sentence before that says so.
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci] as Candidate;
    const at = sentences.findIndex((s) => s.index === c.index);
    const own = sentences[at];
    if (!own) continue;
    const before = [sentences[at - 1], sentences[at - 2]].filter(
      (s): s is Sentence => !!s && s.paragraph === own.paragraph,
    );
    const named = withDeath({fact: c.fact, tokens: tokensOf.get(own.index) ?? tokenize(own.text), before});
    if (named) {
      c.fact = {...c.fact, text: named.text};
      c.rules.push(named.rule);
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const {listed, dropped} = selectFacts(candidates);
  if (trace.on) {
    listed.forEach((c, i) => trace.add(factEntry(c, `kept #${i + 1}`, c.rules)));
    for (const d of dropped) trace.add(factEntry(d.c, `skipped: ${d.rule}`, [d.rule, ...d.c.rules]));
  }
  return listed;
}

/** The facts of an article and the trace of every decision about its numbers (for tests and --explain). */
export function explainFacts(
  sentences: readonly Sentence[],
  title: string,
): {facts: Fact[]; trace: TraceEntry[]} {
  const tracer = createTracer(true);
  return {facts: findFacts(sentences, title, tracer), trace: tracer.entries};
}

const factEntry = (c: Candidate, outcome: string, rules: string[]): TraceEntry => ({
  stage: 'fact',
  subject: c.fact.text,
  outcome,
  rules,
});

// A skipped number has no fact text: the words around it say which number it was ("Lytvynenko, 21, a sales").
function numberEntry(text: string, m: NumberMention, outcome: string, rules: string[]): TraceEntry {
  const before = text.slice(0, m.start).split(/\s+/).slice(-3).join(' ');
  const after = text.slice(m.end).split(/\s+/).slice(0, 3).join(' ');
  const subject = `${before}[${text.slice(m.start, m.end)}]${after}`.trim();
  return {stage: 'fact', subject, outcome, rules};
}

// One fact for the numbers the text around the best number holds; the numbers it leaves out make another.
function sentenceFacts(
  s: Sentence,
  tokens: readonly Token[],
  scored: Scored[],
  obituary: boolean,
  onDrop: (v: Scored, rule: string, why: string) => void,
): Candidate[] {
  const out: Candidate[] = [];
  let rest = [...scored].sort((a, b) => b.score - a.score);
  while (rest.length > 0) {
    // (The best and the others without destructuring, which steps an iterator.)
    const best = rest[0] as Scored;
    const others = rest.slice(1);
    const {text: cut, rules: textRules} = factText(
      s.text,
      tokens,
      rest.map(span),
      rest.map((v) => v.unitEnd),
    );
    // No clause with a subject fits this number: it is no fact; the others may still make one.
    // A year whose subject is out of reach ("…, but was arrested in 1963") is shown with its whole short sentence.
    const wholeYear =
      cut === null && best.kind === 'year' && others.every((v) => v.kind === 'year')
        ? wholeDated(s.text, tokens, best.m.first)
        : null;
    if (wholeYear) textRules.push(wholeYear.rule);
    if (cut === null && !wholeYear) {
      onDrop(best, textRules[0] ?? 'widen-to-subject', 'no subject');
      rest = others;
      continue;
    }
    // A year's text cut by the rules made for counts may not read as a statement: a short sentence is shown whole
    // then, a long one gives no fact. (An obituary's years are each a step of the life, kept as the labels take them.)
    const dated =
      !obituary &&
      best.kind === 'year' &&
      others.every((v) => v.kind === 'year' || !(cut ?? '').includes(s.text.slice(v.m.start, v.m.end)))
        ? datedText(s.text, tokens, cut ?? wholeYear?.text ?? '', best.m.first)
        : {text: cut ?? wholeYear?.text ?? ''};
    if (dated.text === null) {
      onDrop(best, dated.rule ?? 'dated-mid-phrase', 'dated text cut');
      rest = others;
      continue;
    }
    if (dated.rule) textRules.push(dated.rule);
    // A verbless fragment of a few words ("Ten years later") is shown as its short sentence.
    const fragment = runSieve(FRAGMENT_RULES, {
      text: dated.text,
      whole: s.text.trim().replace(/[.!?]+$/u, ''),
    });
    if (fragment) textRules.push(fragment.rule);
    const plain = fragment ? s.text.trim().replace(/[.!?]+$/u, '') : dated.text;
    // An obituary's birth year shows the "born" that says what the year is.
    const born =
      obituary && best.kind === 'year'
        ? runSieve(BORN_TEXT_RULES, {text: plain, sentence: s.text, tokens, year: best.m.first})
        : null;
    if (born) textRules.push(born.rule);
    const text = born?.verdict ?? plain;
    // The numbers the text shows, once each ("a total of 54 delegates" said twice is one value).
    const shown = others.filter((v) => text.includes(s.text.slice(v.m.start, v.m.end)));
    const inText = [
      best,
      ...shown.filter((v, i) => key(v) !== key(best) && shown.findIndex((w) => key(w) === key(v)) === i),
    ];
    // The best number first, then the others in the order the sentence gives them; a number in the subject of the
    // change the best one measures stays in the text but is no value of the fact ("the 20 countries … fell to 2.1%").
    const ordered = [
      best,
      ...inText
        .slice(1)
        .filter((v) => !inChangedSubject(tokens, v.m, best.m))
        .sort((a, b) => a.m.start - b.m.start),
    ];
    const values: FactValue[] = ordered.map((v) => ({value: v.m.value, unit: v.unit}));
    const extra = Math.min(1.5, 0.5 * (ordered.length - 1));
    // (Each rule once, in the order first met: a loop, not a set of spread arrays, for every candidate.)
    const rules: string[] = [];
    for (let i = 0; i < ordered.length; i++) {
      const own = (ordered[i] as Scored).rules;
      for (let j = 0; j < own.length; j++)
        if (!rules.includes(own[j] as string)) rules.push(own[j] as string);
    }
    for (let j = 0; j < textRules.length; j++)
      if (!rules.includes(textRules[j] as string)) rules.push(textRules[j] as string);
    out.push({
      fact: {text, sentence: s.text, values},
      score: best.score + extra,
      index: s.index,
      rules,
      quoted: insideQuote(s.text, best.m.start) && FIRST_PERSON.test(s.text),
      fragment: out.length > 0,
      // A deadline's day is news; only the years of a life or an event are background.
      dated: ordered.every((v) => v.rules[0] === 'kind-life-year'),
    });
    rest = others.filter((v) => !inText.includes(v));
  }
  return out;
}

// "between US$300 and 400 billion": the first end of a range takes the scale and the currency of the second. A
// per-cent change before an amount ("climbed 34% to $4.57 billion") is no range: neither takes the other's.
function shareRanges(mentions: NumberMention[], tokens: readonly Token[]): NumberMention[] {
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || !linked(tokens, m.last + 1, next.first) || next.first - m.last > 2) return;
    if (Boolean(m.percent) !== Boolean(next.percent)) return;
    if (next.factor && !m.scaled && m.value < 1000) {
      m.value *= next.factor;
      m.scaled = true;
      m.factor = next.factor;
    } else if (m.words && next.words && m.value < 10 && hundreds(next, tokens)) {
      // "two to three hundred vehicles", "one-to-two hundred people": 200 to 300, not 2 to 300.
      m.value *= 100;
    }
    if (m.currency && !next.currency) next.currency = m.currency;
  });
  return mentions;
}

// A spelled number that is a count of hundreds ("three hundred"), not "three hundred and twenty".
const hundreds = (m: NumberMention, tokens: readonly Token[]): boolean =>
  m.value < 1000 && m.value % 100 === 0 && tokens[m.last]?.lower === 'hundred';

const span = (v: Scored): {from: number; to: number} => ({from: v.m.first, to: v.m.last});

function unitEnd(m: NumberMention, tokens: readonly Token[], unit: string): number {
  // "a three-day voyage": the noun after a compound is what the compound describes.
  if (m.compound) {
    const noun = tokens[m.last + 3];
    return noun?.kind === 'word' && /^\p{Ll}/u.test(noun.text) && !STOP.has(noun.text)
      ? m.last + 3
      : m.last + 2;
  }
  let end = m.last;
  const last = unit.split(/[\s-]/).pop()?.toLowerCase();
  if (unit && unit !== '%') {
    for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + 8); k++) {
      if (tokens[k]?.lower === last) {
        end = k;
        break;
      }
    }
  }
  // A rate keeps what it is per: "US$473.60 per metric ton", "$15 an hour".
  if (['per', 'a', 'an'].includes(tokens[end + 1]?.lower ?? '') && (m.currency || unit.includes(' per '))) {
    let k = end + 2;
    while (k < end + 4 && tokens[k]?.kind === 'word' && !STOP.has(tokens[k]?.lower ?? '')) k++;
    if (k > end + 2) end = k - 1;
  }
  return end;
}

const key = (v: FactValue | Scored): string =>
  'm' in v ? `${v.m.value}|${norm(v.unit)}` : `${v.value}|${norm(v.unit)}`;
const norm = (unit: string): string => unit.toLowerCase().replace(/s$/, '');
/** Finds and ranks key numeric facts. */
export const factsStage: Stage = {
  name: 'facts',
  needs: ['sentences'],
  fills: ['facts', 'factBackground'],
  run: (doc) => {
    // Photo captions ("Protesters at the march. Image: …") describe pictures, not the news.
    const captions = captionParagraphs(doc.sentences);
    // A link to another story ("Related: …") holds that story's numbers.
    const links = linkParagraphs(doc.sentences);
    const listed = rankFacts(
      doc.sentences.filter((s) => !captions.has(s.paragraph) && !links.has(s.paragraph)),
      doc.input.title,
      doc.trace,
    );
    doc.facts = listed.map((c) => c.fact);
    const news = new Set(listed.filter((c) => !c.dated).map((c) => c.fact.sentence));
    doc.factBackground = new Set(
      listed.filter((c) => c.dated && !news.has(c.fact.sentence)).map((c) => c.fact.sentence),
    );
  },
};
