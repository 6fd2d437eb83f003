import {atEnd, endsWithMatch} from '../matches.js';
import {hasAnyTag, lexiconTags, tagsInclude} from '../nlp.js';
import type {Context} from './context.js';
import {NAME_TAGS, NOT_NAME_WORDS, ORG_WORDS, PLACE_TAGS, PLACE_WORDS, THING_WORDS, COMPASS} from './cues.js';
import {isDemonym, knownPlace, type KnownPlace} from './gazetteer.js';
import type {Span} from './spans.js';

/** Every occurrence of one written form (or of all the forms of one entity), with its contexts. */
export interface Form {
  text: string;
  spans: Span[];
  contexts: Context[];
  /** The form also occurs away from the start of a sentence, so its capital is meaningful. */
  midSentence: boolean;
  /** An acronym the article also writes in the plural ("the URL" beside "URLs"): a countable noun's. */
  countable?: boolean;
  /** An acronym the article spells out as a term's, a law's or a thing's words ("the Varna Act (VA)"). */
  spelledAsTerm?: boolean;
}

// (Made once: a pattern literal in a function is a new object at each call, and this is asked of every form many
// times, in the sorts' comparisons too.)
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const CAPITALS_ACRONYM = /^\p{Lu}[\p{Lu}&]{1,6}$/u;

/** An all-capital acronym ("NASA", "U.S.", "E.U.") rather than a word. */
export function isAcronym(text: string): boolean {
  return DOTTED_ACRONYM.test(text) || CAPITALS_ACRONYM.test(text);
}

/** A capitalised word that says what a name is ("Ministry", "River", "Treaty", "North"). */
export const isCueWord = (w: string): boolean =>
  ORG_WORDS.has(w) || PLACE_WORDS.has(w) || THING_WORDS.has(w) || COMPASS.test(w);

// "Antônio", "Sebastião", "Inês": a given name the lexicon knows only without its accents ("Antonio"); asked only of
// a first word the lexicon lacks that has a letter beyond ASCII.
function accentedGivenName(first: string, firstTags: readonly string[]): boolean {
  if (firstTags.length > 0 || !NON_ASCII.test(first)) return false;
  return tagsInclude(lexiconTags(first.normalize('NFD').replace(MARKS, '')), GIVEN_NAME_TAGS);
}
const NON_ASCII = /[^\p{ASCII}]/u;
const MARKS = /\p{M}/gu;

/**
 * What the kind rules read of a name: its words, what the lexicon and gazetteer know of them, and how many of its
 * mentions carry each cue. Computed once per name so that every rule reads the same figures.
 */
export interface Features {
  form: Form;
  text: string;
  words: string[];
  first: string;
  /** Lower-case last word of the name. */
  lastWord: string;
  /** Lower-case last word before an "of" ("University" of "University of Montreal"). */
  last: string;
  head: string;
  /** compromise's tags of the whole name (lexiconTags(text)); [] when the lexicon does not know it. */
  tags: string[];
  /** The gazetteer's place of the name (knownPlace(text)), asked by several rules: one look-up per name. */
  place: KnownPlace | undefined;
  /** The gazetteer or the lexicon places the name (placeByData(text)). */
  placed: boolean;
  /** Mentions carrying each cue (a count, so that evidence sums over the article). */
  titled: number;
  aged: number;
  personRole: number;
  /** Mentions whose person's cue is a role the text states (an apposition, a noun before the name). */
  roled: number;
  speaks: number;
  /** After "in", "near" … away from a sentence's first word. */
  locative: number;
  /** Mentions with a personal pronoun ("he", "she") or a person's apposition. */
  personal: number;
  unknown: boolean;
  firstIsName: boolean;
  plainFirst: boolean;
  falseFirst: boolean;
  mentions: number;
  /** How many mentions satisfy `test`. */
  count: (test: MentionTest) => number;
}

/**
 * A test of one mention of a name: its context, its index in the form's mentions (`f.form.spans[i]`), and the name's
 * features. The kind rules pass tests made once, at module level, to `count`, `anyMention` and `everyMention`: an
 * arrow written inside a rule's `apply` would be a new function at every name the rule is asked of, and one that read
 * `f` would make `apply` allocate a context for it at every call, reached or not (~30 MB a pass of the 280).
 */
export type MentionTest = (c: Context, i: number, f: Features) => boolean | undefined;

/** Whether any mention of the name passes `test` (`f.form.contexts.some` for a test made once). */
export function anyMention(f: Features, test: MentionTest): boolean {
  const {contexts} = f.form;
  for (let i = 0; i < contexts.length; i++) if (test(contexts[i] as Context, i, f)) return true;
  return false;
}

/** Whether every mention of the name passes `test` (true when it has none, as `every`). */
export function everyMention(f: Features, test: MentionTest): boolean {
  const {contexts} = f.form;
  for (let i = 0; i < contexts.length; i++) if (!test(contexts[i] as Context, i, f)) return false;
  return true;
}

// The features of the article's forms, made new for each article (entitiesStage calls forgetFeatures at its start
// and end). Not a WeakMap: V8's scavenger treats a WeakMap's values as strong, and each Features holds its form (the
// key), so every form of every article, with its spans and contexts, outlived its article and was promoted to the
// old generation (s54c, scripts/bench/README.md: a worker promoted 22.8 → 16.7 MB over 140 articles).
let featureCache = new Map<Form, Features>();
/** Drops the features read so far (their forms are the last article's). */
export function forgetFeatures(): void {
  featureCache = new Map();
}
/** For tests: how many forms' features are held (tests/extract/feature-cache.test.ts). */
export const featuresHeldForTest = (): number => featureCache.size;
/** The lexicon's tags of a given name and of a surname (lists made once: a rule asks them of many names). */
export const GIVEN_NAME_TAGS: readonly string[] = ['FirstName', 'MaleName', 'FemaleName'];
export const SURNAME_TAGS: readonly string[] = ['LastName', 'Person'];

/** The words before the name's first "of", or before a "for" that a body's word opens ("Court for …"). */
function headOf(text: string): string {
  const ofHead = text.split(/\s+of\s+/u)[0] ?? text;
  const m = FOR_AFTER_BODY.exec(text);
  const body = m?.[1];
  return body !== undefined && ORG_WORDS.has((m?.[2] ?? '').toLowerCase()) && body.length < ofHead.length
    ? body
    : ofHead;
}

// The shortest opening of a name that ends in a body's word right before "for".
const FOR_AFTER_BODY = /^(.*?\b(\p{Lu}\p{Ll}+))\s+for\s/u;

const SPACES = /\s+/;
const PREFIXED = /^(?:pro|anti|non|ex)-/iu;
const ICAL_ENDING = atEnd(/\p{Ll}{3}ical$/u);

/** Reads the features of a name once. */
export function features(form: Form): Features {
  const cached = featureCache.get(form);
  if (cached) return cached;
  const {text, contexts, spans} = form;
  const words = text.split(SPACES);
  const first = words[0] ?? '';
  // (Most names hold no "of": their head is the name and its words the name's, without a split by a pattern.)
  // ("United States District Court for the Western District of Varna": a body's word before "for" heads the name,
  // and what follows is its domain, as after "of".)
  const head = text.includes('of') || text.includes(' for ') ? headOf(text) : text;
  const headWords = head === text ? words : head.split(SPACES);
  // (A loop: a reduce made a closure per call, and the rules count ~20 times a name.)
  const count = (test: MentionTest): number => {
    let n = 0;
    for (let i = 0; i < contexts.length; i++) if (test(contexts[i] as Context, i, f)) n++;
    return n;
  };
  // The lexicon's tags of the name and of its first word, asked once each for the features below.
  const tags = lexiconTags(text);
  const firstTags = lexiconTags(first);
  const place = knownPlace(text);
  const firstIsName =
    tagsInclude(firstTags, GIVEN_NAME_TAGS) ||
    spans.some((s) => s.givenName) ||
    accentedGivenName(first, firstTags);
  // The cue counts in one pass over the mentions (a closure and a reduce per count cost more than the tests).
  let aged = 0;
  let personRole = 0;
  let roled = 0;
  let speaks = 0;
  let locative = 0;
  let personal = 0;
  for (let i = 0; i < contexts.length; i++) {
    const c = contexts[i] as Context;
    if (c.age && !c.locative) aged++;
    if (c.personRole) {
      personRole++;
      if (c.role) roled++;
    }
    // Being told something says nothing of what the listener is; nor does a verb after "in X" of X, which the
    // preposition puts inside a phrase ("Police in Santa Cruz said").
    // ("The MP for Saltmere and Eastquay, Fiona Brandt, says": nor of a later name of a list a preposition opens.)
    // ("Mayor Phil Easton of Tillman said": nor of the town after a person's name and "of".)
    if (c.speaks && !c.locative && !c.listener && !c.conjunctPlaced && !c.ofName) speaks++;
    if (c.locative && !spans[i]?.initial) locative++;
    if (c.pronoun === 'm' || c.pronoun === 'f' || c.roleKind === 'person') personal++;
  }
  // ("in Sultan Varnak": a title word opening a place's name after "in"; "in the Philippines, 79,": an age after
  // a location is the person's named before it.)
  let titled = 0;
  for (let i = 0; i < spans.length; i++)
    if ((spans[i] as Span).titles.length > 0 && !contexts[i]?.titlePlaced) titled++;
  const f: Features = {
    form,
    text,
    words,
    first,
    lastWord: (words.at(-1) ?? '').toLowerCase(),
    last: (headWords.at(-1) ?? '').toLowerCase(),
    head,
    tags: tags.slice(),
    place,
    placed: place !== undefined || tagsInclude(tags, PLACE_TAGS),
    titled,
    aged,
    personRole,
    roled,
    speaks,
    locative,
    personal,
    unknown: words.length === 1 && tags.length === 0,
    firstIsName,
    plainFirst: firstTags.length > 0 && !firstIsName && !tagsInclude(firstTags, SURNAME_TAGS),
    // ("Geological Survey": an adjective's ending opens no personal name.)
    falseFirst:
      NOT_NAME_WORDS.has(first.toLowerCase()) ||
      (words.length > 1 && isBrandShaped(first)) ||
      PREFIXED.test(first) ||
      (firstTags.length === 0 && endsWithMatch(ICAL_ENDING, first)),
    mentions: spans.length,
    count,
  };
  featureCache.set(form, f);
  return f;
}

// "CentOS", "GitHub", "PlayStation": capitals inside a word after lower-case letters spell a brand. Not a name's
// prefix ("MacDonald", "FitzGerald", "VanDyke"; "McAllen", "DeKalb" have one lower-case letter before).
const BRAND_SHAPE = /^\p{Lu}\p{Ll}{2,}\p{Lu}/u;
const NAME_PREFIX = /^(?:Mac|Fitz|Van|Von|Ter|Della|Dal)\p{Lu}/u;
/**
 * A word spelt as a brand is, with inner capitals ("CentOS"): no person's or place's name opens with it (alone it may
 * be a screen name: "Mr. CreepyPasta").
 */
export function isBrandShaped(word: string): boolean {
  return BRAND_SHAPE.test(word) && !NAME_PREFIX.test(word);
}

/** The name is placed by the gazetteer or the lexicon (a country, a city, a region). */
export function placeByData(text: string): boolean {
  return knownPlace(text) !== undefined || hasAnyTag(text, PLACE_TAGS);
}

/** The lexicon knows the word as a given name or surname. */
export function nameByData(text: string): boolean {
  return hasAnyTag(text, NAME_TAGS);
}

/** A demonym or a known place opening the name ("Iraqi", "US"). */
export function placeOrDemonym(text: string): boolean {
  return knownPlace(text) !== undefined || isDemonym(text);
}

/** Followed by "of"/"from" a country, in words the lexicon knows only as names or not at all ("Ardo Pell of Estonia"). */
export const fromCountry = (f: Features): boolean =>
  anyMention(f, ofCountry) && f.words.every(unknownOrName) && !f.words.some(cueOrAcronym);
const ofCountry: MentionTest = (c) => c.fromCountry === true;
const unknownOrName = (w: string): boolean => lexiconTags(w).length === 0 || nameByData(w);
const cueOrAcronym = (w: string): boolean => isCueWord(w.toLowerCase()) || isAcronym(w);
