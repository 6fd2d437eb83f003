// Reading the speaker after a quote: "“…,” said X" (the verb first) and "“…,” X said" (the speaker first).
import {mentionStarting, pronounGender, type Attribution, type QuoteContext} from './context.js';
import {definiteWriting} from './body-writing.js';
import {firstStartingIn, startingIn} from './lookup.js';
import {isPluralPersonNoun, titledRole} from './roles.js';
import {CASELESS_WORD_END, caselessAlternation, hasSpeechVerb} from './speech-verb.js';
import {spokesBody} from './spokes.js';
import {isFiniteVerb, isPersonNoun} from './words.js';
import type {Mention} from './mentions.js';
import {
  alternation,
  BARE_GROUP_SPEAKERS,
  CLAUSE_OPENERS,
  HEARD_SAYING_WORDS,
  MODIFIER,
  NAMING_WORDS,
  OBJECT_PREPOSITIONS,
  RELATIONS,
  RESOLVED_PRONOUNS,
  ROLE_WORD,
  SUBJECT_PRONOUNS,
  SPEECH_VERBS,
  SUBORDINATE_WORDS,
  UNNAMED_OPENERS,
  VERB_ALT,
  VERB_MODIFIERS,
  WRITTEN,
} from './vocabulary.js';

const ADVERB = MODIFIER;
const PRONOUN_ALT = alternation(SUBJECT_PRONOUNS);
const RESOLVED_ALT = alternation(RESOLVED_PRONOUNS);
const UNNAMED_ALT = alternation(UNNAMED_OPENERS);
// "she said" (the pronoun captured) or "said" (inverted, nothing captured) after a quote: one pattern for both, as
// each is ~1,800 characters of speech verbs for every worker to compile. No pronoun is a modifier's or a verb's
// first word, so a text opens with at most one of the two shapes: the pronoun's shape, tried first, is the
// pronoun pattern's match, and a match without the pronoun is the inverted pattern's.
// (Its words as letter classes, without `i`: the same matches as with `iu`, compiled in half the time.)
export const PRONOUN_OR_VERB = new RegExp(
  `^[\\s,;:—–-]*(?:(${caselessAlternation(SUBJECT_PRONOUNS)})\\s+)?(?:(?:${caselessAlternation(VERB_MODIFIERS)})\\s+)?(?:${caselessAlternation(SPEECH_VERBS)})${CASELESS_WORD_END}`,
  'u',
);
const PRONOUN_AFTER = new RegExp(`^\\s+(${RESOLVED_ALT})\\b`, 'iu');
const UNNAMED_PHRASE = new RegExp(`^\\s+(?:${UNNAMED_ALT})\\s+[^,.;:]{1,80}(,\\s*)?`, 'iu');
const GIVEN_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(NAMING_WORDS)})\\s+$`, 'u');
const OBJECT_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(OBJECT_PREPOSITIONS)})\\s+$|['’]s\\s+$`,
  'iu',
);
const NEW_CLAUSE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(CLAUSE_OPENERS)})\\b`, 'iu');

// "…,” said Santa Barbara County Sheriff Bill Brown. / said UCL astronomer Angelos Tsiaras / said a woman sitting…
export function inverted(ctx: QuoteContext, after: string, afterAt: number): Attribution | undefined {
  const match = PRONOUN_OR_VERB.exec(after);
  const v = match?.[1] === undefined ? match : null;
  if (!v) return placedInverted(ctx, after, afterAt);
  const rest = after.slice(v[0].length);
  const restAt = afterAt + v[0].length;
  // "X said they must face “…”, adding Iran will pursue Renn", "“…”, calling it a disgrace", "“…”, recalling the
  // flood": a participle after the quote is the sentence subject's; the names, pronouns and noun phrases after it
  // are its objects, never the speaker. (The speaker is before the quote, or the quote goes to the other sieves.)
  if (/(?<!accord)ing\b/iu.test(v[0])) return undefined;
  const pronoun = PRONOUN_AFTER.exec(rest);
  if (pronoun?.[1]) {
    const speaker = ctx.resolvePronoun(pronoun[1], ctx.paragraph, restAt);
    return {found: true, speaker, how: 'pronoun', verbAt: afterAt};
  }
  if (/^\s+(?:to|that|by|on|in|at|about|of)\b/iu.test(rest)) return undefined;
  // A noun phrase opened by a determiner is an unnamed speaker, unless a name follows it in apposition.
  const unnamed = UNNAMED_PHRASE.exec(rest);
  if (unnamed) {
    // "said the Harbor Authority": the article opens a name.
    const named = /^\s+the\s+/iu.exec(rest);
    const body = named
      ? mentionStarting(ctx, restAt + named[0].length, restAt + named[0].length + 1)
      : undefined;
    if (body) return {found: true, speaker: body.name, how: 'name', verbAt: afterAt};
    // "said the commissioner": the person named with that role before.
    const role = ROLE_ENDS_PHRASE.exec(rest);
    const roleName = titledRole(role);
    const cast = roleName ? (ctx.resolveRole?.(roleName, ctx.paragraph, restAt) ?? null) : null;
    if (cast) return {found: true, speaker: cast, how: 'title', verbAt: afterAt};
    const unheld = roleName;
    // "according to a tweet on Monday by Secretary of State Mike Pompeo"
    const by = /^[^,.;:]{0,60}?\bby\s+/u.exec(rest);
    const author = by ? speakerAfter(ctx, rest.slice(by[0].length), restAt + by[0].length) : null;
    if (author) return {found: true, speaker: author, how: 'name', verbAt: afterAt};
    // "said a protester using the pseudonym Katya": the name the phrase gives the speaker.
    const given = startingIn(
      ctx.mentions,
      restAt,
      restAt + (/^[^,.;:]{0,100}/u.exec(rest)?.[0].length ?? 0),
    ).find((m) => m.kind === 'person' && GIVEN_NAME.test(ctx.masked.slice(restAt, m.start)));
    if (given) return {found: true, speaker: given.name, how: 'name', verbAt: afterAt};
    // "said a spokesperson for the Harbour Authority": the body speaks.
    const spokesFor = spokesBody(ctx.mentions, ctx.masked, restAt, restAt + unnamed[0].length);
    if (spokesFor) return {found: true, speaker: spokesFor.name, how: 'name', verbAt: afterAt};
    if (!unnamed[1]) return {found: true, speaker: null, how: 'unnamed', verbAt: afterAt, role: unheld};
    const at = restAt + unnamed[0].length;
    const m = mentionStarting(ctx, at, at + 1);
    return m
      ? {found: true, speaker: m.name, how: 'name', verbAt: afterAt}
      : {found: true, speaker: null, how: 'unnamed', verbAt: afterAt, role: unheld};
  }
  const speaker = speakerAfter(ctx, rest, restAt);
  return {found: true, speaker, how: speaker ? 'name' : 'no-subject', verbAt: afterAt};
}

const PLACED_INVERTED = /^[\s,;:—–-]*(\p{Ll}+)\s+(?=\p{Lu})/u;
const TITLE_WORDS = /^(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

// "“…,” beamed Mayor Tobias Renn.": any finite verb where the quote's shape places one, then a name (after at most
// four capitalised title words) that ends the phrase.
function placedInverted(ctx: QuoteContext, after: string, afterAt: number): Attribution | undefined {
  const w = PLACED_INVERTED.exec(after);
  if (!w?.[1] || !isFiniteVerb(w[1]) || !placesVerb(ctx)) return undefined;
  const at = afterAt + w[0].length;
  const phraseEnd = at + (/^[^,.;:!?]*/u.exec(after.slice(w[0].length))?.[0].length ?? 0);
  const m = firstStartingIn(ctx.mentions, at, phraseEnd);
  if (
    !m ||
    !TITLE_WORDS.test(ctx.masked.slice(at, m.start)) ||
    /\S/u.test(ctx.masked.slice(m.end, phraseEnd))
  )
    return undefined;
  return {found: true, speaker: m.name, how: 'name', verbAt: afterAt};
}

const OWNED_PERSON = /^['’]s?\s+(?:\p{Ll}+\s+){1,3}/u;
// A possessive, at most two lower-case words and a noun (group 1) right before the verb: "'s defence lawyer".
const OWNED_ROLE = /^['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}+)(?=\s)/u;
const POSSESSIVE_END = /['’]s\s+$/u;

/** "the Harbour Authority’s Ines Calloway": a person named as a body's own, who speaks for herself. */
function bodysOwn(ctx: QuoteContext, person: Mention): boolean {
  const before = ctx.masked.slice(0, person.start);
  const owner = POSSESSIVE_END.exec(before);
  if (!owner) return false;
  const end = owner.index;
  return ctx.mentions.some((m) => m.kind === 'organization' && m.end === end);
}

// The speaker named after a verb: a person in the phrase; else a person further on in the sentence
// ("said University of California, San Diego's chancellor, Pradeep Khosla"); else an organization in the phrase.
export function speakerAfter(ctx: QuoteContext, rest: string, restAt: number): string | null {
  const phraseEnd = restAt + (/^[^,.;:]{0,80}/u.exec(rest)?.[0].length ?? 0);
  const sentenceEnd = Math.min(ctx.sentenceEnd, restAt + 120);
  // "writes Huber's longtime partner": a possessive names whose the speaker is, not the speaker.
  const later = startingIn(ctx.mentions, restAt, sentenceEnd).filter(
    (m) => !/^['’]s?\s/u.test(ctx.masked.slice(m.end, m.end + 3)),
  );
  const inPhrase = later.filter((m) => m.start < phraseEnd);
  // "said Harlow United manager Steve Bright", "said Trump adviser Ada Brill": a name, a title noun and a person;
  // the first name only says whose the title is.
  const titled = inPhrase.find((x, i) => {
    const before = inPhrase[i - 1];
    const gap = before ? TITLE_NOUN_GAP.exec(ctx.masked.slice(before.end, x.start)) : null;
    return x.kind === 'person' && !!gap?.[1] && isPersonNoun(gap[1]);
  });
  const m =
    titled ??
    inPhrase.find((x) => x.kind === 'person') ??
    later.find((x) => x.kind === 'person') ??
    inPhrase[0];
  return m?.name ?? null;
}
// One to three lower-case words between two names, the last (group 1) the title's noun.
const TITLE_NOUN_GAP = /^\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+$/u;

// A listed speech verb opening a text, after an aside ("Renn, a former teacher, said") and one auxiliary or adverb.
// The name may first be placed by a phrase of where they work ("Renn of the harbour office told"), of at most
// eight words none of which opens a clause of its own ("Renn of the group that said" is the group's clause).
// (Its words as letter classes, without `i`, like PRONOUN_OR_VERB: the same matches as with `iu`, where the name's
// letter class also takes U+0345, a letter under `iu`. No word of a list is the start of another, so their order
// there does not matter.)
const {auxiliaries, be, verbs, particles} = HEARD_SAYING_WORDS;
const CASELESS_HEARD_SAYING = `(?:(?:${caselessAlternation(auxiliaries)})\\s+)?(?:(?:${caselessAlternation(be)})\\s+)?(?:${caselessAlternation(verbs)})\\s+(?:(?:${caselessAlternation(particles)})\\s+)?`;
export const LISTED_VERB = new RegExp(
  `^(?:\\s+(?:${caselessAlternation(['of', 'from', 'at'])})(?:\\s+(?!(?:${caselessAlternation([...SUBORDINATE_WORDS, 'who', 'and', 'but', 'or'])})${CASELESS_WORD_END})[\\p{L}\\p{N}\\u0345'’.&-]+){1,8}?(?=[\\s,]))?(?:,\\s*[^,]{1,80},)?\\s*(?:(?:${caselessAlternation(VERB_MODIFIERS)})\\s+)?(?:${CASELESS_HEARD_SAYING})?(?:${caselessAlternation(SPEECH_VERBS)})${CASELESS_WORD_END}`,
  'u',
);
// Any word there, for a verb known by its place; "was told by" is a passive, whose subject did not speak.
const PLACED_VERB = /^(?:,\s*[^,]{1,80},)?\s*(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b(?!\s+by\b)/u;
const PASSIVE_END = /(?<![\p{L}\p{N}])(?:is|are|was|were|been|being)\s+\p{Ll}+(?<!ing)$/iu;
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
const ROLE_ENDS_PHRASE = new RegExp(
  `^\\s+the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(?:${ROLE_WORD}))\\s*(?:[,.;:]|$)`,
  'u',
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
const UNNAMED_FIRST = new RegExp(
  `^(?:a|an|the|one|another)\\s+\\p{Ll}[^,.;:!?“”"]{0,60}?\\s+${ADVERB}(?:${VERB_ALT})\\b`,
  'u',
);
const SPOKES_PHRASE_FIRST = new RegExp(
  `^(?:a|an|the|one)\\s+[^,.;:!?“”"]{1,80}?\\s+${ADVERB}(?:${VERB_ALT})\\b`,
  'u',
);
// A plural noun (group 1), at most one lower-case word before it, then a speech verb: "state officials said".
const BARE_PLURAL_FIRST = new RegExp(`^(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+${ADVERB}(?:${VERB_ALT})\\b`, 'u');
const UNNAMED_PHRASE_FIRST =
  /^(?:a|an|the|one|another)\s+(?:\p{Ll}+\s+){0,3}?(\p{Ll}+)\b(?=\s*(?:[,.;:!?]|$))/u;

const APPOSED_TITLE = /^(?:the|a|an|one|another)\s+[^,.;:!?()“”"]{1,50},\s*$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const LOWER_NEXT = /^\s+\p{Ll}/u;

/**
 * True when the quote's shape says the words after it are its attribution, so that any verb there is how it was
 * said ("“…,” Ada Brill fumed."): the quote opens its sentence and ends in a comma (the sentence goes on), or in
 * "?"/"!" followed by a lower-case word ("“…?” she scoffed").
 */
function placesVerb(ctx: QuoteContext): boolean {
  if (HAS_WORD.test(ctx.masked.slice(ctx.sentenceStart, ctx.open))) return false;
  const inside = ctx.last ?? '';
  const next = ctx.masked.slice(ctx.close + 1, ctx.close + 40);
  if (/,$/u.test(inside) || /^\s*,/u.test(next)) return true;
  return /[?!]$/u.test(inside) && LOWER_NEXT.test(next);
}

const PLACED_PRONOUN = new RegExp(
  `^[\\s,;:—–-]*(${PRONOUN_ALT})\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+)\\b(?!\\s+by\\b)`,
  'iu',
);

/** "“…,” she shrugged.": a pronoun and any finite verb after a quote whose shape places a verb there. */
function placedPronoun(ctx: QuoteContext, after: string): string | undefined {
  const p = PLACED_PRONOUN.exec(after);
  return p?.[2] && isFiniteVerb(p[2]) && placesVerb(ctx) ? p[1] : undefined;
}

/**
 * The end of the speaker's verb opening `text` (its length up to there), or -1: a listed speech verb, or, where
 * the quote's shape places a verb (placesVerb), any finite verb ("reminisced", "shrugged").
 */
function verbEnd(text: string, anyVerb: boolean): number {
  const listed = LISTED_VERB.exec(text);
  // "Renn was told by the inspector": a passive's subject heard the words ("was saying" still speaks).
  if (listed) return PASSIVE_END.test(listed[0]) ? -1 : listed[0].length;
  if (!anyVerb) return -1;
  const placed = PLACED_VERB.exec(text);
  return placed?.[1] && isFiniteVerb(placed[1]) ? placed[0].length : -1;
}

// “…,” Mr. Zelensky wrote on social media. / “…,” she said.
export function subjectFirst(ctx: QuoteContext, after: string, afterAt: number): Attribution | undefined {
  const p = PRONOUN_OR_VERB.exec(after)?.[1] ?? placedPronoun(ctx, after);
  if (p) {
    const resolved = pronounGender(p) !== null || p.toLowerCase() === 'it';
    const speaker = resolved ? ctx.resolvePronoun(p, ctx.paragraph, afterAt) : null;
    return {found: true, speaker, how: resolved ? 'pronoun' : 'unnamed', verbAt: afterAt};
  }
  const lead = /^[\s,;:—–-]*/u.exec(after)?.[0].length ?? 0;
  const anyVerb = placesVerb(ctx);
  const verbNext = (m: Mention) =>
    verbEnd(ctx.masked.slice(m.end, Math.min(ctx.sentenceEnd, m.end + 120)), anyVerb) >= 0;
  // "“…,” the Harbour Authority said": a body's name may follow its article.
  const article = /^the\s+/iu.exec(after.slice(lead))?.[0].length ?? 0;
  const m =
    mentionStarting(ctx, afterAt + lead, afterAt + lead + 1) ??
    (article ? mentionStarting(ctx, afterAt + lead + article, afterAt + lead + article + 1) : undefined);
  if (m && verbNext(m)) return {found: true, speaker: m.name, how: 'name', verbAt: m.end};
  // A body may open the speaker's description ("“…,” SpaceX founder Elon Musk told"); a person may not.
  // "“…,” Ines Calloway’s lawyer Paul Grant said": the person the possessive's noun names.
  if (m?.kind === 'person') {
    const owned = OWNED_PERSON.exec(ctx.masked.slice(m.end, ctx.sentenceEnd));
    const at = m.end + (owned?.[0].length ?? 0);
    const agent = owned ? mentionStarting(ctx, at, at + 1) : undefined;
    if (agent?.kind === 'person' && verbNext(agent))
      return {found: true, speaker: agent.name, how: 'name', verbAt: agent.end};
  }
  // "“…,” Carl Moss's lawyer said": the one holding that title (a relation, "Moss's wife", is unnamed), never Moss.
  if (m?.kind === 'person') {
    const owned = OWNED_ROLE.exec(ctx.masked.slice(m.end, ctx.sentenceEnd));
    const noun = owned?.[1]?.toLowerCase();
    const at = m.end + (owned?.[0].length ?? 0);
    if (
      owned &&
      noun &&
      isPersonNoun(noun) &&
      verbEnd(ctx.masked.slice(at, Math.min(ctx.sentenceEnd, at + 120)), anyVerb) >= 0
    ) {
      const cast = RELATIONS.has(noun) ? null : (ctx.resolveRole?.(noun, ctx.paragraph, afterAt) ?? null);
      return {found: true, speaker: cast, how: cast ? 'title' : 'unnamed', verbAt: at};
    }
    return undefined;
  }
  // Beyond "“…,” X said", only a quote closing its clause has its speaker after it
  // ("said the victims were “…” in an “appalling tragedy” while Minister Y wrote" is not Y's).
  if (!ctx.closesClause) return undefined;
  // "…,” Hong Kong director of Amnesty International Man-kei Tam said: a person after a short description of
  // them (no clause break), not the object of "for"/"of" ("the lawyer for Smith said" is the lawyer's).
  const person = startingIn(
    ctx.mentions,
    afterAt + lead + 1,
    Math.min(ctx.sentenceEnd, afterAt + lead + 80),
  ).find((x) => x.kind === 'person');
  const description = person ? ctx.masked.slice(afterAt + lead, person.start) : '';
  const describes =
    !!person &&
    !/[,.;:!?()“”"]/u.test(description) &&
    (!OBJECT_BEFORE_NAME.test(description) || bodysOwn(ctx, person)) &&
    // "“…,” while Republican President Trump noted": a new clause has its own subject.
    !NEW_CLAUSE.test(description) &&
    !hasSpeechVerb(description);
  if (person && describes && verbNext(person))
    return {found: true, speaker: person.name, how: 'name', verbAt: person.end};
  // "“…,” the health minister, Ada Brill, told reporters": a title and the name set off in apposition to it.
  const apposed =
    !!person &&
    APPOSED_TITLE.test(description) &&
    !hasSpeechVerb(description) &&
    ctx.masked[person.end] === ',' &&
    verbEnd(ctx.masked.slice(person.end + 1, Math.min(ctx.sentenceEnd, person.end + 60)), anyVerb) >= 0;
  if (person && apposed) return {found: true, speaker: person.name, how: 'name', verbAt: person.end};
  // "“…,” the mayor said": the person holding that title in the article.
  const found = roleFirst(after.slice(lead), anyVerb);
  const role = found?.role;
  const roleName = titledRole(role);
  const roleVerb = found?.verb ?? -1;
  const cast =
    roleName && roleVerb >= 0 ? (ctx.resolveRole?.(roleName, ctx.paragraph, afterAt) ?? null) : null;
  if (role && cast)
    return {found: true, speaker: cast, how: 'title', verbAt: afterAt + lead + role[0].length + roleVerb};
  // "…,” a witness said. / “…,” the lawyer for the family told reporters: an unnamed speaker.
  // "“…,” an Interpol spokesperson stated": the body the spokesperson speaks for.
  const spokes = SPOKES_PHRASE_FIRST.exec(after.slice(lead));
  const body = spokes
    ? spokesBody(ctx.mentions, ctx.masked, afterAt + lead, afterAt + lead + spokes[0].length)
    : undefined;
  if (spokes && body)
    return {found: true, speaker: body.name, how: 'name', verbAt: afterAt + lead + spokes[0].length};
  // "“…,” the statement said": whoever the paragraph says issued that statement.
  const issuer = definiteWriting(ctx, after.slice(lead));
  if (issuer) return {found: true, speaker: issuer, how: 'name', verbAt: afterAt + lead};
  const unnamed = UNNAMED_FIRST.exec(after.slice(lead));
  const unheld = roleName && roleVerb >= 0 ? roleName : undefined;
  // "“…,” the Wooster professor added": a title no one holds.
  if (role && unheld && !unnamed)
    return {
      found: true,
      speaker: null,
      how: 'unnamed',
      verbAt: afterAt + lead + role[0].length + roleVerb,
      role: unheld,
    };
  if (unnamed)
    return {
      found: true,
      speaker: null,
      how: 'unnamed',
      verbAt: afterAt + lead + unnamed[0].length,
      role: unheld,
    };
  // "“…,” police said", "“…,” state officials said": a group of people named by a bare plural noun.
  const bare = BARE_PLURAL_FIRST.exec(after.slice(lead));
  const group = bare?.[1]?.toLowerCase();
  if (
    bare &&
    group &&
    (BARE_GROUP_SPEAKERS.has(group) ||
      isPluralPersonNoun(group) ||
      (group.endsWith('es') && isPersonNoun(group.slice(0, -2))))
  )
    return {found: true, speaker: null, how: 'unnamed', verbAt: afterAt + lead + bare[0].length};
  // "“…,” a statement read.": any verb after a short unnamed phrase, where the quote's shape places one.
  const phrase = anyVerb ? UNNAMED_PHRASE_FIRST.exec(after.slice(lead)) : null;
  if (phrase?.[1] && (isFiniteVerb(phrase[1]) || WRITTEN.test(phrase[1])))
    return {found: true, speaker: null, how: 'unnamed', verbAt: afterAt + lead + phrase[0].length};
  return undefined;
}
