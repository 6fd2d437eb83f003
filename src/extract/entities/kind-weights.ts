// The kind of a name (person, place, organization, or none: not reported) is the answer with the most evidence,
// summed over every mention of every form of the name. Each rule below adds weight to one or more answers.
//
// Weights, set by reasoning about how often the cue misleads and checked on tests/gold/tune (never on check):
//   DECISIVE 10  the words themselves settle it: a title of address, an age, a month, a web domain.
//   STRONG    6  a cue that misleads rarely: a noun for the kind next to the name, a country in the gazetteer.
//   GOOD      4  a cue right most of the time: a body's or a place's last word, a lexicon's tag.
//   FAIR      3  shape and lexicon evidence that a context can overrule.
//   WEAK      2  what is left when nothing else speaks: an unknown word that speaks twice, always after "in".
// A cue seen on several mentions adds one point for each mention after the first (`again`): mentions of one name
// are not independent witnesses, so they confirm rather than multiply.
import type {EvidenceRule} from '../rules.js';
import type {Features} from './kind-features.js';

/** What a name turned out to be; 'none' for things we do not report (events, laws, common words). */
export type Kind = 'person' | 'place' | 'organization' | 'none';

/**
 * One kind rule: reads a name's features and adds weight to some kinds. `words` declares the names it can speak of:
 * 'one' (a name of one word) or 'many' (two or more); classify.ts tries the rule on no other name, so its `apply`
 * need not test the count (most rules speak of one kind of name: skipping the rest saves a call each).
 */
export interface KindRule extends EvidenceRule<Features, Kind> {
  words?: 'one' | 'many';
}

/** Weights of evidence, in the tiers described above. */
export const DECISIVE = 10;
export const STRONG = 6;
export const GOOD = 4;
export const FAIR = 3;
export const WEAK = 2;

/**
 * The least winning margin (the kind's summed weight over the next answer's) at which an article's own text is
 * taken to decide a name's kind: one GOOD cue more than any rival. Below it the library's other articles may decide
 * (store/link-joins.ts kindLinks). Plain data, so the store reads it without loading the rules.
 */
export const KIND_SURE_MARGIN = GOOD;

/** True when an entity's kind was decided weakly by its article (a margin below KIND_SURE_MARGIN). */
export const isKindWeak = (e: {kindMargin?: number}): boolean =>
  e.kindMargin !== undefined && e.kindMargin < KIND_SURE_MARGIN;

/** `w` for the first mention with the cue, one more for each further one (at most four more). */
export const again = (n: number, w: number): number => (n === 0 ? 0 : w + Math.min(n - 1, 4));
