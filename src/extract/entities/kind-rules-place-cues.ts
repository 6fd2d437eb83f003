// Kind rules of round s47c (src/extract/entities/ERRORS.md): places a story names by the office of their head
// ("Ōkawara Mayor Shimizu Kenta") and by a protected area's kind ("Mkanda Game Reserve").
import {lexiconTags, tagsInclude} from '../nlp.js';
import {atEnd, endsWithMatch} from '../matches.js';
import {ORG_WORDS, PLACE_TAGS} from './cues.js';
import {anyMention, everyMention, isAcronym, type MentionTest} from './kind-features.js';
import {FEATURE_ALONE} from './place-short-forms.js';
import {DECISIVE, FAIR, GOOD, type KindRule} from './kind-weights.js';

// "Selvo National Park", "Mkanda Game Reserve", "Sirikwa Conservancy": land set aside, a place, whatever a body's
// last word ("Reserve", as in "Federal Reserve") says. Not "National Park Service" (its last word is a body's).
const PROTECTED_AREA =
  /\s(?:(?:Game|Nature|Wildlife|Forest|Marine|National|Biosphere)\s(?:Reserve|Park|Sanctuary|Refuge)|Conservancy)$/u;

// "Bakori Local Government Area", "Mwea East Sub-County": a country's division named with its kind, whatever the
// body's words inside ("Government") say. (Round s48g.)
const DIVISION_KIND = atEnd(/\s(?:Local\sGovernment\sArea|Sub-?[Cc]ounty)$/u);

const MONEY_WORD = /bank|fund|reserve|monetary/iu;

// The rules' tests of a mention or a word, made once (kind-features.ts MentionTest says why).
const theLowerPlain: MentionTest = (c) => c.theLower && !c.institutional && !c.modifies;
const ADJECTIVAL_ENDING = atEnd(/(?:al|ic|ian|ese|ish|ist|ern)$/u);
const townBeforeTrade: MentionTest = (c) => c.townBeforeTrade === true;
const placeOfficeAfter: MentionTest = (c) => c.placeOfficeAfter === true;
const placeOnlyWord = (w: string): boolean => {
  const tags = lexiconTags(w);
  return !ORG_WORDS.has(w.toLowerCase()) && (tags.length === 0 || tagsInclude(tags, PLACE_TAGS));
};

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
    id: 'division-kind',
    words: 'many',
    description:
      'a division\'s kind ending the name ("Local Government Area", "Sub-County"): a place, though a body\'s word is inside',
    example: 'Gunmen raided a village in Bakori Local Government Area on Friday.',
    apply: (f) => (endsWithMatch(DIVISION_KIND, f.text) ? {place: DECISIVE} : undefined),
  },
  {
    id: 'feature-alone',
    words: 'one',
    description:
      'a sea\'s or a land\'s feature word alone, capitalised after a lower-case "the" at every mention ("ships in the Gulf", "across the Channel"): that place',
    example: 'Tankers crossing the Gulf were delayed, and ships in the Gulf waited.',
    // (Not a word that speaks or acts as a body: "the Channel said" is a broadcaster.)
    apply: (f) =>
      FEATURE_ALONE.has(f.lastWord) && f.form.midSentence && f.speaks === 0 && everyMention(f, theLowerPlain)
        ? {place: f.locative > 0 ? GOOD : FAIR}
        : undefined,
  },
  {
    id: 'town-before-trade',
    words: 'one',
    description:
      'a word the lexicon lacks between "a" and a local business\'s or institution\'s noun ("a trader at a Kaupstad brokerage", "a Velby hospital") or its own office ("a Kirigo governor", "a Velby mayor"), nothing personal said of it: the town or county it is in',
    example: 'One trader at a Kaupstad brokerage said prices would fall.',
    apply: (f) =>
      f.unknown &&
      // ("a Pentecostal church": an adjective's ending is a faith's or a people's.)
      !endsWithMatch(ADJECTIVAL_ENDING, f.lastWord) &&
      // ("a PRI governor": a party's initials.)
      !isAcronym(f.text) &&
      f.speaks + f.titled + f.aged + f.personRole === 0 &&
      anyMention(f, townBeforeTrade)
        ? {place: FAIR}
        : undefined,
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
      f.titled + f.aged === 0 &&
      !isAcronym(f.text) &&
      anyMention(f, placeOfficeAfter) &&
      // ("Nordbank Governor Erik Lund": a bank's or a fund's governor, its trade inside a word.)
      !MONEY_WORD.test(f.text) &&
      f.words.every(placeOnlyWord)
        ? {place: GOOD}
        : undefined,
  },
];
