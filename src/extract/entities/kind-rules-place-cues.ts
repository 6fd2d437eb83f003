// Kind rules of round s47c (src/extract/entities/ERRORS.md): places a story names by the office of their head
// ("Ōkawara Mayor Shimizu Kenta") and by a protected area's kind ("Mkanda Game Reserve").
import {lexiconTags, tagsInclude} from '../nlp.js';
import {ORG_WORDS, PLACE_TAGS} from './cues.js';
import {isAcronym} from './kind-features.js';
import {DECISIVE, GOOD, type KindRule} from './kind-weights.js';

// "Selvo National Park", "Mkanda Game Reserve", "Sirikwa Conservancy": land set aside, a place, whatever a body's
// last word ("Reserve", as in "Federal Reserve") says. Not "National Park Service" (its last word is a body's).
const PROTECTED_AREA =
  /\s(?:(?:Game|Nature|Wildlife|Forest|Marine|National|Biosphere)\s(?:Reserve|Park|Sanctuary|Refuge)|Conservancy)$/u;

const MONEY_WORD = /bank|fund|reserve|monetary/iu;

/** The rules, tried with the others of kind-rules-words.ts and kind-rules-context.ts. */
export const PLACE_CUE_RULES: readonly KindRule[] = [
  {
    id: 'protected-area',
    words: 'many',
    description:
      'a protected area\'s kind ending the name ("Game Reserve", "National Park", "Wildlife Sanctuary", "Conservancy"): a place',
    example: 'The number of black rhinos in the Selvo Game Reserve has risen to 84.',
    apply: (f) => (PROTECTED_AREA.test(f.text) ? {place: DECISIVE} : undefined),
  },
  {
    id: 'place-office',
    description:
      'right before the title of a town\'s or a province\'s head and a name ("Ōkawara Mayor Shimizu Kenta", "Tsurumine Gov. Fujisawa Mariko"): that town or province',
    example: 'Kelby Mayor Ana Holm said the town would campaign for the line.',
    // (Words the lexicon lacks or knows as places only: "Fed Governor Lisa Cook" is a bank's; no body's word, no
    // acronym.)
    apply: (f) =>
      f.words.length <= 3 &&
      f.form.contexts.some((c) => c.placeOfficeAfter === true) &&
      f.titled + f.aged === 0 &&
      !isAcronym(f.text) &&
      // ("Nordbank Governor Erik Lund": a bank's or a fund's governor, its trade inside a word.)
      !MONEY_WORD.test(f.text) &&
      f.words.every((w) => {
        const tags = lexiconTags(w);
        return !ORG_WORDS.has(w.toLowerCase()) && (tags.length === 0 || tagsInclude(tags, PLACE_TAGS));
      })
        ? {place: GOOD}
        : undefined,
  },
];
