// Who speaks in each paragraph of an interview: Wikinews' "((Ada Brill)) …" marks, and the labelled turns of a
// printed Q&A ("Q:" / "A:", "Question:" / "Answer:", or each side's name as a label: "BRILL:", "**Brill:**").
import type {Entity} from '../types.js';
import type {Mention} from './mentions.js';
import {TITLES} from './vocabulary.js';

/** Who answers and who is asked, paragraph by paragraph. */
export interface InterviewTurns {
  /** The person answering in each paragraph (an answer runs on over unlabelled paragraphs), if any. */
  answerers: (string | undefined)[];
  /** In a question paragraph, the person the question is put to (the next answer's), if any. */
  asked: (string | undefined)[];
  /**
   * In a labelled Q&A, where each answer paragraph's words begin (past its label; 0 for a paragraph an answer runs
   * on into): an answer in quotation marks and nothing else is the answerer's speech.
   */
  answerFrom: (number | undefined)[];
}

// "((Zara Kay)) …": an interview's mark of who answers (group 1: what precedes the name).
const ANSWER_MARK = /^(\s*\(\()[^()]+\)\)/u;
// The interviewer's mark opening a question.
const QUESTION_MARK = /^\s*\(\((?:WN|Wikinews)\)\)/u;
// A turn's label: "Q:", "A.", "Question:", "Answer —", a name or surname ("BRILL:", "Ada Brill:"), in bold or not.
// A period ends only the one-letter labels ("Q. How …"; "A. Smith said" is no label, the layout test below sees
// to the rest).
const TURN =
  /^\s*(?:\*\*|__)?(Q|A|Question|Answer|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}?)(?:\*\*|__)?\s*(:|\s[—–]|\.(?=\s))\s*(?:\*\*|__)?\s*/u;
// Fewest question and answer labels that make a text a Q&A: one "Name:" paragraph is a transcript line, not a layout.
const MIN_TURNS = 2;

type Turn =
  {kind: 'question'; asks?: true} | {kind: 'answer'; who: string | undefined} | {kind: 'named'; who: string};

// A label naming a person: their name, an alias or the first or last word of either, any case ("INGVAR", "Rosa
// Ingvar", "Rosa"), after titles ("Dr Arkwright"), or their initials ("RI").
function labelPerson(label: string, people: readonly Entity[]): string | undefined {
  const said = label.replace(/\s+/gu, ' ').toLowerCase().split(' ');
  const last = said.at(-1) ?? '';
  const titled = said.slice(0, -1).every((w) => TITLES.has(w.replace(/\.$/u, '')));
  const initials = /^\p{Lu}{2,3}$/u.test(label) ? last : undefined;
  for (const p of people)
    for (const form of [p.name, ...p.aliases]) {
      const words = form.toLowerCase().split(' ');
      if (words.join(' ') === said.join(' ')) return p.name;
      if (titled && (words.at(-1) === last || (said.length === 1 && words[0] === last))) return p.name;
      if (initials !== undefined && words.length > 1 && words.map((w) => w[0]).join('') === initials)
        return p.name;
    }
  return undefined;
}

// A question set in bold and nothing else ("**What changed this year?**"): the interviewer's, as a "Q:" is.
const BOLD_QUESTION = /^\s*(\*\*|__)[^*_]+\?\s*\1\s*$/u;

function turnOf(para: string, people: readonly Entity[]): {turn: Turn; end: number} | undefined {
  if (BOLD_QUESTION.test(para)) return {turn: {kind: 'question', asks: true}, end: para.length};
  const m = TURN.exec(para);
  const label = m?.[1];
  if (!m || !label || (m[2] === '.' && label.length > 1)) return undefined;
  const end = m[0].length;
  if (label === 'Q' || label === 'Question') return {turn: {kind: 'question', asks: true}, end};
  if (label === 'A' || label === 'Answer') return {turn: {kind: 'answer', who: undefined}, end};
  const who = labelPerson(label, people);
  // A named side's turn that asks ("HOLLIS: And least?") is the interviewer's question.
  if (!who || /\?\s*$/u.test(para)) return {turn: {kind: 'question'}, end};
  return {turn: {kind: 'named', who}, end};
}

// "Our reporter Hana Lisle", "science editor Paul Wren": the one asking, named with the noun of their trade.
const ASKER_BEFORE = /\b(?:reporter|editor|correspondent|interviewer|journalist|writer|host|presenter)\s+$/iu;

// The one the interview is with: the person the paragraphs before the first turn name most (the first so named on a
// tie), else the one the title names; never the one asking (named as a reporter or an editor).
function intervieweeOf(
  paragraphs: readonly string[],
  first: number,
  mentionsOf: ReadonlyMap<number, readonly Mention[]>,
  people: readonly Entity[],
  title: string,
): string | undefined {
  const counts = new Map<string, number>();
  const askers = new Set<string>();
  for (let p = 0; p < first; p++)
    for (const m of mentionsOf.get(p) ?? []) {
      if (m.kind !== 'person') continue;
      counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
      const before = (paragraphs[p] ?? '').slice(Math.max(0, m.start - 30), m.start);
      if (ASKER_BEFORE.test(before)) askers.add(m.name);
    }
  let best: string | undefined;
  for (const [name, n] of counts)
    if (!askers.has(name) && (best === undefined || n > (counts.get(best) ?? 0))) best = name;
  return best ?? people.find((p) => [p.name, ...p.aliases].some((f) => title.includes(f)))?.name;
}

/** Reads an interview's turns: Wikinews' marks, or labelled questions and answers (at least two of each). */
export function interviewTurns(
  paragraphs: readonly string[],
  mentionsOf: ReadonlyMap<number, readonly Mention[]>,
  people: readonly Entity[],
  title: string,
): InterviewTurns {
  const answerers: (string | undefined)[] = [];
  const asked: (string | undefined)[] = [];
  const answerFrom: (number | undefined)[] = [];
  // Labelled turns, read only when the text holds enough of both kinds to be laid out so.
  const turns = paragraphs.map((p) => (ANSWER_MARK.test(p) ? undefined : turnOf(p, people)));
  const questions = turns.filter((t) => t?.turn.kind === 'question').length;
  const answers = turns.filter((t) => t && t.turn.kind !== 'question').length;
  // Questions labelled "Q:" with the answers under them unlabelled: each paragraph after a question answers it.
  const unlabelled =
    answers === 0 && turns.filter((t) => t?.turn.kind === 'question' && t.turn.asks).length >= MIN_TURNS;
  const layout = (questions >= MIN_TURNS && answers >= MIN_TURNS) || unlabelled;
  const firstTurn = layout ? turns.findIndex((t) => t !== undefined) : -1;
  const interviewee = layout ? intervieweeOf(paragraphs, firstTurn, mentionsOf, people, title) : undefined;

  const marks: boolean[] = [];
  paragraphs.forEach((para, paragraph) => {
    const mark = ANSWER_MARK.exec(para);
    const turn = layout ? turns[paragraph] : undefined;
    if (mark) {
      const who = (mentionsOf.get(paragraph) ?? []).find(
        (m) => m.kind === 'person' && m.start === mark[1]?.length,
      );
      answerers.push(who?.name);
      answerFrom.push(undefined);
    } else if (turn) {
      const t = turn.turn;
      answerers.push(t.kind === 'question' ? undefined : t.kind === 'answer' ? interviewee : t.who);
      answerFrom.push(t.kind === 'question' ? undefined : turn.end);
    } else if (unlabelled && paragraph > firstTurn) {
      answerers.push(interviewee);
      answerFrom.push(0);
    } else {
      answerers.push(answerers[paragraph - 1]);
      answerFrom.push(answerFrom[paragraph - 1] === undefined ? undefined : 0);
    }
    marks.push(!!mark || (!!turn && turn.turn.kind !== 'question'));
  });
  // The interviewer's question ("((WN)) On your website you wrote “…”", "Q: You said “…”"): "you" is the one who
  // answers it, the person of the next answer, when no other answer comes between.
  for (let p = paragraphs.length - 1, next: string | undefined; p >= 0; p--) {
    const question =
      QUESTION_MARK.test(paragraphs[p] ?? '') || (layout && turns[p]?.turn.kind === 'question');
    asked[p] = question ? next : undefined;
    if (marks[p]) next = answerers[p];
  }
  for (let p = 1; p < paragraphs.length; p++) if (!marks[p]) asked[p] ??= asked[p - 1];
  return {answerers, asked, answerFrom};
}
