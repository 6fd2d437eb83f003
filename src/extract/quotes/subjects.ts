// Who a stretch of text is about, for the sieves that read beyond the quote's own cue: the subject opening a
// sentence or a clause before a colon or comma, the sentence before the quote, a title spoken of again.
import type {Sentence} from '../pipeline.js';
import {startingIn} from './lookup.js';
import type {Mention} from './mentions.js';
import {isPluralPersonNoun} from './roles.js';
import {isFiniteVerb, isPersonNoun} from './words.js';
import {isSpeechVerb, speechVerbEnd} from './speech-verb.js';
import {hasLowerSpeechVerb, speechVerbThen} from './verb-at.js';
import {spaceEnd} from './word-scan.js';
import {
  alternation,
  CLAUSE_OPENERS,
  NAMED_GROUPS,
  OBJECT_PREPOSITIONS,
  RELATIONS,
  RESOLVED_PRONOUNS,
  SPEECH_VERBS,
  TOPIC_PREPOSITIONS,
  WORD_END,
  WRITINGS,
} from './vocabulary.js';
import type {QuoteCase, SpeakerVerdict} from './sieves.js';
import {theOpens} from './pretests.js';

/** Nothing but spaces. */
export const ONLY_SPACE = /^\s*$/u;
/** No letter or digit. */
export const NO_WORDS = /^[^\p{L}\p{N}]*$/u;
/** A he/she/it opening a text, after at most a lead phrase and a comma. */
export const PRONOUN_OPENING = new RegExp(
  `^(?:[^,]{0,60},\\s*)?(${alternation(RESOLVED_PRONOUNS)})\\s+\\p{Ll}`,
  'iu',
);
// A subject at a sentence's start: up to four title or description words before the name ("Comic artist X").
export const NAME_OPENING = /^(?:[\p{L}.-]+\s+){0,4}$/u;
// A short phrase leading a sentence up to a comma ("During the premiere, “…”").
const SHORT_LEAD = /^[^,.;:]{0,50},\s*$/u;

/** The quote opens its sentence, after at most a short lead phrase naming no one. */
export function opensSentence(c: QuoteCase): boolean {
  const lead = c.masked.slice(c.sentenceStart, c.span.open);
  if (!NO_WORDS.test(lead) && !SHORT_LEAD.test(lead)) return false;
  return startingIn(c.here, c.sentenceStart, c.span.open).length === 0;
}

// "Chakrapani proposed: “…”": the clause before the colon, its subject a name and at most three words after it.
const COLON_CLAUSE = /(?:^|[,;]\s*)([^,;]*?):\s*$/u;
// A speech verb, a preposition or a past-tense verb before a name makes the name its object ("thanked Ada Brill:").
// The speech verbs are looked up by code (verb-at.ts): their ~230 words in this pattern cost a compile of ~5 M
// instructions. What `(?<![\p{L}-])(?:${VERB_ALT}|PREPOSITIONS|\p{Ll}+ed)(?!\w)` (`u`) finds.
const PREPOSITION_OR_PAST = new RegExp(
  `(?<![\\p{L}-])(?:${alternation([...OBJECT_PREPOSITIONS, ...TOPIC_PREPOSITIONS])}|\\p{Ll}+ed)${WORD_END}`,
  'u',
);
/** True when `text` holds a speech verb, a preposition or a past-tense verb: a name after it is its object. */
export const isObjectLead = (text: string): boolean =>
  hasLowerSpeechVerb(text) || PREPOSITION_OR_PAST.test(text);
const SHORT_PREDICATE = /^\s*(?:\p{Ll}+\s*){0,3}$/u;

/**
 * "X proposed: “…”" / "X: “…”" / "X shrugged, “…”": the person or body whose short clause the colon (or comma) right
 * before the quote ends. Before a comma the clause must be "X <verb>", the verb known by its form: "Ada Brill, 45,
 * “…”" or "When Renn arrived, “…”" say nothing of who spoke.
 */
export function clauseSubject(c: QuoteCase, mark: ':' | ','): SpeakerVerdict | undefined {
  const before = c.masked.slice(c.sentenceStart, c.span.open);
  const clause = (mark === ':' ? COLON_CLAUSE : COMMA_CLAUSE).exec(before);
  if (!clause?.[1]) return undefined;
  const from = c.sentenceStart + clause.index + clause[0].indexOf(clause[1]);
  const end = c.sentenceStart + before.lastIndexOf(mark);
  const subject = startingIn(c.here, from, end)[0];
  const lead = c.masked.slice(from, subject?.start ?? from);
  // "telling the Nevada Independent:", "The council sent Tobias Renn a reply:": a name after a verb or a
  // preposition is its object, not the speaker.
  if (!subject || !NAME_OPENING.test(lead) || isObjectLead(lead) || hasFiniteVerb(lead)) return undefined;
  const predicate = c.masked.slice(subject.end, end);
  if (!SHORT_PREDICATE.test(predicate)) return undefined;
  if (mark === ',' && (NEW_CLAUSE.test(lead) || !isFiniteVerb(FIRST_LOWER.exec(predicate)?.[0] ?? '')))
    return undefined;
  // The mark stands where a speech verb would: a short quote after it is what the subject said.
  return {speaker: subject.name, verbAt: end};
}
const FIRST_LOWER = /\p{Ll}+/u;
// The cue's own "the <title>" at the end of the text between two quotes.
const CUE_PHRASE = /\b[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Ll}+\s*$/u;
const COMMA_CLAUSE = /(?:^|[,;:]\s*)([^,;:]*?),\s*$/u;
const NEW_CLAUSE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(CLAUSE_OPENERS)})${WORD_END}`, 'iu');
/** True when a text holds a finite verb (by words.ts). */
export const hasFiniteVerb = (text: string) => (text.match(/\p{Ll}+/gu) ?? []).some(isFiniteVerb);

/**
 * Who a stretch of a paragraph (a sentence, or a sentence up to a quote) is about: a he/she opening it (after at
 * most a lead phrase and a comma), resolved; else the first name, after at most four title words, that is not a
 * possessive ("Soleimani's lifepath"); a body followed by a title and a person ("AIP chairman Markham Robinson")
 * gives the person.
 */
export function subjectOf(
  c: QuoteCase,
  paragraph: number,
  from: number,
  to: number,
  masked: string,
  here: readonly Mention[],
) {
  const text = masked.slice(from, to);
  const pronoun = PRONOUN_OPENING.exec(text);
  // "One patient, he said, had told him:": a pronoun and a speech verb set off by commas after the opening phrase
  // is an aside of the one reporting; the phrase before it is the subject.
  if (pronoun?.[1] && !(pronoun[0].includes(',') && asideAt(text, pronoun.index + pronoun[0].length - 1))) {
    const speaker = c.resolvePronoun(pronoun[1], paragraph, from + pronoun.index);
    return speaker ? {speaker} : undefined;
  }
  const named = startingIn(here, from, to).filter((m) => !/^['’]s?\b/u.test(masked.slice(m.end, m.end + 2)));
  const first = named[0];
  const lead = masked.slice(from, first?.start ?? from);
  const clauseLead = lead.slice(lead.lastIndexOf(',') + 1);
  // "…, leaving Ingram unimpressed": a name after a participle is its object.
  if (
    !first ||
    !SUBJECT_OPENING.test(lead) ||
    isObjectLead(clauseLead) ||
    hasFiniteVerb(clauseLead) ||
    GERUND_LEAD.test(clauseLead)
  )
    return undefined;
  // "The Biden campaign recycled a statement:": a person's name modifying a group's noun; the group speaks.
  if (first.kind === 'person' && NAMED_GROUPS.has(GROUP_NOUN.exec(masked.slice(first.end))?.[1] ?? ''))
    return undefined;
  const second = named[1];
  if (
    first.kind === 'organization' &&
    second?.kind === 'person' &&
    TITLE_GAP.test(masked.slice(first.end, second.start))
  )
    return {speaker: second.name};
  return {speaker: first.name, kind: first.kind};
}
const GROUP_NOUN = /^\s+(\p{Ll}+)(?![\p{L}])/u;
// Lower-case title words between a body and its person ("AIP chairman Markham Robinson").
const TITLE_GAP = /^\s+(?:\p{Ll}+\s+){1,3}$/u;

/** The person the sentence before the quote (same paragraph) is about: its opening name or pronoun. */
export function subjectOfSentenceBefore(c: QuoteCase): SpeakerVerdict | undefined {
  const i = c.sentences.findIndex((s) => s.start === c.sentenceStart);
  const before = i > 0 ? c.sentences[i - 1] : undefined;
  if (!before) return undefined;
  const found = subjectOf(c, c.paragraph, before.start, before.start + before.text.length, c.masked, c.here);
  if (found) return found.kind !== 'organization' ? {speaker: found.speaker} : undefined;
  // "Asked about Mbeki, the coach smiled. “…”": a title as the subject of a finite verb, for the one holding it.
  // ("the" where it may open the subject first: most sentences before a quote do not; pretests.ts.)
  const text = c.masked.slice(before.start, before.start + before.text.length);
  const role = theOpens(text) ? ROLE_SUBJECT.exec(text) : null;
  const noun = role?.[1];
  if (!noun || !isPersonNoun(noun) || isPluralPersonNoun(noun) || !isFiniteVerb(role[2] ?? ''))
    return undefined;
  const cast = c.resolveRole?.(noun, c.paragraph, before.start + (role.index ?? 0));
  return cast ? {speaker: cast} : undefined;
}
// "The coach shrugged", "After the match, the striker smiled": "the", at most two lower-case words, the title noun
// (group 1) and a verb (group 2, an adverb in -ly before it allowed), after at most a lead phrase and a comma.
const ROLE_SUBJECT =
  /^(?:[^,.;:“”"]{1,60},\s+)?[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;

/** The sentence before the quote's: in its paragraph, or, for a quote opening its paragraph, the paragraph before's last. */
export function sentenceBefore(c: QuoteCase): {paragraph: number; sentence: Sentence} | undefined {
  const i = c.sentences.findIndex((s) => s.start === c.sentenceStart);
  const here = i > 0 ? c.sentences[i - 1] : undefined;
  if (here) return {paragraph: c.paragraph, sentence: here};
  const last = ONLY_SPACE.test(c.para.slice(0, c.span.open))
    ? c.sentencesOf.get(c.paragraph - 1)?.at(-1)
    : undefined;
  return last ? {paragraph: c.paragraph - 1, sentence: last} : undefined;
}

// "X <does something>: “…”": the sentence's subject, named at its start, and a colon right before the quote.
// The subject may follow a short lead phrase and up to four title words ("However, Former deputy director X").
const SUBJECT_OPENING = /^(?:[^.;:]{0,100},\s*)?(?:[\p{L}.-]+\s+){0,4}$/u;
const ENDS_IN_COLON = /:\s*$/u;

/** "Michael Morell praised Mendez on Twitter: “…”": the person or body opening the sentence the colon ends. */
export function colonSentenceSubject(c: QuoteCase): SpeakerVerdict | undefined {
  const before = c.masked.slice(c.sentenceStart, c.span.open);
  if (!ENDS_IN_COLON.test(before)) return undefined;
  // Another person named before the colon as the subject of a speech verb speaks instead ("X said Y told us:").
  const named = startingIn(c.here, c.sentenceStart, c.span.open);
  if (named.slice(1).some((m) => m.kind === 'person' && speechAfter(c.masked.slice(m.end, m.end + 30))))
    return undefined;
  // "Ada Brill’s message to the council was simple: “…”": the subject's own words, named by a possessive.
  const first = named[0];
  if (
    first &&
    SUBJECT_OPENING.test(c.masked.slice(c.sentenceStart, first.start)) &&
    OWN_WORDS.test(c.masked.slice(first.end, c.span.open))
  )
    return {speaker: first.name};
  // "The message from Tobias Renn was clear: “…”": the words of the one they came from.
  if (first && WORDS_FROM.test(c.masked.slice(c.sentenceStart, first.start)) && first.kind === 'person')
    return {speaker: first.name};
  // "The palace issued the following statement from the king:", "… read out a message from Ada Brill:": a writing
  // from or by someone, right before the colon.
  const from = WRITING_FROM_END.exec(before);
  if (from) {
    const at = c.sentenceStart + from.index + from[0].lastIndexOf(from[1] ?? '');
    const source = named.find((m) => m.start === at);
    if (source) return {speaker: source.name};
    const role = from[1] ? TITLE_WORD_ONLY.exec(from[1])?.[1] : undefined;
    const cast = role ? c.resolveRole?.(role.toLowerCase(), c.paragraph, at) : null;
    if (cast) return {speaker: cast};
  }
  // "Her answer was short: “…”": the person the pronoun stands for.
  const own = named.length === 0 ? PRONOUN_WORDS.exec(before) : null;
  if (own?.[1]) {
    const speaker = c.resolvePronoun(
      own[1].toLowerCase() === 'his' ? 'he' : 'she',
      c.paragraph,
      c.sentenceStart,
    );
    return speaker ? {speaker} : undefined;
  }
  const found = subjectOf(c, c.paragraph, c.sentenceStart, c.span.open, c.masked, c.here);
  return found ? {speaker: found.speaker} : undefined;
}
const PRONOUN_WORDS = new RegExp(
  `^\\s*(?:[^,]{0,40},\\s*)?(his|her)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(WRITINGS)})${WORD_END}[^,;]*$`,
  'iu',
);
const WORDS_FROM = new RegExp(
  `^\\s*[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(WRITINGS)})\\s+from\\s+$`,
  'u',
);
const WRITING_FROM_END = new RegExp(
  `(?:${alternation(WRITINGS)})\\s+(?:from|by)\\s+(?:the\\s+)?([^,;:]{1,60}?)\\s*:\\s*$`,
  'u',
);
const TITLE_WORD_ONLY = /^(\p{L}[\p{Ll}-]+)$/u;
const OWN_WORDS = new RegExp(
  `^['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(WRITINGS)})${WORD_END}[^,;]*$`,
  'u',
);
// ", he said," right after a lead phrase: a speech verb (at most one adverb before it) closed by a comma.
const ASIDE_VERB = /^(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s*,/u;
function asideAt(text: string, verbAt: number): boolean {
  const verb = ASIDE_VERB.exec(text.slice(verbAt))?.[1];
  return verb !== undefined && isSpeechVerb(verb);
}

// Spaces and a speech verb: "Renn said".
function speechAfter(text: string): boolean {
  const spaces = /^\s+/u.exec(text)?.[0].length ?? 0;
  return spaces > 0 && speechVerbEnd(text, spaces) >= 0;
}

// "Saying “…”, President Fernández elaborated": a sentence opening with a speech participle right before the quote.
// Asked only of a lead of a few words, one ending in "ing" (most are not); the verb read by code (verb-at.ts), then
// a pronoun and an article: what `^\s*(?:${VERB_ALT})(?:\s+(?:it|this|that|them|him|her))?(?:\s+(?:as|a|an|the))?\s*$`
// with `iu` finds.
const PARTICIPLE_REST = /(?:\s+(?:it|this|that|them|him|her))?(?:\s+(?:as|a|an|the))?\s*$/iuy;
/** True when `lead` is a speech verb (any case), perhaps a pronoun and an article, and white space. */
export function opensWithParticiple(lead: string): boolean {
  const at = spaceEnd(lead, 0);
  const rest = (end: number): number => {
    PARTICIPLE_REST.lastIndex = end;
    return PARTICIPLE_REST.test(lead) ? end : -1;
  };
  return speechVerbThen(lead, at, rest, true) >= 0;
}
const PARTICIPLE_WORDS = new RegExp(
  `^\\s*\\S+(?:\\s+\\S+){0,${Math.max(...SPEECH_VERBS.map((v) => v.split(' ').length)) + 1}}\\s*$`,
  'u',
);

// "the archbishop" right after the quote (and its comma).
const ROLE_AFTER = /^[\s,]*the\s+(\p{Ll}+)(?![\p{L}])/u;

/** The subject of a sentence opening with a speech participle and the quote: the first name after the quote. */
export function participleSubject(c: QuoteCase): SpeakerVerdict | undefined {
  const lead = c.masked.slice(c.sentenceStart, c.span.open);
  if (!PARTICIPLE_WORDS.test(lead) || !/ing\b/iu.test(lead)) return undefined;
  if (!opensWithParticiple(lead)) return undefined;
  // "Calling it a “culture of death”, the archbishop said": a title right after the quote, of the one person the
  // article gives it, is the subject too.
  const role = ROLE_AFTER.exec(c.masked.slice(c.span.close + 1, c.sentenceEnd))?.[1];
  const cast = role ? c.resolveRole?.(role, c.paragraph, c.span.close) : null;
  if (cast) return {speaker: cast, verbAt: c.sentenceStart};
  const after = startingIn(c.here, c.span.close, c.sentenceEnd).find(
    (m) => !isObjectLead(c.masked.slice(Math.max(c.span.close, m.start - 12), m.start)),
  );
  return after?.kind === 'person' ? {speaker: after.name, verbAt: c.sentenceStart} : undefined;
}

/**
 * "“…,” said Karen Alley. The Wooster professor added, “…”": news names a speaker again by a title or a profession
 * rather than repeat the name. With no one in the article given that title, a person noun ("professor", not
 * "statement", nor a relation such as "wife", who is someone else) goes to the person who spoke the quote just
 * before, in this paragraph or the one before, when no other person is named between the two quotes.
 */
export function titleContinues(c: QuoteCase): SpeakerVerdict | undefined {
  const role = c.cue.found && c.cue.speaker === null ? c.cue.role : undefined;
  const p = c.previous;
  if (!role || !p?.speaker || !p.person || p.paragraph < c.paragraph - 1) return undefined;
  // A qualified role ("the former teacher") is judged by its noun.
  const noun = role.split(/\s+/).at(-1) ?? role;
  if (!isPersonNoun(noun) || RELATIONS.has(noun.toLowerCase())) return undefined;
  // "One of the children said": one of a group (a plural role) is someone else than the one who spoke before.
  const singular = noun.toLowerCase().replace(/(?:ren|s)$/u, '');
  if (singular !== noun.toLowerCase() && (RELATIONS.has(singular) || isPersonNoun(singular)))
    return undefined;
  const between = [
    ...(p.paragraph < c.paragraph ? c.aboveMentions().filter((m) => m.start > p.span.close) : []),
    ...startingIn(c.here, p.paragraph < c.paragraph ? 0 : p.span.close, c.span.open),
  ];
  if (between.some((m) => m.kind === 'person' && m.name !== p.speaker)) return undefined;
  // "…was criticised by archbishop Jorge Scheinig. “…” the archbishop said": the title given to someone (perhaps
  // a name the entities missed) between the two quotes is theirs.
  const word = new RegExp(`\\b${role}\\b`, 'iu');
  const cueAt = c.cue.verbAt ?? c.span.open;
  const textBetween =
    p.paragraph < c.paragraph
      ? `${(c.aboveMasked() ?? '').slice(p.span.close)} ${c.masked.slice(0, Math.min(cueAt, c.span.open))}`
      : c.masked.slice(p.span.close, Math.min(cueAt, c.span.open));
  if (word.test(textBetween.replace(CUE_PHRASE, ''))) return undefined;
  return {speaker: p.speaker, verbAt: c.cue.verbAt};
}

const GERUND_LEAD = /\p{Ll}{2}ing\s+$/u;
