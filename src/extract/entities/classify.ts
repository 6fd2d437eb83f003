import {hasTag, isOrgWord, isPlaceWord, lexiconTags} from '../nlp.js';
import type {Context} from './context.js';
import {
  BUILDING_WORDS,
  COMPASS_ADJECTIVES,
  GROUP_MEMBERS,
  MONTHS,
  ORG_LAST_WORDS,
  ORG_WORDS,
  PLACE_WORDS,
  NOT_NAME_WORDS,
  THING_WORDS,
} from './cues.js';
import {isCity, isDemonym, knownPlace} from './gazetteer.js';
import type {Span} from './spans.js';

const VENUE_LAST = /^(?:world|resort|resorts|gardens|zoo|aquarium|speedway|raceway|motorway)$/u;
const ETHNONYMS = /^(?:latin[aox]s?|latinx|hispanics?|chican[ao]s?|afro-\p{L}+)$/u;

/** What a name turned out to be; 'none' for things we do not report (events, laws, common words). */
export type Kind = 'person' | 'place' | 'organization' | 'none';

/** Every occurrence of one written form, with its contexts. */
export interface Form {
  text: string;
  spans: Span[];
  contexts: Context[];
  /** The form also occurs away from the start of a sentence, so its capital is meaningful. */
  midSentence: boolean;
}

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];
// Capitalised words that are dates, units or titles of address, not names.
const NOT_NAME_TAGS = [
  'Month',
  'WeekDay',
  'Date',
  'Holiday',
  'Demonym',
  'Unit',
  'Currency',
  'Pronoun',
  'Honorific',
];
// Adjectives of faith that follow name-like words ("Roman Catholic", "Greek Orthodox").
const RELIGIOUS = new Set([
  'catholic',
  'orthodox',
  'protestant',
  'islamic',
  'christian',
  'jewish',
  'muslim',
  'buddhist',
  'hindu',
  'sunni',
  'shia',
  'shiite',
  'evangelical',
  'anglican',
  'lutheran',
  'methodist',
  'baptist',
]);
const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|central|upper|lower)$/u;
const CUE_WORDS = (w: string): boolean =>
  ORG_WORDS.has(w) || PLACE_WORDS.has(w) || THING_WORDS.has(w) || COMPASS.test(w);

// Words that name one institution when they stand alone and capitalised ("Parliament voted").
const INSTITUTIONS = new Set([
  'parliament',
  'congress',
  'senate',
  'cabinet',
  'government',
  'police',
  'army',
  'navy',
  'pentagon',
  'politburo',
  'knesset',
  'bundestag',
  'duma',
  'judiciary',
]);
/** Last words of newspapers' and magazines' names ("The Daily Telegraph" → "The Telegraph"). */
export const MEDIA = new Set([
  'times',
  'post',
  'guardian',
  'telegraph',
  'journal',
  'tribune',
  'herald',
  'gazette',
  'chronicle',
  'observer',
  'independent',
  'economist',
  'atlantic',
  'spectator',
  'sun',
  'mirror',
  'express',
  'globe',
  'star',
  'nation',
  'hill',
  'intercept',
  'onion',
]);
// Endings of abstract nouns, which are not surnames ("Christianity", "Judaism").
const ABSTRACT = /(?:ity|ism|ness|tion|sion|ment|ship|hood|ology|ics)$/u;
const TIME_ZONES = /^(?:[A-Z]{1,2}[SD]T|UTC|GMT|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|AWST)$/;

/** An all-capital acronym ("NASA", "U.S.", "E.U.") rather than a word. */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.){2,}$/u.test(text) || /^\p{Lu}[\p{Lu}&]{1,6}$/u.test(text);
}

function lastWord(text: string): string {
  const words = text.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

function firstWord(text: string): string {
  return text.split(/\s+/)[0] ?? '';
}

// Mixed-case brand names ("SpaceX", "HomePlus", "YouTube"); not "McCain", "DeSantis", "LeBron", "MacKenzie".
const CAMEL = /^(?!Mc|Mac|O'|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;

/** The kind the nouns around a name give it ("retailer Tesco", ", the anti-monopoly agency,"), if any. */
function kindByNoun(form: Form, personRole: boolean): Kind | undefined {
  if (personRole || form.contexts.some((c) => c.speaks && (c.pronoun === 'm' || c.pronoun === 'f')))
    return undefined;
  if (knownPlace(form.text) || isDemonym(form.text) || isCity(form.text) || hasTag(form.text, ...PLACE_TAGS))
    return undefined;
  if (PLACE_WORDS.has(lastWord(form.text)) || form.contexts.some((c) => c.inPlace)) return undefined;
  if (form.contexts.some((c) => c.roleKind === 'person')) return undefined;
  const kinds = form.contexts.map((c) => c.roleKind ?? (c.orgNoun ? 'organization' : undefined));
  if (kinds.includes('organization') && !kinds.includes('place')) return 'organization';
  if (kinds.includes('place') && !kinds.includes('organization')) return 'place';
  if (CAMEL.test(form.text) && form.midSentence) return 'organization';
  return undefined;
}

function anyPlaceContext(form: Form): boolean {
  return (
    form.contexts.some((c) => c.locative || c.inPlace || c.afterTown) || knownPlace(form.text) !== undefined
  );
}

/** Decides the kind of one written form from its words, the lexicon, the gazetteer and its contexts. */
export function classify(form: Form): Kind {
  const {text} = form;
  const words = text.split(/\s+/);
  const titled = form.spans.some((s) => s.titles.length > 0);
  const aged = form.contexts.some((c) => c.age);
  const personRole = form.contexts.some((c) => c.personRole);
  const speaks = form.contexts.some((c) => c.speaks);
  // In "University of Montreal" the words before "of" say what it is.
  const head = text.split(/\s+of\s+/u)[0] ?? text;
  const last = lastWord(head);
  const locative = form.contexts.some((c, i) => c.locative && !form.spans[i]?.initial);

  // "an artwork entitled America": a work's title, wherever the name occurs in the article.
  if (form.contexts.length > 0 && form.contexts.every((c) => c.workTitle)) return 'none';
  if (
    form.contexts.some((c) => c.party) &&
    words.length <= 3 &&
    !hasTag(text, 'TextValue', 'Cardinal', 'Ordinal', 'Determiner')
  )
    return 'organization';
  if (
    words.length === 1 &&
    (hasTag(text, ...NOT_NAME_TAGS) ||
      GROUP_MEMBERS.test(text.toLowerCase()) ||
      MONTHS.has(text.toLowerCase()) ||
      isDemonym(text) ||
      TIME_ZONES.test(text))
  )
    return 'none';
  // "Portfolio.hu", "Amazon.com": a website, run by a body.
  if (/^\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|info|co\.uk|[a-z]{2})$/u.test(text)) return 'organization';
  // "Southern Poland", "Central Europe": a direction before a known place is a region of it, not a person.
  if (
    words.length === 2 &&
    !form.contexts.some((c) => c.afterName) &&
    COMPASS_ADJECTIVES.test((words[0] ?? '').toLowerCase()) &&
    (knownPlace(words[1] ?? '') || hasTag(words[1] ?? '', ...PLACE_TAGS))
  )
    return 'place';
  // "Walt Disney World", "Busch Gardens": a venue named after a person is a place, not the person.
  if (
    words.length > 1 &&
    VENUE_LAST.test(last) &&
    hasTag(firstWord(text), ...NAME_TAGS) &&
    !titled &&
    !aged &&
    !form.contexts.some((c) => c.publication || c.source)
  )
    return 'place';
  // "the first Latina": a word for an ethnicity, not the Italian town, unless the text puts something in it.
  if (words.length === 1 && ETHNONYMS.test(text.toLowerCase()) && !locative) return 'none';
  if (titled || aged) return 'person';
  const byNoun = kindByNoun(form, personRole);
  if (byNoun) return byNoun;
  // "Orlando, Florida": a name followed by a known region is a place in it.
  if (words.length === 1 && form.contexts.some((c, i) => c.inPlace && !form.spans[i]?.initial) && !personRole)
    return 'place';
  // "the James Webb space telescope": a name used to modify a thing everywhere it occurs is not a person.
  const modifier = form.contexts.every((c) => c.modifies);
  if (THING_WORDS.has(last) && words.length > 1) return 'none';
  if (knownPlace(text)) return 'place';
  // "Charlottesville, Virginia": a word the lexicon calls only a person, after a preposition of place or a town.
  const onlyPerson =
    words.length === 1 &&
    hasTag(text, 'Person') &&
    !hasTag(text, 'FirstName', 'MaleName', 'FemaleName', 'LastName');
  if (onlyPerson && form.contexts.some((c) => c.locative || c.afterTown) && !speaks && !personRole && !titled)
    return 'place';
  // "Sydney", "Henderson": both a place and a name; after "in"/"near" it is the place. A city that is also an
  // ordinary word ("Reading", "Mobile") needs that preposition too.
  const placeLike = hasTag(text, ...PLACE_TAGS) || isCity(text);
  const ordinary = lexiconTags(text).length > 0 && !hasTag(text, ...PLACE_TAGS);
  if (placeLike && !speaks && !personRole && (locative || (!ordinary && !hasTag(text, ...NAME_TAGS))))
    return 'place';
  // "launched from Kennedy Space Center", "the Al-Ghaza Hotel collapsed": a building used only as a location.
  // "the German Aerospace Center", "National Hurricane Center": a nation's body, wherever it is.
  const national =
    isDemonym(firstWord(text)) || /^(?:national|federal|international|royal|state)$/iu.test(firstWord(text));
  if (words.length > 1 && BUILDING_WORDS.has(lastWord(text)) && !/\s(?:of|for)\s/u.test(text) && !national) {
    const acts = form.contexts.some((c) => c.institutional);
    const everyLocative = form.contexts.every((c) => c.locative);
    if (!acts && (everyLocative || !ORG_WORDS.has(last))) return 'place';
  }
  if (words.length > 1 && (ORG_WORDS.has(last) || ORG_LAST_WORDS.has(last))) return 'organization';
  // "Speaking to BBC Sport": a body's acronym opening a name the text treats as a body.
  // Only "ACRONYM + common noun" ("BBC Sport"), not a ship ("MV Namse") or a titled person.
  const commonSecond =
    words.length === 2 &&
    /^(?:sports?|world|online|digital|business|arts|today|live|one|two)$/iu.test(words[1] ?? '');
  if (commonSecond && isAcronym(words[0] ?? '') && form.contexts.some((c) => c.institutional))
    return 'organization';
  // "Islamic State": a faith's adjective before "State" names a movement or a polity, not a region.
  if (words.length === 2 && last === 'state' && RELIGIOUS.has((words[0] ?? '').toLowerCase()))
    return 'organization';
  // "Marc Lamont Hill": a first name before a surname that is also a landscape word.
  const surnameLike =
    hasTag(firstWord(text), 'FirstName', 'MaleName', 'FemaleName') && !form.contexts.some((c) => c.locative);
  if (words.length > 1 && (PLACE_WORDS.has(last) || isPlaceWord(last)) && !surnameLike) return 'place';
  if (words.length > 1 && (head.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase())) || isOrgWord(last)))
    return 'organization';
  // "Voice of America", "Bank of Lorvania": a common noun heading a name "of" a place.
  const ofPlace = /^(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?(.+)$/u.exec(text);
  if (
    ofPlace?.[1] &&
    ofPlace[2] &&
    hasTag(ofPlace[1], 'Singular', 'Uncountable') &&
    (knownPlace(ofPlace[2]) || hasTag(ofPlace[2], ...PLACE_TAGS))
  )
    return 'organization';
  if (form.contexts.some((c) => c.publication) && !knownPlace(text) && !hasTag(text, ...PLACE_TAGS))
    return 'organization';
  if (hasTag(text, ...PLACE_TAGS) && !hasTag(text, ...NAME_TAGS)) return 'place';
  if (hasTag(text, 'Organization', 'SportsTeam', 'Company')) return 'organization';
  // "The Guardian", "The Verge", "the Senate": a capitalised "The" or an institution's word standing alone.
  if (words.length === 1 && form.midSentence) {
    const the = form.spans.some((s) => s.theCap);
    if (INSTITUTIONS.has(last) || (the && (MEDIA.has(last) || lexiconTags(text).length === 0)))
      return 'organization';
  }
  // Two capitals are too often initials or abbreviations ("ID", "TV"); dotted ones ("E.U.") are deliberate.
  // "ZERO", "HELP": a word in capitals is not an acronym.
  if (isAcronym(text) && lexiconTags(text).length > 0 && !hasTag(text, 'Organization')) return 'none';
  if (/^[ap]\.m\.$/iu.test(text)) return 'none';
  // An acronym is a body only when the text treats it as one; "DNA", "GDP", "URL" are not.
  const asBody =
    form.contexts.some((c) => c.institutional || c.theLower || c.theYear || c.theBefore || c.bodyNoun) ||
    hasTag(text, 'Organization');
  if (isAcronym(text))
    return asBody && (text.replace(/[.&]/g, '').length >= 3 || text.includes('.')) ? 'organization' : 'none';
  // "Airbus said … it", "Népszava reported": an unknown single word cited as a source, or speaking as "it", with
  // nothing of a person about it, is a body.
  if (words.length === 1 && lexiconTags(text).length === 0 && !personRole) {
    const personal = form.contexts.some(
      (c) => c.pronoun === 'm' || c.pronoun === 'f' || c.roleKind === 'person',
    );
    // ("according to Ahola" is a person's speech as often as a source's, so only "X reported" counts.)
    const cited = form.contexts.some((c) => c.reports && !c.locative && !c.afterAnd);
    const asIt = form.contexts.some((c) => c.saysIt) && /^\p{Lu}[\p{L}-]*$/u.test(text);
    if (!personal && !anyPlaceContext(form) && (cited || asIt)) return 'organization';
  }
  // A sentence's first word is capitalised anyway: without other evidence it is not a name.
  if (!form.midSentence && words.length === 1 && !hasTag(text, ...NAME_TAGS)) {
    // Only context can make a name of it, and only if the lexicon does not know it as an ordinary word.
    if ((!speaks && !personRole) || lexiconTags(text).length > 0) return 'none';
  }
  // "Hope Hicks", "Will Smith": a common word the spans read as a given name (given-names.ts).
  const firstIsName =
    hasTag(firstWord(text), 'FirstName', 'MaleName', 'FemaleName') || form.spans.some((s) => s.givenName);
  // Context alone makes a person only of words the lexicon does not know as ordinary ("Holy See", "Ending Abuse").
  // ("Wilson", "Haile": a word the lexicon knows only as a surname is no ordinary word.)
  const plainFirst =
    lexiconTags(firstWord(text)).length > 0 && !firstIsName && !hasTag(firstWord(text), 'LastName', 'Person');
  const acts = form.contexts.some((c) => c.acts || c.listed);
  // "Roman Catholic": a name-like first word before an adjective is a denomination or style, not a person.
  const adjectiveLast = RELIGIOUS.has(last) || hasTag(last, 'Demonym') || isDemonym(last);
  // "Roman Egypt": a name-like word before a country is a period or a region of it.
  const countryLast = knownPlace(words[words.length - 1] ?? '')?.kind === 'country';
  // People are not given an article: "the Rajya Sabha", "the Holy See".
  const alwaysThe = form.contexts.every((c) => c.theLower);
  // "Don Blankenship", "Travis Hood": after a given name, an unknown word in -ship, -hood, -ment is a surname.
  const surnameEnding = firstIsName && lexiconTags(last).length === 0 && /(?:ship|hood|ment)$/u.test(last);
  const abstractLast = ABSTRACT.test(last) && !surnameEnding;
  const personLike = !modifier && !adjectiveLast && !abstractLast && !countryLast && !alwaysThe;
  // "Abderrahman Samba of Qatar": words the lexicon knows only as names, or not at all, from a country.
  const fromCountry =
    form.contexts.some((c) => c.fromCountry) &&
    words.every((w) => lexiconTags(w).length === 0 || hasTag(w, ...NAME_TAGS)) &&
    !words.some((w) => CUE_WORDS(w.toLowerCase()) || isAcronym(w));
  // "Gazeta Prawna reports", "according to Gazeta Wyborcza": cited as a source, with nothing of a person about it.
  const cited =
    form.contexts.some((c) => c.source) &&
    form.contexts.every((c) => !c.speaks || c.source) &&
    !form.contexts.some((c) => c.pronoun === 'm' || c.pronoun === 'f' || c.roleKind === 'person') &&
    !hasTag(last, 'Adjective') &&
    // "in Windsor Locks, Connecticut", "al-Eryani": a town, or a name with a particle of a person's name.
    !form.contexts.some((c) => c.locative || c.inPlace) &&
    !words.some((w) => /^(?:al|el|bin|ibn|abu|van|von|de|da|di|du|la|le)(?:-|$)/iu.test(w));
  if (words.length > 1 && cited && !firstIsName && !personRole && !fromCountry) return 'organization';
  // "Pro-Beijing DAB": a stance's prefix opens a label, not a name.
  const falseFirst =
    NOT_NAME_WORDS.has(firstWord(text).toLowerCase()) || /^(?:pro|anti|non|ex)-/iu.test(firstWord(text));
  if (
    words.length > 1 &&
    personLike &&
    !falseFirst &&
    (firstIsName || ((personRole || speaks || fromCountry || acts) && !plainFirst))
  )
    return 'person';
  if (words.length === 1 && hasTag(text, 'LastName', 'Person')) return 'person';
  if (words.length === 1 && personRole) return 'person';
  const unknown = words.length === 1 && lexiconTags(text).length === 0;
  // "Warholm said…" twice: an unknown single word that speaks is a surname (plurals are groups: "Houthis").
  const voices = form.contexts.filter((c) => c.speaks).length;
  const personal = form.contexts.some((c) => c.speaks && (c.pronoun === 'm' || c.pronoun === 'f'));
  if (unknown && !/s$/u.test(text) && (voices >= 2 || (personal && form.spans.length >= 2))) return 'person';
  // "the Kremlin", "the Taliban": an unknown name always given an article is an institution or a group's name.
  const everyThe = form.contexts.every((c, i) => c.theLower || !!form.spans[i]?.initial);
  const anyLocative = form.contexts.some((c) => c.locative);
  if (
    unknown &&
    form.midSentence &&
    form.spans.length >= 2 &&
    everyThe &&
    !anyLocative &&
    !speaks &&
    !CUE_WORDS(last)
  )
    return 'organization';
  // "in Whitehall", "near Cantilan": an unknown word only ever seen after a preposition of place.
  const everyLocative = form.contexts.every((c, i) => c.locative || !!form.spans[i]?.initial);
  if (
    unknown &&
    form.midSentence &&
    everyLocative &&
    /^\p{Lu}\p{Ll}+$/u.test(text) &&
    !speaks &&
    !CUE_WORDS(last) &&
    !/(?:ic|ian|ese|ish|ern|s)$/u.test(last)
  )
    return 'place';
  if (hasTag(text, 'Place')) return 'place';
  return 'none';
}
