// Kind rules reading a person's own words: a given name first, a surname the lexicon knows, a name's shape.
import {hasAnyTag, isOrgWord, isPlaceWord, lexiconTags, tagsInclude} from '../nlp.js';
import {
  ABSTRACT,
  COMPASS_ADJECTIVES,
  GROUP_OF_PEOPLE_LAST,
  ORG_WORDS,
  PLACE_TAGS,
  PLACE_WORDS,
  FACILITY_WORDS,
  PORTFOLIO_WORDS,
  RELIGIOUS,
} from './cues.js';
import {isCity, isDemonym, knownPlace} from './gazetteer.js';
import {
  anyMention,
  everyMention,
  fromCountry,
  GIVEN_NAME_TAGS,
  isCueWord,
  SURNAME_TAGS,
  type Features,
  type MentionTest,
} from './kind-features.js';
import {FAIR, GOOD, type KindRule} from './kind-weights.js';

// The lexicon's tags the rules below ask (lists made once, not a rest array per call).
const DEMONYM_TAG: readonly string[] = ['Demonym'];
const NOT_GIVEN_OPENER_TAGS: readonly string[] = [
  ...PLACE_TAGS,
  'Organization',
  'Demonym',
  'Adjective',
  'Value',
  'Date',
];
const SENTENCE_OPENER_TAGS: readonly string[] = [
  'Adverb',
  'Conjunction',
  'Preposition',
  'Determiner',
  'Pronoun',
  'QuestionWord',
];
const NOT_ONLY_GIVEN_TAGS: readonly string[] = [...PLACE_TAGS, 'Organization', 'Singular', 'Adjective'];

// The tests of a mention or a word, made once (kind-features.ts MentionTest says why).
const cueWordIn = (w: string): boolean => isCueWord(w.toLowerCase());
const modifies: MentionTest = (c) => c.modifies;
const theBeforeName: MentionTest = (c, _, f) =>
  c.theLower && !(f.firstIsName && f.words.length > 1 && c.loneNounAfter && !c.modifies);
const SURNAME_ENDING = /(?:ship|hood|ment)$/u;
const actsListedOrMeets: MentionTest = (c) => c.acts || c.listed || c.meets;
const acts: MentionTest = (c) => c.acts;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const bodyOrPlaced: MentionTest = (c) =>
  c.orgNoun || c.roleKind === 'organization' || c.locative || c.modifies;
const listed: MentionTest = (c) => c.listed;
const saysIt: MentionTest = (c) => !!c.saysIt;
const theLower: MentionTest = (c) => c.theLower;

const personLikeShape = (f: Features): boolean => {
  const {words, last} = f;
  // "the Ministry for Varna Affairs": a word that says body, place or thing is no part of a personal name, unless a
  // given name opens it ("Anna Lamont Hill").
  if (!f.firstIsName && words.some(cueWordIn)) return false;
  // ("Santa Cruz said": a town of the gazetteer that no given name opens is no personal name.)
  if (!f.firstIsName && words.length > 1 && isCity(f.text)) return false;
  // ("died at her home in Carmel Valley": a place's last word after a preposition of place outweighs a given name.)
  if (PLACE_WORDS.has(f.lastWord) && f.locative > 0 && f.speaks + f.personRole + f.titled === 0) return false;
  // ("Scripps Research said": a field's word, no one's surname, ends a body's name that no given name opens.)
  if (!f.firstIsName && words.length > 1 && PORTFOLIO_WORDS.has(f.lastWord)) return false;
  // ("Ana Lind Airport": a facility named after a person.)
  if (FACILITY_WORDS.has(f.lastWord) && words.length > 1) return false;
  const modifier = everyMention(f, modifies);
  const adjectiveLast = RELIGIOUS.has(last) || hasAnyTag(last, DEMONYM_TAG) || isDemonym(last);
  // ("Nikki Holland … said": a given name and a cue of a person outweigh a surname spelt as a country.)
  const countryLast =
    knownPlace(words.at(-1) ?? '')?.kind === 'country' &&
    !(f.firstIsName && f.words.length === 2 && f.speaks + f.personRole + f.titled > 0);
  // ("the Chuck Jones quote": after "the", a full name a given name opens that modifies a plain noun leaves "the" to
  // the noun; "the Varnby Lamont" alone, before a thing's or body's word, or before two nouns keeps it.)
  const alwaysThe = everyMention(f, theBeforeName);
  const surnameEnding = f.firstIsName && lexiconTags(last).length === 0 && SURNAME_ENDING.test(last);
  const abstractLast = ABSTRACT.test(last) && !surnameEnding;
  // ("The Varnby Family faction": a word for a group of people names several, no one person.)
  const groupLast = GROUP_OF_PEOPLE_LAST.test(f.lastWord);
  return !modifier && !adjectiveLast && !abstractLast && !countryLast && !alwaysThe && !groupLast;
};

/** Kind rules reading a person's own words: a given name first, a surname the lexicon knows, a name's shape. */
export const PERSON_WORD_RULES: readonly KindRule[] = [
  {
    id: 'person-shape',
    words: 'many',
    description: "several words a given name opens, or that a person's cue follows and the lexicon lacks",
    example: 'Tomas Virk and Ardo Pell arrived.',
    // (The contexts' act, list and meeting cues, patterns over each context, are read last, for few forms.)
    apply: (f) => {
      // (The features' flags before the shape's tests, which read the words and the contexts: a plain first word
      // that is no given name answers as the shape would.)
      if (f.falseFirst || (!f.firstIsName && f.plainFirst) || !personLikeShape(f)) return undefined;
      if (f.firstIsName) return {person: GOOD};
      return f.personRole > 0 || f.speaks > 0 || fromCountry(f) || anyMention(f, actsListedOrMeets)
        ? {person: FAIR}
        : undefined;
    },
  },
  {
    id: 'known-surname-last',
    words: 'many',
    description:
      'two words mid-sentence (or speaking), the last a surname the lexicon knows, the first no word of a place, body or title',
    example: 'Only two presidents were impeached: Andrew Johnson and Bill Clinton.',
    // ("Bill" is a noun to the lexicon, and a law's word, so the given-name cue of person-shape misses it; a
    // thing's word opens no body or place, "UC Davis" and "Fort Lee" do.)
    apply: (f) => {
      const [first = '', last = ''] = f.words;
      const opener = first.toLowerCase();
      // ("Bill Clinton said on Monday …", the name's only mention: a sentence's first capital proves nothing, the
      // surname's second capital does, when the name speaks and its first word is no sentence adverb: "Then Lee".)
      // ("Bill Clinton was impeached in 1998": or does what only a person does, "was elected", "died".)
      // (Read only of two words that never stand mid-sentence: the acts are patterns over each mention.)
      return f.words.length === 2 &&
        (f.form.midSentence ||
          ((f.speaks > 0 || anyMention(f, acts)) && !hasAnyTag(first, SENTENCE_OPENER_TAGS))) &&
        !f.firstIsName &&
        CAPITALISED_WORD.test(first) &&
        hasAnyTag(last, SURNAME_TAGS) &&
        !isCueWord(last.toLowerCase()) &&
        !ORG_WORDS.has(opener) &&
        !PLACE_WORDS.has(opener) &&
        !isOrgWord(opener) &&
        !isPlaceWord(opener) &&
        !COMPASS_ADJECTIVES.test(opener) &&
        !hasAnyTag(first, NOT_GIVEN_OPENER_TAGS) &&
        !f.falseFirst &&
        !f.placed &&
        // ("Santa Cruz": a town of the gazetteer, though its last word is a surname.)
        !isCity(f.text) &&
        !anyMention(f, bodyOrPlaced)
        ? {person: FAIR}
        : undefined;
    },
  },
  {
    id: 'listed-given-name',
    words: 'one',
    description:
      'one word the lexicon knows as a given name, listed after a person ("sons Wyatt and Zachary")',
    example: 'He is survived by his sons Wyatt and Zachary.',
    apply: (f) =>
      tagsInclude(f.tags, GIVEN_NAME_TAGS) && anyMention(f, listed) ? {person: FAIR} : undefined,
  },
  {
    id: 'given-name-speaks',
    words: 'one',
    description: 'one word the lexicon knows only as a given name, the subject of a speech verb',
    example: 'Cherie, known as Lucky, recalled the first costume she made.',
    apply: (f) =>
      tagsInclude(f.tags, GIVEN_NAME_TAGS) &&
      !tagsInclude(f.tags, NOT_ONLY_GIVEN_TAGS) &&
      f.speaks > 0 &&
      // ("Chelsea said it would sign him": what says "it" is a body.)
      !anyMention(f, saysIt) &&
      // ("the Scot said", "the Dane told": after a lower-case "the" everywhere, a noun for a people, not a name.)
      !everyMention(f, theLower)
        ? {person: FAIR}
        : undefined,
  },
  {
    id: 'lexicon-surname',
    words: 'one',
    description: 'one word the lexicon knows as a surname or person',
    example: 'Wilson arrived late.',
    apply: (f) => (tagsInclude(f.tags, SURNAME_TAGS) ? {person: FAIR} : undefined),
  },
];
