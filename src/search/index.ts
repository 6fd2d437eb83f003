import Fuse from 'fuse.js';
import {placeNames} from '../extract/entities/place-names.js';
import {runSteps, stepClock} from '../library/steps.js';
import type {EntityKind} from '../extract/types.js';
import type {EntityRecord} from '../store/types.js';
import {buildCandidateIndexSteps, type CandidateIndex} from './candidates.js';
import {fold} from './fold.js';
import {matchForms, type MatchForm} from './forms.js';
import {readQuery, titledWriting, type ReadQuery} from './query.js';
import {matchForm, type FormMatch} from './rank.js';
import {adjectiveCountry, spelledAcronym, writtenAsAcronym} from './said-for.js';
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

function* placeNamesOf(records: readonly EntityRecord[]): Generator<void, Set<string>> {
  const due = stepClock();
  const out = new Set<string>();
  for (const e of records) {
    if (due()) yield;
    if (e.kind === 'place') out.add(fold(e.name));
  }
  return out;
}

interface Ranked {
  entity: EntityRecord;
  form: MatchForm;
  match: FormMatch;
  /** rankOf its match, worked out once (the sort compares it many times). */
  rank: number;
  /** A person found by the query's other words, some form of whom carries the query's titles ("Speaker Pelosi"). */
  titled: boolean;
  /** Prominence rank: the index in the candidate index. */
  at: number;
  fuse: number;
  /** How a query naming it by words none of its forms holds found it (said-for.ts), for `how`. */
  said?: string;
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
      const read = readQuery(query);
      const {q, name} = read;
      if (q === '') return [];
      const limit = options.limit ?? 50;
      const ranked: Ranked[] = [];
      // The same candidates whatever the limit, so the reader (200 results) and `brief search` (20) rank alike:
      // with the limit as the count, "us" in the CLI never reached a one-article body whose alias is "US".
      const max = Math.max(limit, CANDIDATES);
      const people = options.kind === undefined || options.kind === 'person';
      const found = index.candidates(read.words, max, options.kind);
      // A query opened by titles also finds the people its other words name: titles are no part of a person's
      // forms, so "president biden" is Joe Biden's "biden" (and "Queen Elizabeth" still the ship, by every word).
      if (name && people) found.push(...index.candidates(name.words, max, 'person'));
      // Two words of the query may be one word of a name typed apart ("you tube", "space x").
      const apart = joinedReads(read);
      const joinedFound = new Set<number>();
      for (const j of apart)
        for (const i of index.candidates(j.words, JOINED_CANDIDATES, options.kind)) {
          joinedFound.add(i);
          found.push(i);
        }
      const seen = new Set<number>();
      for (const i of found) {
        if (seen.has(i)) continue;
        seen.add(i);
        const entity = index.entities[i] as EntityRecord;
        const forms = index.forms[i] ?? [];
        let best = bestForm(read, forms, name && entity.kind === 'person' ? name : null);
        if (joinedFound.has(i))
          for (let k = 0; !best && k < apart.length; k++) best = bestForm(apart[k] as ReadQuery, forms, null);
        if (best) ranked.push({entity, ...best, at: i, fuse: 0});
      }
      for (const s of saidFor(read, index, max, options.kind)) {
        const known = ranked.find((r) => r.at === s.at);
        if (known && known.rank <= s.rank) continue;
        if (known) Object.assign(known, s);
        else ranked.push({...s, entity: index.entities[s.at] as EntityRecord});
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
        (a, b) =>
          group(a) - group(b) ||
          a.rank - b.rank ||
          a.match.edits - b.match.edits ||
          (a.match.starts ?? 0) - (b.match.starts ?? 0) ||
          a.fuse - b.fuse ||
          a.at - b.at,
      );
      return ranked.slice(0, limit).map(toResult);
    },
  };
}

// Words of a query read as one typed apart: up to this many (each pair of neighbours joined once), one of the two
// this short at most ("you tube", "space x", "face book"; not "united nations"), and the candidates taken for each
// reading: a word typed as two is one name's word, and each reading costs a look-up on every keystroke.
const JOINED_MAX_WORDS = 3;
const JOINED_SHORT_PART = 4;
const JOINED_CANDIDATES = 40;

/**
 * The query with each two neighbouring words joined, once each ("you tube" → "youtube"): a name's one word typed
 * as two. Matched only against entities the query as typed does not match.
 */
function joinedReads(read: ReadQuery): ReadQuery[] {
  const {words} = read;
  if (words.length < 2 || words.length > JOINED_MAX_WORDS) return [];
  const out: ReadQuery[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    if (Math.min((words[k] as string).length, (words[k + 1] as string).length) > JOINED_SHORT_PART) continue;
    const joined = [...words.slice(0, k), `${words[k]}${words[k + 1]}`, ...words.slice(k + 2)];
    out.push({q: joined.join(' '), words: joined, name: null, titles: [], acronym: false});
  }
  return out;
}

/**
 * Entities a query names by words none of their forms hold: the country a one-word query is the adjective of
 * ("ukrainian": Ukraine), as if its whole name were typed, and the body whose acronym a query of three words or
 * more spells out ("federal bureau of investigation": the FBI, as the articles call it), after every direct match
 * of the query's own words (as a gazetteer's other name ranks).
 */
function saidFor(
  read: ReadQuery,
  index: CandidateIndex,
  max: number,
  kind: EntityKind | undefined,
): Omit<Ranked, 'entity'>[] {
  const out: Omit<Ranked, 'entity'>[] = [];
  const whole: FormMatch = {cls: 0, edits: 0};
  const country = kind === undefined || kind === 'place' ? adjectiveCountry(read.words) : null;
  if (country !== null)
    for (const at of index.candidates(country.split(' '), max, 'place')) {
      const form = index.forms[at]?.find((f) => f.words === country);
      if (form)
        out.push({
          form,
          match: whole,
          rank: 0,
          titled: false,
          at,
          fuse: 0,
          said: `the adjective of the country, “${read.q}”`,
        });
    }
  const acronym = spelledAcronym(read.words);
  if (acronym !== null)
    for (const at of index.candidates([acronym], max, kind)) {
      const form = index.forms[at]?.find((f) => f.words === acronym && writtenAsAcronym(f.shown));
      if (form)
        out.push({
          form,
          match: whole,
          rank: 3,
          titled: false,
          at,
          fuse: 0,
          said: `the acronym of “${read.q}”`,
        });
    }
  return out;
}

/** Direct matches of a person the query's titles go with first, then the rest by rank (a close match last). */
function group(r: Ranked): number {
  return r.rank === CLOSE ? 2 : r.titled ? 0 : 1;
}

/**
 * The form of one entity that matches the query best, with its rank; null when none matches. `name` (the query's
 * words after its titles) is matched too for a person, and of two forms matching alike, one written with the
 * query's titles shows ("President Trump" for "president trump").
 */
function bestForm(
  read: ReadQuery,
  forms: readonly MatchForm[],
  name: ReadQuery['name'],
): {form: MatchForm; match: FormMatch; rank: number; titled: boolean} | null {
  const {q, words} = read;
  let best: {form: MatchForm; match: FormMatch; rank: number; fits: boolean} | null = null;
  let titled = false;
  for (const form of forms) {
    // The gazetteer's other names are many and in many languages: they count only when typed as they are
    // written ("kiev"), from three letters on, never as a near miss ("biden" is one letter from "Viden"),
    // and only when no name the articles use matches directly.
    if (form.alternate && (q.length < 3 || (best && !best.form.alternate && best.match.cls < 3))) continue;
    const writing = name ? titledWriting(form, read.titles) : undefined;
    const fits = writing !== undefined;
    if (fits) titled = true;
    let match = matchForm(q, words, form, !form.alternate && !form.initials);
    let rank = match ? rankOf(match, form, q, read.acronym) : CLOSE + 1;
    if (name) {
      const byName = matchForm(name.q, name.words, form, !form.alternate);
      const r = byName ? rankOf(byName, form, name.q, read.acronym) : CLOSE + 1;
      if (byName && r < rank) [match, rank] = [byName, r];
    }
    // Initials are a whole short form or nothing: "u" is no start of the United Nations' "un".
    if (!match || (form.initials && match.cls !== 0)) continue;
    // A form the articles use beats a gazetteer name that matches as well; of two other names, the closer
    // shows ("München" for "munchen", not "Lungsod ng München"); of one rank, the form matching more closely
    // shows ("b" finds the United Kingdom as "Britain", not "Great Britain"), then one with the query's titles.
    const d = best
      ? rank - best.rank ||
        match.cls - best.match.cls ||
        match.edits - best.match.edits ||
        (match.starts ?? 0) - (best.match.starts ?? 0) ||
        Number(best.fits) - Number(fits)
      : -1;
    if (d < 0)
      best = {form: writing && writing !== form.shown ? {...form, shown: writing} : form, match, rank, fits};
  }
  return best && {form: best.form, match: best.match, rank: best.rank, titled: titled && best.rank < CLOSE};
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
export function rankOf(match: FormMatch, form: MatchForm, q: string, acronym = false): number {
  if (match.cls === 3) return CLOSE;
  if (q.length === 1) return form.words.startsWith(q) ? 0 : 1;
  // A body's initials are its short form when the query is written as one ("UN", "U.N."); typed in lower case
  // they rank as a whole word of a name ("un": the United Nations before the United States, "la": Gloria La Riva
  // as likely as Los Angeles), above word starts.
  if (form.initials) return acronym ? 0 : 1;
  return match.cls + (form.alternate ? 3 : 0);
}

/** The rank of every close match. */
const CLOSE = 6;

const SCORES = [0, 0.05, 0.1] as const;
const HOW = [
  () => 'the whole name',
  () => 'whole words of the name',
  () => 'the start of words of the name',
  (edits: number) => `close: ${edits} letter${edits === 1 ? '' : 's'} off`,
] as const;

function toResult(r: Ranked): EntitySearchResult {
  const score = r.match.cls < 3 ? SCORES[r.match.cls as 0 | 1 | 2] : 0.2 + 0.1 * r.match.edits + r.fuse / 10;
  const how = r.said ?? HOW[r.match.cls](r.match.edits);
  const {form} = r;
  // A spelling of the name shows as the name: "Beijing", not "Beijing (also Bejing)" for "bejing".
  if (form.variant)
    return {
      entity: r.entity,
      score,
      matched: r.entity.name,
      how: `${how}, as the gazetteer spells it “${form.shown}”`,
    };
  return {
    entity: r.entity,
    score,
    matched: form.shown,
    alternate: form.alternate,
    how: form.initials ? `the initials of the name, ${form.words.toUpperCase()}` : how,
  };
}
