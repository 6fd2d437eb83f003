// The speaker after a quote named by no name of their own: "“…,” the mayor said" (the one holding the title), "“…,” an
// Interpol spokesperson stated" (the body), "“…,” the statement said" (its issuer), "“…,” a witness said", "“…,”
// police said" (unnamed).
import type {Attribution, QuoteContext} from './context.js';
import {definiteWriting} from './body-writing.js';
import {verbEnd} from './placed-verb.js';
import {isPluralPersonNoun, titledRole} from './roles.js';
import {spokesBody} from './spokes.js';
import {isFiniteVerb, isPersonNoun} from './words.js';
import {COMPILE_ONCE} from '../matches.js';
import {
  BARE_GROUP_SPEAKERS,
  EPITHET_NOUNS,
  MODIFIER,
  nationalityNoun,
  ROLE_WORD,
  VERB_ALT,
  WORD_END,
  WRITTEN,
} from './vocabulary.js';
import {mentionStarting} from './context.js';

const ADVERB = MODIFIER;
// "the mayor", "the Wooster professor": a role noun after the article and at most two capitalised words.
// Up to two lower-case words may qualify the role ("the former teacher"), and are part of it: the person must have
// been described so ("Renn, a former teacher"); "the local health minister" is no other health minister. An age is
// a role too ("the 54-year-old").
const ROLE_FIRST = [0, 1, 2].map(
  (k) =>
    new RegExp(
      `^the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}((?:\\p{Ll}[\\p{Ll}-]*\\s+){${k}}(?:${ROLE_WORD}))(?=\\s)`,
      'u',
    ),
);

/** "the mayor said", "the former teacher said": the role and where its verb ends (-1: no verb follows it). */
function roleFirst(text: string, anyVerb: boolean): {role: RegExpExecArray; verb: number} | undefined {
  let first: RegExpExecArray | undefined;
  for (const pattern of ROLE_FIRST) {
    const role = pattern.exec(text);
    if (!role) continue;
    first ??= role;
    const verb = verbEnd(text.slice(role[0].length), anyVerb);
    if (verb >= 0) return {role, verb};
  }
  return first ? {role: first, verb: -1} : undefined;
}
// "the Portuguese forward said", "the Scot said", "the Rovers boss told": "the", one or two capitalised words (a
// nationality, a club), at most one lower-case noun, the verb (group 1: the capitalised words; group 2: the noun).
const EPITHET_FIRST = new RegExp(
  `^the\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,1}\\p{Lu}[\\p{L}-]*)\\s+(?:(\\p{Ll}[\\p{Ll}-]*)\\s+)?${ADVERB}${COMPILE_ONCE}(?:${VERB_ALT})${WORD_END}`,
  'u',
);

// "the skipper said", "the jockey added": an epithet noun alone (EPITHET_NOUNS; not any person's noun: "the officer
// said" names no one), group 1. An age no one is given ("the 24-year-old said") is one too: sports and court reports
// call the person just named by an age the text never set beside the name.
const BARE_EPITHET_FIRST = new RegExp(
  `^the\\s+(\\p{Ll}[\\p{Ll}-]*|\\d+-year-old)\\s+${ADVERB}${COMPILE_ONCE}(?:${VERB_ALT})${WORD_END}`,
  'u',
);
const AGE_NOUN = /^(\d+)-year-old$/u;

// The one person an epithet stands for, when the phrase is one: its capitalised words no body's name ("the Kremlin"),
// then a person's noun ("the Portuguese forward"), or alone a nationality ("the Scot"; "the Vizier" is an office);
// or a noun a story calls a person it has just named ("the skipper").
function epithet(ctx: QuoteContext, text: string, at: number): Attribution | undefined {
  const bare = BARE_EPITHET_FIRST.exec(text);
  if (bare?.[1] && (EPITHET_NOUNS.has(bare[1]) || AGE_NOUN.test(bare[1])) && ctx.resolveEpithet) {
    // (Read from the opening mark: the person must be named in the quote's sentence or the one right before it.)
    const age = AGE_NOUN.exec(bare[1])?.[1];
    const speaker = ctx.resolveEpithet(ctx.paragraph, ctx.open, true, age);
    return speaker ? {found: true, speaker, how: 'title', verbAt: at + bare[0].length} : undefined;
  }
  const e = EPITHET_FIRST.exec(text);
  const words = e?.[1];
  if (!e || !words || !ctx.resolveEpithet) return undefined;
  const noun = e[2];
  if (noun !== undefined && !isPersonNoun(noun) && !EPITHET_NOUNS.has(noun)) return undefined;
  // ("the Chairman", "the Sultan": an office, whose holder resolveRole looked for.)
  if (noun === undefined && (!nationalityNoun().test(words) || isPersonNoun(words))) return undefined;
  const wordsAt = at + e[0].indexOf(words);
  const named = mentionStarting(ctx, wordsAt, wordsAt + words.length);
  if (named && named.kind !== 'person') return undefined;
  // ("the Colombian said", "the Colombian rider said": a nation's word, for the one the article so describes.)
  const nation = nationalityNoun().test(words) ? words : undefined;
  const speaker = ctx.resolveEpithet(ctx.paragraph, at, false, undefined, nation);
  return speaker ? {found: true, speaker, how: 'title', verbAt: at + e[0].length} : undefined;
}

const UNNAMED_FIRST = new RegExp(
  `^(?:a|an|the|one|another)\\s+\\p{Ll}[^,.;:!?“”"]{0,60}?\\s+${ADVERB}${COMPILE_ONCE}(?:${VERB_ALT})${WORD_END}`,
  'u',
);
const SPOKES_PHRASE_FIRST = new RegExp(
  `^(?:a|an|the|one)\\s+[^,.;:!?“”"]{1,80}?\\s+${ADVERB}${COMPILE_ONCE}(?:${VERB_ALT})${WORD_END}`,
  'u',
);
// A plural noun (group 1), at most one lower-case word before it, then a speech verb: "state officials said".
const BARE_PLURAL_FIRST = new RegExp(
  `^(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+${ADVERB}${COMPILE_ONCE}(?:${VERB_ALT})${WORD_END}`,
  'u',
);
const UNNAMED_PHRASE_FIRST =
  /^(?:a|an|the|one|another)\s+(?:\p{Ll}+\s+){0,3}?(\p{Ll}+)\b(?=\s*(?:[,.;:!?]|$))/u;

/**
 * The speaker of a quote whose attribution `text` (at `at` in the paragraph, `afterQuote` where the text after the
 * closing mark starts) opens with no name: a title's holder, a spokesperson's body, a writing's issuer, or an unnamed
 * speaker; undefined when no verb follows such a phrase.
 */
export function unnamedFirst(
  ctx: QuoteContext,
  text: string,
  at: number,
  afterQuote: number,
  anyVerb: boolean,
): Attribution | undefined {
  // "“…,” the mayor said": the person holding that title in the article.
  const found = roleFirst(text, anyVerb);
  const role = found?.role;
  const roleName = titledRole(role);
  const roleVerb = found?.verb ?? -1;
  const cast =
    roleName && roleVerb >= 0 ? (ctx.resolveRole?.(roleName, ctx.paragraph, afterQuote) ?? null) : null;
  if (role && cast) return {found: true, speaker: cast, how: 'title', verbAt: at + role[0].length + roleVerb};
  // "…,” a witness said. / “…,” the lawyer for the family told reporters: an unnamed speaker.
  // "“…,” an Interpol spokesperson stated": the body the spokesperson speaks for.
  const spokes = SPOKES_PHRASE_FIRST.exec(text);
  const body = spokes ? spokesBody(ctx.mentions, ctx.masked, at, at + spokes[0].length) : undefined;
  if (spokes && body) return {found: true, speaker: body.name, how: 'name', verbAt: at + spokes[0].length};
  // "“…,” the statement said": whoever the paragraph says issued that statement.
  const issuer = definiteWriting(ctx, text);
  if (issuer) return {found: true, speaker: issuer, how: 'name', verbAt: at};
  // "“…,” the Portuguese forward said": no one holds the role; the epithet is the person just named.
  if (!cast) {
    const described = epithet(ctx, text, at);
    if (described) return described;
  }
  const unnamed = UNNAMED_FIRST.exec(text);
  const unheld = roleName && roleVerb >= 0 ? roleName : undefined;
  // "“…,” the Wooster professor added": a title no one holds.
  if (role && unheld && !unnamed)
    return {
      found: true,
      speaker: null,
      how: 'unnamed',
      verbAt: at + role[0].length + roleVerb,
      role: unheld,
    };
  if (unnamed)
    return {
      found: true,
      speaker: null,
      how: 'unnamed',
      verbAt: at + unnamed[0].length,
      role: unheld,
    };
  // "“…,” police said", "“…,” state officials said": a group of people named by a bare plural noun.
  const bare = BARE_PLURAL_FIRST.exec(text);
  const group = bare?.[1]?.toLowerCase();
  if (
    bare &&
    group &&
    (BARE_GROUP_SPEAKERS.has(group) ||
      isPluralPersonNoun(group) ||
      (group.endsWith('es') && isPersonNoun(group.slice(0, -2))))
  )
    return {found: true, speaker: null, how: 'unnamed', verbAt: at + bare[0].length};
  // "“…,” a statement read.": any verb after a short unnamed phrase, where the quote's shape places one.
  const phrase = anyVerb ? UNNAMED_PHRASE_FIRST.exec(text) : null;
  if (phrase?.[1] && (isFiniteVerb(phrase[1]) || WRITTEN.test(phrase[1])))
    return {found: true, speaker: null, how: 'unnamed', verbAt: at + phrase[0].length};
  return undefined;
}
