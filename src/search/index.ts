import Fuse from 'fuse.js';
import {placeNames} from '../extract/entities/place-names.js';
import {runSteps} from '../library/steps.js';
import type {EntityRecord} from '../store/types.js';
import {buildCandidateIndexSteps} from './candidates.js';
import {fold} from './fold.js';
import {matchForms, type MatchForm} from './forms.js';
import {matchForm, type FormMatch} from './rank.js';
import type {EntitySearch, EntitySearchResult} from './types.js';

export type {EntitySearch, EntitySearchResult} from './types.js';
export {fold} from './fold.js';

// Candidates ranked per keystroke at most: enough for every direct match a query has in a 50k-entity library.
const CANDIDATES = 400;

// Fuse.js orders close matches that made the same number of typos: its score weighs where in the name the letters
// fall, which a plain edit count cannot.
const FUSE_OPTIONS = {
  keys: ['words'],
  includeScore: true,
  threshold: 1,
  ignoreLocation: true,
  ignoreFieldNorm: true,
};

/**
 * The gazetteer's other names for a place entity (none for people and bodies), but for those that are the own name
 * of another place of the library (`taken`, folded): the gazetteer gives New York City the other name "New York",
 * so the record "New York" (as often the state) would otherwise be found as "New York City" beside the city's own.
 */
export function alternatesOf(entity: EntityRecord, taken: ReadonlySet<string> = new Set()): string[] {
  if (entity.kind !== 'place') return [];
  const place = placeNames().placeOf(entity.name);
  if (!place) return [];
  const own = fold(entity.name);
  return [place.name, ...place.others].filter((n) => {
    const folded = fold(n);
    return folded === own || !taken.has(folded);
  });
}

// Place records folded between two pauses of the search's stepwise build.
const PLACE_SLICE = 500;

function* placeNamesOf(records: readonly EntityRecord[]): Generator<void, Set<string>> {
  const out = new Set<string>();
  let n = 0;
  for (const e of records) {
    if (e.kind !== 'place') continue;
    out.add(fold(e.name));
    if (++n % PLACE_SLICE === 0) yield;
  }
  return out;
}

interface Ranked {
  entity: EntityRecord;
  form: MatchForm;
  match: FormMatch;
  /** rankOf its match, worked out once (the sort compares it many times). */
  rank: number;
  /** Prominence rank: the index in the candidate index. */
  at: number;
  fuse: number;
}

/**
 * Builds the entity search. A word index narrows 50,000 entities to a few hundred candidates; each is matched on
 * its names' own words (titles and offices are not the name: "president" never finds every president), and
 * for places on the gazetteer's other names ("kiev" finds Kyiv). Whole forms rank first, then whole words, then
 * word starts; matches through the gazetteer's other names after all of these (rankOf); then close matches (a typo
 * or two, by the query word's length), never above a direct match; prominence (articles, then mentions) breaks
 * ties. `search` is synchronous: a caller that renders its result
 * can never show an older query's.
 */
export function createEntitySearch(records: readonly EntityRecord[]): EntitySearch {
  return runSteps(createEntitySearchSteps(records));
}

/** createEntitySearch a slice at a time (see buildCandidateIndexSteps): what the reader warms up while idle. */
export function* createEntitySearchSteps(records: readonly EntityRecord[]): Generator<void, EntitySearch> {
  const taken = yield* placeNamesOf(records);
  const index = yield* buildCandidateIndexSteps(records, (e) => matchForms(e, alternatesOf(e, taken)));
  return {
    search(query, options = {}) {
      const q = fold(query);
      if (q === '') return [];
      const qWords = q.split(' ');
      const limit = options.limit ?? 50;
      const ranked: Ranked[] = [];
      // The same candidates whatever the limit, so the reader (200 results) and `brief search` (20) rank alike:
      // with the limit as the count, "us" in the CLI never reached a one-article body whose alias is "US".
      const max = Math.max(limit, CANDIDATES);
      for (const i of index.candidates(qWords, max, options.kind)) {
        let best: {form: MatchForm; match: FormMatch} | null = null;
        for (const form of index.forms[i] ?? []) {
          // The gazetteer's other names are many and in many languages: they count only when typed as they are
          // written ("kiev"), from three letters on, never as a near miss ("biden" is one letter from "Viden"),
          // and only when no name the articles use matches directly.
          if (form.alternate && (q.length < 3 || (best && !best.form.alternate && best.match.cls < 3)))
            continue;
          const match = matchForm(q, qWords, form, !form.alternate);
          if (!match) continue;
          // A form the articles use beats a gazetteer name that matches as well; of two other names, the closer
          // shows ("München" for "munchen", not "Lungsod ng München").
          // (Of one rank, the form matching more closely shows: "b" finds the United Kingdom as "Britain", not "Great Britain".)
          const d = best
            ? rankOf(match, form, q) - rankOf(best.match, best.form, q) ||
              match.cls - best.match.cls ||
              match.edits - best.match.edits
            : -1;
          if (d < 0) best = {form, match};
        }
        if (best)
          ranked.push({
            entity: index.entities[i] as EntityRecord,
            ...best,
            rank: rankOf(best.match, best.form, q),
            at: i,
            fuse: 0,
          });
      }
      const close = ranked.filter((r) => r.match.cls === 3);
      if (close.length > 1) {
        const fuse = new Fuse(
          close.map((r) => r.form),
          FUSE_OPTIONS,
        );
        for (const r of fuse.search(q)) {
          const hit = close[r.refIndex];
          if (hit) hit.fuse = r.score ?? 1;
        }
      }
      ranked.sort(
        (a, b) => a.rank - b.rank || a.match.edits - b.match.edits || a.fuse - b.fuse || a.at - b.at,
      );
      return ranked.slice(0, limit).map(toResult);
    },
  };
}

/**
 * Where a match ranks, before prominence: a direct match through a name the articles use (the entity's own name or
 * an alias) by its class, then a direct match through a gazetteer's other name by its class, then a close match.
 * An other name ranks after every name the articles use however well it matches: "han" is Hana Kimura before
 * Wuhan, whose romanisation "Bu-han-chhi" has the whole word; "sao" is São Paulo before San Francisco's "Sao
 * Francisco"; "new york city" the city before New York (whose other names include it). (An alias counts as the own
 * name: "obama" is Barack Obama, named in many articles, before a record of the bare "Obama" kept apart.)
 * One letter is a start of a word, whole or not, the letter saying no more: names it starts by prominence, then
 * names with a later word it starts ("b": Barack Obama, or Joe Biden as "Biden", before Anna Bell).
 */
export function rankOf(match: FormMatch, form: MatchForm, q: string): number {
  if (match.cls === 3) return 6;
  if (q.length === 1) return form.words.startsWith(q) ? 0 : 1;
  return match.cls + (form.alternate ? 3 : 0);
}

const SCORES = [0, 0.05, 0.1] as const;
const HOW = [
  () => 'the whole name',
  () => 'whole words of the name',
  () => 'the start of words of the name',
  (edits: number) => `close: ${edits} letter${edits === 1 ? '' : 's'} off`,
] as const;

function toResult(r: Ranked): EntitySearchResult {
  const score = r.match.cls < 3 ? SCORES[r.match.cls as 0 | 1 | 2] : 0.2 + 0.1 * r.match.edits + r.fuse / 10;
  return {
    entity: r.entity,
    score,
    matched: r.form.shown,
    alternate: r.form.alternate,
    how: HOW[r.match.cls](r.match.edits),
  };
}
