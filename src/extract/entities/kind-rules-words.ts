// The kind rules that read a name's own words: their shape, the lexicon's tags, the gazetteer, cue words.
import {hasTag, isOrgWord, isPlaceWord, lexiconTags} from '../nlp.js';
import {
  ABSTRACT,
  ACRONYM_COMMON_SECOND,
  BROADCAST,
  BUILDING_WORDS,
  COMPASS_ADJECTIVES,
  ETHNONYMS,
  GROUP_MEMBERS,
  HONOUR_BODY,
  INSTITUTIONS,
  MEDIA,
  MONTHS,
  NAME_TAGS,
  NATIONAL,
  NOT_NAME_TAGS,
  ORG_LAST_WORDS,
  ORG_WORDS,
  PLACE_TAGS,
  PLACE_WORDS,
  RELIGIOUS,
  THING_WORDS,
  TIME_ZONES,
  VENUE_LAST,
} from './cues.js';
import {isCity, isDemonym, knownPlace} from './gazetteer.js';
import {fromCountry, isAcronym, isCueWord, placeByData, type Features} from './kind-features.js';

import {again, DECISIVE, FAIR, GOOD, STRONG, WEAK, type KindRule} from './kind-weights.js';

// Mixed-case brand names ("SpaceX", "YouTube"); not "McCain", "DeSantis", "MacVarna".
const CAMEL = /^(?!Mc|Mac|O'|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
const DOMAIN = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|info|co\.uk|[a-z]{2})$/u;

const personLikeShape = (f: Features): boolean => {
  const {form, words, last} = f;
  // "the Ministry for Varna Affairs": a word that says body, place or thing is no part of a personal name, unless a
  // given name opens it ("Anna Lamont Hill").
  if (!f.firstIsName && words.some((w) => isCueWord(w.toLowerCase()))) return false;
  // ("died at her home in Carmel Valley": a place's last word after a preposition of place outweighs a given name.)
  if (PLACE_WORDS.has(f.lastWord) && f.locative > 0 && f.speaks + f.personRole + f.titled === 0) return false;
  const modifier = form.contexts.every((c) => c.modifies);
  const adjectiveLast = RELIGIOUS.has(last) || hasTag(last, 'Demonym') || isDemonym(last);
  // ("Nikki Holland … said": a given name and a cue of a person outweigh a surname spelt as a country.)
  const countryLast =
    knownPlace(words.at(-1) ?? '')?.kind === 'country' &&
    !(f.firstIsName && f.words.length === 2 && f.speaks + f.personRole + f.titled > 0);
  const alwaysThe = form.contexts.every((c) => c.theLower);
  const surnameEnding = f.firstIsName && lexiconTags(last).length === 0 && /(?:ship|hood|ment)$/u.test(last);
  const abstractLast = ABSTRACT.test(last) && !surnameEnding;
  return !modifier && !adjectiveLast && !abstractLast && !countryLast && !alwaysThe;
};

/** Rules reading the name's words and what the lexicon and gazetteer know of them. */
export const WORD_RULES: readonly KindRule[] = [
  {
    id: 'not-a-name-word',
    description: 'one word that is a month, weekday, demonym, unit, faith or party member, or time zone',
    example: 'On Tuesday, Republicans met at 9 GMT.',
    // ("Philippines" is no plural of "Philippine", "US" no pronoun: a country the gazetteer knows is a name.)
    apply: (f) =>
      f.words.length === 1 &&
      knownPlace(f.text)?.kind !== 'country' &&
      (hasTag(f.text, ...NOT_NAME_TAGS) ||
        GROUP_MEMBERS.test(f.lastWord) ||
        MONTHS.has(f.lastWord) ||
        isDemonym(f.text) ||
        TIME_ZONES.test(f.text) ||
        /^[ap]\.m\.$/iu.test(f.text))
        ? {none: DECISIVE}
        : undefined,
  },
  {
    id: 'web-domain',
    description: 'a name ending in a web domain ("Portfolio.hu"): the site, run by a body',
    example: 'The firm Vulnera.com found flaws.',
    apply: (f) => (DOMAIN.test(f.text) ? {organization: DECISIVE} : undefined),
  },
  {
    id: 'compass-region',
    description: 'a direction before a known place ("Southern Poland"): a region of it',
    example: 'Storms hit Southern Poland overnight.',
    apply: (f) =>
      f.words.length === 2 &&
      !f.form.contexts.some((c) => c.afterName) &&
      COMPASS_ADJECTIVES.test(f.first.toLowerCase()) &&
      placeByData(f.words[1] ?? '')
        ? {place: DECISIVE}
        : undefined,
  },
  {
    id: 'compass-placed',
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
    description: 'a venue word after a given name ("Busch Gardens"): a place named after a person',
    example: 'Crowds queued at Walter Gardens.',
    apply: (f) =>
      f.words.length > 1 &&
      VENUE_LAST.test(f.last) &&
      hasTag(f.first, ...NAME_TAGS) &&
      f.titled === 0 &&
      f.aged === 0 &&
      !f.form.contexts.some((c) => c.publication || c.source)
        ? {place: STRONG}
        : undefined,
  },
  {
    id: 'ethnonym',
    description: 'a word for an ethnicity ("Latina"), unless something is placed in it',
    example: 'She became the first Latina to win the seat.',
    apply: (f) =>
      f.words.length === 1 && ETHNONYMS.test(f.lastWord) && f.locative === 0 ? {none: DECISIVE} : undefined,
  },
  {
    id: 'camel-case-brand',
    description: 'a mixed-case word used mid-sentence ("SpaceX"): a brand, so a company',
    example: 'Shares of VelloTech rose.',
    apply: (f) =>
      // (A capital inside a word means something even where a sentence's first capital does not.)
      CAMEL.test(f.text) && f.personRole === 0 && !placeByData(f.text) ? {organization: STRONG} : undefined,
  },
  {
    id: 'thing-last-word',
    description: 'a last word for a law, event, award or thing ("Treaty", "Cup", "Telescope"): not reported',
    example: 'They signed the Varna Treaty.',
    apply: (f) => (f.words.length > 1 && THING_WORDS.has(f.last) ? {none: STRONG} : undefined),
  },
  {
    id: 'gazetteer-place',
    description: 'the gazetteer knows the name as a country, region or city (evidence, not a verdict)',
    example: 'Fires burned in Poland and Crete.',
    apply: (f) => (knownPlace(f.text) ? {place: STRONG} : undefined),
  },
  {
    id: 'code-as-word',
    description:
      'two capitals the gazetteer reads as a country code, but written as a common noun ("your CV") and never placed',
    example: 'She sent her CV to the firm on Monday.',
    apply: (f) =>
      /^\p{Lu}{2}$/u.test(f.text) &&
      knownPlace(f.text)?.kind === 'country' &&
      f.locative === 0 &&
      f.count((c) => !!c.determined) > 0
        ? {none: DECISIVE + STRONG}
        : undefined,
  },
  {
    id: 'place-data-placed',
    description: 'a place in the lexicon or city list, after a preposition of place or not otherwise a word',
    example: 'Schools closed near Henderson.',
    apply: (f) => {
      const placeLike = hasTag(f.text, ...PLACE_TAGS) || isCity(f.text);
      const ordinary = f.tags.length > 0 && !hasTag(f.text, ...PLACE_TAGS);
      return placeLike &&
        f.speaks === 0 &&
        f.personRole === 0 &&
        (f.locative > 0 || (!ordinary && !hasTag(f.text, ...NAME_TAGS)))
        ? {place: GOOD}
        : undefined;
    },
  },
  {
    id: 'building-as-location',
    description: 'a building\'s last word ("Center", "Hotel") used as a location, not acting: a place',
    example: 'The rocket launched from Varna Space Center.',
    apply: (f) => {
      const national = isDemonym(f.first) || NATIONAL.test(f.first);
      if (f.words.length < 2 || !BUILDING_WORDS.has(f.lastWord) || /\s(?:of|for)\s/u.test(f.text) || national)
        return undefined;
      const acts = f.form.contexts.some((c) => c.institutional);
      const everyLocative = f.form.contexts.every((c) => c.locative);
      if (acts) return undefined;
      // Every mention a location outweighs the body's last word and word inside ("Center": GOOD + FAIR).
      if (everyLocative) return {place: GOOD + FAIR + 1};
      return ORG_WORDS.has(f.last) ? undefined : {place: GOOD};
    },
  },
  {
    id: 'body-last-word',
    description: 'a last word for a body ("Ministry", "Party", "Inc", "International"): an organization',
    example: 'The Varna Gas Company said prices would rise.',
    apply: (f) =>
      f.words.length > 1 && (ORG_WORDS.has(f.last) || ORG_LAST_WORDS.has(f.last))
        ? {organization: GOOD}
        : undefined,
  },
  {
    id: 'acronym-common-noun',
    description: 'a body\'s acronym before a common noun, treated as a body ("BBC Sport")',
    example: 'Speaking to VTV Sport, he said so.',
    apply: (f) =>
      f.words.length === 2 &&
      ACRONYM_COMMON_SECOND.test(f.words[1] ?? '') &&
      isAcronym(f.first) &&
      f.form.contexts.some((c) => c.institutional)
        ? {organization: STRONG}
        : undefined,
  },
  {
    id: 'faith-state',
    description: 'a faith\'s adjective before "State" (and its "of …"): a movement or polity, not a region',
    example: 'Fighters of the Islamic State withdrew.',
    // ("Islamic State of Iraq and Syria": the "of" says where it claims, not that it is a place.)
    apply: (f) =>
      f.head.split(/\s+/u).length === 2 && f.last === 'state' && RELIGIOUS.has(f.first.toLowerCase())
        ? {organization: STRONG}
        : undefined,
  },
  {
    id: 'place-last-word',
    description:
      'a last word for a place ("River", "Street", "County"), unless a given name or a demonym opens it',
    example: 'Flooding closed Varna Street.',
    apply: (f) => {
      const surnameLike = hasTag(f.first, 'FirstName', 'MaleName', 'FemaleName') && f.locative === 0;
      // "the building of Varnian State institutions": a demonym and a noun are an adjective phrase, not a name.
      const demonymFirst = f.words.length === 2 && isDemonym(f.first);
      // "Varna News Channel", "Brevik Radio Station": a broadcaster, not a waterway or a stop.
      const broadcaster = BROADCAST.test(f.words.at(-2) ?? '');
      return f.words.length > 1 &&
        !broadcaster &&
        (PLACE_WORDS.has(f.last) || isPlaceWord(f.last)) &&
        !surnameLike &&
        !demonymFirst
        ? {place: GOOD}
        : undefined;
    },
  },
  {
    id: 'honour-body',
    description: 'a "Hall of Fame" inducts people: a body, though "Hall" ends places ("Town Hall")',
    example: 'She was inducted into the Varna Music Hall of Fame.',
    // (Outweighs place-last-word's GOOD for "Hall".)
    apply: (f) => (f.words.length > 2 && HONOUR_BODY.test(f.text) ? {organization: STRONG} : undefined),
  },
  {
    id: 'body-word-inside',
    description: 'a body\'s word anywhere before "of", or the lexicon\'s organization word last',
    example: 'The Ministry for Varna Affairs replied.',
    apply: (f) =>
      f.words.length > 1 &&
      (f.head.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase())) || isOrgWord(f.last))
        ? {organization: FAIR}
        : undefined,
  },
  {
    id: 'noun-of-place',
    description: 'a common noun heading a name "of" a place ("Bank of Varnia"): a body',
    example: 'The speech was broadcast by Voice of America.',
    apply: (f) => {
      const m = /^(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?(.+)$/u.exec(f.text);
      return m?.[1] && m[2] && hasTag(m[1], 'Singular', 'Uncountable') && placeByData(m[2])
        ? {organization: GOOD}
        : undefined;
    },
  },
  {
    id: 'lexicon-place',
    description: 'the lexicon tags the name as a place and not as a personal name',
    example: 'They sailed to Malta.',
    apply: (f) =>
      hasTag(f.text, ...PLACE_TAGS) && !hasTag(f.text, ...NAME_TAGS) ? {place: FAIR} : undefined,
  },
  {
    id: 'lexicon-body',
    description: 'the lexicon tags the name as an organization, team or company',
    example: 'Shares of Google fell.',
    apply: (f) =>
      hasTag(f.text, 'Organization', 'SportsTeam', 'Company') ? {organization: FAIR} : undefined,
  },
  {
    id: 'institution-word',
    description: 'one capitalised word naming an institution ("Parliament"), or a paper after "The"',
    example: 'Parliament voted, and The Sentinel reported it.',
    apply: (f) => {
      if (f.words.length !== 1 || !f.form.midSentence) return undefined;
      const the = f.form.spans.some((s) => s.theCap);
      return INSTITUTIONS.has(f.last) || (the && (MEDIA.has(f.last) || f.tags.length === 0))
        ? {organization: GOOD}
        : undefined;
    },
  },
  {
    id: 'acronym-as-word',
    description: 'a word in capitals that the lexicon knows ("ZERO", "TV"): not a body\'s acronym',
    example: 'The TV was on; HELP was painted on the roof.',
    apply: (f) =>
      isAcronym(f.text) &&
      f.tags.length > 0 &&
      !hasTag(f.text, 'Organization') &&
      knownPlace(f.text)?.kind !== 'country'
        ? {none: STRONG}
        : undefined,
  },
  {
    id: 'sentence-initial-only',
    description:
      'one word seen only opening sentences, which are capitalised anyway: no name without context',
    example: 'Stormy weather closed roads.',
    apply: (f) =>
      !f.form.midSentence &&
      f.words.length === 1 &&
      !hasTag(f.text, ...NAME_TAGS) &&
      ((f.speaks === 0 && f.personRole === 0) || f.tags.length > 0)
        ? {none: WEAK}
        : undefined,
  },
  {
    id: 'person-shape',
    description: "several words a given name opens, or that a person's cue follows and the lexicon lacks",
    example: 'Tomas Virk and Ardo Pell arrived.',
    apply: (f) => {
      if (f.words.length < 2 || !personLikeShape(f) || f.falseFirst) return undefined;
      const acts = f.form.contexts.some((c) => c.acts || c.listed);
      if (f.firstIsName) return {person: GOOD};
      return (f.personRole > 0 || f.speaks > 0 || fromCountry(f) || acts) && !f.plainFirst
        ? {person: FAIR}
        : undefined;
    },
  },
  {
    id: 'known-surname-last',
    description:
      'two words mid-sentence, the last a surname the lexicon knows, the first no word of a place, body or title',
    example: 'Only two presidents were impeached: Andrew Johnson and Bill Clinton.',
    // ("Bill" is a noun to the lexicon, and a law's word, so the given-name cue of person-shape misses it; a
    // thing's word opens no body or place, "UC Davis" and "Fort Lee" do.)
    apply: (f) => {
      const [first = '', last = ''] = f.words;
      const opener = first.toLowerCase();
      return f.words.length === 2 &&
        f.form.midSentence &&
        !f.firstIsName &&
        /^\p{Lu}\p{Ll}+$/u.test(first) &&
        hasTag(last, 'LastName', 'Person') &&
        !isCueWord(last.toLowerCase()) &&
        !ORG_WORDS.has(opener) &&
        !PLACE_WORDS.has(opener) &&
        !isOrgWord(opener) &&
        !isPlaceWord(opener) &&
        !COMPASS_ADJECTIVES.test(opener) &&
        !hasTag(first, ...PLACE_TAGS, 'Organization', 'Demonym', 'Adjective', 'Value', 'Date') &&
        !f.falseFirst &&
        !placeByData(f.text) &&
        !f.form.contexts.some((c) => c.orgNoun || c.roleKind === 'organization' || c.locative || c.modifies)
        ? {person: FAIR}
        : undefined;
    },
  },
  {
    id: 'listed-given-name',
    description:
      'one word the lexicon knows as a given name, listed after a person ("sons Wyatt and Zachary")',
    example: 'He is survived by his sons Wyatt and Zachary.',
    apply: (f) =>
      f.words.length === 1 &&
      hasTag(f.text, 'FirstName', 'MaleName', 'FemaleName') &&
      f.form.contexts.some((c) => c.listed)
        ? {person: FAIR}
        : undefined,
  },
  {
    id: 'given-name-speaks',
    description: 'one word the lexicon knows only as a given name, the subject of a speech verb',
    example: 'Cherie, known as Lucky, recalled the first costume she made.',
    apply: (f) =>
      f.words.length === 1 &&
      hasTag(f.text, 'FirstName', 'MaleName', 'FemaleName') &&
      !hasTag(f.text, ...PLACE_TAGS, 'Organization', 'Singular', 'Adjective') &&
      f.speaks > 0 &&
      // ("Chelsea said it would sign him": what says "it" is a body.)
      !f.form.contexts.some((c) => c.saysIt)
        ? {person: FAIR}
        : undefined,
  },
  {
    id: 'lexicon-surname',
    description: 'one word the lexicon knows as a surname or person',
    example: 'Wilson arrived late.',
    apply: (f) => (f.words.length === 1 && hasTag(f.text, 'LastName', 'Person') ? {person: FAIR} : undefined),
  },
  {
    id: 'lexicon-place-tag',
    description: 'the lexicon tags the name as some place',
    example: 'They walked across Manhattan.',
    apply: (f) => (hasTag(f.text, 'Place') ? {place: 1} : undefined),
  },
];
