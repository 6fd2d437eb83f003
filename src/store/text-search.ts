import type {TextHit} from './types.js';

/** A row of the full-text query; the snippet marks matches with \x01 … \x02 (article text has no controls). */
export interface SnippetRow {
  id: string;
  title: string;
  date: string | null;
  snippet: string | null;
}

/**
 * One part of a text query: a word (a prefix with `*`), a quoted phrase, or OR between the parts around it. `word`:
 * typed as letters and digits alone, so it may be a word still being typed; "C++" or "-foo" is taken as written.
 */
type Part = {kind: 'term'; words: string[]; prefix: boolean; word: boolean} | {kind: 'or'};

/** Splits what a person typed into words, "quoted phrases", `word*` prefixes and OR. */
function parts(input: string): Part[] {
  const out: Part[] = [];
  // A phrase, OR (in capitals, as people write it), or a run of anything else up to a space or a quote.
  for (const m of input.normalize('NFC').matchAll(/"([^"]*)"?|(\S+?)(?=\s|"|$)/gu)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) out.push({kind: 'term', words, prefix: false, word: false});
    } else if (m[2] === 'OR' || m[2] === '|') {
      out.push({kind: 'or'});
    } else if (m[2]) {
      const words = m[2].match(/[\p{L}\p{N}]+/gu);
      if (words)
        out.push({
          kind: 'term',
          words,
          prefix: m[2].endsWith('*'),
          word: /^[\p{L}\p{N}]+\*?$/u.test(m[2]),
        });
    }
  }
  return out;
}

// FTS5's own operators, as typed in capitals: brief reads OR itself; the others are plain words ("AND" is the word
// "and"), never the start of a longer one ("Anderson").
const OPERATORS = new Set(['AND', 'NOT', 'NEAR']);

/**
 * Whether a term may be a word still being typed, and so match as a prefix: the plain word that ends the input
 * (nothing after it, not even an OR: "A OR" has finished "A"), of two letters or more (one letter starts a good
 * part of every article), and no FTS operator.
 */
function isOpen(input: string, list: readonly Part[], p: Part): boolean {
  if (p.kind !== 'term' || list.at(-1) !== p || p.words.length !== 1 || !p.word) return false;
  if (input.trimEnd().endsWith('"')) return false;
  const w = p.words[0] ?? '';
  return w.length >= 2 && !OPERATORS.has(w);
}

/**
 * Turns what a person typed into an FTS5 query. Words must all appear; "a quoted phrase" must appear as written;
 * `word*` matches any word it starts; A OR B matches either; the last word typed is a prefix, so results follow
 * typing (isOpen says when). `expand` may give other names for a word (a place's exonyms: "Kiev" → "Kyiv"), which then match too.
 * FTS5 syntax characters never reach the engine, so no input is a syntax error.
 */
export function ftsQuery(input: string, expand: (word: string) => string[] = () => []): string | null {
  const list = parts(input);
  const terms = list.filter((p) => p.kind === 'term');
  if (terms.length === 0) return null;
  const quote = (w: string) => `"${w.replace(/"/g, '')}"`;
  const groups: string[][] = [[]];
  let pendingOr = false;
  for (const p of list) {
    if (p.kind === 'or') {
      pendingOr = (groups.at(-1)?.length ?? 0) > 0;
      continue;
    }
    // Only a plain word is one being typed: "C++" is no "c…" (candidate, campaign), nor "-foo" any "foo…" (food).
    const open = isOpen(input, list, p);
    const base =
      p.words.length > 1
        ? quote(p.words.join(' '))
        : `${quote(p.words[0] ?? '')}${p.prefix || open ? '*' : ''}`;
    const others = p.words.length === 1 ? expand(p.words[0] ?? '').map((w) => quote(w)) : [];
    const term = others.length > 0 ? `(${[base, ...others].join(' OR ')})` : base;
    const current = groups.at(-1) as string[];
    if (pendingOr) {
      // A OR B: the last term of the current group and this one become one alternative.
      const prev = current.pop() as string;
      current.push(`(${prev} OR ${term})`);
      pendingOr = false;
    } else current.push(term);
  }
  return groups.flat().join(' AND ');
}

/** Splits a marked snippet into plain and matching parts, on one line (paragraph breaks become spaces). */
export function toTextHit(row: SnippetRow): TextHit {
  const snippet: TextHit['snippet'] = [];
  // Split on the two marker characters (written as a class of char codes to keep control characters out of the source).
  const markers = new RegExp(`[${String.fromCharCode(1)}${String.fromCharCode(2)}]`);
  for (const [i, part] of (row.snippet ?? '')
    .replace(/\s*\n+\s*/g, ' ')
    .split(markers)
    .entries()) {
    if (part !== '') snippet.push({text: part, match: i % 2 === 1});
  }
  return {articleId: row.id, title: row.title, date: row.date, snippet};
}

// The text's own brackets and backslashes, escaped with a backslash.
const literal = (text: string): string => text.replace(/[\\[\]]/g, (c) => `\\${c}`);

/**
 * A snippet on one line with each match in brackets, and the text's own brackets escaped, so only a bracket with no
 * backslash before it marks a match: "coli \[found in [food]\]", never "coli [found in [food]]".
 */
export function markedSnippet(snippet: TextHit['snippet']): string {
  return snippet.map((p) => (p.match ? `[${literal(p.text)}]` : literal(p.text))).join('');
}
