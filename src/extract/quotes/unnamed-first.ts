// The speaker after a quote named by no name of their own: "“…,” the mayor said" (the one holding the title), "“…,” an
// Interpol spokesperson stated" (the body), "“…,” the statement said" (its issuer), "“…,” a witness said", "“…,”
// police said" (unnamed).
import type {Attribution, QuoteContext} from './context.js';
import {definiteWriting} from './body-writing.js';
import {verbEnd} from './placed-verb.js';
import {isPluralPersonNoun, titledRole} from './roles.js';
import {spokesBody} from './spokes.js';
import {isFiniteVerb, isPersonNoun} from './words.js';
import {BARE_GROUP_SPEAKERS, EPITHET_NOUNS, nationalityNoun, WRITTEN} from './vocabulary.js';
import {type RoleMatch, roleFirstShape} from './role-shapes.js';
import {mentionStarting} from './context.js';
import {
  barePluralFirst,
  bareEpithetFirst,
  epithetFirst,
  spokesPhraseFirst,
  unnamedFirstShape,
} from './unnamed-shapes.js';

// "the mayor", "the Wooster professor": a role noun after the article and at most two capitalised words
// (roleFirstShape). Up to two lower-case words may qualify the role ("the former teacher"), and are part of it: the
// person must have been described so ("Renn, a former teacher"); "the local health minister" is no other health
// minister. An age is a role too ("the 54-year-old").

/** "the mayor said", "the former teacher said": the role and where its verb ends (-1: no verb follows it). */
function roleFirst(text: string, anyVerb: boolean): {role: RoleMatch; verb: number} | undefined {
  let first: RoleMatch | undefined;
  for (let k = 0; k <= 2; k++) {
    const role = roleFirstShape(text, k);
    if (!role) continue;
    first ??= role;
    const verb = verbEnd(text.slice(role[0].length), anyVerb);
    if (verb >= 0) return {role, verb};
  }
  return first ? {role: first, verb: -1} : undefined;
}
// "the Portuguese forward said", "the Scot said", "the Rovers boss told": "the", one or two capitalised words (a
// nationality, a club), at most one lower-case noun, the verb (epithetFirst: group 0 the capitalised words, group 1
// the noun). "the skipper said", "the jockey added": an epithet noun alone (EPITHET_NOUNS; not any person's noun:
// "the officer said" names no one; bareEpithetFirst, group 0). An age no one is given ("the 24-year-old said") is
// one too: sports and court reports call the person just named by an age the text never set beside the name.
const AGE_NOUN = /^(\d+)-year-old$/u;

// The one person an epithet stands for, when the phrase is one: its capitalised words no body's name ("the Kremlin"),
// then a person's noun ("the Portuguese forward"), or alone a nationality ("the Scot"; "the Vizier" is an office);
// or a noun a story calls a person it has just named ("the skipper").
function epithet(ctx: QuoteContext, text: string, at: number): Attribution | undefined {
  const bare = bareEpithetFirst(text);
  const bareWord = bare?.groups[0];
  if (bare && bareWord && (EPITHET_NOUNS.has(bareWord) || AGE_NOUN.test(bareWord)) && ctx.resolveEpithet) {
    // (Read from the opening mark: the person must be named in the quote's sentence or the one right before it.)
    const age = AGE_NOUN.exec(bareWord)?.[1];
    const speaker = ctx.resolveEpithet(ctx.paragraph, ctx.open, true, age);
    return speaker ? {found: true, speaker, how: 'title', verbAt: at + bare.end} : undefined;
  }
  const e = epithetFirst(text);
  const words = e?.groups[0];
  if (!e || !words || !ctx.resolveEpithet) return undefined;
  const noun = e.groups[1];
  if (noun !== undefined && !isPersonNoun(noun) && !EPITHET_NOUNS.has(noun)) return undefined;
  // ("the Chairman", "the Sultan": an office, whose holder resolveRole looked for.)
  if (noun === undefined && (!nationalityNoun().test(words) || isPersonNoun(words))) return undefined;
  const wordsAt = at + text.slice(0, e.end).indexOf(words);
  const named = mentionStarting(ctx, wordsAt, wordsAt + words.length);
  if (named && named.kind !== 'person') return undefined;
  // ("the Colombian said", "the Colombian rider said": a nation's word, for the one the article so describes.)
  const nation = nationalityNoun().test(words) ? words : undefined;
  const speaker = ctx.resolveEpithet(ctx.paragraph, at, false, undefined, nation);
  return speaker ? {found: true, speaker, how: 'title', verbAt: at + e.end} : undefined;
}

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
  const spokes = spokesPhraseFirst(text);
  const body = spokes ? spokesBody(ctx.mentions, ctx.masked, at, at + spokes.end) : undefined;
  if (spokes && body) return {found: true, speaker: body.name, how: 'name', verbAt: at + spokes.end};
  // "“…,” the statement said": whoever the paragraph says issued that statement.
  const issuer = definiteWriting(ctx, text);
  if (issuer) return {found: true, speaker: issuer, how: 'name', verbAt: at};
  // "“…,” the Portuguese forward said": no one holds the role; the epithet is the person just named.
  if (!cast) {
    const described = epithet(ctx, text, at);
    if (described) return described;
  }
  const unnamed = unnamedFirstShape(text);
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
      verbAt: at + unnamed.end,
      role: unheld,
    };
  // "“…,” police said", "“…,” state officials said": a group of people named by a bare plural noun.
  const bare = barePluralFirst(text);
  const group = bare?.groups[0]?.toLowerCase();
  if (
    bare &&
    group &&
    (BARE_GROUP_SPEAKERS.has(group) ||
      isPluralPersonNoun(group) ||
      (group.endsWith('es') && isPersonNoun(group.slice(0, -2))))
  )
    return {found: true, speaker: null, how: 'unnamed', verbAt: at + bare.end};
  // "“…,” a statement read.": any verb after a short unnamed phrase, where the quote's shape places one.
  const phrase = anyVerb ? UNNAMED_PHRASE_FIRST.exec(text) : null;
  if (phrase?.[1] && (isFiniteVerb(phrase[1]) || WRITTEN.test(phrase[1])))
    return {found: true, speaker: null, how: 'unnamed', verbAt: at + phrase[0].length};
  return undefined;
}
