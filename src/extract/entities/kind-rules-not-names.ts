// Kind rules that say a capitalised word is no name at all: months, demonyms, things, words in capitals.
import {tagsInclude} from '../nlp.js';
import {
  ETHNONYMS,
  GROUP_MEMBERS,
  MONTHS,
  NAME_TAGS,
  NOT_NAME_TAGS,
  PLACE_TAGS,
  SHIP_PREFIXES,
  THING_WORDS,
  TIME_ZONES,
} from './cues.js';
import {isCity, isDemonym, isLanguage} from './gazetteer.js';
import {placeNames} from './place-names.js';
import {
  anyMention,
  everyMention,
  isAcronym,
  placeByData,
  type Features,
  type MentionTest,
} from './kind-features.js';
import {DECISIVE, GOOD, STRONG, WEAK, type KindRule} from './kind-weights.js';
const ORG_TAG: readonly string[] = ['Organization'];

// "Londoners", "Berliners", "Parisians": the people of a place the gazetteer knows, named by a suffix the
// demonym list may lack.
const PLACE_PLURAL = /^(\p{Lu}\p{Ll}{2,})(?:ers|ians|ites)$/u;
function placePlural(word: string): boolean {
  const stem = PLACE_PLURAL.exec(word)?.[1];
  return !!stem && (placeByData(stem) || isCity(stem));
}

// "streaming service Lumen", "the retailer Watt": a unit's word capitalised mid-sentence after a body's noun is the
// body's name (units are written in lower case).
const UNIT_TAG: readonly string[] = ['Unit'];
// "a.m.", "P.M.": a clock's half of the day. (Made once: a literal in a rule is a new object at each name asked.)
const CLOCK_HALF = /^[ap]\.m\.$/iu;
const unitNamedBody = (f: Features): boolean =>
  f.form.midSentence && tagsInclude(f.tags, UNIT_TAG) && anyMention(f, orgNoun);
const orgNoun: MentionTest = (c) => c.orgNoun;
const modifiesVessel: MentionTest = (c) => c.modifiesVessel;

/** Kind rules that say a capitalised word is no name at all: months, demonyms, things, words in capitals. */
export const NOT_NAME_RULES: readonly KindRule[] = [
  {
    id: 'not-a-name-word',
    words: 'one',
    description: 'one word that is a month, weekday, demonym, unit, faith or party member, or time zone',
    example: 'On Tuesday, Republicans met at 9 GMT.',
    // ("Philippines" is no plural of "Philippine", "US" no pronoun: a country the gazetteer knows is a name.)
    apply: (f) =>
      f.place?.kind !== 'country' &&
      !unitNamedBody(f) &&
      (tagsInclude(f.tags, NOT_NAME_TAGS) ||
        GROUP_MEMBERS.test(f.lastWord) ||
        MONTHS.has(f.lastWord) ||
        isDemonym(f.text) ||
        TIME_ZONES.test(f.text) ||
        CLOCK_HALF.test(f.text))
        ? {none: DECISIVE}
        : undefined,
  },
  {
    id: 'demonym-plural',
    words: 'one',
    description: 'one word that is a known place and "-ers"/"-ians"/"-ites": its people, a group, not a name',
    example: 'He came to support his fellow Yekaterinburgers.',
    apply: (f) => (placePlural(f.text) ? {none: DECISIVE} : undefined),
  },
  {
    id: 'language-name',
    description:
      'the name of a language a country speaks (world-countries), that no place the gazetteer knows has: no name',
    example: 'Many herders in the district speak only Quechua.',
    apply: (f) =>
      f.place === undefined &&
      isLanguage(f.text) &&
      !isDemonym(f.text) &&
      placeNames().placeOf(f.text) === null &&
      placeNames().regionCountry(f.text) === null
        ? {none: DECISIVE}
        : undefined,
  },
  {
    id: 'ethnonym',
    words: 'one',
    description: 'a word for an ethnicity ("Latina"), unless something is placed in it',
    example: 'She became the first Latina to win the seat.',
    apply: (f) => (ETHNONYMS.test(f.lastWord) && f.locative === 0 ? {none: DECISIVE} : undefined),
  },
  {
    id: 'ship-prefix',
    words: 'many',
    description: 'a ship\'s prefix opens the name ("MV", "HMS", "USS"): a vessel, not reported',
    example: 'Contact was lost with the MV Namsetar, according to MV Namsetar officials.',
    apply: (f) => (SHIP_PREFIXES.test(f.first) ? {none: DECISIVE} : undefined),
  },
  {
    id: 'vessel-named',
    description:
      'every mention modifies a noun for a vessel ("the Varna supply vessel", "the Holm ferry"): the vessel\'s name',
    example: 'Cases were found on the Sergeant Varno supply vessel.',
    // ("a U.S. vessel", "the Piraeus ferry": a place the gazetteer knows is where the vessel is from.)
    apply: (f) =>
      !f.place && f.form.contexts.length > 0 && everyMention(f, modifiesVessel)
        ? {none: DECISIVE}
        : undefined,
  },
  {
    id: 'thing-last-word',
    words: 'many',
    description: 'a last word for a law, event, award or thing ("Treaty", "Cup", "Telescope"): not reported',
    example: 'They signed the Varna Treaty.',
    apply: (f) => (THING_WORDS.has(f.last) ? {none: STRONG} : undefined),
  },
  {
    id: 'thing-word-alone',
    words: 'one',
    description:
      'one word for an event or thing that the lexicon lacks ("Olympiad"): the short name of one, not reported',
    example: 'The second Varna Olympiad opened. The Olympiad drew 46 students.',
    // (Not a common noun the lexicon knows, "Time", "Charter", which names magazines and firms too.)
    apply: (f) => (f.unknown && THING_WORDS.has(f.lastWord) ? {none: GOOD} : undefined),
  },
  {
    id: 'acronym-spelled-as-term',
    words: 'one', // (its pattern holds no space)
    description:
      'an acronym the text spells out in lower-case words or as a law\'s or thing\'s name ("the Varna Act (VA)"): a term, not a body',
    example: 'It breaks the Ballot Varna Act (BVA); critics say BVA ignores voters.',
    apply: (f) => (f.form.spelledAsTerm === true && isAcronym(f.text) ? {none: STRONG} : undefined),
  },
  {
    id: 'acronym-as-word',
    words: 'one', // (its pattern holds no space)
    description:
      'a word in capitals that the lexicon knows ("ZERO", "TV"): not a body\'s acronym (nor a place\'s name set in capitals, "RALEIGH, N.C. (AP) —")',
    example: 'The TV was on; HELP was painted on the roof.',
    apply: (f) =>
      isAcronym(f.text) &&
      f.tags.length > 0 &&
      !tagsInclude(f.tags, ORG_TAG) &&
      !tagsInclude(f.tags, PLACE_TAGS) &&
      f.place?.kind !== 'country'
        ? {none: STRONG}
        : undefined,
  },
  {
    id: 'sentence-initial-only',
    words: 'one',
    description:
      'one word seen only opening sentences, which are capitalised anyway: no name without context',
    example: 'Stormy weather closed roads.',
    apply: (f) =>
      !f.form.midSentence &&
      !tagsInclude(f.tags, NAME_TAGS) &&
      ((f.speaks === 0 && f.personRole === 0) || f.tags.length > 0)
        ? {none: WEAK}
        : undefined,
  },
];
