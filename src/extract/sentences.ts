import type {Sentence} from './pipeline.js';

// First cut: split after . ! ? (optionally followed by closing quotes) when the next word starts a sentence,
// except after common abbreviations and initials. The extraction issue replaces this with a fuller splitter.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sr', 'jr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'sgt', 'capt', 'prof', 'vs', 'no', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'u.s', 'e.u', 'u.k', 'a.m', 'p.m']);

/** Splits paragraphs into sentences. */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((para, p) => {
    let start = 0;
    const re = /[.!?]+["”’')\]]*\s+(?=["“‘'(]?[\p{Lu}\d])/gu;
    for (let m = re.exec(para); m; m = re.exec(para)) {
      const before = para.slice(start, m.index + 1);
      const lastWord = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
      const end = m.index + m[0].trimEnd().length;
      push(out, para.slice(start, end), p, start);
      start = m.index + m[0].length;
    }
    push(out, para.slice(start), p, start);
  });
  return out;
}

function push(out: Sentence[], raw: string, paragraph: number, start: number): void {
  const text = raw.trim();
  if (text !== '') out.push({text, paragraph, start: start + (raw.length - raw.trimStart().length), index: out.length});
}
