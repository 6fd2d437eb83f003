// Ranks sentences for an extractive summary: a lead/position prior (news puts the point first), overlap with the
// title, centrality (words the rest of the article repeats), then greedy selection with redundancy control.
import {isBoilerplate, isFragment, quoteShare, startsWithPronoun} from './filters.js';

/** Inputs besides the sentences: the title, and names the article is about. */
export interface SummaryContext {
  title: string;
  /** Lower-cased names (and aliases) of the article's most mentioned entities. */
  names?: readonly string[];
  /** Sentences holding key facts. */
  factSentences?: ReadonlySet<string>;
}

const STOPWORDS = new Set(
  `a an the and or but of to in on at for from by with without into onto over under about after before since until
  during than as that which who whom whose what when where while if because so though although was were is are be
  been being has have had will would could should can may might must do does did said says say told also not no
  this these those it its their his her our my your they them he she we you i us him there here more most other
  some any such only just even still all both each very too then now out up down off one two new mr mrs ms dr`
    .split(/\s+/)
    .filter(Boolean),
);

/** Content words of a text: lower-cased, without stopwords, crudely singular. */
export function contentWords(text: string): string[] {
  return contentWordsOf(text.toLowerCase()).list;
}

/** A text's content words as a set, and as a list in their order for loops (a set's iterator makes an object per step). */
interface WordSet {
  set: Set<string>;
  list: string[];
}

// The content words of a lower-cased text: what the ranking keeps of each sentence (one list of unique words, not
// an array of every word of every sentence).
function contentWordsOf(lower: string): WordSet {
  const set = new Set<string>();
  const list: string[] = [];
  // One loop, no callbacks or pattern per word: this runs for every sentence of every article.
  const words = lower.match(/\p{L}[\p{L}'’-]*/gu);
  if (words === null) return {set, list};
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const mark = word[word.length - 2];
    // Without a possessive 's.
    const w = word.endsWith('s') && (mark === "'" || mark === '’') ? word.slice(0, -2) : word;
    if (w.length <= 2 || STOPWORDS.has(w)) continue;
    const content = w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
    if (set.has(content)) continue;
    set.add(content);
    list.push(content);
  }
  return {set, list};
}

// (Only a sentence whose lower-cased text holds "born" can match: the pattern's case folding is ASCII's here.)
const BORN = /\b(?:was|were) born\b|^born\b/i;

// At least 8 and at least 50 runs of white space: each run but the last is followed by a non-space character, so
// `\s+\S+` takes one whole run per turn and the patterns cannot count a run twice.
export const EIGHT_SPACES = /^\S*(?:\s+\S+){7}\s/;
export const FIFTY_SPACES = /^\S*(?:\s+\S+){49}\s/;

interface Scored {
  index: number;
  /** Opens with a pronoun: fine right after the sentence it refers back to, weak without it. */
  pronoun: boolean;
  text: string;
  words: WordSet;
  score: number;
}

/** Picks `count` sentences (article order) from `sentences`, or fewer when the article has fewer usable ones. */
export function rankSummary(sentences: readonly string[], ctx: SummaryContext, count = 3): string[] {
  const usable: {text: string; lower: string; index: number; words: WordSet}[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const text = sentences[index] as string;
    if (isBoilerplate(text) || isFragment(text)) continue;
    const lower = text.toLowerCase();
    usable.push({text, lower, index, words: contentWordsOf(lower)});
  }
  if (usable.length === 0) return [];
  const df = new Map<string, number>();
  for (const s of usable) {
    const list = s.words.list;
    for (let i = 0; i < list.length; i++) {
      const w = list[i] as string;
      df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  const title = contentWordsOf(ctx.title.toLowerCase()).set;
  const names = (ctx.names ?? []).map((n) => n.toLowerCase());
  const scored: Scored[] = usable.map((s, rank) => {
    const words = s.words;
    // Rank among usable sentences, so a byline or caption at the top does not push the lead down.
    let score = 3 / (1 + 0.8 * rank) + 0.4 / (1 + 0.05 * s.index);
    // (Loops, not arrays of the words made to filter and reduce: this is asked of every sentence.)
    let inTitle = 0;
    let shared = 0;
    for (let i = 0; i < words.list.length; i++) {
      const w = words.list[i] as string;
      if (title.has(w)) inTitle += 1;
      shared += Math.min(3, (df.get(w) ?? 1) - 1);
    }
    if (title.size > 0) score += (0.8 * inTitle) / title.size;
    score += 0.8 * Math.min(1, shared / (4 + 2 * Math.sqrt(words.list.length)));
    if (names.length > 0 && names.some((n) => n && s.lower.includes(n))) score += 0.2;
    if (ctx.factSentences?.has(s.text)) score += 0.3;
    const pronoun = rank > 0 && startsWithPronoun(s.text);
    // Biography and history ("was born in 1924") are background, rarely the news.
    if (s.lower.includes('born') && BORN.test(s.text)) score -= 0.5;
    const q = quoteShare(s.text);
    if (q > 0.5) score -= 1.2 * q;
    // Under 9 and over 50 words, as `split(/\s+/)` counts them (runs of white space + 1): patterns, not a list of
    // every word of every sentence.
    if (!EIGHT_SPACES.test(s.text)) score -= 0.15;
    if (FIFTY_SPACES.test(s.text)) score -= 0.4;
    return {index: s.index, pronoun, text: s.text, words, score};
  });
  const chosen: Scored[] = [];
  const pool = [...scored];
  while (chosen.length < count && pool.length > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (let k = 0; k < pool.length; k++) {
      const s = pool[k] as Scored;
      let overlap = 0;
      let referent = false;
      for (const c of chosen) {
        overlap = Math.max(overlap, similarity(s.words, c.words));
        if (c.index === s.index - 1) referent = true;
      }
      if (overlap > 0.5) continue;
      const value = s.score - 1.5 * overlap - (s.pronoun && !referent ? 0.8 : 0);
      if (value > bestValue) {
        bestValue = value;
        best = k;
      }
    }
    if (best < 0) break;
    chosen.push(...pool.splice(best, 1));
  }
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.text);
}

// Share of the smaller sentence's words the other one repeats.
function similarity(a: WordSet, b: WordSet): number {
  const list = a.list;
  if (list.length === 0 || b.list.length === 0) return 0;
  let shared = 0;
  for (let i = 0; i < list.length; i++) if (b.set.has(list[i] as string)) shared++;
  return shared / Math.min(list.length, b.list.length);
}
