// Reading the speaker after a quote whose verb comes first: "“…,” said X", "“…,” said the mayor".
import {mentionStarting, type Attribution, type QuoteContext} from './context.js';
import {firstStartingIn, startingIn} from './lookup.js';
import {placesVerb} from './placed-verb.js';
import {titledRole} from './roles.js';
import {pronounOrVerb} from './listed-verb.js';
import {spokesBody} from './spokes.js';
import {styledPerson} from './styles.js';
import {isFiniteVerb, isPersonNoun} from './words.js';
import {
  alternation,
  NAMING_WORDS,
  RESOLVED_PRONOUNS,
  ROLE_WORD,
  UNNAMED_OPENERS,
  WRITINGS,
} from './vocabulary.js';
import {lazyPattern} from '../memo.js';

const RESOLVED_ALT = alternation(RESOLVED_PRONOUNS);
const UNNAMED_ALT = alternation(UNNAMED_OPENERS);
// "she said" (the pronoun given) or "said" (inverted, no pronoun) after a quote: read word by word
// (listed-verb.ts' pronounOrVerb), where one pattern of ~1,800 characters of speech verbs cost every worker a compile.
const PRONOUN_AFTER = new RegExp(`^\\s+(${RESOLVED_ALT})\\b`, 'iu');
const UNNAMED_PHRASE = new RegExp(`^\\s+(?:${UNNAMED_ALT})\\s+[^,.;:]{1,80}(,\\s*)?`, 'iu');
const WRITING_FROM = new RegExp(
  `^\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(WRITINGS)})\\s+(?:\\p{Ll}+\\s+){0,2}?from\\s+`,
  'u',
);
const GIVEN_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(NAMING_WORDS)})\\s+$`, 'u');

const ROLE_ENDS_PHRASE = new RegExp(
  `^\\s+the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(?:${ROLE_WORD}))\\s*(?:[,.;:]|$)`,
  'u',
);

/** "…,” said Santa Barbara County Sheriff Bill Brown. / said UCL astronomer Angelos Tsiaras / said a woman sitting… */
export function inverted(ctx: QuoteContext, after: string, afterAt: number): Attribution | undefined {
  const match = pronounOrVerb(after);
  const v = match?.pronoun === undefined ? match : undefined;
  if (!v) return placedInverted(ctx, after, afterAt);
  const rest = after.slice(v.end);
  const restAt = afterAt + v.end;
  // "X said they must face “…”, adding Iran will pursue Renn", "“…”, calling it a disgrace", "“…”, recalling the
  // flood": a participle after the quote is the sentence subject's; the names, pronouns and noun phrases after it
  // are its objects, never the speaker. (The speaker is before the quote, or the quote goes to the other sieves.)
  if (/(?<!accord)ing\b/iu.test(after.slice(0, v.end))) return undefined;
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
    // ("said the Rt Rev. Helen Stroud": so does a person's style.)
    const body = named
      ? (mentionStarting(ctx, restAt + named[0].length, restAt + named[0].length + 1) ??
        styledPerson(ctx, restAt + named[0].length))
      : undefined;
    if (body) return {found: true, speaker: body.name, how: 'name', verbAt: afterAt};
    // "said the commissioner": the person named with that role before.
    const role = ROLE_ENDS_PHRASE.exec(rest);
    const roleName = titledRole(role);
    const cast = roleName ? (ctx.resolveRole?.(roleName, ctx.paragraph, restAt) ?? null) : null;
    if (cast) return {found: true, speaker: cast, how: 'title', verbAt: afterAt};
    const unheld = roleName;
    // "according to a tweet on Monday by Secretary of State Mike Pompeo"
    // ("according to a statement from Norcast Foods": a writing's "from" names its author too.)
    const by = /^[^,.;:]{0,60}?\bby\s+/u.exec(rest) ?? WRITING_FROM.exec(rest);
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
const titleWords = lazyPattern(() => /^(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u);

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
    !titleWords().test(ctx.masked.slice(at, m.start)) ||
    /\S/u.test(ctx.masked.slice(m.end, phraseEnd))
  )
    return undefined;
  return {found: true, speaker: m.name, how: 'name', verbAt: afterAt};
}

/**
 * The speaker named after a verb: a person in the phrase; else a person further on in the sentence
 * ("said University of California, San Diego's chancellor, Pradeep Khosla"); else an organization in the phrase.
 */
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
