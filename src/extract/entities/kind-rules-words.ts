// The kind rules that read a name's own words, one file per concern: words that are no name, a body's words, a
// place's words, a person's words. The weights add up, so the order of the tables decides no kind.
import {BODY_WORD_RULES} from './kind-rules-bodies.js';
import {NOT_NAME_RULES} from './kind-rules-not-names.js';
import {OFFICER_RULES} from './kind-rules-officers.js';
import {PERSON_WORD_RULES} from './kind-rules-people.js';
import {PLACE_WORD_RULES} from './kind-rules-places.js';
import {PLACE_CUE_RULES} from './kind-rules-place-cues.js';
import {TEAM_RULES} from './kind-rules-teams.js';
import {WATER_RULES} from './place-waters.js';
import type {KindRule} from './kind-weights.js';

/** Rules reading the name's words and what the lexicon and gazetteer know of them. */
export const WORD_RULES: readonly KindRule[] = [
  ...NOT_NAME_RULES,
  ...BODY_WORD_RULES,
  ...PLACE_WORD_RULES,
  ...PLACE_CUE_RULES,
  ...WATER_RULES,
  ...PERSON_WORD_RULES,
  ...TEAM_RULES,
  ...OFFICER_RULES,
];
