// Kind rules reading a body's own words: its last word, a brand's shape, a domain, an acronym; and what a group does.
import {atEnd, endsWithMatch} from '../matches.js';
import {hasAnyTag, isOrgWord, lexiconTags, suffixGuess, tagsInclude} from '../nlp.js';
import {isDemonym, knownPlace} from './gazetteer.js';
import {knownPlaceOrRegion} from './words.js';
import {
  ACRONYM_COMMON_SECOND,
  BODY_OPENERS,
  GROUP_OF_PEOPLE_LAST,
  HONOUR_BODY,
  INSTITUTIONS,
  MEDIA,
  ORG_LAST_WORDS,
  ORG_WORDS,
  PERSON_NOUNS,
  PLACE_VOTE_WORDS,
  PLACE_WORDS,
  RELIGIOUS,
} from './cues.js';
import {
  anyMention,
  isAcronym,
  isCueWord,
  placeByData,
  type Features,
  type MentionTest,
} from './kind-features.js';
import {DECISIVE, FAIR, GOOD, STRONG, again, type KindRule} from './kind-weights.js';
import {lazyPattern} from '../memo.js';

// Mixed-case brand names ("SpaceX", "YouTube"); not "McCain", "DeSantis", "MacVarna".
const CAMEL = /^(?!Mc|Mac|O'|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
// "G7", "G20", "G77": the Group of Seven, of Twenty, of 77.
const GROUP_OF_N = /^G\d{1,2}$/u;
const DOMAIN = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|info|co\.uk|[a-z]{2})$/u;

// The lexicon's tags the rules below ask (lists made once, not a rest array per call).
const COMMON_NOUN_TAGS: readonly string[] = ['Singular', 'Uncountable'];
const BODY_TAGS: readonly string[] = ['Organization', 'SportsTeam', 'Company'];

// A word neither the lexicon nor the ending of an adjective or a noun for someone explains ("Democratic", "Kurdish",
// "Islamist" are not): what a group's own name looks like.
const unknownNoun = (w: string): boolean =>
  lexiconTags(w).length === 0 && suffixGuess(w) === undefined && !ISH_ENDING.test(w) && !isDemonym(w);
const ISH_ENDING = /\p{Ll}ish$/u;

// The rules' tests of a mention or a word, made once (kind-features.ts MentionTest says why).
const notBodyOpening = (w: string): boolean => hasAnyTag(w, NOT_BODY_OPENING_TAGS) || isDemonym(w);
const modifiesGroup: MentionTest = (c) => !!c.modifiesGroup;
const adjectiveWord = (w: string): boolean => hasAnyTag(w, ADJECTIVE_TAGS);
const institutional: MentionTest = (c) => c.institutional;
const SPACES = /\s+/;
const SPACES_U = /\s+/u;
const orgWord = (w: string): boolean => ORG_WORDS.has(w.toLowerCase());
const ONE_CAPITAL = /^\p{Lu}$/u;
const NOUN_OF_PLACE = /^(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?(.+)$/u;
const cueWordIn = (w: string): boolean => isCueWord(w.toLowerCase());
const groupWord = (w: string): boolean => isAcronym(w) || unknownNoun(w);
const groupMembers: MentionTest = (c) => !!c.groupMembers;
const groupClaims: MentionTest = (c) => !!c.groupClaims;
const theBefore: MentionTest = (c) => c.theLower || !!c.theBefore;
const theCap = (s: {theCap: boolean}): boolean => s.theCap;
// Every mention opens a sentence or stands before an office's word.
function initialOrOffice(f: Features): boolean {
  const {spans, contexts} = f.form;
  for (let i = 0; i < spans.length; i++) if (!spans[i]?.initial && !contexts[i]?.officeAfter) return false;
  return true;
}

// "the Iowa Caucus": a place's name before a word for a vote names the vote there (PLACE_VOTE_WORDS).
const placeVote = (f: {words: readonly string[]; lastWord: string}): boolean =>
  PLACE_VOTE_WORDS.has(f.lastWord) &&
  f.words.length > 1 &&
  knownPlaceOrRegion(f.words.slice(0, -1).join(' '));

/** Kind rules reading a body's own words: its last word, a brand's shape, a domain, an acronym. */
const ADJECTIVE_TAGS: readonly string[] = ['Adjective', 'Demonym'];
// Words that open a phrase before a country rather than a body's name ("Former", "Republican", "South", "The").
const NOT_BODY_OPENING_TAGS: readonly string[] = [
  'Adjective',
  'Demonym',
  'Determiner',
  'Preposition',
  'Comparative',
  'Superlative',
  'Place',
  'City',
  'Country',
  'Region',
  'Duration',
];
// A name's head word of these kinds names an activity or a time, not a body ("Court Packing", "Media Days").
const NOT_BODY_HEAD_TAGS: readonly string[] = ['Gerund', 'Duration'];
// Endings of adjectives and of peoples' words the lexicon lacks ("Islamist", "Maoist", "Salafi"-like "-ic", "-ian").
const ADJECTIVAL = atEnd(/(?:ist|ic|ian|ese|ish)$/u);

const centroOf = lazyPattern(() => /^Centro\s+(?:de|do|da|dos|das|di|del|della)\s+\p{Lu}/u);

// "Carver & Lowe", "Redfield & Wilton Strategies": capitalised words of two letters or more on both sides of "&".
const AMPERSAND_FIRM = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+&\s+\p{Lu}[\p{L}'’.-]+/u;

export const BODY_WORD_RULES: readonly KindRule[] = [
  {
    id: 'web-domain',
    words: 'one', // (its pattern holds no space)
    description: 'a name ending in a web domain ("Portfolio.hu"): the site, run by a body',
    example: 'The firm Vulnera.com found flaws.',
    apply: (f) => (DOMAIN.test(f.text) ? {organization: DECISIVE} : undefined),
  },
  {
    id: 'group-of-n',
    words: 'one', // (its pattern holds no space)
    description: '"G" and a number ("G7", "G20"): the group of that many countries, a body',
    example: 'Leaders of the G9 met in Varnby; the G9 agreed on a statement.',
    apply: (f) => (GROUP_OF_N.test(f.text) && f.personRole === 0 ? {organization: STRONG} : undefined),
  },
  {
    id: 'ampersand-firm',
    words: 'many',
    description:
      'two capitalised names of two letters or more joined by "&" ("Carver & Lowe", not "E & W"): a firm or a band, never one person',
    example: 'Hugo Varn, an analyst at Kelm & Tasker, wrote that the price was full.',
    apply: (f) => (AMPERSAND_FIRM.test(f.text) ? {organization: GOOD} : undefined),
  },
  {
    id: 'camel-case-brand',
    words: 'one', // (its pattern holds no space)
    description: 'a mixed-case word used mid-sentence ("SpaceX"): a brand, so a company',
    example: 'Shares of VelloTech rose.',
    apply: (f) =>
      // (A capital inside a word means something even where a sentence's first capital does not.)
      CAMEL.test(f.text) && f.personRole === 0 && !f.placed ? {organization: STRONG} : undefined,
  },
  {
    id: 'group-of-people',
    words: 'many',
    description:
      'several words ending in a word for a group of people ("Family", "Brothers"): a group, not a person',
    example: 'He joined the Varnby Family faction in 2013.',
    // ("the First Family": a family named by a common word is no body either.)
    apply: (f) =>
      GROUP_OF_PEOPLE_LAST.test(f.lastWord) && f.titled === 0 && !f.plainFirst
        ? {organization: FAIR}
        : undefined,
  },
  {
    id: 'body-last-word',
    words: 'many',
    description: 'a last word for a body ("Ministry", "Party", "Inc", "International"): an organization',
    example: 'The Varna Gas Company said prices would rise.',
    apply: (f) =>
      (ORG_WORDS.has(f.last) || ORG_LAST_WORDS.has(f.last)) && !placeVote(f)
        ? {organization: GOOD}
        : undefined,
  },
  {
    id: 'body-opener',
    words: 'many',
    description:
      'another language\'s word for a kind of body opening a name ("Deutsche", "Banco", "Agence"): an organization',
    example: 'Firms including Deutsche Varnbahn and Banco Kelmora left Iran.',
    // ("Centro de Monitoramento Orbital": a centre's word opens a body's name only before "de", "do", "da", "di",
    // "del" and the field; "Centro Histórico" is a town's quarter.)
    apply: (f) =>
      BODY_OPENERS.has(f.first.toLowerCase()) || (f.first === 'Centro' && centroOf().test(f.text))
        ? {organization: GOOD}
        : undefined,
  },
  {
    id: 'country-last-word',
    words: 'many',
    description:
      'a country\'s name ending a name whose other words are no place, adjective, time word or given name ("Mazars USA", "Air India"): a body, or its branch in that country',
    example: 'He sued his tax preparer Varnmark USA to block the release.',
    // (No person's name ends in a country; "New Mexico", "Northern Ireland" and "Melbourne, Australia" are places
    // the data know, whole or before the country; "Republican US Senator": an adjective opens no body's name.)
    apply: (f) => {
      // ("Seal Island": a place's word the data know as a country's name in another language is no country.)
      if (f.placed || f.titled > 0 || f.firstIsName || PLACE_WORDS.has(f.last)) return undefined;
      if (knownPlace(f.lastWord)?.kind !== 'country') return undefined;
      const rest = f.words.slice(0, -1);
      if (knownPlaceOrRegion(rest.join(' ')) || rest.some(notBodyOpening)) return undefined;
      return {organization: STRONG};
    },
  },
  {
    id: 'the-group-noun',
    description:
      'a name after "the" that modifies a noun for a group only a body is ("the Jamaah Ansharut Daulah network"): an organization',
    example: 'The suspects were linked to the Varnathi Daulah network.',
    // (Not a people's or an adjective's word: "the Kurdish militia", "the Islamist group", "the Maoist faction".)
    // (The cue first: the lexicon's look-ups would run for every name, the cue is rare.)
    apply: (f) => {
      const n = f.count(modifiesGroup);
      if (
        n === 0 ||
        isDemonym(f.first) ||
        f.words.some(adjectiveWord) ||
        endsWithMatch(ADJECTIVAL, f.lastWord)
      )
        return undefined;
      return {organization: again(n, GOOD)};
    },
  },
  {
    id: 'acronym-common-noun',
    words: 'many',
    description: 'a body\'s acronym before a common noun, treated as a body ("BBC Sport")',
    example: 'Speaking to VTV Sport, he said so.',
    apply: (f) =>
      f.words.length === 2 &&
      ACRONYM_COMMON_SECOND.test(f.words[1] ?? '') &&
      isAcronym(f.first) &&
      anyMention(f, institutional)
        ? {organization: STRONG}
        : undefined,
  },
  {
    id: 'faith-state',
    words: 'many',
    description: 'a faith\'s adjective before "State" (and its "of …"): a movement or polity, not a region',
    example: 'Fighters of the Islamic State withdrew.',
    // ("Islamic State of Iraq and Syria": the "of" says where it claims, not that it is a place.)
    apply: (f) =>
      f.last === 'state' && f.head.split(SPACES_U).length === 2 && RELIGIOUS.has(f.first.toLowerCase())
        ? {organization: STRONG}
        : undefined,
  },
  {
    id: 'honour-body',
    words: 'many',
    description: 'a "Hall of Fame" inducts people: a body, though "Hall" ends places ("Town Hall")',
    example: 'She was inducted into the Varna Music Hall of Fame.',
    // (Outweighs place-last-word's GOOD for "Hall".)
    apply: (f) => (f.words.length > 2 && HONOUR_BODY.test(f.text) ? {organization: STRONG} : undefined),
  },
  {
    id: 'body-word-inside',
    words: 'many',
    description: 'a body\'s word anywhere before "of", or the lexicon\'s organization word last',
    example: 'The Ministry for Varna Affairs replied.',
    // ("Court Packing", "Media Days": a body's word before a gerund or a time noun heads an activity or an event,
    // not a body; a city last is the body's seat: "University College London".)
    apply: (f) =>
      (f.head.split(SPACES).some(orgWord) || isOrgWord(f.last)) &&
      !placeVote(f) &&
      // ("our Group D staff", "Pool B": a letter last labels a class of a body's people or things.)
      !ONE_CAPITAL.test(f.words.at(-1) ?? '') &&
      // ("Divisional Railway Manager", "Bank Inspector": a body's word before a person's noun names a post.)
      !(!ORG_WORDS.has(f.last) && PERSON_NOUNS.has(f.last)) &&
      !(!ORG_WORDS.has(f.last) && !isOrgWord(f.last) && hasAnyTag(f.last, NOT_BODY_HEAD_TAGS))
        ? {organization: FAIR}
        : undefined,
  },
  {
    id: 'noun-of-place',
    description: 'a common noun heading a name "of" a place ("Bank of Varnia"): a body',
    example: 'The speech was broadcast by Voice of America.',
    apply: (f) => {
      const m = NOUN_OF_PLACE.exec(f.text);
      return m?.[1] && m[2] && hasAnyTag(m[1], COMMON_NOUN_TAGS) && placeByData(m[2])
        ? {organization: GOOD}
        : undefined;
    },
  },
  {
    id: 'group-acts',
    description:
      'a word the lexicon lacks, or an acronym, acting or staffed as a group ("X claimed responsibility", "X fighters", "members of X", "X said in a statement") and never a person: an organization',
    example: 'The Velkor claimed responsibility. Velkor fighters withdrew, the Velkor said.',
    // Two words only with the group's people named ("Boko Haram fighters"): "Ardo Pell said in a statement" is a
    // person. One common word opening sentences ("World leaders met") needs a claim; the lexicon lacks most nouns.
    // (A lower-case "the" before it, or "The" before a verb, confirms: no person is "the Velkor".)
    // (The word tests first: the group cues read each context's words with patterns, for few forms.)
    apply: (f) => {
      if (
        f.words.length > 2 ||
        f.firstIsName ||
        f.personal + f.titled + f.personRole + f.aged > 0 ||
        f.placed ||
        f.words.some(cueWordIn) ||
        !f.words.every(groupWord)
      )
        return undefined;
      const single = f.words.length === 1;
      const members = f.form.midSentence || (single && isAcronym(f.text)) ? f.count(groupMembers) : 0;
      const n = members + (single ? f.count(groupClaims) : 0);
      if (n === 0) return undefined;
      const the = f.count(theBefore);
      return {organization: again(n + the, GOOD)};
    },
  },
  {
    id: 'lexicon-body',
    description: 'the lexicon tags the name as an organization, team or company',
    example: 'Shares of Google fell.',
    apply: (f) => (tagsInclude(f.tags, BODY_TAGS) ? {organization: FAIR} : undefined),
  },
  {
    id: 'institution-word',
    words: 'one',
    description: 'one capitalised word naming an institution ("Parliament"), or a paper after "The"',
    example: 'Parliament voted, and The Sentinel reported it.',
    apply: (f) => {
      if (!f.form.midSentence) return undefined;
      // ("Police arrested a man. … said Police Chief Renata Voight": a word of an office's title is no body.)
      if (initialOrOffice(f)) return undefined;
      const the = f.form.spans.some(theCap);
      return INSTITUTIONS.has(f.last) || (the && (MEDIA.has(f.last) || f.tags.length === 0))
        ? {organization: GOOD}
        : undefined;
    },
  },
];
