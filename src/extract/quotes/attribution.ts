import {firstStartingIn, startingIn} from './lookup.js';
import type {Gender, Mention} from './mentions.js';
import {
  alternation,
  CLAUSE_OPENERS,
  MODIFIER,
  NAMING_WORDS,
  OBJECT_ALT,
  OBJECT_PREPOSITIONS,
  OBJECT_SPEECH_VERBS,
  PASSIVE_BEFORE,
  PASSIVE_NAMING,
  RELATIVE_WORDS,
  RESOLVED_PRONOUNS,
  SUBJECT_PRONOUNS,
  UNNAMED_OPENERS,
  VERB_ALT,
  WRITINGS,
  WRITTEN,
} from './vocabulary.js';

/**
 * How the quote's own sentence gives its speaker: a name, a pronoun, a title ("the mayor"), an unnamed phrase
 * ("a witness"), or a speech verb with no subject at all. Each is its own sieve, measured on its own.
 */
export type Cue = 'name' | 'pronoun' | 'title' | 'unnamed' | 'no-subject';

/** Who a quote's own sentence says spoke it. `found` false means the sentence names no speaker at all. */
export interface Attribution {
  found: boolean;
  speaker: string | null;
  /** What in the sentence gave the speaker. */
  how?: Cue;
  /** Offset in the paragraph of the speech verb, so short quotes can be checked for being its object. */
  verbAt?: number;
}

/** Everything attribution needs to know about one quote's paragraph. */
export interface QuoteContext {
  paragraph: number;
  /** The paragraph with every quotation's words (marks included) blanked out, so offsets still line up. */
  masked: string;
  /** Start and end of the quote's sentence within the paragraph. */
  sentenceStart: number;
  sentenceEnd: number;
  open: number;
  close: number;
  /** The people and organizations named in this paragraph, in order of offset. */
  mentions: readonly Mention[];
  resolvePronoun: (pronoun: string, paragraph: number, at: number) => string | null;
  /** "the commissioner" → the person last named with that role ("commissioner Albert Muchanga"), if any. */
  resolveRole?: (noun: string, paragraph: number, at: number) => string | null;
  /** The quote closes its clause (“…,” / “…?”), as one does before its speaker follows it. */
  closesClause?: boolean;
}

const ADVERB = MODIFIER;
const PRONOUN_ALT = alternation(SUBJECT_PRONOUNS);
const RESOLVED_ALT = alternation(RESOLVED_PRONOUNS);
const UNNAMED_ALT = alternation(UNNAMED_OPENERS);
const INVERTED = new RegExp(`^[\\s,;:—–-]*${ADVERB}(?:${VERB_ALT})\\b`, 'iu');
const PRONOUN_SUBJECT = new RegExp(`^[\\s,;:—–-]*(${PRONOUN_ALT})\\s+${ADVERB}(?:${VERB_ALT})\\b`, 'iu');
const LAST_VERB = new RegExp(`(?<![\\p{L}-])(?:${VERB_ALT}|${OBJECT_ALT})\\b`, 'giu');
const PRONOUN_BEFORE = new RegExp(`\\b(${RESOLVED_ALT})\\s+(?:\\w+\\s+)?$`, 'iu');
const PRONOUN_OPENS = new RegExp(`^(\\s*(?:[^,]{0,60},\\s*)?)(${RESOLVED_ALT})\\s+\\p{Ll}`, 'iu');
const PRONOUN_AFTER = new RegExp(`^\\s+(${RESOLVED_ALT})\\b`, 'iu');
const UNNAMED_PHRASE = new RegExp(`^\\s+(?:${UNNAMED_ALT})\\s+[^,.;:]{1,80}(,\\s*)?`, 'iu');
const GIVEN_NAME = new RegExp(`\\b(?:${alternation(NAMING_WORDS)})\\s+$`, 'u');
const OBJECT_BEFORE_NAME = new RegExp(`\\b(?:${alternation(OBJECT_PREPOSITIONS)})\\s+$|['’]s\\s+$`, 'iu');
const NEW_CLAUSE = new RegExp(`\\b(?:${alternation(CLAUSE_OPENERS)})\\b`, 'iu');
const RELATIVE = alternation(RELATIVE_WORDS);
const ANY_VERB = new RegExp(`(?<![\\p{L}-])(?:${VERB_ALT})\\b`, 'iu');

/** Pronoun → the gender it points to. */
export function pronounGender(p: string): Gender | 'it' {
  const w = p.toLowerCase();
  return w === 'he' ? 'm' : w === 'she' ? 'f' : w === 'it' ? 'it' : null;
}

function mentionStarting(ctx: QuoteContext, from: number, to: number): Mention | undefined {
  return firstStartingIn(ctx.mentions, from, to);
}

// "…,” said Santa Barbara County Sheriff Bill Brown. / said UCL astronomer Angelos Tsiaras / said a woman sitting…
function inverted(ctx: QuoteContext, after: string, afterAt: number): Attribution | undefined {
  const v = INVERTED.exec(after);
  if (!v) return undefined;
  const rest = after.slice(v[0].length);
  const restAt = afterAt + v[0].length;
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
    const role = /^\s+the\s+(\p{Ll}[\p{Ll}-]+)\s*(?:[,.;:]|$)/u.exec(rest);
    const cast = role?.[1] ? (ctx.resolveRole?.(role[1], ctx.paragraph, restAt) ?? null) : null;
    if (cast) return {found: true, speaker: cast, how: 'title', verbAt: afterAt};
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
    if (!unnamed[1]) return {found: true, speaker: null, how: 'unnamed', verbAt: afterAt};
    const at = restAt + unnamed[0].length;
    const m = mentionStarting(ctx, at, at + 1);
    return m
      ? {found: true, speaker: m.name, how: 'name', verbAt: afterAt}
      : {found: true, speaker: null, how: 'unnamed', verbAt: afterAt};
  }
  const speaker = speakerAfter(ctx, rest, restAt);
  // "“…,” further saying, “…”": a participle with nobody after it goes on the sentence's subject.
  if (!speaker && /ing\b/iu.test(v[0]) && /^\s*[,:;]/u.test(rest)) return undefined;
  return {found: true, speaker, how: speaker ? 'name' : 'no-subject', verbAt: afterAt};
}

// The speaker named after a verb: a person in the phrase; else a person further on in the sentence
// ("said University of California, San Diego's chancellor, Pradeep Khosla"); else an organization in the phrase.
function speakerAfter(ctx: QuoteContext, rest: string, restAt: number): string | null {
  const phraseEnd = restAt + (/^[^,.;:]{0,80}/u.exec(rest)?.[0].length ?? 0);
  const sentenceEnd = Math.min(ctx.sentenceEnd, restAt + 120);
  const later = startingIn(ctx.mentions, restAt, sentenceEnd);
  const inPhrase = later.filter((m) => m.start < phraseEnd);
  const m =
    inPhrase.find((x) => x.kind === 'person') ?? later.find((x) => x.kind === 'person') ?? inPhrase[0];
  return m?.name ?? null;
}

// “…,” Mr. Zelensky wrote on social media. / “…,” she said.
function subjectFirst(ctx: QuoteContext, after: string, afterAt: number): Attribution | undefined {
  const p = PRONOUN_SUBJECT.exec(after);
  if (p?.[1]) {
    const resolved = pronounGender(p[1]) !== null || p[1].toLowerCase() === 'it';
    const speaker = resolved ? ctx.resolvePronoun(p[1], ctx.paragraph, afterAt) : null;
    return {found: true, speaker, how: resolved ? 'pronoun' : 'unnamed', verbAt: afterAt};
  }
  const lead = /^[\s,;:—–-]*/u.exec(after)?.[0].length ?? 0;
  const verbNext = (m: Mention) =>
    new RegExp(`^(?:,\\s*[^,]{1,40},)?\\s*${ADVERB}(?:${VERB_ALT})\\b`, 'iu').test(
      ctx.masked.slice(m.end, Math.min(ctx.sentenceEnd, m.end + 60)),
    );
  const m = mentionStarting(ctx, afterAt + lead, afterAt + lead + 1);
  if (m && verbNext(m)) return {found: true, speaker: m.name, how: 'name', verbAt: m.end};
  // A body may open the speaker's description ("“…,” SpaceX founder Elon Musk told"); a person may not.
  if (m?.kind === 'person') return undefined;
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
    !OBJECT_BEFORE_NAME.test(description) &&
    // "“…,” while Republican President Trump noted": a new clause has its own subject.
    !NEW_CLAUSE.test(description) &&
    !ANY_VERB.test(description);
  if (person && describes && verbNext(person))
    return {found: true, speaker: person.name, how: 'name', verbAt: person.end};
  // "“…,” the mayor said": the person holding that title in the article.
  const role = new RegExp(`^the\\s+(\\p{Ll}[\\p{Ll}-]+)\\s+${ADVERB}(?:${VERB_ALT})\\b`, 'u').exec(
    after.slice(lead),
  );
  const cast = role?.[1] ? (ctx.resolveRole?.(role[1], ctx.paragraph, afterAt) ?? null) : null;
  if (role && cast)
    return {found: true, speaker: cast, how: 'title', verbAt: afterAt + lead + role[0].length};
  // "…,” a witness said. / “…,” the lawyer for the family told reporters: an unnamed speaker.
  const unnamed = new RegExp(
    `^(?:a|an|the|one|another)\\s+\\p{Ll}[^,.;:!?“”"]{0,60}?\\s+${ADVERB}(?:${VERB_ALT})\\b`,
    'u',
  ).exec(after.slice(lead));
  if (unnamed)
    return {found: true, speaker: null, how: 'unnamed', verbAt: afterAt + lead + unnamed[0].length};
  return undefined;
}

// The judging verbs (all object verbs but "read"), which take the subject's wording only after "as" or "a".
const OBJECT_JUDGEMENT = new RegExp(
  `^(?:${alternation(OBJECT_SPEECH_VERBS.filter((v) => !WRITTEN.test(v)))})$`,
  'iu',
);
const AS_OBJECT = /\b(?:as|a|an)\s+(?:an?\s+|the\s+)?(?:(?:and|or)\s+(?:an?\s+|the\s+)?)?$/iu;

// Mr. Trump said he still believed that “… / The ambassador, Katarina Mathernova, said on X: “…
function introduced(ctx: QuoteContext, before: string, beforeAt: number): Attribution | undefined {
  let verb: RegExpExecArray | undefined;
  for (const v of before.matchAll(LAST_VERB)) verb = v as RegExpExecArray;
  if (!verb) return undefined;
  const verbAt = beforeAt + verb.index;
  const object = ctx.masked.slice(verbAt + verb[0].length, ctx.open);
  if (PASSIVE_NAMING.test(verb[0]) && PASSIVE_BEFORE.test(ctx.masked.slice(ctx.sentenceStart, verbAt))) {
    // "was described by the CBCP as “…”": the agent is the speaker.
    const by = /^\s+by\s+(?:the\s+)?/iu.exec(object);
    const agent = by ? mentionStarting(ctx, verbAt + verb[0].length + by[0].length, ctx.open) : undefined;
    return agent ? {found: true, speaker: agent.name, how: 'name', verbAt} : undefined;
  }
  // "attacked the inquiry as “…”" is the subject's wording; "attacked Trump for the “losers” comment" is not.
  // ("as “losers” and “suckers”": the second of two coordinated quotes too.)
  if (OBJECT_JUDGEMENT.test(verb[0]) && !AS_OBJECT.test(object)) return undefined;
  const found = introducedBy(ctx, verb, verbAt);
  // A sign's or a statement's wording: a short quote there is a label, never the object of speech.
  return found && WRITTEN.test(verb[0])
    ? {found: found.found, speaker: found.speaker, how: found.how}
    : found;
}

const ASIDE = new RegExp(`,\\s+(?:${RELATIVE}|a|an|the|\\p{Ll}+)\\b[^,]*,\\s*(?:\\p{Ll}+\\s+)?$`, 'u');
const NOT_APPOSED = new RegExp(
  `^,\\s+(?:${RELATIVE})\\b|\\b(?:of|for|to|with|by|from)\\s|\\b(?:and|or)\\s+\\p{Lu}`,
  'u',
);
const POSSESSIVE = /^['’]s?\s/u;
const OWN_WRITING = new RegExp(`^['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(WRITINGS)})\\b`, 'u');
const ROLE_BEFORE = new RegExp(
  `(?:^|\\s)[Tt]he\\s+(\\p{Ll}[\\p{Ll}-]+)\\s+(?:\\p{Ll}+ly\\s+)?${ADVERB}$`,
  'u',
);

// The speaker of the speech verb `verb` at `verbAt`, before the quote.
function introducedBy(ctx: QuoteContext, verb: RegExpExecArray, verbAt: number): Attribution | undefined {
  if (/^according\s+to$/iu.test(verb[0])) {
    const restAt = verbAt + verb[0].length;
    const speaker = speakerAfter(ctx, ctx.masked.slice(restAt, ctx.open), restAt);
    return speaker ? {found: true, speaker, how: 'name', verbAt} : undefined;
  }
  // "…,” wrote Trump on Twitter, “…": the speaker right after the verb, before this quote.
  const afterVerb = verbAt + verb[0].length;
  const inverted = /^\s+/u.exec(ctx.masked.slice(afterVerb, ctx.open))?.[0].length ?? 0;
  const next = mentionStarting(ctx, afterVerb + inverted, afterVerb + inverted + 1);
  const head = ctx.masked.slice(ctx.sentenceStart, verbAt);
  // "Denzel Washington, who paid for Boseman…, stated": names inside a clause set off by commas are not the
  // subject. A participle after a comma ("…, saying “…”") has no aside before it: it shares the clause's subject.
  const participle = /ing$/iu.test(verb[0]) && /,\s*$/u.test(head);
  const aside = participle ? null : ASIDE.exec(head);
  const asideAt = aside ? ctx.sentenceStart + aside.index : verbAt;
  // Names in parentheses ("Jenn St-Onge (Nancy Drew) told of") gloss the subject; they are not it.
  const inParentheses = (m: Mention) => {
    const text = ctx.masked.slice(ctx.sentenceStart, m.start);
    return (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0);
  };
  // "Trump's spokesman said": a possessive names whose the speaker is, not the speaker; but "Judge Miller's
  // statement reads" is Miller's own writing.
  const possessive = (m: Mention) => {
    const after = ctx.masked.slice(m.end, verbAt);
    return POSSESSIVE.test(after) && !OWN_WRITING.test(after);
  };
  const subjects = startingIn(ctx.mentions, ctx.sentenceStart, verbAt).filter(
    (m) => m.end <= verbAt && (m.end <= asideAt || !aside) && !inParentheses(m) && !possessive(m),
  );
  // "The study's lead author, doctoral candidate Maninder Thind, said": with no name before it, an aside that
  // ends in a person's name (no relative word, no "of"/"for" before the name) names the subject itself.
  const apposed =
    aside && subjects.length === 0
      ? // A mention starting at the verb or later has nothing between it and the verb to test.
        startingIn(ctx.mentions, asideAt + 1, verbAt).find(
          (m) =>
            m.kind === 'person' &&
            /^,\s*(?:\p{Ll}+\s+)?$/u.test(ctx.masked.slice(m.end, verbAt)) &&
            !NOT_APPOSED.test(ctx.masked.slice(asideAt, m.start)),
        )
      : undefined;
  if (apposed) subjects.push(apposed);
  const people = subjects.filter((m) => m.kind === 'person');
  let named = people.at(-1) ?? subjects.at(-1);
  // "Warren commended Biden for his empathy and said…": a second verb shares the sentence's first subject;
  // so does a participle after a comma ("Riddell stressed the need for rest, saying “…”").
  if (named && people.length > 1 && /\band\s+(?:\w+\s+)?$/u.test(ctx.masked.slice(named.end, verbAt)))
    named = people[0];
  if (participle && people[0]) named = people[0];
  const before = PRONOUN_BEFORE.exec(head);
  // "He commented on the deal, calling it “…”": a participle shares the pronoun opening its clause.
  const opens = !before && participle && !named ? PRONOUN_OPENS.exec(head) : null;
  const pronoun = before
    ? {word: before[1], at: ctx.sentenceStart + before.index}
    : opens?.[2]
      ? {word: opens[2], at: ctx.sentenceStart + (opens[1]?.length ?? 0)}
      : null;
  // Only when nothing before the verb could be its subject ("Watson called May's deal “lousy”" is Watson's), and
  // only when the verb opens its clause after a quote or the sentence: in "someone says Zelensky “has …”" the name
  // after the verb is what the quote is about, not who speaks.
  if (next && inverted > 0 && !named && !pronoun && !/\p{L}/u.test(head))
    return {found: true, speaker: next.name, how: 'name', verbAt};
  const pronounAt = pronoun ? pronoun.at : -1;
  if (pronoun?.word && (!named || pronounAt > named.end)) {
    const speaker = ctx.resolvePronoun(pronoun.word, ctx.paragraph, pronounAt);
    return {found: true, speaker, how: 'pronoun', verbAt};
  }
  if (named) return {found: true, speaker: named.name, how: 'name', verbAt};
  // "The commissioner said, “…”", "The president had previously called it “…”": the person named with that role.
  const role = ROLE_BEFORE.exec(head);
  const cast = role?.[1] ? (ctx.resolveRole?.(role[1], ctx.paragraph, verbAt) ?? null) : null;
  if (cast) return {found: true, speaker: cast, how: 'title', verbAt};
  // "a banner saying “…”", "a sign which read “…”": with nobody named before it, a sign or a document.
  if (/ing$/iu.test(verb[0]) || WRITTEN.test(verb[0])) return undefined;
  return {found: true, speaker: null, how: 'no-subject', verbAt};
}

/** Reads the speaker of a quote from its own sentence: inverted "said X", "X said" after it, or an introduction before it. */
export function attribute(ctx: QuoteContext): Attribution {
  const afterAt = Math.min(ctx.close + 1, ctx.masked.length);
  const after = ctx.masked.slice(afterAt, Math.max(afterAt, ctx.sentenceEnd));
  const before = ctx.masked.slice(ctx.sentenceStart, ctx.open);
  // "X called it “…,” according to NBC": the outlet reports the words; a named subject of a speech verb before
  // the quote said them.
  if (/^[\s,;:—–-]*according\s+to\b/iu.test(after)) {
    const intro = introduced(ctx, before, ctx.sentenceStart);
    if (intro?.speaker) return intro;
  }
  return (
    inverted(ctx, after, afterAt) ??
    subjectFirst(ctx, after, afterAt) ??
    introduced(ctx, before, ctx.sentenceStart) ?? {found: false, speaker: null}
  );
}
