// Ranks sentences for an extractive summary: a lead/position prior (news puts the point first), overlap with the
// title, centrality (words the rest of the article repeats), then greedy selection with redundancy control.
import {isBoilerplate, isFragment, quoteShare, startsWithPronoun} from './filters.js';
import {memoByText} from '../memo.js';

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
  return [...contentWordsOf(text.toLowerCase())];
}

const WORD = /\p{L}[\p{L}'’-]*/gu;

// A word as the ranking keeps it ("officials'" → "official", "Biden’s" → "biden"), or null for a stopword or a word
// of two letters or fewer.
export function contentWord(word: string): string | null {
  const mark = word[word.length - 2];
  // Without a possessive 's.
  const w = word.endsWith('s') && (mark === "'" || mark === '’') ? word.slice(0, -2) : word;
  if (w.length <= 2 || STOPWORDS.has(w)) return null;
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

// contentWord's answers by word, kept across articles (memo.ts's memo, bounded): the summary asks it of every word
// of every sentence (about 570 an article), in code V8 has not optimised, and most are words asked before ("the",
// "said", "officials"). One look-up instead of its endings, slices and stopword look-up.
const rememberedContentWord = memoByText(contentWord);

/**
 * Words this long come out of `match` as slices of their whole sentence, which a kept key would hold alive across
 * articles (one run measured a full collection more): they are worked out each time.
 */
const LONGEST_CACHED = 12;

/** contentWord(word), remembered. */
export function cachedContentWord(word: string): string | null {
  return word.length > LONGEST_CACHED ? contentWord(word) : rememberedContentWord(word);
}

// The content words of a lower-cased text, once each (the title's).
function contentWordsOf(lower: string): Set<string> {
  const set = new Set<string>();
  const words = lower.match(WORD);
  if (words === null) return set;
  for (let i = 0; i < words.length; i++) {
    const content = cachedContentWord(words[i] as string);
    if (content !== null) set.add(content);
  }
  return set;
}

/**
 * The content words of an article's sentences as numbers, one per distinct word of the article: each sentence's
 * list holds its words once each, in their order, and `df` counts the sentences each word is in. One table for the
 * article instead of a set of strings per sentence (a set, and its growth, for every sentence of every article were
 * a fifth of what the summary allocated); a sentence's set is made only when it is chosen.
 */
interface Vocabulary {
  ids: Map<string, number>;
  df: number[];
  // The last sentence each word was counted in.
  last: number[];
}

function sentenceWords(lower: string, sentence: number, vocab: Vocabulary): number[] {
  const list: number[] = [];
  // One loop, no callbacks or pattern per word: this runs for every sentence of every article.
  const words = lower.match(WORD);
  if (words === null) return list;
  const {ids, df, last} = vocab;
  for (let i = 0; i < words.length; i++) {
    const content = cachedContentWord(words[i] as string);
    if (content === null) continue;
    let id = ids.get(content);
    if (id === undefined) {
      id = df.length;
      ids.set(content, id);
      df.push(0);
      last.push(-1);
    }
    if (last[id] === sentence) continue;
    last[id] = sentence;
    df[id] = (df[id] as number) + 1;
    list.push(id);
  }
  return list;
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
  /** Its content words (Vocabulary's numbers), once each. */
  words: number[];
  /** The same as a set, made when the sentence is chosen. */
  set: Set<number> | null;
  score: number;
}

/** Picks `count` sentences (article order) from `sentences`, or fewer when the article has fewer usable ones. */
export function rankSummary(sentences: readonly string[], ctx: SummaryContext, count = 3): string[] {
  const usable: {text: string; lower: string; index: number; words: number[]}[] = [];
  const vocab: Vocabulary = {ids: new Map(), df: [], last: []};
  for (let index = 0; index < sentences.length; index++) {
    const text = sentences[index] as string;
    if (isBoilerplate(text) || isFragment(text)) continue;
    const lower = text.toLowerCase();
    usable.push({text, lower, index, words: sentenceWords(lower, usable.length, vocab)});
  }
  if (usable.length === 0) return [];
  const df = vocab.df;
  const title = contentWordsOf(ctx.title.toLowerCase());
  // Which of the article's words the title holds.
  const inTitleWords: boolean[] = df.map(() => false);
  for (const w of title) {
    const id = vocab.ids.get(w);
    if (id !== undefined) inTitleWords[id] = true;
  }
  const names = (ctx.names ?? []).map((n) => n.toLowerCase());
  const scored: Scored[] = usable.map((s, rank) => {
    const words = s.words;
    // Rank among usable sentences, so a byline or caption at the top does not push the lead down.
    let score = 3 / (1 + 0.8 * rank) + 0.4 / (1 + 0.05 * s.index);
    // (Loops, not arrays of the words made to filter and reduce: this is asked of every sentence.)
    let inTitle = 0;
    let shared = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as number;
      if (inTitleWords[w]) inTitle += 1;
      shared += Math.min(3, (df[w] as number) - 1);
    }
    if (title.size > 0) score += (0.8 * inTitle) / title.size;
    score += 0.8 * Math.min(1, shared / (4 + 2 * Math.sqrt(words.length)));
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
    // (FIFTY_SPACES needs 49 words and 50 runs of white space: at least 99 characters.)
    if (s.text.length >= 99 && FIFTY_SPACES.test(s.text)) score -= 0.4;
    return {index: s.index, pronoun, text: s.text, words, set: null, score};
  });
  const chosen: Scored[] = [];
  const pool = [...scored];
  while (chosen.length < count && pool.length > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (let k = 0; k < pool.length; k++) {
      const s = pool[k] as Scored;
      // Its value is at most its score: one that cannot beat the best so far (a tie keeps the earlier) needs no
      // overlap with the chosen ones worked out.
      if (s.score <= bestValue) continue;
      let overlap = 0;
      let referent = false;
      // (Indexed loops: an array's iterator makes an object per step where the code is not optimised.)
      for (let j = 0; j < chosen.length; j++) {
        const c = chosen[j] as Scored;
        overlap = Math.max(overlap, similarity(s.words, c));
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
    const picked = pool.splice(best, 1)[0] as Scored;
    picked.set = new Set(picked.words);
    chosen.push(picked);
  }
  return chosen.sort((a, b) => a.index - b.index).map((s) => s.text);
}

// Share of the smaller sentence's words the other one (a chosen sentence, with its set) repeats.
function similarity(list: readonly number[], b: Scored): number {
  if (list.length === 0 || b.words.length === 0) return 0;
  const set = b.set as Set<number>;
  let shared = 0;
  for (let i = 0; i < list.length; i++) if (set.has(list[i] as number)) shared++;
  return shared / Math.min(list.length, b.words.length);
}
