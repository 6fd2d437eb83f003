import type {EntityKind} from '../extract/types.js';
import type {EntityRecord} from '../store/types.js';
import {fold, trigrams} from './fold.js';

/** The entities with their folded forms, most prominent first: index order is prominence order. */
export interface CandidateIndex {
  entities: readonly EntityRecord[];
  /** Folded name and aliases of each entity, name first. */
  forms: readonly (readonly string[])[];
  /** Picks at most `max` entities worth ranking for a query, best first. */
  candidates(query: string, max: number, kind?: EntityKind): number[];
}

/** More articles, then more mentions: what "prominent" means for ranking ties. */
export function byProminence(a: EntityRecord, b: EntityRecord): number {
  return b.articleCount - a.articleCount || b.mentions - a.mentions || a.name.localeCompare(b.name);
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/**
 * Builds the narrowing index: trigram postings for queries of three letters or more, word-start postings
 * (one and two letters) for shorter ones. Postings are in index order, so the first hits are the most prominent.
 */
export function buildCandidateIndex(records: readonly EntityRecord[]): CandidateIndex {
  const entities = [...records].sort(byProminence);
  const forms = entities.map((e) => [...new Set([e.name, ...e.aliases].map(fold).filter((f) => f !== ''))]);
  const grams = new Map<string, number[]>();
  const starts = new Map<string, number[]>();
  forms.forEach((list, i) => {
    for (const form of list) {
      for (const g of trigrams(form)) push(grams, g, i);
      for (const word of form.split(' ')) {
        push(starts, word.slice(0, 1), i);
        if (word.length > 1) push(starts, word.slice(0, 2), i);
      }
    }
  });
  const counts = new Uint16Array(entities.length);

  const candidates = (query: string, max: number, kind?: EntityKind): number[] => {
    const q = fold(query);
    if (q === '') return [];
    const fits = (i: number): boolean => kind === undefined || entities[i]?.kind === kind;
    if (q.replace(/ /g, '').length < 3) {
      const out: number[] = [];
      for (const i of starts.get(q.split(' ').pop()?.slice(0, 2) ?? '') ?? []) {
        if (fits(i) && out.push(i) >= max) break;
      }
      return out;
    }
    const qgrams = [...new Set(trigrams(q))];
    const touched: number[] = [];
    for (const g of qgrams) {
      for (const i of grams.get(g) ?? []) {
        if (counts[i] === 0) touched.push(i);
        counts[i] = (counts[i] ?? 0) + 1;
      }
    }
    // A third of the query's trigrams in common keeps typos ("zelenksy", "starmr") and drops noise.
    const need = Math.max(1, Math.ceil(qgrams.length / 3));
    const hits: number[] = [];
    for (const i of touched) {
      if ((counts[i] ?? 0) >= need && fits(i)) hits.push(i);
    }
    hits.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
    for (const i of touched) counts[i] = 0;
    return hits.slice(0, max);
  };

  return {entities, forms, candidates};
}
