// "“…,” the ministry said, quoting Sheikh Faisal": a body or a person passing on someone else's words names them by
// "quoting" or "citing"; the words are the one quoted (GUIDE.md: the speaker is who said them), whoever the speech
// verb's subject is.
import {firstStartingIn, startingIn} from './lookup.js';
import type {Mention} from './mentions.js';
import {alternation, SAYING_NOUNS} from './vocabulary.js';
import {isPersonNoun} from './words.js';
import {lazyPattern} from '../memo.js';

// The participle and the name right after it (group 1: what follows the participle).
const RELAY = /(?<![\p{L}])(?:quoting|citing)\s+/gu;
// At most three title words before the name ("quoting Transport Minister Ada Brill"), none of them lower-case
// nouns of a thing ("citing the figures", "quoting a report by X" name no one quoted).
const TITLE_GAP = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
// The capitalised words after the participle, for a name the entities gave no mention ("Sheikh Nasser").
const capitals = lazyPattern(() => /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}/u);
// "citing Brill’s report": an owner's possessive names whose writing is cited, not who is quoted.
const possessiveAfter = lazyPattern(() => /^['’]s?(?![\p{L}])/u);

// Between a person's name and the quote: an owner's possessive or none, at most one adjective, a noun of a saying,
// and "that" or a colon or comma ("the Chuck Jones quote that “…”", "Brill's famous line: “…”").
const SAYING_AFTER = new RegExp(
  `^(?:['’]s?)?\\s+(?:(?!by\\s|while\\s|when\\s|after\\s|before\\s)\\p{Ll}+\\s+)?(?:${alternation(SAYING_NOUNS)})\\s*(?:that\\s+|[:,]\\s*)?$`,
  'u',
);

/** Where the relay lies and what the quote stage knows of the names in the quote's paragraph. */
export interface RelayContext {
  /** The paragraph with every quotation blanked out. */
  masked: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** People and bodies named in the paragraph outside quotation marks, in order. */
  here: readonly Mention[];
  /** The one person a word of whose name this is ("Nasser" for "Nasser bin Saleh al-Hamdan"), if only one. */
  personByWord: (word: string) => string | undefined;
  paragraph?: number;
  /** "the minister" → the person the article gives that role, if any. */
  resolveRole?: (noun: string, paragraph: number, at: number) => string | null;
  /** "he"/"she" → the person it stands for there, if any. */
  resolvePronoun?: (pronoun: string, paragraph: number, at: number) => string | null;
}

// "quoting him", "citing her": a person's object pronoun right after the participle (group 1).
const PRONOUN_AFTER = /^(him|her)(?=[\s,.;:]|$)/u;

// "quoting the minister", "citing the company's chief executive": a role noun (group 1) at most two words on.
const ROLE_AFTER = /^the\s+(?:[\p{Ll}'’-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)(?=[\s,.;:]|$)/u;

/**
 * The person whose saying the quote is named as, right before its opening mark: "the Chuck Jones quote that “…”",
 * "Brill's famous line: “…”". Undefined when no person's name stands so.
 */
export function sayingOwner(ctx: RelayContext & {span: {open: number}}): string | undefined {
  const open = ctx.span.open;
  const m = startingIn(ctx.here, Math.max(ctx.sentenceStart, open - 60), open).at(-1);
  if (!m || m.kind !== 'person' || !SAYING_AFTER.test(ctx.masked.slice(m.end, open))) return undefined;
  return m.name;
}

/**
 * The person the quote's sentence says is quoted or cited ("quoting Sheikh X", "citing Lindqvist"): a person named
 * right after the participle (after at most three title words), or the one person whose name holds one of the
 * capitalised words there. Undefined when the sentence quotes no one, or cites a thing or a body.
 */
export function relayedPerson(ctx: RelayContext): string | undefined {
  const sentence = ctx.masked.slice(ctx.sentenceStart, ctx.sentenceEnd);
  // (Most sentences hold neither word: one cheap test before the regular expression.)
  if (!sentence.includes('quoting') && !sentence.includes('citing')) return undefined;
  for (const r of sentence.matchAll(RELAY)) {
    const at = ctx.sentenceStart + r.index + r[0].length;
    const named = firstStartingIn(ctx.here, at, Math.min(ctx.sentenceEnd, at + 60));
    if (named && TITLE_GAP.test(ctx.masked.slice(at, named.start))) {
      if (named.kind !== 'person' || possessiveAfter().test(ctx.masked.slice(named.end))) continue;
      return named.name;
    }
    // "quoting him": the person the pronoun stands for ("her" before a noun is a possessive: "citing her report").
    const pronoun = PRONOUN_AFTER.exec(ctx.masked.slice(at, ctx.sentenceEnd))?.[1];
    if (pronoun && ctx.resolvePronoun && ctx.paragraph !== undefined) {
      if (pronoun === 'her' && /^her\s+\p{Ll}/u.test(ctx.masked.slice(at, ctx.sentenceEnd))) continue;
      const person = ctx.resolvePronoun(pronoun === 'him' ? 'he' : 'she', ctx.paragraph, at);
      if (person) return person;
      continue;
    }
    // "quoting the minister": the person holding that role in the article (a thing, "the figures", holds none).
    const role = ROLE_AFTER.exec(ctx.masked.slice(at, ctx.sentenceEnd))?.[1];
    if (role && ctx.resolveRole && ctx.paragraph !== undefined) {
      const holder = isPersonNoun(role) ? ctx.resolveRole(role, ctx.paragraph, at) : null;
      if (holder) return holder;
      continue;
    }
    const words = capitals().exec(ctx.masked.slice(at, ctx.sentenceEnd))?.[0];
    if (!words || possessiveAfter().test(ctx.masked.slice(at + words.length))) continue;
    // From the last word back: a title comes first ("Sheikh Nasser", "Minister Lindqvist"), the name after it.
    for (const word of words.trim().split(/\s+/u).reverse()) {
      const person = ctx.personByWord(word);
      if (person) return person;
    }
  }
  return undefined;
}

/**
 * Each capitalised word of each person's name → that person, for words one person's name holds alone (a word two
 * people share names neither). Names only, not aliases: an alias may hold a title ("Sheikh", "Minister") that says
 * nothing of who is meant.
 */
export function personWords(people: readonly {name: string}[]): Map<string, string> {
  const owners = new Map<string, string | null>();
  for (const p of people)
    for (const word of p.name.split(/\s+/u)) {
      if (!/^\p{Lu}\p{Ll}/u.test(word)) continue;
      const owner = owners.get(word);
      if (owner === undefined) owners.set(word, p.name);
      else if (owner !== p.name) owners.set(word, null);
    }
  const out = new Map<string, string>();
  for (const [word, owner] of owners) if (owner) out.set(word, owner);
  return out;
}
