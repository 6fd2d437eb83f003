import type {EntityKind} from '../extract/types.js';
import type {EntityRecord} from '../store/types.js';
import {runSteps, stepClock} from '../library/steps.js';
import {trigrams} from './fold.js';
import type {MatchForm} from './forms.js';
import {allowedEdits} from './rank.js';

/** More articles, then more mentions: what "prominent" means for ranking ties. */
export function byProminence(a: EntityRecord, b: EntityRecord): number {
  // Plain comparison for the last tie-break: localeCompare over 50k names costs seconds.
  return (
    b.articleCount - a.articleCount ||
    b.mentions - a.mentions ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/** The entities with their match forms, most prominent first: an entity's index is its prominence rank. */
export interface CandidateIndex {
  entities: readonly EntityRecord[];
  forms: readonly (readonly MatchForm[])[];
  /** Entities worth ranking for folded query words, most promising first, at most `max`. */
  candidates(words: readonly string[], max: number, kind?: EntityKind): number[];
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

// Entities taken per matching word, so one word shared by thousands of entities cannot crowd out the rest.
const PER_WORD = 40;

/**
 * Builds the narrowing index over the distinct words of every match form: trigram postings find words like the
 * query's (prefixes, typos), word-start postings serve one- and two-letter queries. Each word lists its entities
 * in prominence order, so the first entities taken are the most prominent.
 */
export function buildCandidateIndex(
  records: readonly EntityRecord[],
  formsOf: (e: EntityRecord) => MatchForm[],
): CandidateIndex {
  return runSteps(buildCandidateIndexSteps(records, formsOf));
}

/**
 * buildCandidateIndex a step at a time (a pause about every STEP_MS), so the reader can build it while idle and
 * still answer a key within a frame: in one go it took 0.15-0.5 s. (With a pause every 100 entities and 2,000
 * words, a step took 1-30 ms: an entity's forms cost more for a place the gazetteer must look up.)
 */
export function* buildCandidateIndexSteps(
  records: readonly EntityRecord[],
  formsOf: (e: EntityRecord) => MatchForm[],
): Generator<void, CandidateIndex> {
  const due = stepClock();
  const entities = [...records].sort(byProminence);
  yield;
  const forms: MatchForm[][] = [];
  for (const e of entities) {
    if (due()) yield;
    forms.push(formsOf(e));
  }
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const wordEntities: number[][] = [];
  const starts = new Map<string, number[]>();
  for (let i = 0; i < forms.length; i++) {
    if (due()) yield;
    for (const form of forms[i] ?? []) {
      for (const word of form.words.split(' ')) {
        if (word === '') continue;
        let id = wordIds.get(word);
        if (id === undefined) {
          id = words.length;
          wordIds.set(word, id);
          words.push(word);
          wordEntities.push([]);
        }
        const list2 = wordEntities[id] as number[];
        if (list2[list2.length - 1] !== i) list2.push(i);
        push(starts, word.slice(0, 1), i);
        if (word.length > 1) push(starts, word.slice(0, 2), i);
      }
    }
  }
  yield;
  const gramWords = new Map<string, number[]>();
  for (let id = 0; id < words.length; id++) {
    if (due()) yield;
    for (const g of new Set(trigrams(words[id] ?? ''))) push(gramWords, g, id);
  }
  const counts = new Uint16Array(words.length);

  const fits = (i: number, kind?: EntityKind): boolean => kind === undefined || entities[i]?.kind === kind;

  /** Words like `w`, best first: starting with it (most prominent first), then by trigram similarity. */
  const similarWords = (w: string): number[] => {
    const grams = [...new Set(trigrams(w))];
    const touched: number[] = [];
    for (const g of grams) {
      for (const id of gramWords.get(g) ?? []) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    const scored: {id: number; starts: boolean; dice: number; best: number}[] = [];
    for (const id of touched) {
      const shared = counts[id] ?? 0;
      counts[id] = 0;
      const word = words[id] ?? '';
      const dice = (2 * shared) / (grams.length + word.length);
      // A third of the trigrams in common keeps typos ("zelenksy", "starmr") and drops noise.
      if (shared * 3 < grams.length) continue;
      scored.push({id, starts: word.startsWith(w), dice, best: wordEntities[id]?.[0] ?? 0});
    }
    scored.sort(
      (a, b) =>
        Number(b.starts) - Number(a.starts) ||
        (a.starts ? a.best - b.best : b.dice - a.dice || a.best - b.best),
    );
    return scored.map((s) => s.id);
  };

  const candidates = (qWords: readonly string[], max: number, kind?: EntityKind): number[] => {
    if (qWords.length === 0) return [];
    // The longest word is the most selective; a short last word still narrows by its start.
    const key = qWords.reduce((a, b) => (b.length > a.length ? b : a));
    const out: number[] = [];
    const seen = new Set<number>();
    const take = (i: number): boolean => {
      if (!seen.has(i) && fits(i, kind)) {
        seen.add(i);
        out.push(i);
      }
      return out.length >= max;
    };
    // An exact word first, whatever its prominence: "who" must reach the WHO however many names say "Who", and
    // "us" a body whose alias is "US" however many names have a word starting "us".
    const exact = wordIds.get(key);
    if (exact !== undefined) for (const i of wordEntities[exact] ?? []) if (take(i)) return out;
    if (key.length < 3) {
      let n = 0;
      for (const i of starts.get(key.slice(0, 2)) ?? []) if (take(i) || ++n >= PER_WORD * 2) break;
      return out;
    }
    const takeWords = (ids: readonly number[]): boolean => {
      for (const id of ids) {
        let n = 0;
        for (const i of wordEntities[id] ?? []) {
          if (take(i)) return true;
          if (++n >= PER_WORD) break;
        }
      }
      return false;
    };
    const similar = similarWords(key);
    if (takeWords(similar)) return out;
    // Two letters swapped inside a short word share too few trigrams with it ("trmup" has one of four with
    // "trump"): when the list is not full, the word may have a typo (ranking forgives one) and no word starts with
    // it, the words like each swap of neighbours are candidates too. A word being typed ("trum") skips this.
    if (exact !== undefined || allowedEdits(key.length) === 0) return out;
    if (similar.some((id) => words[id]?.startsWith(key))) return out;
    for (const swapped of neighbourSwaps(key)) if (takeWords(similarWords(swapped))) return out;
    // A letter typed wrong inside a short word leaves it few trigrams in common ("qaida" has one of four with
    // "qaeda"): names with a word opening as the key does are candidates too, ranking keeps the close ones.
    let n = 0;
    for (const i of starts.get(key.slice(0, 2)) ?? []) if (take(i) || ++n >= PER_WORD * 2) break;
    return out;
  };

  return {entities, forms, candidates};
}

/** The word with each pair of neighbouring letters swapped, once each, skipping swaps that change nothing. */
export function neighbourSwaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    const a = word[i - 1] as string;
    const b = word[i] as string;
    if (a !== b) out.push(word.slice(0, i - 1) + b + a + word.slice(i + 1));
  }
  return out;
}
