// "The Harbour Commission met on Monday. Its statement read “…”": a body's writing named by a possessive pronoun is
// the body's words, when the pronoun can stand for one body only.
import type {Attribution, QuoteContext} from './context.js';
import {alternation, WRITINGS} from './vocabulary.js';

// "Its statement read", "Their statement also read", "its written reply said" (group 1: the pronoun).
const BODY_WRITING = new RegExp(
  `(?:^|\\s)([Ii]ts|[Tt]heir)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(WRITINGS)})\\s+(?:\\p{Ll}+\\s+)?$`,
  'u',
);

// A preposition right before a name (with "the"): the name is that preposition's object, no clause's subject.
const GOVERNED = /(?:^|\s)(?:by|to|with|from|for|against|on|about|at|in)\s+(?:the\s+)?$/u;

/**
 * A writing owned by "its"/"their" before a speech verb: the body the pronoun stands for (the last one named, here or
 * in the paragraph before), when no other body is named before the verb in this paragraph and, for "their", which
 * may stand for people, no person is either.
 */
export function bodyWriting(ctx: QuoteContext, head: string, verbAt: number): Attribution | undefined {
  const own = BODY_WRITING.exec(head);
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
