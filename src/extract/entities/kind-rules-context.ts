// The kind rules that read the mentions' contexts: titles, appositions, verbs, prepositions, the nouns around.
import {atEnd, endsWithMatch} from '../matches.js';
import {hasAnyTag, lexiconTags, suffixGuess, tagsInclude} from '../nlp.js';
import {
  ABSTRACT,
  GROUP_MEMBERS,
  NAME_TAGS,
  PERSONAL_PARTICLE,
  PLACE_FIRST_WORDS,
  PLACE_TAGS,
  PLACE_WORDS,
  PORTFOLIO_WORDS,
  RELIGIOUS,
  TITLES,
} from './cues.js';
import type {Context} from './context-types.js';
import {isCity, isDemonym} from './gazetteer.js';
import {
  fromCountry,
  GIVEN_NAME_TAGS,
  isAcronym,
  anyMention,
  everyMention,
  isCueWord,
  placeByData,
  SURNAME_TAGS,
  type Features,
  type MentionTest,
} from './kind-features.js';

import {again, DECISIVE, FAIR, GOOD, STRONG, WEAK, type Kind, type KindRule} from './kind-weights.js';

// The lexicon's tags the rules below ask (lists made once, not a rest array per call).
const COUNTRY_REGION_TAGS: readonly string[] = ['Country', 'Region'];
const NUMBER_TAGS: readonly string[] = ['TextValue', 'Cardinal', 'Ordinal', 'Determiner'];
const PERSON_TAG: readonly string[] = ['Person'];
const PERSONAL_NAME_TAGS: readonly string[] = ['FirstName', 'MaleName', 'FemaleName', 'LastName'];
const ORG_TAG: readonly string[] = ['Organization'];
const PLURAL_TAG: readonly string[] = ['Plural'];
const PEOPLE_TAGS: readonly string[] = ['Demonym', 'Language'];
const DATE_TAGS: readonly string[] = ['Date', 'WeekDay', 'Month', 'Holiday'];
const ADJECTIVE_TAG: readonly string[] = ['Adjective'];
const OPENING_ADJECTIVE_TAGS: readonly string[] = ['Adjective', 'Adverb', 'Determiner', 'Comparable'];

// The endings of a people's or a language's adjective ("Catalonian", "Kelvarese", "Varnish", "Slavic").
const ADJECTIVAL_NAME = atEnd(/\p{Ll}(?:ian|ese|ish|ic)$/u);

// The nouns around the name say what it is only when nothing personal or placed is said of it.
function nounKind(f: Features): Kind | undefined {
  const {form, text} = f;
  // (A person's cues are weighed by their own rules; a "he" after a name that speaks is often another's.)
  if (f.personRole > 0) return undefined;
  // (A town's name may be a firm's too, "the engineering firm Varnby": only a country or region the data know
  // outweighs the noun.)
  if (f.place?.kind === 'country' || tagsInclude(f.tags, COUNTRY_REGION_TAGS) || isDemonym(text))
    return undefined;
  if (PLACE_WORDS.has(f.lastWord) || anyMention(f, inPlaceOrPersonal)) return undefined;
  // ("a Catalonian city": a people's adjective before "city" or "town" names no settlement.)
  const settles = !endsWithMatch(ADJECTIVAL_NAME, text);
  // (Which kinds the mentions' nouns say, in a loop: no array of them per name.)
  let organization = false;
  let place = false;
  for (let i = 0; i < form.contexts.length; i++) {
    const c = form.contexts[i] as Context;
    const kind =
      c.roleKind ??
      (c.orgNoun
        ? 'organization'
        : c.placeNoun || c.divisionAfter || (settles && c.settlementAfter)
          ? 'place'
          : undefined);
    if (kind === 'organization') organization = true;
    else if (kind === 'place') place = true;
  }
  if (organization && !place) return 'organization';
  if (place && !organization) return 'place';
  return undefined;
}
const inPlaceOrPersonal: MentionTest = (c) => c.inPlace || c.roleKind === 'person';

// A faith's name is its adjective's stem: "islam" + "ic", "hinduism" − "ism", "buddhism" → "buddhist".
// Two words the lexicon knows neither of ("La Llagosta", "Pangkal Pinang"): as unknown as one such word. Not a
// faith's or a people's word ("in Muslim Mindanao", the end of a longer name cut at "in").
const unknownWords = (f: Features): boolean => f.words.length === 2 && f.words.every(unknownPlainWord);
const unknownPlainWord = (w: string): boolean =>
  lexiconTags(w).length === 0 && !GROUP_MEMBERS.test(w.toLowerCase()) && !isDemonym(w);

// Two words the lexicon lacks, none a body's or a place's word ("Narendra Modi", not "Salling Group").
const announcerMayBePerson = (f: Features): boolean => unknownWords(f) && !f.words.some(cueWordIn);
const cueWordIn = (w: string): boolean => isCueWord(w.toLowerCase());

const isFaith = (w: string): boolean =>
  RELIGIOUS.has(`${w}ic`) ||
  (w.endsWith('ism') && (RELIGIOUS.has(w.slice(0, -3)) || RELIGIOUS.has(`${w.slice(0, -2)}t`)));

const anyPlaceContext = (f: Features): boolean => anyMention(f, placeContext) || f.place !== undefined;
const placeContext: MentionTest = (c) => c.locative || c.inPlace || c.afterTown;

// ("an analyst at Bellwether Research": the "at" after one who works for the body places the work, not the name.)
// ("a customs official at Port Cassel": not a name a place's word opens.)
const placeContextBesidesStaff = (f: Features): boolean =>
  anyMention(f, placeBesidesStaff) || f.place !== undefined;
const placeBesidesStaff: MentionTest = (c, _, f) =>
  (c.locative &&
    !(
      c.staffFor &&
      !PLACE_FIRST_WORDS.has(f.first.toLowerCase()) &&
      !PLACE_WORDS.has(f.first.toLowerCase())
    )) ||
  c.inPlace ||
  c.afterTown;

// "The UN said", "a UN spokesman", "UN peacekeepers": two capitals that a "the" opens before a body's verb, or that
// a body's staff follows, are a body's. Not initials ("told AJ"), a term ("the PI on the dig", "the PC culture"), a
// title ("the PM said"), a country ("the US") or a state's code ("Austin, TX"). (Read after the cheap tests: only
// for two-letter acronyms some body cue already spoke for.)
const twoLetterBody = (f: Features): boolean =>
  TWO_CAPITALS.test(f.text) &&
  !TITLES.has(f.text.toLowerCase()) &&
  f.personal + f.titled + f.personRole + f.aged === 0 &&
  !f.placed &&
  anyMention(f, treatedAsBody);
const treatedAsBody: MentionTest = (c) =>
  ((c.theLower || c.theBefore) && c.institutional) || !!c.bodyNoun || !!c.groupMembers;

const TWO_CAPITALS = /^\p{Lu}{2}$/u;

// A word of an outlet's or a body's name, not of a person's: the lexicon's or its ending's common word ("Scientific",
// "Geographic"), a people's adjective ("American") or a portfolio's word ("National").
const COMMON_WORD_TAGS: readonly string[] = [
  'Adjective',
  'Demonym',
  'Singular',
  'Noun',
  'Uncountable',
  'Plural',
];
const commonWord = (w: string): boolean => {
  const tags = lexiconTags(w);
  if (tagsInclude(tags, NAME_TAGS)) return false;
  return (
    tagsInclude(tags, COMMON_WORD_TAGS) ||
    (tags.length === 0 && (PORTFOLIO_WORDS.has(w.toLowerCase()) || suffixGuess(w) !== undefined))
  );
};

/**
 * One adjective-shaped word (by the lexicon, or by its ending when the lexicon lacks it) the article writes only
 * at the start of a sentence: "Local MP Tim Varn said" is a local MP, not a party named "Local".
 */
function sentenceAdjective(f: Features): boolean {
  if (f.words.length !== 1 || f.form.midSentence) return false;
  const tags = lexiconTags(f.text);
  return tags.length > 0 ? tags.every(isAdjectiveTag) : ADJECTIVE_ENDING.test(f.lastWord);
}
const isAdjectiveTag = (tag: string): boolean => tag === 'Adjective';
const ADJECTIVE_ENDING = /(?:al|ic|ous|ive|ior|able|ible|ary|ful|less)$/u;

/**
 * Most of a name's mentions away from a sentence's start stand after a preposition of place (or before its
 * town's "council"), and at least two do
 * when any does not ("Residents of Harrowby … the streets of Harrowby … between Harrowby and Cressley"): the mentions
 * are summed, not each made to agree.
 */
function placedMost(f: Features): boolean {
  let placed = 0;
  let other = 0;
  const {contexts, spans} = f.form;
  for (let i = 0; i < contexts.length; i++) {
    const c = contexts[i];
    // ("in Morvel film Tidewater", "in the Varnessa constellation": the preposition places the noun the name
    // modifies, not the name.)
    if (!c) continue;
    // ("around the Herbig Ae star": a name between a determiner and a noun other than a place's word modifies the
    // noun, which the preposition places; "its Tarrow plant": a firm's site in a town says nothing against the
    // town, where "its Kelby crew" may be an airline's.)
    const modifier = c.modifierAfterDeterminer === true && !c.modifies;
    if (c.locative && !c.fromName && !c.modifiesThing && !modifier) placed++;
    else if (c.councilAfter || c.conjunctPlaced || c.addressTown) placed++;
    else if (!spans[i]?.initial && !c.modifies && !(modifier && (c.locative || c.siteAfter))) other++;
  }
  return placed > 0 && (other === 0 || (placed >= 2 && placed > other));
}

// Words a place's name of several words is made of: words the lexicon lacks ("Los Pinos", "Davao"), a particle
// ("del"), a place's word or a place the data know ("Bay", "Fortaleza"); none a common word ("Science Advances",
// "Chess Olympiads") and no surname last ("Thurgood Marshall", "UC Davis").
// ("in Muslim Mindanao", the end of a longer name cut at "in": nor a people's or a faith's word.)
const placeLikeWords = (f: Features): boolean =>
  !hasAnyTag(f.words.at(-1) ?? '', SURNAME_TAGS) && f.words.every(placeLikeWord);
const placeLikeWord = (w: string): boolean =>
  PLACE_PARTICLE.test(w) ||
  (CAPITALISED.test(w) &&
    !GROUP_MEMBERS.test(w.toLowerCase()) &&
    !isDemonym(w) &&
    (lexiconTags(w).length === 0 || PLACE_WORDS.has(w.toLowerCase()) || placeByData(w)));
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const PLACE_PARTICLE = /^(?:de|del|da|do|dos|das|di|du|des|la|las|los|le|el|al|y|van|von|der|den|sur)$/u;

// A roundup item's dateline town: a place the data know, or words the lexicon lacks or a place's ("KELLBY",
// "ASHBY MARSH", "PORT ELLEN", "UPPER DENSCOMBE"), never common words alone ("BEARS —", "UPDATE —" open a notes
// column's items) nor a person's name alone ("JANE ROE —" opens a profile's).
const DATELINE_OPENERS = new Set([
  'upper',
  'lower',
  'great',
  'little',
  'north',
  'south',
  'east',
  'west',
  'new',
  'old',
  'san',
  'santa',
  'são',
  'saint',
]);
const placeWord = (l: string): boolean => PLACE_WORDS.has(l) || PLACE_FIRST_WORDS.has(l);
function datelineWords(f: Features): boolean {
  if (f.place !== undefined) return true;
  // ("MARGARET HOLLIS —": a given name first is a person's.)
  if (hasAnyTag(f.first, GIVEN_NAME_TAGS)) return false;
  let placeLike = false;
  for (let i = 0; i < f.words.length; i++) {
    const w = f.words[i] as string;
    const l = w.toLowerCase();
    const tags = lexiconTags(w);
    if (tags.length === 0 || placeWord(l)) placeLike = true;
    else if (!DATELINE_OPENERS.has(l) && !PLACE_PARTICLE.test(l) && !tagsInclude(tags, NAME_TAGS))
      return false;
  }
  return placeLike;
}

// Every placed mention of the name follows a place's relation ("residents of", "the mayor of"), and one does.
const relationOnly = (f: Features): boolean => {
  let relations = 0;
  const {contexts} = f.form;
  for (let i = 0; i < contexts.length; i++) {
    const c = contexts[i] as Context;
    if (!c.locative && !c.conjunctPlaced) continue;
    if (!c.relationPlaced) return false;
    relations++;
  }
  return relations > 0;
};

// The rules' tests of a mention, and of a name's words, made once (kind-features.ts MentionTest says why).
const workTitle: MentionTest = (c) => !!c.workTitle;
const partyOrSeats: MentionTest = (c, _, f) => !!c.party || (c.winsSeats && !c.locative && !f.placed);
const modifiesVessel: MentionTest = (c) => c.modifiesVessel;
const isSource: MentionTest = (c) => !!c.isSource;
const inPlaceMidSentence: MentionTest = (c, i, f) => !!c.inPlace && !f.form.spans[i]?.initial;
const locativeOrAfterTown: MentionTest = (c) => c.locative || c.afterTown;
const heSheOrActs: MentionTest = (c) => c.pronoun === 'm' || c.pronoun === 'f' || !!c.acts;
const publication: MentionTest = (c) => !!c.publication;
const determinedTerm: MentionTest = (c) => !!c.determined && !c.institutional;
const plain = (c: Context): boolean => !c.locative && !c.afterAnd;
const plainReport: MentionTest = (c) => (c.reports || c.reportedBy) && plain(c);
const plainCitation: MentionTest = (c) => plain(c) && (c.accordingTo || c.institutional);
const plainAccordingTo: MentionTest = (c) => c.accordingTo && plain(c);
const saysIt: MentionTest = (c) => !!c.saysIt;
const nameWord = (w: string): boolean => hasAnyTag(w, NAME_TAGS);
const itOrBody: MentionTest = (c) => (!!c.saysIt || !!c.takenBackAsBody) && !c.modifies;
const listener: MentionTest = (c) => c.listener;
const listenerNoNoun: MentionTest = (c) => c.listener && !c.nounAfter;
const corporate: MentionTest = (c, i, f) =>
  !!c.corporate || (!!c.stockMove && (f.words.length > 1 || !f.form.spans[i]?.initial));
const staffBeside: MentionTest = (c, i, f) =>
  !!c.staffAfter || (!!c.staffFor && (f.form.spans[i]?.words ?? 0) > 1);
const platform: MentionTest = (c) => !!c.platform;
const interviewer: MentionTest = (c) => !!c.interviewer;
const otherRole: MentionTest = (c) => c.role !== undefined && c.roleKind !== 'organization';
const citedSource: MentionTest = (c, _, f) => !!c.source && !(c.announces && announcerMayBePerson(f));
const speaksAsSource: MentionTest = (c) => !c.speaks || !!c.source;
const locativeOrInPlace: MentionTest = (c) => c.locative || !!c.inPlace;
const personalParticle = (w: string): boolean => PERSONAL_PARTICLE.test(w);
const actsAlone: MentionTest = (c) => c.actsAlone === true;
const speaksHeShe: MentionTest = (c) => c.speaks && (c.pronoun === 'm' || c.pronoun === 'f');
const theLowerOrInitial: MentionTest = (c, i, f) => c.theLower || !!f.form.spans[i]?.initial;
const theLowerAlone: MentionTest = (c) => c.theLower && !c.nounAfter;
const notLocative: MentionTest = (c) => !c.locative;
const faith: MentionTest = (c) => !!c.faith;
const caseParty: MentionTest = (c) => !!c.caseParty;
const during: MentionTest = (c) => !!c.during;
const basedIn: MentionTest = (c) => c.basedIn === true;
const CAPITALS_ONLY = /\p{Ll}/u;
const THREE_CAPITALS = /\p{Lu}{3}/u;
const firstDateline: MentionTest = (c, i, f) => {
  const s = f.form.spans[i];
  return (
    !!s &&
    s.sentence === 0 &&
    !CAPITALS_ONLY.test(s.text) &&
    THREE_CAPITALS.test(s.text) &&
    c.dateline === true
  );
};
const itemDateline: MentionTest = (c, i, f) => {
  const s = f.form.spans[i];
  return (
    !!s &&
    s.initial &&
    s.sentence > 0 &&
    !CAPITALS_ONLY.test(s.text) &&
    THREE_CAPITALS.test(s.text) &&
    c.dateline === true
  );
};
const firstDatelineRegion: MentionTest = (c, i, f) =>
  f.form.spans[i]?.sentence === 0 && c.datelineRegion === true;
const firstDatelineCredit: MentionTest = (c, i, f) =>
  f.form.spans[i]?.sentence === 0 && c.datelineCredit === true;
const stateOwns: MentionTest = (c) => c.stateOwns === true;
const neighbouring: MentionTest = (c) => c.neighbouring === true;
const cueWordNotPlace = (w: string): boolean =>
  isCueWord(w.toLowerCase()) && !PLACE_WORDS.has(w.toLowerCase());
const religiousWord = (w: string): boolean => RELIGIOUS.has(w.toLowerCase());
const publicationOrStaffAt: MentionTest = (c) => !!c.publication || c.staffAt;
const theLower: MentionTest = (c) => c.theLower;
const personalNotPlaced: MentionTest = (c) =>
  !c.locative && (c.pronoun === 'm' || c.pronoun === 'f' || c.roleKind === 'person');
// (An acronym the article also uses as a term's is not a body for a lower-case "the" before it.)
const termAsBody: MentionTest = (c) =>
  c.institutional ||
  c.theYear ||
  c.theBefore ||
  !!c.bodyNoun ||
  !!c.groupMembers ||
  // ("John Geiger of USGS": where a person named in full works; no place is written in capitals.)
  !!c.staffOf;
const acronymAsBody: MentionTest = (c) =>
  c.institutional ||
  (c.theLower && (c.modifiesBody || (!c.modifies && !c.nounAfter))) ||
  c.theYear ||
  c.theBefore ||
  !!c.bodyNoun ||
  !!c.groupMembers ||
  !!c.staffOf;
const ACRONYM_NUMBERED = /^\p{Lu}{2,6} ?\d{1,3}$/u;
const ACRONYM_MARKS = /[.&]/g;
const WORD_SHAPED = /^\p{Lu}[\p{L}-]*$/u;
const PLURAL_END = /s$/u;
const UNKNOWN_PLACE_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+)?$/u;
const PEOPLES_ENDING = atEnd(/(?:ic|ian|ese|ish|ern)$/u);

/** Rules reading what the words around each mention say. */
export const CONTEXT_RULES: readonly KindRule[] = [
  {
    id: 'work-title',
    description: 'every mention follows "entitled"/"titled": the title of a work, not reported',
    example: 'An artwork entitled Solvenna hung in the hall.',
    apply: (f) => (f.form.contexts.length > 0 && everyMention(f, workTitle) ? {none: DECISIVE} : undefined),
  },
  {
    id: 'party-before-mp',
    description:
      'right before a parliamentary title ("Labour MP") or winning seats ("X won 39 seats", "X - 39 seats"): a party',
    example: 'Brevik Party MP Anna Holm spoke first. Velna Dall won 39 seats.',
    // (Seats are read only of a name that is no place the data know: "Varnia won three seats on the council".)
    apply: (f) =>
      // (Nor after a preposition: "Delegates from Varnia took three seats": the delegates took them.)
      anyMention(f, partyOrSeats) &&
      f.words.length <= 3 &&
      !sentenceAdjective(f) &&
      !tagsInclude(f.tags, NUMBER_TAGS)
        ? {organization: DECISIVE}
        : undefined,
  },
  {
    id: 'title-before',
    description: 'a title of address or office before the name ("Mr.", "President"): a person',
    example: 'President Anna Holm opened the session.',
    // ("Chief Technical Officer": an adjective's ending after a title word is an office, not a name.)
    // ("the Sergeant Varno supply vessel": a title inside a vessel's name, vessel-named, says nothing of a person.)
    apply: (f) =>
      f.titled > 0 && !(f.words.length === 1 && f.falseFirst) && !everyMention(f, modifiesVessel)
        ? {person: again(f.titled, DECISIVE)}
        : undefined,
  },
  {
    id: 'age-after',
    description: 'an age apposition after the name (", 45,"): a person',
    example: 'Tomas Virk, 45, was hurt.',
    apply: (f) => (f.aged > 0 ? {person: again(f.aged, DECISIVE)} : undefined),
  },
  {
    id: 'kind-noun',
    description:
      'a noun for a kind of body or place beside the name ("retailer X", ", a town in …", "X province")',
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
    apply: (f) => (anyMention(f, isSource) ? {organization: DECISIVE} : undefined),
  },
  {
    id: 'in-known-place',
    description:
      'a name followed by ", <known region>" ("Orlando, Florida", "Fort Lee, New Jersey"): a place in it; of two or three words, unless a given name opens it',
    example: 'The storm hit Varnby, Florida, on Monday.',
    apply: (f) =>
      f.personRole === 0 &&
      (f.words.length === 1 || (f.words.length <= 3 && !f.firstIsName)) &&
      f.count(inPlaceMidSentence) > 0
        ? {place: STRONG}
        : undefined,
  },
  {
    id: 'person-word-placed',
    words: 'one',
    description:
      'a word the lexicon knows only as a person, after "in" or a town ("Charlottesville, Virginia")',
    example: 'The rally was held in Jefferson.',
    apply: (f) =>
      tagsInclude(f.tags, PERSON_TAG) &&
      !tagsInclude(f.tags, PERSONAL_NAME_TAGS) &&
      anyMention(f, locativeOrAfterTown) &&
      f.speaks === 0 &&
      f.personRole === 0 &&
      f.titled === 0
        ? {place: GOOD}
        : undefined,
  },
  {
    id: 'city-never-personal',
    words: 'one',
    description:
      'one word that names a city and that the lexicon also knows as a person ("Sydney"), with nothing personal said of it',
    example: 'The port is second only to Sydney in trade.',
    apply: (f) =>
      tagsInclude(f.tags, PERSON_TAG) &&
      isCity(f.text) &&
      !tagsInclude(f.tags, GIVEN_NAME_TAGS) &&
      f.speaks + f.personRole + f.titled + f.aged + f.personal === 0 &&
      !anyMention(f, heSheOrActs)
        ? {place: GOOD}
        : undefined,
  },
  {
    id: 'published-in',
    description: 'where something was published ("published in Nature Astronomy"): a publication',
    example: 'The study was published Wednesday in Varna Letters.',
    apply: (f) => {
      const n = f.count(publication);
      return n > 0 && !f.placed ? {organization: again(n, GOOD)} : undefined;
    },
  },
  {
    id: 'acronym-body',
    description:
      'an acronym the text treats as a body ("the VTA", "VTA officials", "told VTA", "VTA leaders", "Ana Holm of VTA")',
    example: 'VTA officials said the VTA banned him.',
    apply: (f) => {
      // ("TVN24", "RTL4", "WESH 2": a channel's capitals and its number read as one acronym.)
      if (!isAcronym(f.text) && !ACRONYM_NUMBERED.test(f.text)) return undefined;
      // ("the IRC channel", "the SIG program": "the" there is the noun's the acronym modifies, unless a body's: "the
      // RMT union"; "the DNA sequences", any noun the lexicon does not read as a verb. "a modding API": an acronym after an adjective or "a" is a term's, whatever "the" says elsewhere.)
      // ("their own APIs", "of the URLs": an acronym the article also writes in the plural is a countable noun's.)
      const term = f.form.countable === true || anyMention(f, determinedTerm);
      const asBody = anyMention(f, term ? termAsBody : acronymAsBody) || tagsInclude(f.tags, ORG_TAG);
      // "DNA", "GDP": an acronym nothing treats as a body is a term; two letters are too often initials.
      if (asBody && (f.text.replace(ACRONYM_MARKS, '').length >= 3 || f.text.includes('.')))
        return {organization: FAIR};
      return asBody && twoLetterBody(f) ? {organization: FAIR} : {none: WEAK};
    },
  },
  {
    id: 'unknown-word-source',
    words: 'one',
    description:
      'an unknown word cited as a source ("X reported", "figures published by X", "according to X" twice) or speaking as "it": a body',
    example:
      'Velnika reported the sale; Arbor said it would appeal. Prices rose, Velstat said, according to Velstat.',
    // "According to al-Eryani" alone may cite a person by surname as well as a body; cited a second time, by a
    // body's cue or "according to" again, with nothing personal said of it, the name is a body's.
    apply: (f) => {
      if (!f.unknown || f.personRole > 0 || f.personal > 0 || anyPlaceContext(f)) return undefined;
      const cited = anyMention(f, plainReport);
      const citedTwice = f.count(plainCitation) >= 2 && anyMention(f, plainAccordingTo);
      const asIt = anyMention(f, saysIt) && WORD_SHAPED.test(f.text);
      return cited || citedTwice || asIt ? {organization: FAIR} : undefined;
    },
  },
  {
    id: 'speaks-as-it',
    description:
      'a name of words the lexicon does not know as a person\'s that says "it" of itself ("X said it would", "X describes itself as"), or is taken back as "its"/"the party", with nothing personal said of it: a body',
    example: 'Velna Dall said it would back the motion.',
    // ("Trump said it would cost": "it" there is what he spoke of; a person's word, title or pronoun outweighs it.
    // One unknown word is unknown-word-source's.) (The word tests first: the taken-back cue is a pattern.)
    apply: (f) => {
      // ("Officials said it killed nine": one word seen only opening sentences, or a plural noun, is no name.)
      const single = f.words.length === 1;
      if (
        f.words.length > 3 ||
        (single && (f.unknown || !f.form.midSentence || tagsInclude(f.tags, PLURAL_TAG))) ||
        f.firstIsName ||
        f.personal + f.titled + f.personRole + f.aged > 0 ||
        f.words.some(nameWord) ||
        f.placed ||
        anyPlaceContext(f)
      )
        return undefined;
      // ("Internet entrepreneur Bill Hammons … The party had": a name modifying a noun is not what is taken back.)
      const n = f.count(itOrBody);
      return n > 0 ? {organization: again(n, GOOD)} : undefined;
    },
  },
  {
    id: 'told-unknown-word',
    words: 'one',
    description:
      'an unknown word only ever told things ("told Velmark"), with nothing personal said of it: an outlet',
    example: 'One activist told Velmark the fire was arson.',
    // (A person told something is named in full or has been named before: a surname alone joins that person.)
    apply: (f) =>
      f.unknown &&
      f.mentions > 0 &&
      f.personRole + f.personal + f.titled + f.aged === 0 &&
      everyMention(f, listener) &&
      !anyPlaceContext(f)
        ? {organization: FAIR}
        : undefined,
  },
  {
    id: 'told-common-words',
    words: 'many',
    description:
      'a name of two or three common words only ever told things ("told Scientific American"), with nothing personal said of it: an outlet',
    example: 'The find was a surprise, he told Varnic Geographic on Monday.',
    // (The cue first: the word tests read the lexicon. "told John Young": a given name, or a word the lexicon
    // knows as a name's, makes a person; "told African American voters": the name modifies a noun.)
    apply: (f) =>
      f.words.length <= 3 &&
      f.mentions > 0 &&
      everyMention(f, listenerNoNoun) &&
      f.personRole + f.personal + f.titled + f.aged === 0 &&
      !f.firstIsName &&
      !f.placed &&
      f.words.every(commonWord)
        ? {organization: FAIR}
        : undefined,
  },
  {
    id: 'company-cue',
    description:
      'what only a company has, around the name: "Shares in X fell", "X shares rose", "X\'s chief executive", "a stake in X", "and X added 0.3%"',
    example: "Shares in Velgrove fell 12% on Monday. Velgrove's chief executive, Dana Orme, said sorry.",
    apply: (f) => {
      // (The features' counts first: the cue reads two patterns a mention, for the few names they leave.)
      if (f.personRole + f.titled + f.aged > 0 || f.placed) return undefined;
      // (A share's move only mid-sentence or of a longer name: "Exports rose 4%", "Copper fell 2%" open sentences.)
      const n = f.count(corporate);
      return n > 0 ? {organization: again(n, GOOD)} : undefined;
    },
  },
  {
    id: 'staff-after-name',
    words: 'many',
    description:
      'a name of two or three words right before a body\'s officer in lower case ("X chair Anna Holm", "an X official") or after one and "for"/"at" ("a spokesperson for X"): a body',
    example: 'Velmar Red Cross chair Anna Holm said the storm was weaker.',
    // (Not a place's: "Varnby officials"; not a person's, a given name first: no one is "Anna Holm chair".)
    apply: (f) => {
      // (The features first: the mentions' staff cues are patterns, read for the names these leave. Not "he" after
      // it, f.personal: the pronoun is the officer's, named right after the body.)
      if (f.words.length > 3 || f.firstIsName || f.personRole + f.titled + f.aged > 0 || f.placed)
        return undefined;
      // ("a spokesman for West" of the surname a full name's evidence is pooled with: a politician's spokesman.)
      const n = f.count(staffBeside);
      return n > 0 &&
        // ("Previous Varnco pods", "any Executive Branch official": an adjective opening it is the sentence's.)
        !hasAnyTag(f.first, OPENING_ADJECTIVE_TAGS) &&
        !(lexiconTags(f.first).length === 0 && suffixGuess(f.first) === 'Adjective') &&
        !PLACE_WORDS.has(f.lastWord) &&
        !placeContextBesidesStaff(f)
        ? {organization: again(n, GOOD)}
        : undefined;
    },
  },
  {
    id: 'posted-on-platform',
    description:
      'where words are posted ("wrote on X", "X followers", "X messages"), with nothing personal said of it: a platform',
    example: 'The speaker wrote on Velgram that he was sad; his Velgram followers agreed.',
    apply: (f) => {
      const n = f.count(platform);
      return n > 0 &&
        f.words.length <= 2 &&
        // ("said on X": one letter is too little to tell a platform from a variable or a grade.)
        f.text.length > 2 &&
        // (A capital seen only opening sentences proves nothing: "Eyewitness video from …".)
        f.form.midSentence &&
        // (Not "he" after it: the pronoun after "wrote on X" is the writer's.)
        f.personRole + f.titled + f.aged === 0 &&
        !f.firstIsName &&
        // ("French posts on it": a people's or a language's adjective.)
        !isDemonym(f.first) &&
        !hasAnyTag(f.first, PEOPLE_TAGS) &&
        // ("the Post story": a paper's word alone is left to the paper of that name.)
        !isCueWord(f.lastWord) &&
        !tagsInclude(f.tags, DATE_TAGS) &&
        !f.placed
        ? {organization: again(n, GOOD)}
        : undefined;
    },
  },
  {
    id: 'interview-outlet',
    description:
      'after "an interview with" and opened by no given name, with nothing personal said of it: an outlet',
    example: 'The mayor said so in an interview with Varna Tidings on Monday.',
    apply: (f) => {
      const n = f.count(interviewer);
      return n > 0 &&
        !hasAnyTag(f.first, GIVEN_NAME_TAGS) &&
        f.personRole + f.titled + f.aged === 0 &&
        // ("an interview with Anna Holm, the trade commissioner,": an apposition that is no body's makes a person.)
        !anyMention(f, otherRole) &&
        !f.placed
        ? {organization: again(n, GOOD)}
        : undefined;
    },
  },
  {
    id: 'cited-source',
    words: 'many',
    description: 'a name of several words cited as a source with nothing personal ("Gazeta Melnika reports")',
    example: 'Gazeta Melnika reports the plan failed.',
    // ("Narendra Modi announced": of words the lexicon lacks, "announced" alone is a person's act as well, weighed
    // by person-shape; "Varna Wonder Ring announced" of ordinary words is a body's.)
    apply: (f) => {
      const cited =
        anyMention(f, citedSource) &&
        everyMention(f, speaksAsSource) &&
        f.personal === 0 &&
        !hasAnyTag(f.last, ADJECTIVE_TAG) &&
        !anyMention(f, locativeOrInPlace) &&
        !f.words.some(personalParticle);
      return cited && !f.firstIsName && f.personRole === 0 && !fromCountry(f)
        ? {organization: GOOD}
        : undefined;
    },
  },
  {
    id: 'person-apposition',
    description: 'a person\'s role beside the name (", a sales manager,", "activist X")',
    example: 'Virk, a sales manager, left.',
    // ("the death of Summer Fair": on a name of ordinary words a role is too little; person-shape weighs those. A
    // role the text states is enough: "Bill Weld, the former governor", "ecologist Chip Taylor".)
    apply: (f) =>
      f.personRole > 0 && (f.words.length === 1 || !f.plainFirst || f.roled > 0)
        ? {person: again(f.personRole, FAIR)}
        : undefined,
  },
  {
    id: 'acts-alone',
    words: 'one',
    description:
      'a lone word the lexicon lacks or knows as a surname that does or has what only a player or a defendant does ("X was booked", "X\'s header", "a cross from X", "X denied the charges")',
    example: 'The equaliser was turned in by Okafor. Okafor was booked for dissent.',
    // (A team scores, wins and equalises as a player does: those verbs weigh nothing here.)
    apply: (f) => {
      if (f.placed || !(f.unknown || tagsInclude(f.tags, SURNAME_TAGS)) || isCueWord(f.lastWord))
        return undefined;
      const n = f.count(actsAlone);
      return n > 0 ? {person: again(n, GOOD)} : undefined;
    },
  },
  {
    id: 'unknown-speaker',
    words: 'one',
    description: 'an unknown word that speaks twice, or speaks and is "he"/"she" (not a plural: "Houthis")',
    example: 'Virk said the road was shut. Virk said he would wait.',
    apply: (f) => {
      if (!f.unknown) return undefined;
      const personal = anyMention(f, speaksHeShe);
      // "Apple said … Apple also said it would hire": what says "it" is a body, and a word seen only opening
      // sentences has a capital that proves nothing, so without "he"/"she" its speaking says nothing either.
      const asIt = anyMention(f, saysIt);
      return !PLURAL_END.test(f.text) &&
        !asIt &&
        (f.form.midSentence || personal) &&
        (f.speaks >= 2 || (personal && f.mentions >= 2))
        ? {person: again(f.speaks, WEAK)}
        : undefined;
    },
  },
  {
    id: 'unknown-always-the',
    words: 'one',
    description:
      'an unknown word always given a lower-case "the" ("the Taliban"), once with no noun after it: an institution or group',
    example: 'Talks with the Velkor stalled; the Velkor refused.',
    // ("the Velvir-9 coronavirus", "the Varno-Kelmic border", "the Democratic nomination": where a noun follows the
    // word, the "the" is that noun's, and says nothing of the word.)
    apply: (f) =>
      f.unknown &&
      f.form.midSentence &&
      f.mentions >= 2 &&
      everyMention(f, theLowerOrInitial) &&
      anyMention(f, theLowerAlone) &&
      f.locative === 0 &&
      everyMention(f, notLocative) &&
      f.speaks === 0 &&
      !isCueWord(f.last)
        ? {organization: WEAK}
        : undefined,
  },
  {
    id: 'faith-object',
    description: 'what one converts to or practises ("converted to X", "practises X"): a faith, not reported',
    example: 'Amira Sadek converted to Velism in 2004 and was nurtured in Velism.',
    apply: (f) => {
      const n = f.count(faith);
      return n > 0 ? {none: again(n, STRONG)} : undefined;
    },
  },
  {
    id: 'faith-word',
    words: 'one',
    description:
      'one word whose adjective is a faith\'s ("Islam" of "Islamic", "Hinduism" of "Hindu"): a religion',
    example: 'He was educated and nurtured in Islam.',
    apply: (f) => (isFaith(f.lastWord) ? {none: STRONG} : undefined),
  },
  {
    id: 'court-case-party',
    description:
      'a party named in a court case ("X v. Y") with nothing else said of it: the case, not reported',
    example: 'The ruling in the Varnco v. Holm case was upheld.',
    // (Every mention, so the first without the cue answers: the cue's patterns are not read for the rest.)
    apply: (f) => {
      const n = f.mentions;
      return n > 0 &&
        f.titled + f.aged + f.personRole === 0 &&
        f.form.contexts.length === n &&
        everyMention(f, caseParty)
        ? {none: again(n, GOOD)}
        : undefined;
    },
  },
  {
    id: 'during-event',
    description: 'a name after "during" that modifies no noun ("during the Varnfest"): an event or season',
    example: 'Pilgrims gathered during the Varnfest; the Varnfest ends on Friday.',
    apply: (f) => {
      const n = f.count(during);
      return n > 0 && f.titled === 0 && f.aged === 0 ? {none: again(n, GOOD)} : undefined;
    },
  },
  {
    id: 'based-place',
    description:
      'the first part of "X-based" or "X-born", a name the gazetteer or the lexicon knows as a place or a personal name, or of two words or more: where something is based or someone was born ("Oracle-based" software, "Lua-based" games are not)',
    example: 'The Virginia-based firm hired a San Jose-born engineer.',
    apply: (f) =>
      anyMention(f, basedIn) &&
      (f.place ||
        tagsInclude(f.tags, PLACE_TAGS) ||
        // "Virginia-based", "Austin-based": a word the lexicon knows as a personal name, which no one is based in.
        tagsInclude(f.tags, NAME_TAGS) ||
        f.text.includes(' '))
        ? {place: STRONG}
        : undefined,
  },
  {
    id: 'dateline-place',
    description:
      'a name in capitals opening the first sentence before a dash, maybe with its region and the agency ("AUSTIN, Texas (AP) —"): a wire dateline\'s place',
    example: 'VARNBY, Ore. (AP) — A storm closed the port on Monday.',
    // (The mention in capitals, not the form: "NEW KELMORE —" and a later "the port of New Kelmore" are one form.)
    apply: (f) => (anyMention(f, firstDateline) ? {place: DECISIVE} : undefined),
  },
  {
    id: 'item-dateline',
    description:
      'a name in capitals opening a later sentence before a dash ("KELLBY — The library will stay open"): a news-in-brief item\'s dateline, when the name is no common word',
    example: 'Library reprieve\nKELLBY — The library will stay open after a charity pledged £85,000.',
    // (A roundup's items are paragraphs, each opening with its own dateline; no sentence inside a paragraph opens
    // with a name in capitals and a dash. Not a word the lexicon knows as a common one: a notes column's "BEARS —"
    // or "UPDATE —" opens an item too.)
    apply: (f) => (anyMention(f, itemDateline) && datelineWords(f) ? {place: DECISIVE} : undefined),
  },
  {
    id: 'dateline-region',
    description:
      'the name after a wire dateline\'s town in capitals, before the agency and the dash ("ORSENNA, Varnia (Meridian Wire) —"): the region or country the town is in',
    example: 'KELBY, Varnia (AP) — A storm closed the port on Monday.',
    // ("WASHINGTON, D.C. —", "SPRINGFIELD, Ill. —": an abbreviation after the town is the town's own, no second
    // place.)
    apply: (f) => (!f.text.endsWith('.') && anyMention(f, firstDatelineRegion) ? {place: STRONG} : undefined),
  },
  {
    id: 'dateline-credit',
    description:
      'the agency a wire dateline credits, in brackets after the town ("WASHINGTON (CR) —"): the agency, no place (a code the gazetteer knows as a country\'s, "CR", is not one here)',
    example: 'KELBY (CR) — The Senate voted on Thursday to pass the bill.',
    apply: (f) => (anyMention(f, firstDatelineCredit) ? {organization: DECISIVE} : undefined),
  },
  {
    id: 'state-owns',
    description:
      'a name owning what only a state has ("Kesh\'s defence ministry", "Varnia\'s armed forces", "its territory"): a country or region',
    example: "Kesh's defence ministry said its units had repelled the attacks.",
    apply: (f) => (anyMention(f, stateOwns) ? {place: STRONG} : undefined),
  },
  {
    id: 'neighbouring-place',
    description:
      'after "neighbouring" or "nearby" ("Varnia and neighbouring Kelbaria", "in nearby Holmsted"): a place, unless a body\'s or a thing\'s word is in the name',
    example: 'Varnia and neighbouring Kelbaria signed a rail pact. Kelbaria will pay 40%.',
    apply: (f) => {
      const n = f.count(neighbouring);
      return n > 0 &&
        f.titled + f.aged === 0 &&
        !f.words.some(cueWordNotPlace) &&
        // ("the neighbouring Roman Catholic diocese": a faith's word, an adjective of the noun after it.)
        !f.words.some(religiousWord)
        ? {place: again(n, GOOD)}
        : undefined;
    },
  },
  {
    id: 'placed-name',
    words: 'many',
    description:
      'a name of two to four words, no given name opening it and nothing personal said of it, whose mentions mostly stand in a place ("outside Los Pinos", "villages, including Los Pinos and Agua Blanca"): a place',
    example:
      'Floods cut off villages, including Los Arrecifes and La Quebrada. The mayor of La Quebrada said the water rose near Los Arrecifes.',
    apply: (f) =>
      f.words.length <= 4 &&
      !f.firstIsName &&
      !f.falseFirst &&
      f.speaks + f.personRole + f.titled + f.aged === 0 &&
      // (The counts first: most names of several words are never after a preposition of place, and the getters
      // below are read for the few that are.)
      f.locative > 0 &&
      f.form.midSentence &&
      !f.words.some(cueWordNotPlace) &&
      placeLikeWords(f) &&
      placedMost(f) &&
      // ("published in Nature Astronomy": a journal; "an analyst at Bellwood Securities": an employer.)
      !anyMention(f, publicationOrStaffAt) &&
      // ("played in the Varna Youth Games", "in the Chess Olympiads": a plural after "the" at every mention is an
      // event's or a series' name, unless a place's word ends it, "the Kessel Islands", or a place's relation
      // places it.)
      !(f.last.endsWith('s') && !PLACE_WORDS.has(f.last) && everyMention(f, theLower) && !relationOnly(f)) &&
      // ("keeps cattle outside Los Pinos, said he had moved": a pronoun after a placed mention is the speaker's.)
      f.count(personalNotPlaced) === 0
        ? {place: GOOD}
        : undefined,
  },
  {
    id: 'unknown-always-placed',
    description:
      'an unknown word (or two) mostly after a preposition of place ("near Cantilan", "in La Llagosta"): a place',
    example: 'The ship sank near Varnholm.',
    // (The name's own tests before the mentions' cues, which placedMost reads for every mention.)
    apply: (f) =>
      f.speaks === 0 &&
      f.form.midSentence &&
      (f.unknown || unknownWords(f)) &&
      // ("between Shin-Ōkawara and Kamitaki": capitalised parts a hyphen joins, as a town's may be.)
      UNKNOWN_PLACE_SHAPE.test(f.text) &&
      !isCueWord(f.last) &&
      !endsWithMatch(PEOPLES_ENDING, f.last) &&
      // ("nurtured in Christianity": an abstract noun is a state, not a place.)
      !ABSTRACT.test(f.last) &&
      placedMost(f) &&
      // (A word ending in "s" may be a plural, "represent US in Olympiads": only where every placed mention follows a
      // place's relation, "Residents of Greystones and Sevenoaks".)
      (!f.last.endsWith('s') || relationOnly(f))
        ? {place: WEAK}
        : undefined,
  },
];
