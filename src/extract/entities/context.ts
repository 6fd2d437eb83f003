import {hasAnyTag, hasTag, isOrgWord, lexiconTags} from '../nlp.js';
import {COMPILE_ONCE, atEnd, endsWithMatch} from '../matches.js';
import type {Context} from './context-types.js';
import {LaterCues} from './context-later.js';
import {placedByWay} from './place-ways.js';
import {
  DAILY,
  DURING,
  FAITH_BEFORE,
  FROM_TO,
  OPENING_PHRASE,
  inKnownPlace,
  isSpaceCode,
  lastWord,
  namesNoun,
  placePossessive,
  pronounAfter,
  regionByData,
  placeNounBeside,
  placeNounOf,
  tail,
} from './context-words.js';
import {
  AGENT_VERBS,
  BODY_STATES,
  DEATH_NOUNS,
  OFFICE_TERMS,
  PERSON_EVENTS,
  IRREGULAR_PLURALS,
  KIN_AFTER,
  PERSON_POSSESSIONS,
  PLACE_PREPOSITIONS,
  PLACE_RELATIONS,
  STAR_KINDS,
  FIRM_TRADE_NOUNS,
  ORG_NOUNS,
  ORG_NOUNS_AFTER,
  EXCHANGE_AFTER,
  leadingTrade,
  ORG_WORDS,
  PERSON_NOUNS,
  PERSON_SPEECH_VERBS,
  PERSON_SPEECH_VERBS_AFTER,
  PLACE_NOUNS,
  RANK_NOUNS,
} from './cues.js';
import {isCue, isNameShaped, knownPlaceOrRegion, withoutNickname} from './words.js';
import {ownTheBody} from './own-the.js';
import {
  AFTER_APPOSITION,
  AFTER_ROLE,
  BEFORE_APPOSITION,
  BEFORE_ROLE,
  OWNED_PLACE_APPOSITION,
  FINITE,
  GROUP_BEFORE,
  LAST_ROLE,
  OF_SOMEONE,
  describesPerson,
  headOf,
  namedNext,
  officeOfBody,
  personPlural,
  roleKind,
} from './context-roles.js';

const VERBS = PERSON_SPEECH_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');
// ("X, killed a man, according to police": "according to" names its source after it, never the name before it.)
const VERBS_AFTER = [...PERSON_SPEECH_VERBS, ...PERSON_SPEECH_VERBS_AFTER]
  .filter((v) => v !== 'according to')
  .map((v) => v.replace(/ /g, '\\s+'))
  .join('|');
// (Not ", 41,000 people": a number with a thousands comma is no age.)
const AFTER_AGE = /^,\s*\d{1,3}\s*,(?!\d)/;
const YEAR_AFTER = /^\s(?:1[89]|20)\d\d(?!\d|[,.:]\d)/u;
// "describes itself as", "calls itself", "bills itself": a verb of naming or showing with the name as its subject
// and "itself" as its object.
// "Varnco said it would", "Varnco said on Thursday it would", "Varnco, a sake brewer based in Kelby, said it had", "Varnco said in a statement that it regretted", "Varnco said it was aware of": a speaker
// that is "it". ("Ostervik said it was hard": "it" the subject of a copula is the matter, unless what follows is a
// state only a speaker is in: BODY_STATES.)
const SAYS_IT = new RegExp(
  `^(?:,\\s+(?:an?|the)\\s+[^,.;“”"]{3,80},|,)?\\s+(?:(?:also|later|then|previously)\\s+)?(?:said|says|announced|stated|added)\\s+(?:(?:on\\s+|late\\s+|early\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+|(?:today|yesterday)\\s+)?(?:in\\s+a\\s+(?:statement|filing|regulatory\\s+filing|news\\s+release|release)\\s+(?:on\\s+\\p{Lu}\\p{Ll}+\\s+)?)?(?:that\\s+)?(?:its\\b|it\\s+(?!(?:was|is|were|had\\s+been|has\\s+been|would\\s+be|will\\s+be)\\b)|it\\s+(?:was|is|had\\s+been|has\\s+been)\\s+(?:${BODY_STATES.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b)`,
  'u',
);

// "Orrin unveiled its new phone", "Velkora reported its first loss": a firm's own act told with "its" (a person's
// would be "his" or "her"; a country's or a town's the gazetteer answers first).
const ACTS_AS_IT =
  /^\s+(?:(?:also|later|then|has|had)\s+)?(?:unveiled|unveils|launched|launches|reported|reports|posted|posts|recalled|recalls|released|releases|raised|raises|lowered|lowers|cut|cuts|slashed|slashes|announced|announces|filed|files|shipped|ships|priced|prices|expanded|expands)\s+its\b/u;

const SERVICE_BEFORE =
  /(?:^|[^\p{L}])(?!(?:a|an|the|this|that|its|their|his|her)\s)\p{Ll}{3,}\s+service\s+$/iu;
const SELF_AS_IT =
  /^\s+(?:(?:also|now|still)\s+)?(?:describes?|described|calls?|called|bills?|billed|styles?|styled|brands?|branded|positions?|positioned|presents?|presented|defines?|defined|markets?|marketed)\s+itself\b/u;
// (`(?!\w)` is `\b` after the verbs, each ending in a letter, at about half the compile: context-roles.ts' AFTER_ROLE.)
const AFTER_VERB = new RegExp(
  `^\\s*(?:,\\s*[^,.;“”"]{1,60},\\s*|,\\s*|\\s+of\\s+(?:the\\s+)?[^,.;“”"]{1,60}?\\s+)?(?:(?:also|then|later|previously|earlier|has|had|have|was|is|would|will|once)\\s+)?${COMPILE_ONCE}(?:${VERBS_AFTER})(?!\\w)`,
  'u',
);
const BEFORE_VERB = new RegExp(`(?<![\\p{L}-])(?:${VERBS})\\s*(?:,\\s*)?$`, 'u');
// BEFORE_VERB is tried at every position of the text before the name (most names): it can match only where that
// text ends (past white space and a comma) in a verb's last word, after no lower-case letter. Those words, when
// every verb is lower-case ASCII words (null otherwise: the pattern is always tried).
const VERB_LAST_WORDS = PERSON_SPEECH_VERBS.every((v) => /^[a-z]+(?: [a-z]+)*$/.test(v))
  ? new Set(PERSON_SPEECH_VERBS.map((v) => v.slice(v.lastIndexOf(' ') + 1)))
  : null;
/** Whether `near` may end in a speech verb as BEFORE_VERB reads it (false only when it cannot). */
function mayEndInVerb(near: string): boolean {
  if (VERB_LAST_WORDS === null) return true;
  let e = near.length;
  while (e > 0 && isSpaceCode(near.charCodeAt(e - 1))) e--;
  if (e > 0 && near.charCodeAt(e - 1) === 0x2c) {
    e--;
    while (e > 0 && isSpaceCode(near.charCodeAt(e - 1))) e--;
  }
  let s = e;
  while (s > 0) {
    const c = near.charCodeAt(s - 1);
    if (c < 0x61 || c > 0x7a) break;
    s--;
  }
  return s < e && VERB_LAST_WORDS.has(near.slice(s, e));
}
// A speech verb with its subject before it ("Kurtzer said", "he says"), and a verb opening what follows a name.
const REPORTED_SUBJECT = new RegExp(
  `(?:\\p{Lu}[\\p{L}'’-]*|\\b(?:he|she|they|we|I))\\s+(?:(?:also|later|then|has|had)\\s+)?(?:${VERBS})\\s+$`,
  'u',
);
const CLAUSE_VERB =
  /^\s+(?:(?:also|still|now|then)\s+)?(?:is|are|was|were|will|would|has|had|have|could|should|can|may|might|must|did|does|aims|plans|wants)\b/u;
const AGENT = new RegExp(`\\b(?:${AGENT_VERBS.join('|')})\\s+by\\s+$`, 'u');
const STAR_BEFORE = new RegExp(`\\b(?:${STAR_KINDS.join('|')})\\s+star\\s+$`, 'iu');
// ("in nearby Varnholm", "the police of nearby Varnholm": "nearby" between a preposition and a name places it;
// so does "neighbouring" after "and", "Varnia and neighbouring Kelbaria signed"; "residents of Harrowby", "drive
// to Ashwell": PLACE_RELATIONS.)
// (Each `$`-ended pattern read of most names is tried once, at the end, by endsWithMatch: matches.ts atEnd.)
const LOCATIVE = atEnd(
  new RegExp(
    `\\b(?:(?:${PLACE_PREPOSITIONS.join('|')})\\s+(?:the\\s+)?|(?:${PLACE_RELATIONS.join('|')})\\s+|(?:${PLACE_PREPOSITIONS.join('|')}|of|to|and|In|At|From|Near|Outside)\\s+(?:nearby|neighbou?ring)\\s+)$`,
    'u',
  ),
);
// ("the administration of Varnby" is a town's: an office's term before "of" only when a person holds it.)
const TERMS_OF = OFFICE_TERMS.filter((t) => t !== 'administration');
const DEATH_OF = atEnd(
  new RegExp(
    `\\b(?:(?:${[...DEATH_NOUNS, ...TERMS_OF, ...PERSON_EVENTS].join('|')})\\s+of|pseudonym)\\s+$`,
    'u',
  ),
);
// "Joe Varnell's eldest son", "Varnell's wife said" (not "Varnco's sister company").
const KIN_POSSESSIVE = new RegExp(
  `^['’]s\\s+(?:late\\s+|former\\s+|eldest\\s+|youngest\\s+|older\\s+|younger\\s+)?(?:${KIN_AFTER.join('|')})\\b(?!\\s+(?:company|firm|ship|city|town|station|channel|paper|network|group|party|organi[sz]ation|brand|school|site|publication)\\b)`,
  'u',
);
// "Sigourney Weaver's character", "Ardo Pell's funeral": what only a person has, after the possessive.
const POSSESSED = new RegExp(
  `^['’]s\\s+(?:(?:late|former|own|first|second|third|last|\\p{Ll}+-year-old)\\s+)?${COMPILE_ONCE}(?:${PERSON_POSSESSIONS.join('|')})\\b`,
  'u',
);
// "Bill Bayes for President and C.L. Gammon for Vice President": a candidate for an office one person holds.
const FOR_OFFICE =
  /^\s+for\s+(?:[Vv]ice[ -])?(?:[Pp]resident|[Gg]overnor|[Mm]ayor|[Pp]rime\s+[Mm]inister)\b/u;
// "someone named Arndt Wilcke", "a doctor named Ardo Pell" (not "a ship named", "a site called").
const NAMED_AFTER = /(?:^|\s)(?:([Ss]omeone|[Ss]omebody)|(?:[Aa]n?|[Oo]ne)\s+(\p{Ll}+))\s+named\s+$/u;
function namedPerson(near: string): boolean {
  const m = NAMED_AFTER.exec(near);
  const noun = m?.[2] ?? '';
  return !!m?.[1] || PERSON_NOUNS.has(noun) || hasTag(noun, 'Actor');
}
// An age before the name, or what names a victim or a suspect ("was identified as", "was named as").
const PERSON_BEFORE = atEnd(
  /(?:\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old|\b(?:identified|named)\s+(?:him\s+|her\s+|them\s+)?as)\s+$/u,
);
// "the George W. Bush administration", "Barack Obama's presidency".
// (Capitalised too: "Ben Ali's Presidency", "the Trump Administration".)
const TERM_AFTER = new RegExp(
  `^(?:['’]s)?\\s+(?:${OFFICE_TERMS.map((t) => `[${t[0] ?? ''}${(t[0] ?? '').toUpperCase()}]${t.slice(1)}`).join('|')})\\b`,
  'u',
);
// "then-prime-minister", "ex-president", "co-founder": a hyphenated person noun; "ophthalmologist", "technician",
// "photographer": a noun for someone's trade by its ending (not any "-ist": "separatist Republic of Artsakh").
const TRADE_ENDING = atEnd(/\p{Ll}{2,}(?:ologist|ician|ographer|onomer)$/u);
const personNounWord = (w: string): boolean =>
  (w.includes('-') && PERSON_NOUNS.has(w.split('-').at(-1) ?? '')) ||
  (endsWithMatch(TRADE_ENDING, w) && !hasTag(w, 'Adjective'));
// "game developer Perttu Ahola", "inventor Franky Zapata": a noun the lexicon knows for someone who does something
// (its Actor nouns), singular, before a name of two words or more whose last word is a surname or no common word.
// Not a trade's noun that also names firms ("producer Energean", "property developer Echo Investment": ORG_NOUNS,
// one-word names and a common last word stay out), nor a plural ("costume builders Don't Hug Cacti", "men
// International Master"), which names a group.
// The doer's noun with the lower-case word before it when that word modifies it ("running mate", "game developer",
// "senior advisor"), not when it is a function word or a verb ("the developer", "was developer").
// prettier-ignore
const MODIFIER_NOT = [
  'Determiner', 'Preposition', 'Conjunction', 'Conjunction|Abbreviation', 'Pronoun', 'Possessive', 'Possessive|Pronoun',
  'Copula|PastTense', 'Copula|PresentTense', 'Modal', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Imperative',
  'Adverb', 'QuestionWord', 'Negative', 'Condition', 'Reflexive', 'TextValue|Cardinal', 'TextValue|Ordinal',
];
const agentRole = (near: string, noun: string): string => {
  const before = /(?:^|\s)(\p{Ll}+)\s+\p{Ll}+\s*$/u.exec(near)?.[1];
  return before && !hasAnyTag(before, MODIFIER_NOT) ? `${before} ${noun}` : noun;
};
const agentBeforeName = (w: string, name: string): boolean => {
  if (!/\s/u.test(name) || w.endsWith('s') || IRREGULAR_PLURALS.has(w) || ORG_NOUNS.has(w)) return false;
  if (!hasTag(w, 'Actor')) return false;
  const last = name.split(/\s+/u).at(-1) ?? '';
  if (isOrgWord(last) || ORG_WORDS.has(last.toLowerCase())) return false;
  return lexiconTags(last).length === 0 || hasAnyTag(last, PERSONAL_NAME_TAGS);
};

// "an official Varnix version.": a lower-case word the lexicon lacks after the name, ending the clause, is the noun
// the name modifies (a verb after a name is one the lexicon knows, or ends in -s or -ed), so the noun before the
// name is an adjective of that noun's phrase, not the name's role.
const UNKNOWN_NOUN_END = /^\s+(\p{Ll}{3,})(?=\s*[.,;:!?)]|\s+(?:of|for|and|or|that|which)\b)/u;
const endsNounPhrase = (after: string): boolean => {
  const w = UNKNOWN_NOUN_END.exec(after)?.[1];
  return w !== undefined && !/(?:s|ed|ing|ly)$/u.test(w) && lexiconTags(w).length === 0;
};

// "the ruling X", "the main opposition X": what rules or opposes a country is a party or its alliance.
const RULING_BEFORE = atEnd(/\bthe\s+(?:(?:main|then|former)\s+)?(?:ruling|governing|opposition)\s+$/u);

// " of Taiwan", " of the United States": a domain named after the head noun of an apposition.
const OF_DOMAIN = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

// "the Greek gas producer Energean", "tech investor Varnfund": a trade's noun that names firms and people alike,
// after a lower-case noun saying what is traded, before one word no lexicon knows as a personal name, is a firm's
// (a person after it has a given name too: "record producer Terry Melcher"; a known one-word name stays a
// person's: "producer Timbaland"). Not after an adjective or a function word ("executive producer", "the producer").
const TRADED_BEFORE = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s+\p{Ll}+\s+$/u;
const firmByTrade = (near: string, name: string): boolean => {
  if (/\s/u.test(name) || hasAnyTag(name, ONE_WORD_PERSON_TAGS)) return false;
  const traded = TRADED_BEFORE.exec(near)?.[1];
  return traded !== undefined && hasAnyTag(traded, TRADED_TAGS) && !hasAnyTag(traded, MODIFIER_NOT);
};

/**
 * The text ends in "star" and spaces, as STAR_BEFORE's matches do (the same word and flags, tried on its last four
 * letters): that pattern is tried at every position of the words before a name.
 */
function endsWithStar(near: string): boolean {
  let e = near.length;
  while (e > 0 && isSpaceCode(near.charCodeAt(e - 1))) e--;
  return e < near.length && e >= 4 && /^star$/iu.test(near.slice(e - 4, e));
}

/**
 * The words before `at` put what follows in a place ("in Sultan Varnak": a title word opening a place's name). Not a
 * town and a comma: a list or an apposition of people has those too ("Anna Holm, Pope Francis, and …").
 */
export function placedBefore(sentence: string, at: number): boolean {
  return endsWithMatch(LOCATIVE, sentence.slice(Math.max(0, at - 120), at));
}

/**
 * A title word opens a place's name rather than a person's when the words stand in a place: after "in" ("in Sultan
 * Varnak"), or beside a noun for a place (context-words.ts placeNounBeside). Asked only of titled names.
 */
export function titleOpensPlace(sentence: string, at: number, end: number): boolean {
  return placedBefore(sentence, at) || placeNounBeside(sentence, at, end);
}

export type {Context} from './context-types.js';

// "published in the journal Varnscience", "reported last week in Varnews", "published Wednesday in Varnews"; not
// "reported Hurricane Dorian in the Caribbean", where what was reported is named between.
const PUBLISHED_IN =
  /\b(?:published|printed|appeared|reported)\s+(?:(?:[\p{Ll}\d]\S*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\s+){0,2}in\s+(?:the\s+)?(?:journal\s+)?$/u;

// "wrote on Instagram", "posted a video on Reddit"; "Instagram followers", "the Telegram messages between them".
const POSTED_ON =
  /\b(?:wrote|writes|posted|posts|shared|shares|tweeted|commented|streamed|uploaded|announced|said|says)\b(?:\s+\S+){0,4}\s+on\s+$/u;
const POSTS_AFTER =
  /^\s+(?:post|posts|account|accounts|story|stories|followers|feed|live|video|videos|messages|chats?|profile)\b/u;

// (Patterns readContext tries for most names, made once: a literal inside the function is a new object each time
// it is reached.)
const SOURCE_AFTER =
  /^\s*(?:\([^()]{1,12}\)\s*|,\s+(?:citing|quoting)\s[^,]{1,60},\s*)?(?:reports|reported|published|announced)\b/u;
const SOURCE_BEFORE = atEnd(
  /\b(?:[Aa]ccording\s+to|reported\s+by|quoted\s+by|cited\s+by|interview\s+with)\s+(?:the\s+)?$/u,
);
const PARTY_AFTER = /^\s+(?:MP|MPs|MEP|MEPs|MSP|MSPs|MLA|MLAs|AM|TD|TDs)\b/u;
const INNER_CAPITAL = /\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u;
const CAPITAL_AFTER = /^\s+\p{Lu}/u;
const NAME_SHAPED_START = /^\p{Lu}\p{Ll}/u;
const THE_AFTER_COMMA = atEnd(/,\s+the\s+$/u);
const STOP_AFTER = /^\s*[,.;!?]/u;
// (Lists made once, not hasTag's rest list a call: asked for most names.)
const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];
const PERSONAL_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName'];
const ONE_WORD_PERSON_TAGS = [...PERSONAL_NAME_TAGS, 'Person'];
const TRADED_TAGS = ['Singular', 'Uncountable', 'Noun'];
const NOUN_NUMBER_TAGS = ['Plural', 'Singular'];

/** Reads the context of the name at [start, end) of a sentence; `next` is the sentence after it, if any. */
export function readContext(sentence: string, start: number, end: number, next = ''): Context {
  const before = sentence.slice(Math.max(0, start - 120), start);
  const after = sentence.slice(end, end + 160);
  // The patterns anchored at the end of `before` are tried by the regex engine at every position of it, so those
  // that match a few words read only its last words (cut at a space, so "^" and "\b" mean what they did): a third
  // of the work, with the same answers.
  const near = tail(before);
  const wordBefore = lastWord(near);
  // (Both apposition patterns end in a comma: not tried on the many names no comma precedes. Nor is the town
  // pattern, which ends in one too.)
  // (/,\s*$/u of `near`, read back from its end past the white space, not tried at every position of it.)
  let e = near.length;
  while (e > 0 && isSpaceCode(near.charCodeAt(e - 1))) e--;
  const comma = e > 0 && near.charCodeAt(e - 1) === 0x2c;
  // Most patterns read `after` from its start ("^\s+", "^,") or `near` up to its end ("\s+$"): where the character
  // they need is not there (a name before a stop, a bracket or a possessive; one opening its sentence or after a
  // quotation mark: ~40% of names) they are not run.
  const c0 = after.charCodeAt(0);
  const spaced = isSpaceCode(c0);
  const spacedBefore = near !== '' && isSpaceCode(near.charCodeAt(near.length - 1));
  const possessive = c0 === 0x27 || c0 === 0x2019;
  // The cues few rules read are getters of LaterCues (context-later.ts); these, read for most names, are made now.
  const ctx = new LaterCues(near, after, wordBefore, comma, next, spaced, spacedBefore) as LaterCues &
    Context;
  ctx.age = c0 === 0x2c && AFTER_AGE.test(after);
  // "led by Björn Benneke": the agent of a verb people do counts like a speech verb.
  // ("Kurtzer said Varnix Linux was named after him": after a speech verb that has its subject, a name that a verb
  // follows opens the clause said, as its subject; the speaker after the verb ends there: "said Ardo Pell.")
  // (Tried only after a speech verb and before a verb: the verbs' long alternation is not run for every name.)
  // (AFTER_VERB's words and verbs all open with a lower-case ASCII letter.)
  ctx.speaks =
    ((spaced || c0 === 0x2c || (c0 >= 0x61 && c0 <= 0x7a)) && AFTER_VERB.test(after)) ||
    (near !== '' &&
      mayEndInVerb(near) &&
      BEFORE_VERB.test(near) &&
      !(spaced && CLAUSE_VERB.test(after) && REPORTED_SUBJECT.test(near))) ||
    (near.includes('by') && AGENT.test(near));
  ctx.personRole = false;
  // ("a ranger from Fallout: New Vegas": a title and its subtitle, mid-sentence, name a work.)
  ctx.workTitle =
    (near.includes('titled') && /\b(?:entitled|titled)\s+$/u.test(near)) ||
    (after.startsWith(': ') &&
      /^:\s\p{Lu}/u.test(after) &&
      /\p{Ll}\s+$/u.test(near) &&
      // (Not a body's name before its motto: "Center for Microbial Oceanography: Research and Education".)
      !sentence
        .slice(start, end)
        .split(/\s+/u)
        .some((w) => isCue(w)));
  ctx.inPlace = inKnownPlace(after);
  ctx.source = SOURCE_AFTER.test(after) || (spacedBefore && endsWithMatch(SOURCE_BEFORE, near));
  ctx.orgNoun =
    // "non-profit Cinema for Peace Foundation": not when the name goes on past "for"/"of".
    (ORG_NOUNS.has(wordBefore) &&
      !(spaced && /^\s+(?:for|of)\s+\p{Lu}/u.test(after)) &&
      !officeOfBody(near)) ||
    (spaced && ORG_NOUNS_AFTER.test(after)) ||
    (spaced && wordBefore === 'the' && EXCHANGE_AFTER.test(after)) ||
    (spacedBefore && leadingTrade(near)) ||
    // "streaming service Lumen", "news service Velnet": a firm that provides one, named right after the noun and
    // its modifier (not ", the ambulance service," set off beside a name, nor "a service").
    (wordBefore === 'service' && SERVICE_BEFORE.test(near)) ||
    // "magazine The Bark", "a writer for The American Conservative", "Mick Jagger of The Rolling Stones": a name
    // with its own capitalised "The" mid-sentence, after a body's noun, or after a person's noun or name and
    // "for"/"of"/"at", is a body's (a work's "The" follows other words: "his memoir The Master of Disguise").
    (near.endsWith('The ') && ownTheBody(near) && !knownPlaceOrRegion(sentence.slice(start, end))) ||
    // "the ruling Democratic Rally", "the opposition Kelm Party": a party in or out of power (not "in a ruling
    // Friday": a weekday is no name here).
    (near.includes('the ') && endsWithMatch(RULING_BEFORE, near)) ||
    // "Greek daily Kathimerini" (but "a daily Aspirin").
    (DAILY.has(wordBefore) && /\p{Lu}\p{Ll}+\s+(?:daily|weekly)\s+$/u.test(near)) ||
    // "and daily Népszava covered": a name the lexicon does not know after "daily" is a paper.
    (DAILY.has(wordBefore) && lexiconTags(sentence.slice(start, end)).length === 0);
  // "the town Varnby", "the island of Grand Bahama", "the province of Banten".
  // (placeNounOf needs "of" as the word before.)
  ctx.placeNoun = PLACE_NOUNS.has(wordBefore) || (wordBefore === 'of' && placeNounOf(near));
  ctx.theLower = wordBefore === 'the';
  // ("Ostervik said it was hard": "it" the subject of a copula is the matter, not the speaker.) "Velna Dall
  // describes itself as …", "calls itself": a name that speaks of itself as a thing, not as a person.
  ctx.saysIt =
    (spaced || c0 === 0x2c) &&
    (SAYS_IT.test(after) ||
      (after.includes('itself') && SELF_AS_IT.test(after)) ||
      (spaced && after.includes(' its') && ACTS_AS_IT.test(after)));
  ctx.platform = (near.endsWith('on ') && POSTED_ON.test(near)) || (spaced && POSTS_AFTER.test(after));
  ctx.interviewer =
    near.includes('interview') && /\binterview(?:ed)?\s+(?:with|by)\s+(?:the\s+)?$/u.test(near);
  // (Tried at every position of the 120 characters before the name: only where one of its verbs is there.)
  ctx.publication =
    (before.includes('published') ||
      before.includes('printed') ||
      before.includes('appeared') ||
      before.includes('reported')) &&
    PUBLISHED_IN.test(before);
  ctx.party = spaced && PARTY_AFTER.test(after);
  // ("at Easter 2027", "in Ramadan 2026", "at Tokyo 2020": a name a year follows is a season's or an event's, a
  // time, not a place.)
  ctx.locative =
    spacedBefore &&
    !(spaced && (after.charCodeAt(1) === 0x31 || after.charCodeAt(1) === 0x32) && YEAR_AFTER.test(after)) &&
    (endsWithMatch(LOCATIVE, near) ||
      placePossessive(near) ||
      (near.includes('from') && FROM_TO.test(near)) ||
      placedByWay(near));
  ctx.faith = (near.includes('convert') || near.includes('practi')) && FAITH_BEFORE.test(near);
  // ("during Zine El Abidine Ben Ali's Presidency": a possessive owns the event after it; it is no event.)
  ctx.during = near.includes('during') && DURING.test(near) && !possessive && !namesNoun(after);
  const a = c0 === 0x2c ? AFTER_ROLE.exec(after) : null;
  // "Speaking to Varna Radio, the mayor said …": after an opening phrase, what follows the comma is the
  // sentence's subject, not an apposition of the name in the phrase. "Dr. Ardo Pell of Varna University, a
  // researcher": the role is the person's before "of". "agency Varnews, the prosecutor of Varnby, Ardo Pell, said":
  // a role followed by another name (not a place's) is that name's.
  const nameText = withoutNickname(sentence.slice(start, end));
  // ("GPs, dentists, childcare": a plural acronym names a group, listed, not one person.)
  if (
    a &&
    (FINITE.test(a[1] ?? '') ||
      /^\p{Lu}{2,}s$/u.test(nameText) ||
      OPENING_PHRASE.test(before) ||
      OF_SOMEONE.test(near) ||
      namedNext(after.slice(a[0].length)))
  )
    a[1] = '';
  const b = comma ? BEFORE_ROLE.exec(before) : null;
  // "the man was a contract worker": a clause, not an apposition. "Ardo Pell, the mayor of Varnby, Indiana": a
  // known region after a town is the town's, and the role before it the person's named earlier.
  if (b && (FINITE.test(b[1] ?? '') || (ctx.afterTown && regionByData(nameText)))) b[1] = '';
  // "said the chancellor, Pradeep Khosla." — an apposition before the name may also end the sentence.
  let bRole = b?.[1] && /^\s*(?:[,.;:!?]|$)/.test(after) ? b[1].replace(/^\S+\s+/, '').trim() : undefined;
  // "a station in the provincial capital, Bir Zayed,": the noun phrase right before the comma is the apposition; a
  // place's noun there makes the name that place, whatever the longer phrase from the sentence's "The" reads as
  // (not before an age: "In the capital, Ardo Pell, 45, was hurt").
  const lastPhrase = bRole !== undefined ? LAST_ROLE.exec(near)?.[1] : undefined;
  const placeBefore =
    lastPhrase !== undefined && !ctx.age && !OPENING_PHRASE.test(before) && roleKind(lastPhrase) === 'place';
  if (placeBefore) bRole = undefined;
  // "The news came from his son-in-law, X": the phrase from the first article reads as a clause; the one from the
  // last may still be a role.
  if (bRole !== undefined && !describesPerson(bRole)) {
    const last = LAST_ROLE.exec(near)?.[1];
    if (last && !FINITE.test(last) && describesPerson(last)) bRole = last;
  }
  // (One that names no person gives way to an apposition after the name.)
  if (bRole !== undefined && (describesPerson(bRole) || !a?.[1])) {
    ctx.role = bRole;
    ctx.personRole = describesPerson(bRole);
  } else if (a?.[1]) {
    ctx.role = a[1]?.trim();
    ctx.personRole = describesPerson(ctx.role ?? '');
  }
  if (!ctx.personRole) {
    // Before the name only a bare noun phrase ("the Polish anti-monopoly agency, UOKiK"), not "an agency in Varnby, Ontario".
    let b2 = comma && /^\s*(?:[,.;!?]|$)/.test(after) ? BEFORE_APPOSITION.exec(before)?.[1] : undefined;
    if (b2 && (headOf(b2) !== b2 || /\s\p{Lu}/u.test(b2))) b2 = undefined;
    // ("the legislature of Taiwan, the Legislative Yuan, voted": a "the" after the comma opens a noun phrase of its
    // own, so the one before may name its domain after "of" and still be the name's apposition.)
    if (
      b2 === undefined &&
      near.includes(',') &&
      endsWithMatch(THE_AFTER_COMMA, near) &&
      STOP_AFTER.test(after)
    ) {
      const of = BEFORE_APPOSITION.exec(before.replace(/\s*the\s+$/u, ''))?.[1];
      if (of && OF_DOMAIN.test(of.slice(headOf(of).length)) && !/\s\p{Lu}/u.test(headOf(of))) b2 = headOf(of);
    }
    const appositive =
      c0 !== 0x2c || OPENING_PHRASE.test(before) ? undefined : AFTER_APPOSITION.exec(after)?.[1];
    let kind = roleKind(appositive) ?? roleKind(b2) ?? (placeBefore ? 'place' : undefined);
    if (!kind && b2 === undefined && comma && /^\s*(?:[,.;!?]|$)/.test(after)) {
      const owned = OWNED_PLACE_APPOSITION.exec(before)?.[1];
      if (owned && headOf(owned) === owned && roleKind(owned) === 'place') kind = 'place';
    }
    if (kind) ctx.roleKind = kind;
  }
  const p = pronounAfter(sentence, next, end);
  if (p) ctx.pronoun = p.startsWith('h') && !p.startsWith('her') ? 'm' : p.startsWith('i') ? 'n' : 'f';
  // "the killing of Qasem Soleimani", "under the pseudonym Katya": only a person dies or goes by a pseudonym; "the
  // presidency of Barack Obama", "the George W. Bush administration": only a person holds an office.
  // ("nicknamed Ginger" is not here: a nickname is another name of someone already named.)
  if (
    !ctx.personRole &&
    // "the death of VarnOS": a brand's inner capital or an acronym is no personal name.
    !INNER_CAPITAL.test(nameText) &&
    // "the death of Most Rev. …": an ordinary word there is part of a title, not a name.
    (lexiconTags(nameText).length === 0 || hasAnyTag(nameText, NAME_TAGS)) &&
    // "the death of Democratic Congressman John Lewis": a word before another capitalised one opens a longer name.
    !(spaced && CAPITAL_AFTER.test(after)) &&
    // "Joe Varnell's eldest son".
    ((possessive && KIN_POSSESSIVE.test(after) && !knownPlaceOrRegion(nameText)) ||
      // "22-year-old Rangoli Patil", "the seaman was identified as Jaypee Galicha" (one word only if the lexicon
      // knows it as a name: "the firm was named as Varnco").
      ((near.includes('-year-old') || near.includes('as')) &&
        endsWithMatch(PERSON_BEFORE, near) &&
        (/\s/u.test(nameText) || hasAnyTag(nameText, PERSONAL_NAME_TAGS))) ||
      // "the death of Democratic leaders": a word modifying a noun is an adjective.
      ((near.includes('of') || near.includes('pseudonym')) &&
        !(spaced && hasAnyTag(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '', NOUN_NUMBER_TAGS)) &&
        endsWithMatch(DEATH_OF, near)) ||
      // ("the Varnby administration": one word the lexicon does not know as a surname may be a town's.)
      ((spaced || possessive) &&
        TERM_AFTER.test(after) &&
        !knownPlaceOrRegion(nameText) &&
        !regionByData(nameText) &&
        (/\s/u.test(nameText) || hasTag(nameText, 'LastName', 'Person'))))
  ) {
    ctx.personRole = true;
  }
  // "she [Judit Polgár] played", "he [Ardo Pell] has been": an interviewer's brackets name whom a pronoun means.
  if (!ctx.personRole && after.startsWith(']') && /\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er)\s+\[$/u.test(near))
    ctx.personRole = true;
  // "porn star Stormy Daniels" (but "the star AB Aurigae").
  if (!ctx.personRole && endsWithStar(near) && STAR_BEFORE.test(near)) ctx.personRole = true;
  const noun = wordBefore;
  // ("his official Varnlink account": the noun before is an adjective of the compound the name opens.)
  // (Not the idiom "in general Varnholm is quiet".)
  const rank = RANK_NOUNS.has(noun) && !/\bin\s+general\s+$/iu.test(near);
  const known = PERSON_NOUNS.has(noun) || rank || personNounWord(noun);
  if (!ctx.personRole && FIRM_TRADE_NOUNS.has(noun) && firmByTrade(near, nameText)) {
    ctx.orgNoun = true;
  } else if (
    !ctx.personRole &&
    noun &&
    (known || agentBeforeName(noun, nameText)) &&
    !namesNoun(after) &&
    !endsNounPhrase(after)
  ) {
    ctx.personRole = true;
    // ("running mate Eric Varn", "game developer X": a noun of the lexicon's doers says more with the word that
    // modifies it.)
    ctx.role ??= known ? noun : agentRole(near, noun);
  }
  // "their two sons Wyatt and …", "four daughters, Nadine, …", "visual artists Moth Monarch and …": a plural
  // person noun before a name (and its comma) opens a list of people; the plural is no role of the one name.
  // (Only before a name that ends there, not an acronym: "ships, captains, NGOs", "Cabinet officers, Commerce
  // Secretary Ardo Pell"; after a comma only a counted or owned group: "their sons, Wyatt", not "captains, X".)
  if (
    !ctx.personRole &&
    NAME_SHAPED_START.test(nameText) &&
    !(spaced && CAPITAL_AFTER.test(after)) &&
    !namesNoun(after) &&
    (personPlural(noun) || (comma && personPlural(GROUP_BEFORE.exec(near)?.[1] ?? '')))
  ) {
    ctx.personRole = true;
  }
  // "Sigourney Weaver's character", "Viktar Babaryka, who was arrested": what only a person has, and "who", said
  // of people and of groups ("the Democrats, who"), mark a person only on a name shaped as a personal one (none a
  // cue's, a place's or a common word): a firm or a country has a president and lawyers too ("Niger's president",
  // "Sinn Fein's leader"), and a studio its characters ("Marvel's"). (Read last, and only where no apposition
  // or noun before the name gave a role: those say more.)
  // "the ticket of Bill Bayes for President", "someone named Arndt Wilcke": a candidate for an office one person
  // holds, and a name given to a person, are people's on such a name too ("won Alaska for president" is a place's).
  if (
    !ctx.personRole &&
    ctx.role === undefined &&
    ((possessive && POSSESSED.test(after)) ||
      (c0 === 0x2c && after.startsWith(', who ')) ||
      (spaced && after.startsWith(' for ') && FOR_OFFICE.test(after)) ||
      (near.endsWith('named ') && namedPerson(near))) &&
    isNameShaped(nameText)
  )
    ctx.personRole = true;
  return ctx;
}

/** For tests: BEFORE_VERB and the test that skips it (tests/extract/word-scans.test.ts). */
export const beforeVerbForTest = {pattern: BEFORE_VERB, mayEndInVerb};
