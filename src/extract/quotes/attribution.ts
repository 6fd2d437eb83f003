// Reading the speaker of a quote from its own sentence: after the quote (inverted.ts, subject-first.ts), or an
// introduction before it ("Mr. Trump said he still believed that “…").
import {startingIn} from './lookup.js';
import type {Mention} from './mentions.js';
import {
  ACCUSING,
  alternation,
  ANONYMOUS_NOUNS,
  BODY_NAME_NOUNS,
  LABEL_NOUNS,
  LEADING_OPENERS,
  NAMED_GROUPS,
  ORG_NOUNS,
  OBJECT_SPEECH_VERBS,
  PASSIVE_BEFORE,
  PASSIVE_NAMING,
  RELATIVE_WORDS,
  RESOLVED_PRONOUNS,
  TOPIC_PREPOSITIONS,
  WORD_END,
  WRITINGS,
  WRITTEN,
} from './vocabulary.js';
import {inverted, speakerAfter} from './inverted.js';
import {subjectFirst} from './subject-first.js';
import {bodyWriting} from './body-writing.js';
import {titledRole} from './roles.js';
import {roleBefore, roleOpens} from './role-before.js';
import {isPersonNoun} from './words.js';
import {mentionStarting, type Attribution, type QuoteContext} from './context.js';
import {matchesOf} from '../matches.js';
import {SPEECH_OR_OBJECT_VERB} from './speech-verb.js';
import {byAfter, endsInSpace, holdsPossessive, mayHoldCaseless, mayOpenWithLabel} from './pretests.js';

export {pronounGender, type Attribution, type Cue, type QuoteContext} from './context.js';

const RESOLVED_ALT = alternation(RESOLVED_PRONOUNS);
// "she said", "he also said", and a verb reached by an infinitive ("She went on to say", "he was quick to add").
// At most two spaces between the words: a quotation blanked out after the pronoun ("called it “…” and said") makes
// the pronoun an object.
const PRONOUN_BEFORE = new RegExp(
  `\\b(${RESOLVED_ALT})\\s{1,2}(?:\\w+\\s{1,2})?(?:(?:\\p{Ll}+\\s{1,2}){0,2}to\\s{1,2})?$`,
  'iu',
);
const PRONOUN_OPENS = new RegExp(`^(\\s*(?:[^,]{0,60},\\s*)?)(${RESOLVED_ALT})\\s+\\p{Ll}`, 'iu');
const RELATIVE = alternation(RELATIVE_WORDS);
// A verb right after "and" (and at most one word, "then"), coordinated with the sentence's first verb.
const COORDINATED = /(?<![\p{L}])and\s+(?:\p{Ll}+\s+)?$/u;

// The judging verbs (all object verbs but "read"), which take the subject's wording only after "as" or "a".
const OBJECT_JUDGEMENT = new RegExp(
  `^(?:${alternation(OBJECT_SPEECH_VERBS.filter((v) => !WRITTEN.test(v)))})$`,
  'iu',
);
const ACCORDING = /^according\s+to$/iu;
// (A lookbehind, not \b: "Erdoğan said" must not read as "an said", \b being ASCII even under the u flag.)
const DETERMINER_BEFORE = /(?<![\p{L}\p{N}])(?:the|a|an|his|her|its|their|our|this|that)\s+$/iu;
// ("referred to the riots as acts of “…”": a head noun and "of" may come between "as" and the quote.)
const AS_OBJECT =
  /(?<![\p{L}\p{N}])(?:as(?:\s+(?:an?\s+|the\s+)?\p{Ll}+\s+of)?|a|an)\s+(?:an?\s+|the\s+)?(?:(?:and|or)\s+(?:an?\s+|the\s+)?)?$/iu;
// "accused the network of “…”": what the subject accuses of is in the subject's words, a gerund between too
// ("accused Brack of ignoring “…”", "of attempting to “…”").
const OF_OBJECT = /(?<![\p{L}\p{N}])of\s+(?:\p{Ll}+ing\s+(?:to\s+)?)?(?:an?\s+|the\s+)?$/iu;

// Mr. Trump said he still believed that “… / The ambassador, Katarina Mathernova, said on X: “…
function introduced(ctx: QuoteContext, before: string, beforeAt: number): Attribution | undefined {
  let verb: RegExpExecArray | undefined;
  let source: RegExpExecArray | undefined;
  // "the alleged “losers” comment", "his stated “…”": a participle after a determiner qualifies a noun.
  for (const v of matchesOf(SPEECH_OR_OBJECT_VERB, before))
    if (!DETERMINER_BEFORE.test(before.slice(Math.max(0, v.index - 8), v.index))) {
      verb = v as RegExpExecArray;
      if (ACCORDING.test(v[0])) source = verb;
    }
  // "According to a memo posted online by Senator X, the Senate …": a verb inside the source phrase (no comma
  // since "according to") describes the source; "according to" is the verb.
  if (verb && source && verb !== source && !/[,;.]/u.test(before.slice(source.index, verb.index)))
    verb = source;
  if (!verb) return undefined;
  const verbAt = beforeAt + verb.index;
  const object = ctx.masked.slice(verbAt + verb[0].length, ctx.open);
  if (PASSIVE_NAMING.test(verb[0])) {
    // "was described by the CBCP as “…”": the agent is the speaker; without "was" only for a verb of judging
    // ("a pattern described by the Gazette as “…”"), not of passing words on ("remarks reported by the BBC").
    const passive = PASSIVE_BEFORE.test(ctx.masked.slice(ctx.sentenceStart, verbAt));
    const by = passive || !RELAYING.test(verb[0]) ? BY_AGENT.exec(object) : null;
    const agent = by ? mentionStarting(ctx, verbAt + verb[0].length + by[0].length, ctx.open) : undefined;
    if (agent) return {found: true, speaker: agent.name, how: 'name', verbAt};
    if (passive) return undefined;
  }
  // "attacked the inquiry as “…”" is the subject's wording; "attacked Trump for the “losers” comment" is not.
  // ("as “losers” and “suckers”": the second of two coordinated quotes too.)
  // ("X was accused of “…”": the passive's subject is the one accused, not the one speaking.)
  const accuses =
    ACCUSING.test(verb[0]) &&
    OF_OBJECT.test(object) &&
    !PASSIVE_BEFORE.test(ctx.masked.slice(ctx.sentenceStart, verbAt));
  if (OBJECT_JUDGEMENT.test(verb[0]) && !AS_OBJECT.test(object) && !accuses) return undefined;
  const found = introducedBy(ctx, verb, verbAt);
  // A sign's or a statement's wording: a short quote there is a label, never the object of speech.
  return found && WRITTEN.test(verb[0])
    ? {found: found.found, speaker: found.speaker, how: found.how}
    : found;
}

const ASIDE = new RegExp(`,\\s+(?:${RELATIVE}|a|an|the|\\p{Ll}+)\\b[^,]*,\\s*(?:\\p{Ll}+\\s+)?$`, 'u');
const NOT_APPOSED = new RegExp(
  `^,\\s+(?:${RELATIVE})\\b|(?<![\\p{L}\\p{N}])(?:of|for|to|with|by|from)\\s|(?<![\\p{L}\\p{N}])(?:and|or)\\s+\\p{Lu}`,
  'u',
);
// A relative clause with its own subject: "in which someone", "by whom", "where the crowd".
const RELATIVE_OPENER =
  /\b(?:(?:in|at|on|by|from|with|for|during|under|after|through)\s+(?:which|whom)|where|whereby)\b/giu;
// "which the Times called", "whom Brill named": a relative followed by a subject of its own.
const OBJECT_GAP_WORDS = 3;
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const OBJECT_RELATIVE = /(?<![\p{L}\p{N}])(?:which|whom)(?=\s+(?:the|an?|his|her|its|their|\p{Lu}))/gu;
// What "according to" names, up to the first comma or stop: "According to police, Renn was …" names no one.
const ACCORDING_PHRASE = /^[^,.;:]{0,80}/u;
// "according to the agency", "according to the mayor": the source phrase a title or a body's noun alone.
const ACCORDING_NOUN = /^\s+the\s+(\p{Ll}[\p{Ll}-]+)\s*$/u;
const PRONOUN_WORD = /(?<![\p{L}])(?:he|she|him|her|it|they|them|we|us|i|me)(?![\p{L}])/iu;
// ("of the UK's National Crime Agency": an owner's possessive may stand between.)
const GOVERNING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:by|of|at|via|${alternation(TOPIC_PREPOSITIONS)})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*['’]s\\s+)?$`,
  'iu',
);
// "led by Mark Hay, who said": a relative after the name makes it the verb's subject again; not one whose clause
// closes before the verb ("hosted by Sid Rosen, who worked for Imus, tweeted" is the subject's tweet).
const RELATIVE_ASIDE = /,\s+(?:who|which|whose|whom)\b[^,]*,/gu;
const JOINED = /^\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?$/u;
const WHO_AFTER = /^[^.;]*?(?<![\p{L}])who(?![\p{L}])[^,]*$/u;
const ANONYMOUS_SUBJECT = new RegExp(
  `(?:^|[.;]\\s*|\\s)(?:an?|one|two|three|several|some)\\s+(?:\\p{Ll}+\\s+){0,2}(?:${alternation(ANONYMOUS_NOUNS)})\\s+(?:within|in|at|inside|from|close\\s+to|familiar\\s+with)\\b[^,;]*$`,
  'iu',
);
// Single spaces: a quotation blanked out between the article and the verb ("a “…” and said") is no noun.
const NOUN_SUBJECT =
  /(?<![\p{L}\p{N}])(?:the|a|an|some|many|other) (\p{Ll}{3,}) (?:(?:was|were|is|are|had|has|have) )?(?:\p{Ll}+ly |yesterday |today |tonight )?$/u;
const WRITING_NOUNS: ReadonlySet<string> = new Set(WRITINGS);
// (With the words of bodies' names used as nouns: "the commission said" is a body speaking, not a plain noun.)
const ORG_NOUN_SET: ReadonlySet<string> = new Set([...ORG_NOUNS, ...BODY_NAME_NOUNS]);
const LABEL_NOUN_SET: ReadonlySet<string> = new Set(LABEL_NOUNS);
const POSSESSIVE = /^['’]s?\s/u;
const OWN_WRITING = new RegExp(
  `^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${alternation(WRITINGS)})${WORD_END}`,
  'u',
);
// "RIAA's DMCA notice alleged": a name between an owner's possessive and a writing qualifies the writing.
const WRITING_AFTER = new RegExp(`^\\s+(?:${alternation(WRITINGS)})${WORD_END}`, 'u');
const OWNER_BEFORE = /['’]s?\s+$/u;
const ROLE_WRITING = new RegExp(
  `\\b[Tt]he\\s+(\\p{Ll}[\\p{Ll}-]+)['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(WRITINGS)})\\s+$`,
  'u',
);
// "The decree signed by the Pope", "A statement by the ministry": a writing and the one who signed, issued or wrote
// it (group 1: from the agent on).
const WRITING_BY = new RegExp(
  `(?:^|\\s)(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(WRITINGS)})\\s+(?:(?:signed|issued|written|released|published|posted|sent)\\s+)?by\\s+(?:the\\s+)?(\\S[^,;]*?)\\s*$`,
  'u',
);
/** The words WRITING_BY's "by" may follow: a writing's last word, or one of its verbs (pretests.ts byAfter). */
export const WRITING_BY_BEFORE: ReadonlySet<string> = new Set([
  ...WRITINGS.map((w) => w.split(' ').at(-1) as string),
  ...['signed', 'issued', 'written', 'released', 'published', 'posted', 'sent'],
]);
// The agent is a title alone ("the Pope", "the minister"), not a name.
const TITLE_ONLY = /^(\p{L}[\p{Ll}-]+)$/u;
const TITLE_AND_NAME = /^\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+\p{Lu}/u;
const GROUP_NOUN = /^\s+(\p{Ll}+)\b/u;
const APPOSED_END = /^,\s*(?:\p{Ll}+\s+)?$/u;
const HAS_LETTER = /\p{L}/u;
const LEADING_CLAUSE = new RegExp(`^\\s*(?:${alternation(LEADING_OPENERS)})\\s[^,;:]*,`, 'iu');
const SOURCE_PRONOUN = /^\s+(him|her)\s*,/iu;
// The agent of a passive verb of naming, before the quote ("described by the Gazette as").
const BY_AGENT = /^\s+by\s+(?:the\s+)?/iu;
// Passive verbs whose agent passes someone's words on rather than judging.
const RELAYING = /^(?:said|reported|alleged|claimed)$/iu;
// "according to its press release": a possessive and a noun or two, all the source phrase holds.
const OWN_SOURCE = /^\s+(its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*$/iu;
// OWN_SOURCE's opening, tested first: most sources are no possessive ("according to police"), and OWN_SOURCE's
// letter classes under `iu` cost ~10 M instructions to compile for each string width (a worker meets both).
const OWN_OPENING = /^\s+(?:its|their|his|her)\s/iu;
// The comma closing the source phrase, and an article before the subject's name.
const SUBJECT_AFTER_COMMA = /^,\s+(?:the\s+)?/iu;
// Lower-case title words between a body and its person ("Harbour Fund scientist Ada Brill").
const BODY_TITLE_GAP = /^\s+(?:\p{Ll}+\s+){1,3}$/u;
const BY_GERUND = /(?<![\p{L}])by\s+$/iu;
// A transcript's label opening a paragraph: a name in capitals and a colon ("KESSLER:", "MARIANA T. KESSLER:").
const SPEAKER_LABEL = /^\s*\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}:\s+/u;

// The speaker of the speech verb `verb` at `verbAt`, before the quote.
function introducedBy(ctx: QuoteContext, verb: RegExpExecArray, verbAt: number): Attribution | undefined {
  if (/^according\s+to$/iu.test(verb[0])) {
    const restAt = verbAt + verb[0].length;
    const rest = ctx.masked.slice(restAt, ctx.open);
    // The source is the phrase after "according to": a name past its comma is what the source speaks about.
    const phraseEnd = restAt + (ACCORDING_PHRASE.exec(rest)?.[0].length ?? 0);
    // "According to its press release, the NBA was “…”": the body or person the possessive stands for, named as the
    // subject right after the comma, is the source.
    const phrase = ctx.masked.slice(restAt, phraseEnd);
    const owner = OWN_OPENING.test(phrase) ? OWN_SOURCE.exec(phrase)?.[1]?.toLowerCase() : undefined;
    const subjectAt =
      phraseEnd + (SUBJECT_AFTER_COMMA.exec(ctx.masked.slice(phraseEnd, ctx.open))?.[0].length ?? -1);
    const subject =
      owner && subjectAt >= phraseEnd ? mentionStarting(ctx, subjectAt, subjectAt + 1) : undefined;
    if (subject && (subject.kind === 'organization') === (owner === 'its' || owner === 'their'))
      return {found: true, speaker: subject.name, how: 'name', verbAt};
    // "According to the agency, the satellite will “…”": a title or a body's noun, for its holder or its body.
    const noun = ACCORDING_NOUN.exec(phrase)?.[1];
    const cast = noun ? (ctx.resolveRole?.(noun, ctx.paragraph, restAt) ?? null) : null;
    if (cast) return {found: true, speaker: cast, how: 'title', verbAt};
    if (
      phraseEnd < ctx.open &&
      !HAS_LETTER.test(ctx.masked.slice(ctx.sentenceStart, verbAt)) &&
      !PRONOUN_WORD.test(ctx.masked.slice(restAt, phraseEnd)) &&
      startingIn(ctx.mentions, restAt, phraseEnd).length === 0
    )
      return {found: true, speaker: null, how: 'unnamed', verbAt};
    // "According to him, …": the person the pronoun stands for.
    const pronoun = SOURCE_PRONOUN.exec(rest)?.[1]?.toLowerCase();
    if (pronoun) {
      const resolved = ctx.resolvePronoun(pronoun === 'him' ? 'he' : 'she', ctx.paragraph, restAt);
      return {found: true, speaker: resolved, how: 'pronoun', verbAt};
    }
    const speaker = speakerAfter(ctx, rest, restAt);
    return speaker ? {found: true, speaker, how: 'name', verbAt} : undefined;
  }
  // "…,” wrote Trump on Twitter, “…": the speaker right after the verb, before this quote.
  const afterVerb = verbAt + verb[0].length;
  const inverted = /^\s+/u.exec(ctx.masked.slice(afterVerb, ctx.open))?.[0].length ?? 0;
  const next = mentionStarting(ctx, afterVerb + inverted, afterVerb + inverted + 1);
  const head = ctx.masked.slice(ctx.sentenceStart, verbAt);
  // "Denzel Washington, who paid for Boseman…, stated": names inside a clause set off by commas are not the
  // subject. A participle after a comma ("…, saying “…”") has no aside before it: it shares the clause's subject.
  // "an example of the media falsely describing him as a “…”", "X alleged the media was claiming “…”": a speech
  // verb right after a plain noun phrase has that phrase as its subject: unnamed, not the sentence's subject.
  // "A source within the Interior Ministry reportedly said": an anonymous source is unnamed, not the body it is in.
  // (Its nouns first: most heads name no source; pretests.ts.)
  if (mayHoldCaseless(head, ANONYMOUS_NOUNS) && ANONYMOUS_SUBJECT.test(head))
    return {found: true, speaker: null, how: 'unnamed', verbAt};
  // ("with the latter confirming": "the former"/"the latter" point back at a name, left to the roles below.)
  const noun = NOUN_SUBJECT.exec(head)?.[1];
  const plain = noun === 'former' || noun === 'latter' ? undefined : noun;
  // "a banner saying “…”": a sign speaks for no one (left to the drops, as a label).
  if (plain && LABEL_NOUN_SET.has(plain)) return undefined;
  if (plain && !WRITING_NOUNS.has(plain) && !ORG_NOUN_SET.has(plain) && !isPersonNoun(plain))
    return {found: true, speaker: null, how: 'unnamed', verbAt};
  // ("He continued by noting that “…”": a gerund after "by" shares the subject too.)
  const participle = /ing$/iu.test(verb[0]) && (/,\s*$/u.test(head) || BY_GERUND.test(head));
  const aside = participle ? null : ASIDE.exec(head);
  const asideAt = aside ? ctx.sentenceStart + aside.index : verbAt;
  // Names in parentheses ("Jenn St-Onge (Nancy Drew) told of") gloss the subject; they are not it.
  // (No bracket opening in the sentence before the name, none to count: most sentences.)
  const bracket = ctx.masked.indexOf('(', ctx.sentenceStart);
  const inParentheses = (m: Mention) => {
    if (bracket < 0 || bracket >= m.start) return false;
    const text = ctx.masked.slice(ctx.sentenceStart, m.start);
    return (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0);
  };
  // "Trump's spokesman said": a possessive names whose the speaker is, not the speaker; but "Judge Miller's
  // statement reads" is Miller's own writing.
  const possessive = (m: Mention) => {
    const after = ctx.masked.slice(m.end, verbAt);
    return POSSESSIVE.test(after) && !OWN_WRITING.test(after);
  };
  // "…a recording in which someone, seemingly Honcharuk, audibly says …": the verb's clause opens at the relative
  // word; names before it belong to the clause around it, never the subject of this verb.
  let clauseFrom = ctx.sentenceStart;
  // "KESSLER: The governor, Eduardo Lemos, … said São Bento was “…”": a transcript's speaker label opening the
  // paragraph says who answers, not who is the subject of a verb inside the answer.
  if (ctx.sentenceStart === 0 && mayOpenWithLabel(head))
    clauseFrom += SPEAKER_LABEL.exec(head)?.[0].length ?? 0;
  // "After Minister X failed to …, the Prime Minister apologised": a subordinate clause opening the sentence has
  // its own subject; the verb's is after its comma.
  const opener = LEADING_CLAUSE.exec(head);
  if (opener) clauseFrom = ctx.sentenceStart + opener[0].length;
  for (const r of matchesOf(RELATIVE_OPENER, head)) clauseFrom = ctx.sentenceStart + r.index + r[0].length;
  // "the novel Obsession, which the Daily Courier called “…”": an object relative brings its own subject.
  // Only when the quote is the verb's object right after it: "which the BBC noted as …, — “…”" is not the BBC's.
  if ((ctx.masked.slice(verbAt + verb[0].length, ctx.open).match(WORD_RUN) ?? []).length <= OBJECT_GAP_WORDS)
    for (const r of matchesOf(OBJECT_RELATIVE, head))
      clauseFrom = Math.max(clauseFrom, ctx.sentenceStart + r.index + r[0].length);
  // "The Trump campaign accused Biden of “…”": a person's name modifying a group's noun names no speaker.
  const modifier = (m: Mention) =>
    (m.kind === 'person' && NAMED_GROUPS.has(GROUP_NOUN.exec(ctx.masked.slice(m.end, verbAt))?.[1] ?? '')) ||
    (WRITING_AFTER.test(ctx.masked.slice(m.end, verbAt)) &&
      OWNER_BEFORE.test(ctx.masked.slice(ctx.sentenceStart, m.start)));
  // "When interviewed by the BBC, Day said", "Kristian Andersen of Scripps Research said": a name after a
  // preposition is its object; the subject is elsewhere, or a person the entities did not keep.
  const inClause = startingIn(ctx.mentions, clauseFrom, verbAt);
  // ("hosted by Bernard McGuirk and Sid Rosen": a name joined by "and" to a governed one is governed too.)
  const governedAt = (i: number): boolean => {
    const m = inClause[i];
    if (!m) return false;
    if (GOVERNING.test(ctx.masked.slice(Math.max(ctx.sentenceStart, m.start - 30), m.start))) return true;
    const prev = inClause[i - 1];
    return !!prev && JOINED.test(ctx.masked.slice(prev.end, m.start)) && governedAt(i - 1);
  };
  const governed = (m: Mention) =>
    governedAt(inClause.indexOf(m)) && !WHO_AFTER.test(ctx.masked.slice(m.end, verbAt));
  // ("The show, which replaced Imus in the Morning, hosted by …": every relative clause set off by commas is an
  // aside, not only the last.)
  const relatives = matchesOf(RELATIVE_ASIDE, head).map(
    (r) => [ctx.sentenceStart + r.index, ctx.sentenceStart + r.index + r[0].length] as const,
  );
  const inRelative = (m: Mention) => relatives.some(([from, to]) => m.start >= from && m.end <= to);
  const subjects = inClause.filter(
    (m) =>
      m.end <= verbAt &&
      !inRelative(m) &&
      (m.end <= asideAt || !aside) &&
      !inParentheses(m) &&
      !possessive(m) &&
      !modifier(m) &&
      !governed(m),
  );
  // "The High Court quashed the Corporation's order …, holding that": a writing's owner after a subject is named
  // in the object, not the subject ("Judge Miller's statement reads" opens its clause).
  if (subjects.length > 1) {
    const owner = (m: Mention) => {
      const after = ctx.masked.slice(m.end, verbAt);
      return POSSESSIVE.test(after) && OWN_WRITING.test(after);
    };
    const plainAt = subjects.findIndex((m) => !owner(m));
    if (plainAt >= 0)
      for (let i = subjects.length - 1; i > plainAt; i--)
        if (owner(subjects[i] as Mention)) subjects.splice(i, 1);
  }
  // "The study's lead author, doctoral candidate Maninder Thind, said": with no name before it, an aside that
  // ends in a person's name (no relative word, no "of"/"for" before the name) names the subject itself.
  const apposed =
    aside && subjects.length === 0
      ? // A mention starting at the verb or later has nothing between it and the verb to test.
        startingIn(ctx.mentions, asideAt + 1, verbAt).find(
          (m) =>
            m.kind === 'person' &&
            APPOSED_END.test(ctx.masked.slice(m.end, verbAt)) &&
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
  // "It also credited Leonov with the walk, noting “…”": a participle shares its clause's subject, so a pronoun
  // opening the clause before every name there is the speaker, and the name after it is the first verb's object.
  const pronounFirst = participle && named ? PRONOUN_OPENS.exec(head) : null;
  if (pronounFirst && named && ctx.sentenceStart + (pronounFirst[1]?.length ?? 0) < (subjects[0]?.start ?? 0))
    named = undefined;
  const before = PRONOUN_BEFORE.exec(head);
  // "He then met Anna Berg and said, “…”": a second verb after "and" shares the pronoun opening the sentence, not
  // the object of the first.
  const coordinated = !before && COORDINATED.test(head);
  // "He commented on the deal, calling it “…”": a participle shares the pronoun opening its clause.
  const opens = !before && ((participle && !named) || coordinated) ? PRONOUN_OPENS.exec(head) : null;
  const pronoun = before
    ? {word: before[1], at: ctx.sentenceStart + before.index}
    : opens?.[2]
      ? {word: opens[2], at: ctx.sentenceStart + (opens[1]?.length ?? 0)}
      : null;
  // Only when nothing before the verb could be its subject ("Watson called May's deal “lousy”" is Watson's), and
  // only when the verb opens its clause after a quote or the sentence: in "someone says Zelensky “has …”" the name
  // after the verb is what the quote is about, not who speaks.
  // ("Remarked Harbour Fund scientist Ada Brill, “…”": a body, a title and a person is the person speaking.)
  if (next && inverted > 0 && !named && !pronoun && !HAS_LETTER.test(head)) {
    const person =
      next.kind === 'organization'
        ? ctx.mentions.find(
            (m) =>
              m.start > next.end &&
              m.start < ctx.open &&
              m.kind === 'person' &&
              BODY_TITLE_GAP.test(ctx.masked.slice(next.end, m.start)),
          )
        : undefined;
    return {found: true, speaker: (person ?? next).name, how: 'name', verbAt};
  }
  const pronounAt = pronoun ? pronoun.at : -1;
  if (
    pronoun?.word &&
    (!named || pronounAt > named.end || (coordinated && !!opens && named.start > pronounAt))
  ) {
    const speaker = ctx.resolvePronoun(pronoun.word, ctx.paragraph, pronounAt);
    return {found: true, speaker, how: 'pronoun', verbAt};
  }
  // "NATO Secretary-General Jens Stoltenberg wrote": a body, a title and a name the entities did not keep is
  // that person speaking, not the body.
  const titled =
    named?.kind === 'organization' ? TITLE_AND_NAME.exec(ctx.masked.slice(named.end, verbAt)) : null;
  if (titled?.[1] && titled[1].split('-').some(isPersonNoun))
    return {found: true, speaker: null, how: 'unnamed', verbAt};
  if (named) return {found: true, speaker: named.name, how: 'name', verbAt};
  // "The commissioner said, “…”", "The president had previously called it “…”": the person named with that role.
  // "The premier, speaking after a meeting with Renn, said": the role before the aside.
  // ("The commissioner said", "The Wooster professor added": a role noun after "the" and at most two capitalised
  // words; role-before.ts.)
  const role = roleBefore(head) ?? (aside ? roleBefore(`${head.slice(0, aside.index)} `) : undefined);
  const roleName = titledRole(role);
  const cast = roleName ? (ctx.resolveRole?.(roleName, ctx.paragraph, verbAt) ?? null) : null;
  if (cast) return {found: true, speaker: cast, how: 'title', verbAt};
  // "The governor tweeted her reasoning saying, “…”": a participle shares the role opening the sentence.
  // ("The transport minister has defended …, saying": a role word may be qualified by one word before it.)
  const participial = /ing$/iu.test(verb[0]);
  // (The role after "the" opening the head or after its first comma: role-before.ts.)
  const opening = participial ? roleOpens(head, 1) : undefined;
  const qualified = participial ? roleOpens(head, 2) : undefined;
  const openingCast =
    (opening ? (ctx.resolveRole?.(opening, ctx.paragraph, verbAt) ?? null) : null) ??
    (qualified && isPersonNoun(qualified)
      ? (ctx.resolveRole?.(qualified, ctx.paragraph, verbAt) ?? null)
      : null);
  if (openingCast) return {found: true, speaker: openingCast, how: 'title', verbAt};
  // "Part of the judge's statement reads “…”": the writing of the person holding that title.
  const writer =
    WRITTEN.test(verb[0]) && endsInSpace(head) && holdsPossessive(head) ? ROLE_WRITING.exec(head) : null;
  const author = writer?.[1] ? (ctx.resolveRole?.(writer[1], ctx.paragraph, verbAt) ?? null) : null;
  if (author) return {found: true, speaker: author, how: 'title', verbAt};
  // "The decree signed by the Pope read “…”": a writing's author, named or titled after "by".
  const by = byAfter(head, WRITING_BY_BEFORE) ? WRITING_BY.exec(head) : null;
  if (by?.[1] !== undefined) {
    const at = ctx.sentenceStart + by.index + by[0].trimEnd().length - by[1].length;
    const agent = mentionStarting(ctx, at, at + 1);
    const titled = agent ? null : TITLE_ONLY.exec(by[1])?.[1];
    const writerName =
      agent?.name ?? (titled ? ctx.resolveRole?.(titled.toLowerCase(), ctx.paragraph, verbAt) : null);
    if (writerName) return {found: true, speaker: writerName, how: agent ? 'name' : 'title', verbAt};
  }
  // "protested by shouting “…”": a gerund after "by" is the sentence subject's own act, here a subject the text
  // does not name.
  if (/ing$/iu.test(verb[0]) && BY_GERUND.test(head))
    return {found: true, speaker: null, how: 'no-subject', verbAt};
  // "Its statement read “…”": the one body the pronoun can stand for.
  const body = bodyWriting(ctx, head, verbAt);
  if (body) return body;
  // "a banner saying “…”", "a sign which read “…”": with nobody named before it, a sign or a document.
  if (/ing$/iu.test(verb[0]) || WRITTEN.test(verb[0])) return undefined;
  return {found: true, speaker: null, how: 'no-subject', verbAt, role: roleName};
}

// "“…,” reads Judge Miller's statement", "“…”, reads an AEW press release": the writing's owner, named by the
// possessive right after the verb or naming the writing itself.
const READS_AFTER = /^[\s,;:—–-]*(?:reads|read)\s+(?:the\s+|an?\s+)?/iu;
function ownWritingAfter(ctx: QuoteContext, after: string, afterAt: number): Attribution | undefined {
  const v = READS_AFTER.exec(after);
  if (!v) return undefined;
  const at = afterAt + v[0].length;
  const owner = mentionStarting(ctx, at, at + 1);
  const rest = ctx.masked.slice(owner?.end ?? 0, ctx.sentenceEnd);
  if (!owner || !(OWN_WRITING.test(rest) || WRITING_AFTER.test(rest))) return undefined;
  return {found: true, speaker: owner.name, how: 'name', verbAt: afterAt + v.index};
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
    ownWritingAfter(ctx, after, afterAt) ??
    inverted(ctx, after, afterAt) ??
    subjectFirst(ctx, after, afterAt) ??
    introduced(ctx, before, ctx.sentenceStart) ?? {found: false, speaker: null}
  );
}
