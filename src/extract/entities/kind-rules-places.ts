// Kind rules reading a place's own words: the gazetteer, the lexicon's place tags, a place's last word, a compass word.
import {hasAnyTag, isPlaceWord, tagsInclude} from '../nlp.js';
import {
  ADMIN_DIVISIONS,
  BROADCAST,
  INSTITUTIONS,
  BUILDING_WORDS,
  SCHOOL_LEVELS,
  COMPASS_ADJECTIVES,
  NAME_TAGS,
  NATIONAL,
  ORG_WORDS,
  PLACE_TAGS,
  PLACE_WORDS,
  FACILITY_WORDS,
  FORMER_STATES,
  PLACE_FIRST_WORDS,
  WORLD_REGIONS,
  VENUE_LAST,
  TOPONYM_PARTICLE,
  NUMBERED_ROAD,
} from './cues.js';
import {isCity, isDemonym} from './gazetteer.js';
import {atEnd, endsWithMatch} from '../matches.js';
import {
  anyMention,
  everyMention,
  GIVEN_NAME_TAGS,
  isAcronym,
  isBrandShaped,
  placeByData,
  type MentionTest,
} from './kind-features.js';
import {again, DECISIVE, FAIR, GOOD, STRONG, type KindRule} from './kind-weights.js';

const NUMBERED_ROAD_END = atEnd(NUMBERED_ROAD);
const PLACE_TAG: readonly string[] = ['Place'];

// The rules' tests of a mention or a word, made once (kind-features.ts MentionTest says why).
const afterName: MentionTest = (c) => c.afterName;
const publicationOrSource: MentionTest = (c) => !!c.publication || !!c.source;
const orgWord = (w: string): boolean => ORG_WORDS.has(w.toLowerCase());
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
const determined: MentionTest = (c) => !!c.determined;
const OF_OR_FOR = /\s(?:of|for)\s/u;
const institutional: MentionTest = (c) => c.institutional;
const locative: MentionTest = (c) => c.locative;

/** Kind rules reading a place's own words: the gazetteer, the lexicon's place tags, a place's last word, a compass word. */
export const PLACE_WORD_RULES: readonly KindRule[] = [
  {
    id: 'numbered-road',
    words: 'many',
    description: 'a road\'s word and its number ("Highway 49", "Route 9", "Interstate 75"): a road, a place',
    example: 'Evacuation orders now cover Pinecrest east of Highway 49.',
    apply: (f) => (endsWithMatch(NUMBERED_ROAD_END, f.text) ? {place: STRONG} : undefined),
  },
  {
    id: 'toponym-particle',
    words: 'one',
    description:
      'a hyphenated name with a lower-case particle between capitalised parts ("X-sur-Y", "X-des-Y", "X-upon-Y"), or a "-shire": a town or a county',
    example: 'Mothers will be sent to the hospital in Beaulieu-sur-Orne, 60 kilometres away.',
    apply: (f) => (TOPONYM_PARTICLE.test(f.text) ? {place: GOOD} : undefined),
  },
  {
    id: 'compass-region',
    words: 'many',
    description: 'a direction before a known place ("Southern Poland"): a region of it',
    example: 'Storms hit Southern Poland overnight.',
    apply: (f) =>
      f.words.length === 2 &&
      COMPASS_ADJECTIVES.test(f.first.toLowerCase()) &&
      !anyMention(f, afterName) &&
      placeByData(f.words[1] ?? '')
        ? {place: DECISIVE}
        : undefined,
  },
  {
    id: 'compass-placed',
    words: 'many',
    description:
      'a direction before a name, after a preposition of place ("in the Eastern Varnic"): a region',
    example: 'Gas was found in the Eastern Varnic last year.',
    apply: (f) =>
      f.words.length === 2 && COMPASS_ADJECTIVES.test(f.first.toLowerCase()) && f.locative > 0
        ? {place: again(f.locative, GOOD)}
        : undefined,
  },
  {
    id: 'venue-after-person',
    words: 'many',
    description:
      'a venue or road word after a given name ("Busch Gardens", "Martine Avenue"): a place named after a person',
    example: 'Crowds queued at Walter Gardens.',
    apply: (f) =>
      VENUE_LAST.test(f.last) &&
      hasAnyTag(f.first, NAME_TAGS) &&
      f.titled === 0 &&
      f.aged === 0 &&
      !anyMention(f, publicationOrSource)
        ? {place: STRONG}
        : undefined,
  },
  {
    id: 'gazetteer-place',
    description: 'the gazetteer knows the name as a country, region or city (evidence, not a verdict)',
    example: 'Fires burned in Poland and Crete.',
    apply: (f) => (f.place ? {place: STRONG} : undefined),
  },
  {
    id: 'former-state',
    description:
      'a country that no longer exists ("Soviet Union", "Yugoslavia"): a place, as a country is, whatever its last word',
    example: 'He was born in the Soviet Union and flew for the Soviet Union in 1965.',
    apply: (f) => (FORMER_STATES.has(f.text.toLowerCase()) ? {place: DECISIVE} : undefined),
  },
  {
    id: 'world-region',
    description:
      'a region of the world the gazetteer lacks ("Middle East", "Balkans"): a place, as a country\'s region is',
    example: 'Varnair flies fighters across the Middle East.',
    apply: (f) => (WORLD_REGIONS.has(f.text.toLowerCase()) ? {place: STRONG} : undefined),
  },
  {
    id: 'place-first-word',
    words: 'many',
    description:
      'a place\'s word opening a name of two or three words ("Mount Apo", "County Galway"), no body\'s word in it: a place',
    example: 'Residents near Mount Varnapo were moved. Warnings covered County Kelmor.',
    // (FAIR: a body's last word outweighs it, "Mount Sinai Hospital", as does a body's word anywhere.)
    apply: (f) =>
      PLACE_FIRST_WORDS.has(f.first.toLowerCase()) && f.words.length <= 3 && !f.words.some(orgWord)
        ? {place: FAIR}
        : undefined,
  },
  {
    id: 'code-as-word',
    words: 'one', // (its pattern holds no space)
    description:
      'two capitals the gazetteer reads as a country code, but written as a common noun ("your CV") and never placed',
    example: 'She sent her CV to the firm on Monday.',
    apply: (f) =>
      TWO_CAPITALS.test(f.text) && f.place?.kind === 'country' && f.locative === 0 && f.count(determined) > 0
        ? {none: DECISIVE + STRONG}
        : undefined,
  },
  {
    id: 'place-data-placed',
    description: 'a place in the lexicon or city list, after a preposition of place or not otherwise a word',
    example: 'Schools closed near Henderson.',
    apply: (f) => {
      // ("the SIG program": a word in capitals is an acronym, not the town the city list spells "Sig".)
      const placeLike = tagsInclude(f.tags, PLACE_TAGS) || (isCity(f.text) && !isAcronym(f.text));
      const ordinary = f.tags.length > 0 && !tagsInclude(f.tags, PLACE_TAGS);
      return placeLike &&
        f.speaks === 0 &&
        f.personRole === 0 &&
        (f.locative > 0 || (!ordinary && !tagsInclude(f.tags, NAME_TAGS)))
        ? {place: GOOD}
        : undefined;
    },
  },
  {
    id: 'building-as-location',
    words: 'many',
    description: 'a building\'s last word ("Center", "Hotel") used as a location, not acting: a place',
    example: 'The rocket launched from Varna Space Center.',
    apply: (f) => {
      // ("Pell River High School": a school of children is a building; "Harvard Law School" a university's body.)
      const school = f.lastWord === 'school' && SCHOOL_LEVELS.has((f.words.at(-2) ?? '').toLowerCase());
      // (The last word first: the tests after it read the gazetteer and patterns, for the few names it leaves.)
      if (!(BUILDING_WORDS.has(f.lastWord) || school)) return undefined;
      if (OF_OR_FOR.test(f.text) || isDemonym(f.first) || NATIONAL.test(f.first)) return undefined;
      const acts = anyMention(f, institutional);
      const everyLocative = everyMention(f, locative);
      if (acts) return undefined;
      // Every mention a location outweighs the body's last word and word inside ("Center": GOOD + FAIR).
      if (everyLocative) return {place: GOOD + FAIR + 1};
      return ORG_WORDS.has(f.last) ? undefined : {place: GOOD};
    },
  },
  {
    id: 'place-last-word',
    words: 'many',
    description:
      'a last word for a place ("River", "Street", "County"), unless a given name or a demonym opens it',
    example: 'Flooding closed Varna Street.',
    apply: (f) => {
      // (The last word first: the tests below read the lexicon and patterns, for the few names it leaves.)
      if (!PLACE_WORDS.has(f.last) && !isPlaceWord(f.last)) return undefined;
      // ("Ana Hill": a given name and a place word that is also a surname; "Ana Lind Airport" is no one's name.)
      const surnameLike =
        hasAnyTag(f.first, GIVEN_NAME_TAGS) && f.locative === 0 && !FACILITY_WORDS.has(f.lastWord);
      // "the building of Varnian State institutions": a demonym and a noun are an adjective phrase, not a name.
      const demonymFirst = f.words.length === 2 && isDemonym(f.first);
      // "Varna News Channel", "Brevik Radio Station": a broadcaster, not a waterway or a stop.
      const broadcaster = BROADCAST.test(f.words.at(-2) ?? '');
      // "Varnby Police Prefecture", "Army District": an institution's division is the body's, not a region.
      const division = INSTITUTIONS.has(f.words.at(-2)?.toLowerCase() ?? '') && ADMIN_DIVISIONS.test(f.last);
      return !broadcaster &&
        !division &&
        // ("CentOS Stream": a product's line, named by a brand written with inner capitals, not a waterway.)
        !isBrandShaped(f.first) &&
        !surnameLike &&
        !demonymFirst
        ? {place: GOOD}
        : undefined;
    },
  },
  {
    id: 'lexicon-place',
    description: 'the lexicon tags the name as a place and not as a personal name',
    example: 'They sailed to Malta.',
    apply: (f) =>
      tagsInclude(f.tags, PLACE_TAGS) && !tagsInclude(f.tags, NAME_TAGS) ? {place: FAIR} : undefined,
  },
  {
    id: 'lexicon-place-tag',
    description: 'the lexicon tags the name as some place',
    example: 'They walked across Manhattan.',
    apply: (f) => (tagsInclude(f.tags, PLACE_TAG) ? {place: 1} : undefined),
  },
];
