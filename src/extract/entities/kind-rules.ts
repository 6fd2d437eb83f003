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
import {hasTag, isOrgWord, isPlaceWord, lexiconTags} from '../nlp.js';
import type {EvidenceRule, RuleInfo} from '../rules.js';
import {
  ABSTRACT,
  ACRONYM_COMMON_SECOND,
  BUILDING_WORDS,
  COMPASS_ADJECTIVES,
  ETHNONYMS,
  GROUP_MEMBERS,
  INSTITUTIONS,
  MEDIA,
  MONTHS,
  NAME_TAGS,
  NATIONAL,
  NOT_NAME_TAGS,
  ORG_LAST_WORDS,
  ORG_WORDS,
  PERSONAL_PARTICLE,
  PLACE_TAGS,
  PLACE_WORDS,
  RELIGIOUS,
  THING_WORDS,
  TIME_ZONES,
  VENUE_LAST,
} from './cues.js';
import {isCity, isDemonym, knownPlace} from './gazetteer.js';
import {isAcronym, isCueWord, nameByData, placeByData, type Features} from './kind-features.js';

/** What a name turned out to be; 'none' for things we do not report (events, laws, common words). */
export type Kind = 'person' | 'place' | 'organization' | 'none';

/** One kind rule: reads a name's features and adds weight to some kinds. */
export type KindRule = EvidenceRule<Features, Kind>;

const DECISIVE = 10;
const STRONG = 6;
const GOOD = 4;
const FAIR = 3;
const WEAK = 2;

/** `w` for the first mention with the cue, one more for each further one (at most four more). */
const again = (n: number, w: number): number => (n === 0 ? 0 : w + Math.min(n - 1, 4));

// Mixed-case brand names ("SpaceX", "YouTube"); not "McCain", "DeSantis", "LeBron", "MacKenzie".
const CAMEL = /^(?!Mc|Mac|O'|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
const DOMAIN = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|info|co\.uk|[a-z]{2})$/u;

// The nouns around the name say what it is only when nothing personal or placed is said of it.
function nounKind(f: Features): Kind | undefined {
  const {form, text} = f;
  if (f.personRole > 0 || form.contexts.some((c) => c.speaks && (c.pronoun === 'm' || c.pronoun === 'f')))
    return undefined;
  if (placeByData(text) || isDemonym(text) || isCity(text)) return undefined;
  if (PLACE_WORDS.has(f.lastWord) || form.contexts.some((c) => c.inPlace || c.roleKind === 'person'))
    return undefined;
  const kinds = form.contexts.map(
    (c) => c.roleKind ?? (c.orgNoun ? 'organization' : c.placeNoun ? 'place' : undefined),
  );
  if (kinds.includes('organization') && !kinds.includes('place')) return 'organization';
  if (kinds.includes('place') && !kinds.includes('organization')) return 'place';
  return undefined;
}

const personLikeShape = (f: Features): boolean => {
  const {form, words, last} = f;
  // "the Ministry for Varna Affairs": a word that says body, place or thing is no part of a personal name, unless a
  // given name opens it ("Marc Lamont Hill").
  if (!f.firstIsName && words.some((w) => isCueWord(w.toLowerCase()))) return false;
  const modifier = form.contexts.every((c) => c.modifies);
  const adjectiveLast = RELIGIOUS.has(last) || hasTag(last, 'Demonym') || isDemonym(last);
  const countryLast = knownPlace(words.at(-1) ?? '')?.kind === 'country';
  const alwaysThe = form.contexts.every((c) => c.theLower);
  const surnameEnding = f.firstIsName && lexiconTags(last).length === 0 && /(?:ship|hood|ment)$/u.test(last);
  const abstractLast = ABSTRACT.test(last) && !surnameEnding;
  return !modifier && !adjectiveLast && !abstractLast && !countryLast && !alwaysThe;
};

const fromCountry = (f: Features): boolean =>
  f.form.contexts.some((c) => c.fromCountry) &&
  f.words.every((w) => lexiconTags(w).length === 0 || nameByData(w)) &&
  !f.words.some((w) => isCueWord(w.toLowerCase()) || isAcronym(w));

const anyPlaceContext = (f: Features): boolean =>
  f.form.contexts.some((c) => c.locative || c.inPlace || c.afterTown) || knownPlace(f.text) !== undefined;

/** The kind rules, each with the reason for its weight. Every rule is tried on every name; the weights add up. */
export const KIND_RULES: readonly KindRule[] = [
  {
    id: 'work-title',
    description: 'every mention follows "entitled"/"titled": the title of a work, not reported',
    example: 'An artwork entitled Solvenna hung in the hall.',
    apply: (f) =>
      f.form.contexts.length > 0 && f.form.contexts.every((c) => c.workTitle) ? {none: DECISIVE} : undefined,
  },
  {
    id: 'party-before-mp',
    description: 'right before a parliamentary title ("Labour MP"): a party',
    example: 'Brevik Party MP Anna Holm spoke first.',
    apply: (f) =>
      f.form.contexts.some((c) => c.party) &&
      f.words.length <= 3 &&
      !hasTag(f.text, 'TextValue', 'Cardinal', 'Ordinal', 'Determiner')
        ? {organization: DECISIVE}
        : undefined,
  },
  {
    id: 'not-a-name-word',
    description: 'one word that is a month, weekday, demonym, unit, faith or party member, or time zone',
    example: 'On Tuesday, Republicans met at 9 GMT.',
    apply: (f) =>
      f.words.length === 1 &&
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
    id: 'title-before',
    description: 'a title of address or office before the name ("Mr.", "President"): a person',
    example: 'President Anna Holm opened the session.',
    apply: (f) => (f.titled > 0 ? {person: again(f.titled, DECISIVE)} : undefined),
  },
  {
    id: 'age-after',
    description: 'an age apposition after the name (", 45,"): a person',
    example: 'Tomas Virk, 45, was hurt.',
    apply: (f) => (f.aged > 0 ? {person: again(f.aged, DECISIVE)} : undefined),
  },
  {
    id: 'kind-noun',
    description: 'a noun for a kind of body or place beside the name ("retailer X", ", a town in …")',
    example: 'Shoppers left retailer Varnsby for the discount chain Kelmora.',
    apply: (f) => {
      const k = nounKind(f);
      return k ? {[k]: STRONG} : undefined;
    },
  },
  {
    id: 'article-source',
    description: "the article's own source named in its text (an outlet naming itself): an organization",
    example: 'source: Brieftown Courier — "The Brieftown Courier contacted the mayor."',
    apply: (f) => (f.form.contexts.some((c) => c.isSource) ? {organization: DECISIVE} : undefined),
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
    id: 'in-known-place',
    description: 'one word followed by ", <known region>" ("Orlando, Florida"): a place in it',
    example: 'The storm hit Varnby, Florida, on Monday.',
    apply: (f) =>
      f.words.length === 1 &&
      f.personRole === 0 &&
      f.count((c, i) => c.inPlace && !f.form.spans[i]?.initial) > 0
        ? {place: STRONG}
        : undefined,
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
    id: 'person-word-placed',
    description:
      'a word the lexicon knows only as a person, after "in" or a town ("Charlottesville, Virginia")',
    example: 'The rally was held in Jefferson.',
    apply: (f) =>
      f.words.length === 1 &&
      hasTag(f.text, 'Person') &&
      !hasTag(f.text, 'FirstName', 'MaleName', 'FemaleName', 'LastName') &&
      f.form.contexts.some((c) => c.locative || c.afterTown) &&
      f.speaks === 0 &&
      f.personRole === 0 &&
      f.titled === 0
        ? {place: GOOD}
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
    description: 'a faith\'s adjective before "State": a movement or polity, not a region',
    example: 'Fighters of the Islamic State withdrew.',
    apply: (f) =>
      f.words.length === 2 && f.last === 'state' && RELIGIOUS.has(f.first.toLowerCase())
        ? {organization: STRONG}
        : undefined,
  },
  {
    id: 'place-last-word',
    description: 'a last word for a place ("River", "Street", "County"), unless a given name opens it',
    example: 'Flooding closed Varna Street.',
    apply: (f) => {
      const surnameLike = hasTag(f.first, 'FirstName', 'MaleName', 'FemaleName') && f.locative === 0;
      return f.words.length > 1 && (PLACE_WORDS.has(f.last) || isPlaceWord(f.last)) && !surnameLike
        ? {place: GOOD}
        : undefined;
    },
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
    id: 'published-in',
    description: 'where something was published ("published in Nature Astronomy"): a publication',
    example: 'The study was published Wednesday in Varna Letters.',
    apply: (f) => {
      const n = f.count((c) => c.publication);
      return n > 0 && !placeByData(f.text) ? {organization: again(n, GOOD)} : undefined;
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
      isAcronym(f.text) && f.tags.length > 0 && !hasTag(f.text, 'Organization') ? {none: STRONG} : undefined,
  },
  {
    id: 'acronym-body',
    description: 'an acronym the text treats as a body ("the VTA", "VTA officials", "told VTA")',
    example: 'VTA officials said the VTA banned him.',
    apply: (f) => {
      if (!isAcronym(f.text)) return undefined;
      const asBody =
        f.form.contexts.some(
          (c) => c.institutional || c.theLower || c.theYear || c.theBefore || c.bodyNoun,
        ) || hasTag(f.text, 'Organization');
      // "DNA", "GDP": an acronym nothing treats as a body is a term; two letters are too often initials.
      return asBody && (f.text.replace(/[.&]/g, '').length >= 3 || f.text.includes('.'))
        ? {organization: FAIR}
        : {none: WEAK};
    },
  },
  {
    id: 'unknown-word-source',
    description: 'an unknown word cited as a source ("X reported") or speaking as "it": a body',
    example: 'Velnika reported the sale; Arbor said it would appeal.',
    apply: (f) => {
      if (!f.unknown || f.personRole > 0 || f.personal > 0 || anyPlaceContext(f)) return undefined;
      const cited = f.form.contexts.some((c) => c.reports && !c.locative && !c.afterAnd);
      const asIt = f.form.contexts.some((c) => c.saysIt) && /^\p{Lu}[\p{L}-]*$/u.test(f.text);
      return cited || asIt ? {organization: FAIR} : undefined;
    },
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
    id: 'cited-source',
    description: 'a name of several words cited as a source with nothing personal ("Gazeta Melnika reports")',
    example: 'Gazeta Melnika reports the plan failed.',
    apply: (f) => {
      const cited =
        f.form.contexts.some((c) => c.source) &&
        f.form.contexts.every((c) => !c.speaks || c.source) &&
        f.personal === 0 &&
        !hasTag(f.last, 'Adjective') &&
        !f.form.contexts.some((c) => c.locative || c.inPlace) &&
        !f.words.some((w) => PERSONAL_PARTICLE.test(w));
      return f.words.length > 1 && cited && !f.firstIsName && f.personRole === 0 && !fromCountry(f)
        ? {organization: GOOD}
        : undefined;
    },
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
    id: 'lexicon-surname',
    description: 'one word the lexicon knows as a surname or person',
    example: 'Wilson arrived late.',
    apply: (f) => (f.words.length === 1 && hasTag(f.text, 'LastName', 'Person') ? {person: FAIR} : undefined),
  },
  {
    id: 'person-apposition',
    description: 'a person\'s role beside the name (", a sales manager,", "activist X")',
    example: 'Virk, a sales manager, left.',
    // ("the death of Summer Fair": on a name of ordinary words a role is too little; person-shape weighs those.)
    apply: (f) =>
      f.personRole > 0 && (f.words.length === 1 || !f.plainFirst)
        ? {person: again(f.personRole, FAIR)}
        : undefined,
  },
  {
    id: 'unknown-speaker',
    description: 'an unknown word that speaks twice, or speaks and is "he"/"she" (not a plural: "Houthis")',
    example: 'Virk said the road was shut. Virk said he would wait.',
    apply: (f) => {
      const personal = f.form.contexts.some((c) => c.speaks && (c.pronoun === 'm' || c.pronoun === 'f'));
      return f.unknown && !/s$/u.test(f.text) && (f.speaks >= 2 || (personal && f.mentions >= 2))
        ? {person: again(f.speaks, WEAK)}
        : undefined;
    },
  },
  {
    id: 'unknown-always-the',
    description: 'an unknown word always given a lower-case "the" ("the Taliban"): an institution or group',
    example: 'Talks with the Velkor stalled; the Velkor refused.',
    apply: (f) =>
      f.unknown &&
      f.form.midSentence &&
      f.mentions >= 2 &&
      f.form.contexts.every((c, i) => c.theLower || !!f.form.spans[i]?.initial) &&
      f.locative === 0 &&
      f.form.contexts.every((c) => !c.locative) &&
      f.speaks === 0 &&
      !isCueWord(f.last)
        ? {organization: WEAK}
        : undefined,
  },
  {
    id: 'unknown-always-placed',
    description: 'an unknown word only ever after a preposition of place ("near Cantilan"): a place',
    example: 'The ship sank near Varnholm.',
    apply: (f) =>
      f.unknown &&
      f.form.midSentence &&
      f.form.contexts.every((c, i) => c.locative || !!f.form.spans[i]?.initial) &&
      /^\p{Lu}\p{Ll}+$/u.test(f.text) &&
      f.speaks === 0 &&
      !isCueWord(f.last) &&
      !/(?:ic|ian|ese|ish|ern|s)$/u.test(f.last)
        ? {place: WEAK}
        : undefined,
  },
  {
    id: 'lexicon-place-tag',
    description: 'the lexicon tags the name as some place',
    example: 'They walked across Manhattan.',
    apply: (f) => (hasTag(f.text, 'Place') ? {place: 1} : undefined),
  },
];

/**
 * Decided while grouping, as it reads other names: an unknown word after a preposition of place that opens a
 * place's name in the same article ("landing at Varnholm" beside "Varnholm International Airport") is the town.
 */
export const OPENS_PLACE_NAME: RuleInfo & {votes: Partial<Record<Kind, number>>} = {
  id: 'opens-place-name',
  description: 'an unknown word after "at"/"in" that opens a place\'s name the article uses: that town',
  example:
    'The plane landed at Varnholm. Its Varnholm crew was praised. Varnholm International Airport was closed.',
  votes: {place: GOOD},
};
