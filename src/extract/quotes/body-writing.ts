// "The Harbour Commission met on Monday. Its statement read “…”": a body's writing named by a possessive pronoun is
// the body's words, when the pronoun can stand for one body only.
import type {Attribution, QuoteContext} from './context.js';
import {startingIn} from './lookup.js';
import {alternation, WRITINGS} from './vocabulary.js';
import {endsInSpace, spacedWord} from './pretests.js';

// "Its statement read", "Their statement also read", "its written reply said" (group 1: the pronoun).
const BODY_WRITING = new RegExp(
  `(?:^|\\s)([Ii]ts|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(WRITINGS)})\\s+(?:\\p{Ll}+\\s+)?$`,
  'u',
);

/** The pronouns BODY_WRITING opens with, as spacedWord looks for them first (pretests.ts). */
export const OWNERS: readonly string[] = ['its', 'Its', 'their', 'Their'];

// A preposition right before a name (with "the"): the name is that preposition's object, no clause's subject.
const GOVERNED = /(?:^|\s)(?:by|to|with|from|for|against|on|about|at|in)\s+(?:the\s+)?$/u;

/**
 * A writing owned by "its"/"their" before a speech verb: the body the pronoun stands for (the last one named, here or
 * in the paragraph before), when no other body is named before the verb in this paragraph and, for "their", which
 * may stand for people, no person is either.
 */
export function bodyWriting(ctx: QuoteContext, head: string, verbAt: number): Attribution | undefined {
  // (Most heads hold no such pronoun or do not end in white space: pretests.ts.)
  const own = endsInSpace(head) && OWNERS.some((w) => spacedWord(head, w)) ? BODY_WRITING.exec(head) : null;
  if (!own?.[1]) return undefined;
  const at = ctx.sentenceStart + own.index;
  const body = ctx.resolvePronoun('it', ctx.paragraph, at);
  if (!body) return undefined;
  const before = ctx.mentions.filter((m) => m.start < verbAt);
  // "The government of Varnia issued a statement agreeing it should be decided by Congress. Their statement also
  // read …": a body named after a preposition is an object, and the owner is the unnamed subject before it.
  const named = before.filter((m) => m.name === body && m.start < at).at(-1);
  if (named && GOVERNED.test(ctx.masked.slice(Math.max(0, named.start - 24), named.start))) return undefined;
  if (before.some((m) => m.kind === 'organization' && m.name !== body)) return undefined;
  if (own[1].toLowerCase() === 'their' && before.some((m) => m.kind === 'person')) return undefined;
  return {found: true, speaker: body, how: 'name', verbAt};
}

// "“…,” the statement said": "the", a writing (group 1) and a speech verb after the quote.
const DEFINITE_WRITING = new RegExp(
  `^the\\s+(${alternation(WRITINGS)})\\s+(?:\\p{Ll}+ly\\s+)?(?:said|says|read|reads|added|adds|stated|states|continued|went on)\\b`,
  'u',
);

/**
 * "According to a statement from the Port Authority, …. “…,” the statement said": the one who issued the writing the
 * quote's "the <writing>" points back at, named with that writing earlier in the paragraph, outside quotation marks:
 * "a statement from/by/of X", "X said in a statement", "X issued/released a statement". Undefined when no one is, or
 * two different ones are.
 */
export function definiteWriting(ctx: QuoteContext, after: string): string | undefined {
  const the = DEFINITE_WRITING.exec(after);
  const noun = the?.[1];
  if (!noun) return undefined;
  const before = ctx.masked.slice(0, ctx.open);
  const issuers = new Set<string>();
  for (const m of startingIn(ctx.mentions, 0, ctx.open)) {
    const lead = before.slice(Math.max(0, m.start - 40), m.start);
    const tail = before.slice(m.end, m.end + 40);
    if (new RegExp(`\\b${noun}\\s+(?:from|by|of)\\s+(?:the\\s+)?$`, 'u').test(lead)) issuers.add(m.name);
    else if (
      new RegExp(
        `^\\s+(?:said\\s+in|issued|released|published|put\\s+out)\\s+an?\\s+(?:\\p{Ll}+\\s+)?${noun}\\b`,
        'u',
      ).test(tail)
    )
      issuers.add(m.name);
  }
  return issuers.size === 1 ? [...issuers][0] : undefined;
}
