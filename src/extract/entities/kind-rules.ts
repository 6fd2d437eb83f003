// The kind of a name (person, place, organization, or none: not reported) is the answer with the most evidence,
// summed over every mention of every form of the name (kind-weights.ts says how the weights were set). The rules
// live in two tables: what the name's own words say (kind-rules-words.ts and the four files it joins) and what its mentions' contexts say
// (kind-rules-context.ts).
import type {RuleInfo} from '../rules.js';
import {CONTEXT_RULES} from './kind-rules-context.js';
import {WORD_RULES} from './kind-rules-words.js';
import {FAIR, GOOD, WEAK, type Kind, type KindRule} from './kind-weights.js';

export type {Kind, KindRule} from './kind-weights.js';

/** Every kind rule. Each is tried on every name; the weights add up, so their order decides nothing. */
export const KIND_RULES: readonly KindRule[] = [...CONTEXT_RULES, ...WORD_RULES];

/**
 * Decided while grouping, as it reads other names: an unknown word after a preposition of place that opens a
 * place's name in the same article ("landing at Varnholm" beside "Varnholm International Airport") is the town.
 */
/**
 * Decided while grouping: a bare word that, in the same article, stands before the last word of a thing named after
 * someone ("the James Webb Space Telescope … Webb has a small chance") is that thing's short name, when only the
 * lexicon (a known surname) says it is a person and no person of the article bears it.
 */
export const NAMES_A_THING: RuleInfo & {
  votes: Partial<Record<Kind, number>>;
  weakPersonRules: readonly string[];
} = {
  id: 'names-a-thing',
  description: 'a known surname the article uses only as the short name of a thing named after someone',
  example: 'The James Webb Space Telescope launches next year. Webb has a small chance to find such gases.',
  votes: {none: GOOD},
  weakPersonRules: ['lexicon-surname'],
};

export const OPENS_PLACE_NAME: RuleInfo & {votes: Partial<Record<Kind, number>>} = {
  id: 'opens-place-name',
  description: 'an unknown word after "at"/"in" that opens a place\'s name the article uses: that town',
  example:
    'The plane landed at Varnholm. Its Varnholm crew was praised. Varnholm International Airport was closed.',
  votes: {place: GOOD},
};

/**
 * Decided before grouping (linked-forms.ts), for a name and the acronym it defines together: when the text treats
 * either as a body, the definition confirms it (a term's or a title's words, "Internet Relay Chat (IRC)", get no
 * vote), and the two take the kind their evidence says together.
 */
export const DEFINED_ACRONYM: RuleInfo & {votes: Partial<Record<Kind, number>>} = {
  id: 'defined-acronym',
  description:
    'a name of several words the text abbreviates in brackets ("X Y Z (XYZ)"), one of the two treated as a body: both a body, typed by their mentions together',
  example: 'The Orvane Geological Survey (OGS) measured the quake. Tom Reel of OGS said more would follow.',
  votes: {organization: WEAK},
};

/**
 * Decided before grouping (linked-forms.ts): the opening words of a firm's name (one with a corporate last word), used
 * alone later, are that firm's short name, typed with it; no person of the article may bear them.
 */
export const FIRM_SHORT_FORM: RuleInfo & {votes: Partial<Record<Kind, number>>} = {
  id: 'firm-short-form',
  description:
    'the opening words of a firm\'s name used alone after it ("Velmora" of "Velmora Minerals Corporation"): that firm',
  example: 'Velmora Minerals Corporation reported a loss. Velmora said prices had fallen.',
  votes: {organization: WEAK},
};

/**
 * Decided after grouping (coordinated.ts): a name nothing else types, listed with two or more names all of one kind
 * ("firms including Varnco Holdings, Kelmora, and Telstar Group", "Varnby, Holmsted and Kelm"), is of that kind too: weak, so any
 * rule that spoke of the name would have outweighed it.
 */
export const COORDINATED_KIND: RuleInfo & {vote: number} = {
  id: 'coordinated-kind',
  description:
    'a name nothing else types, in a list of three or more ("X, Y and Z") whose typed names share one kind',
  example: 'German firms including Varnco Holdings, Kelmora, and Telstar Group pulled out.',
  vote: WEAK,
};

/**
 * Decided after grouping (coordinated.ts): a name nothing else types, after a body's name in a pair ("X and Y"),
 * is a body too ("scientists from the University of Varnby and UC Kelm"); weak, as for lists. Not the first name of
 * a pair: a body's name is cut at its "and" before its own words ("Disaster and Emergency Management Presidency").
 */
export const PAIRED_BODY: RuleInfo & {vote: number} = {
  id: 'paired-body',
  description: 'a name nothing else types, after a body\'s name in a pair ("X and Y"): a body',
  example: 'Scientists from the University of Varnby and UC Kelmora took part in the study.',
  vote: WEAK,
};

/**
 * Decided with the kind (classify.ts decideKind): a person's evidence that beats a body's by no more than `margin`,
 * every person cue at most `weakest` (a name's shape, an apposition, speaking), is the body's. A body's cues read the
 * name's own words ("Dunmore Wanderers", "Brenmoor Freight Ltd", an acronym), where a shape or an apposition after the name may
 * speak of a person beside it; a given name the lexicon knows opening the name (person-shape GOOD) keeps the person.
 */
export const NEAR_TIE_BODY: RuleInfo & {margin: number; weakest: number} = {
  id: 'near-tie-body',
  description:
    "a body's words against a person's weak cues (each at most FAIR) that outweigh them by two or less: the body",
  example: 'The champions, Dunmore Wanderers, were beaten 2-0 on Saturday.',
  margin: WEAK,
  weakest: FAIR,
};
