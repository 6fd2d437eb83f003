// Reading the speaker after a quote whose speaker comes first: "“…,” Mr. Zelensky wrote", "“…,” she said".
import {mentionStarting, pronounGender, type Attribution, type QuoteContext} from './context.js';
import {startingIn} from './lookup.js';
import {pronounOrVerb} from './listed-verb.js';
import {placedPronoun, placesVerb, verbEnd} from './placed-verb.js';
import {spokesBody} from './spokes.js';
import {styledPerson} from './styles.js';
import {hasSpeechVerb} from './speech-verb.js';
import {unnamedFirst} from './unnamed-first.js';
import {isPersonNoun} from './words.js';
import type {Mention} from './mentions.js';
import {alternation, CLAUSE_OPENERS, OBJECT_PREPOSITIONS, RELATIONS, WORD_END} from './vocabulary.js';
import {endsInComma, opensWithApostrophe} from './pretests.js';

const OBJECT_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(OBJECT_PREPOSITIONS)})\\s+$|['’]s\\s+$`,
  'iu',
);
const NEW_CLAUSE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(CLAUSE_OPENERS)})${WORD_END}`, 'iu');

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

// ("Oldmere Water's chief executive, Nadia Brook,", "her deputy, Tom Ashe,": an owner's possessive for the article.)
// "“…,” the Harbour Authority said": only a body's name follows an article; "the Scot said" is an epithet.
function bodyAfterArticle(ctx: QuoteContext, at: number): Mention | undefined {
  const m = mentionStarting(ctx, at, at + 1);
  return m?.kind === 'organization' ? m : undefined;
}

const APPOSED_TITLE =
  /^(?:(?:the|a|an|one|another|his|her|its|their)\s+|(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*['’]s?\s+)[^,.;:!?()“”"]{1,50},\s*$/u;

/** “…,” Mr. Zelensky wrote on social media. / “…,” she said. */
export function subjectFirst(ctx: QuoteContext, after: string, afterAt: number): Attribution | undefined {
  const p = pronounOrVerb(after)?.pronoun ?? placedPronoun(ctx, after);
  // "A Treasury spokesperson said …. “…,” they said": the singular "they" of a body's spokesperson named before it
  // in the paragraph, with no person named after that phrase, speaks for that body.
  if (p?.toLowerCase() === 'they') {
    const body = spokesBody(ctx.mentions, ctx.masked, 0, ctx.sentenceStart);
    const later =
      body && startingIn(ctx.mentions, body.end, ctx.sentenceStart).some((m) => m.kind === 'person');
    if (body && !later) return {found: true, speaker: body.name, how: 'name', verbAt: afterAt};
  }
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
    (article
      ? (bodyAfterArticle(ctx, afterAt + lead + article) ?? styledPerson(ctx, afterAt + lead + article))
      : undefined);
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
    const rest = ctx.masked.slice(m.end, ctx.sentenceEnd);
    const owned = opensWithApostrophe(rest) ? OWNED_ROLE.exec(rest) : null;
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
    !hasSpeechVerb(description) &&
    // "“…,” the Scot said": a name right after "the" is an epithet (unnamedFirst), not the speaker's name.
    !/^the\s+$/iu.test(description);
  if (person && describes && verbNext(person))
    return {found: true, speaker: person.name, how: 'name', verbAt: person.end};
  // "“…,” the health minister, Ada Brill, told reporters": a title and the name set off in apposition to it.
  const apposed =
    !!person &&
    endsInComma(description) &&
    APPOSED_TITLE.test(description) &&
    !hasSpeechVerb(description) &&
    ctx.masked[person.end] === ',' &&
    verbEnd(ctx.masked.slice(person.end + 1, Math.min(ctx.sentenceEnd, person.end + 60)), anyVerb) >= 0;
  if (person && apposed) return {found: true, speaker: person.name, how: 'name', verbAt: person.end};
  return unnamedFirst(ctx, after.slice(lead), afterAt + lead, afterAt, anyVerb);
}
