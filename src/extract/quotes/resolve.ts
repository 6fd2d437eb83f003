// Resolving a pronoun or a title to a person the article names. A pronoun goes to the subject of the latest
// sentence naming a compatible person ("Mugabe agreed to a deal in which Tsvangirai became prime minister. “…,” he
// declared" is Mugabe's): a sentence's first name, not named after a preposition, is the one it is about.
import type {Sentence} from '../pipeline.js';
import type {Entity} from '../types.js';
import {nounGender} from '../entities/gender.js';
import {pronounGender} from './attribution.js';
import {lastBefore, latestUpTo, partition, readAtMentions, sentenceAt} from './lookup.js';
import {objectPronoun, type Gender, type Mention} from './mentions.js';
import {formerOrLatter, ledeRole, parentOf, predicateRole, roleOpening} from './roles.js';
import {isSpeechVerb} from './speech-verb.js';
import {isSpokesNoun, spokesBody} from './spokes.js';
import {STYLE_BEFORE_NAME, styleRoles} from './styles.js';
import {isFiniteVerb, isPersonNoun} from './words.js';
import {describedNational, otherNation} from './nationality.js';
import {
  alternation,
  BODY_NAME_NOUNS,
  BODY_KIND_WORDS,
  COMPANY_NAME_WORDS,
  COMPANY_NOUNS,
  OBJECT_PREPOSITIONS,
  REPORTING_VERBS,
  TRADE_NAME_WORDS,
  ORG_NOUNS,
  ORG_WORDS,
  SUBORDINATE_WORDS,
  TITLE_ABBREVIATIONS,
  TITLES,
} from './vocabulary.js';

// "on Facebook", "via Twitter": the words before a body named as a medium.
const MEDIUM_BEFORE = /(?<![\p{L}])(?:on|via)\s+$/iu;

/** A resolved pronoun or title looks back at most this many paragraphs for its person. */
export const PRONOUN_REACH = 3;

// Prepositions that make the name after them an object ("met with President Trump", "an election over Tsvangirai").
// So do the words opening a subordinate clause ("a deal in which Tsvangirai became prime minister").
const NOT_MAIN_SUBJECT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation([...OBJECT_PREPOSITIONS, ...SUBORDINATE_WORDS, 'over', 'against', 'about', 'at', 'on', 'in', 'than', 'between'])})\\s+$`,
  'u',
);

// The organization named last before `at`: the last org mention of this paragraph that ends by `at`, else the last
// of the paragraph before. (Offsets are the paragraph's own: a mention of a later paragraph never counts, though
// its offset may be smaller: "It also credited X, noting “…”" then "Sputnik News reported" below.)
function lastOrganization(orgs: readonly Mention[], paragraph: number, at: number) {
  const from = partition(orgs, (m) => m.paragraph < paragraph);
  const upto = partition(orgs, (m) => m.paragraph <= paragraph);
  for (let i = upto - 1; i >= from; i--) if ((orgs[i] as Mention).end <= at) return orgs[i];
  const previous = orgs[from - 1];
  return previous && previous.paragraph === paragraph - 1 ? previous : undefined;
}

// "after beating Paul Grant", "a decision that angered Paul Grant": a name right after a verb is its object. A speech
// verb is the exception: "“…,” said Paul Grant" names who spoke.
const WORD_BEFORE = /(?:^|[^\p{L}’'-])(\p{Ll}+)\s+$/u;
const GERUND = /\p{Ll}{3}ing$/u;
// What stands before a speech verb inverted after its quote: a closing mark, or nothing ("…, called Trump" is an
// object after an aside).
const INVERTED_BEFORE = /(?:^|[”"’.!?])\s*$/u;
// So is a name in apposition to a verb's object: "Ada Brill endorsed her former rival, Tobias Renn." is about Brill.
const OBJECT_APPOSITION =
  /(?:^|[^\p{L}’'-])(\p{Ll}+)\s+(?:his|her|their|its|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+$/u;
function afterVerb(before: string): boolean {
  const found = WORD_BEFORE.exec(before);
  const word = found?.[1] ?? OBJECT_APPOSITION.exec(before)?.[1];
  if (!word) return false;
  // "“…,” said Paul Grant", "Said Grant:": inverted after a quote, a comma or nothing, the speaker; "Biden called
  // Trump a “…”", "He said Zelensky is “…”": after a verb with its subject before it, an object.
  if (isSpeechVerb(word))
    return found !== null && !INVERTED_BEFORE.test(before.slice(0, found.index + found[0].indexOf(word)));
  return isFiniteVerb(word) || GERUND.test(word);
}

// What may stand between two names joined as one phrase's objects: "and" or "or", and up to three role words.
const JOINED_NAME = /^\s*,?\s*(?:and|or)\s+(?:[\p{L}-]+\s+){0,3}$/u;
// A title right before a name ("met Prime Minister ") is part of the name's phrase: what comes before it decides.
const LAST_WORD = /(\S+)\s*$/u;
function withoutTitles(before: string): string {
  let text = before;
  for (let n = 0; n < 4; n++) {
    const word = LAST_WORD.exec(text);
    if (!word?.[1] || !TITLES.has(word[1].toLowerCase().replace(/\.$/u, ''))) break;
    text = text.slice(0, word.index);
  }
  return text;
}

// A paragraph that says "he" or "she" (anywhere: "she says", "She stayed").
const SAYS_HE = /(?<![\p{L}])[Hh]e(?![\p{L}’'])/u;
const SAYS_SHE = /(?<![\p{L}])[Ss]he(?![\p{L}’'])/u;
// "him" or "her", each read by objectPronoun.
// A relative clause opened after a sentence's role opening, before a name ("The governor, who spoke through …").
const RELATIVE_OPENED = /^[^“”"]*?,\s+(?:who|whom)\s/u;
const OBJECT_CANDIDATE = /(?<![\p{L}])(him|her)(?![\p{L}])/gu;
const CLAUSE_MARK = /[,;:.!?“”"()]/u;

/**
 * True when the text before a pronoun ends inside what a verb of saying reports ("said the strike would cost", at
 * least two words after the verb, no clause break): "her" there is most often the subject's own, not someone else's
 * ("told her", "said to her" are the listener).
 */
export function inReportedClause(before: string): boolean {
  const words = before.split(/\s+/u).filter(Boolean);
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k] as string;
    if (k <= words.length - 3 && REPORTING_VERBS.has(word.toLowerCase())) return true;
    if (CLAUSE_MARK.test(word)) return false;
  }
  return false;
}

/**
 * A resolver: "he"/"she" → the subject of the latest sentence naming a person of that gender; "it" → the last body.
 * `gender` may be given as the function that reads it: it is read only when a "he" or "she" is first resolved.
 */
export function pronounResolver(
  mentions: readonly Mention[],
  gender: Map<string, Gender> | (() => Map<string, Gender>),
  paragraphs: readonly string[],
  sentencesOf: ReadonlyMap<number, readonly Sentence[]>,
  resolveRole?: (noun: string, paragraph: number, at: number) => string | null,
) {
  // ("“…,” the ministry said on Telegram. “…,” it said": a body named as where words were posted is the medium, never
  // the "it" that speaks.)
  const orgs = mentions.filter(
    (m) =>
      m.kind === 'organization' &&
      !MEDIUM_BEFORE.test((paragraphs[m.paragraph] ?? '').slice(Math.max(0, m.start - 6), m.start)),
  );
  // What a "he" or "she" is resolved against, read at the first one asked: most articles with quotations never ask
  // (of the shipped library's 240 with quotes, 63), and reading it is most of this resolver's cost.
  let person: PersonResolver | undefined;
  return (pronoun: string, paragraph: number, at: number): string | null => {
    const wanted = pronounGender(pronoun);
    if (!wanted) return null;
    // "it added": the organization last named, in this paragraph or the one before.
    if (wanted === 'it') return lastOrganization(orgs, paragraph, at)?.name ?? null;
    person ??= personResolver(
      mentions,
      typeof gender === 'function' ? gender() : gender,
      paragraphs,
      sentencesOf,
      resolveRole,
    );
    return person(wanted, paragraph, at);
  };
}

type PersonResolver = (wanted: 'm' | 'f', paragraph: number, at: number) => string | null;

// pronounResolver's "he" and "she".
function personResolver(
  mentions: readonly Mention[],
  gender: Map<string, Gender>,
  paragraphs: readonly string[],
  sentencesOf: ReadonlyMap<number, readonly Sentence[]>,
  resolveRole?: (noun: string, paragraph: number, at: number) => string | null,
): PersonResolver {
  const people = mentions.filter((m) => m.kind === 'person');
  // Each person mention's sentence, and whether a preposition makes it an object.
  const sentence = people.map(
    (m) => sentenceAt(sentencesOf.get(m.paragraph), m.start)?.index ?? -1 - m.paragraph,
  );
  // Each read when first asked (a pronoun asks about the few mentions before it), then kept.
  const objects: (boolean | undefined)[] = [];
  const object = (i: number): boolean => {
    let known = objects[i];
    if (known !== undefined) return known;
    const m = people[i] as Mention;
    const text = paragraphs[m.paragraph] ?? '';
    const before = withoutTitles(text.slice(Math.max(0, m.start - 60), m.start));
    // "met Prime Minister Luís Montenegro and opposition leader Pedro Nuno Santos": a name joined by "and" to an
    // object right before it, in its sentence, is an object too.
    const prior = people[i - 1];
    const joined =
      prior !== undefined &&
      prior.paragraph === m.paragraph &&
      sentence[i - 1] === sentence[i] &&
      object(i - 1) &&
      JOINED_NAME.test(text.slice(prior.end, m.start));
    known = joined || NOT_MAIN_SUBJECT.test(before) || afterVerb(before);
    objects[i] = known;
    return known;
  };
  // "Elsie Marlow has run the cafe since 1979. … She bakes every morning. … She reopened both times. “…,” she says":
  // a feature keeps its subject as "she" from paragraph to paragraph. A paragraph saying "he"/"she" carries the
  // person on, so the reach counts only the paragraphs between that do not (told[g][p]: how many paragraphs before p
  // say the subject pronoun of g; one regular expression per paragraph and gender, once an article).
  const told = new Map<'m' | 'f', number[]>(
    (['m', 'f'] as const).map((g) => {
      const says = g === 'm' ? SAYS_HE : SAYS_SHE;
      const counts = [0];
      paragraphs.forEach((text, p) => counts.push((counts[p] ?? 0) + (says.test(text) ? 1 : 0)));
      return [g, counts];
    }),
  );
  const farOff = (from: number, paragraph: number, wanted: 'm' | 'f'): boolean => {
    const counts = told.get(wanted) ?? [];
    const carried = from + 1 < paragraph ? (counts[paragraph] ?? 0) - (counts[from + 1] ?? 0) : 0;
    return paragraph - from - carried > PRONOUN_REACH;
  };
  // Of the mentions (positions in `list`, up to `limit`) in the latest sentence holding one, the latest that is
  // a main subject (not after a preposition or in a subordinate clause), else the latest.
  const subjectOf = (
    list: readonly number[],
    limit: number,
    paragraph: number,
    wanted: 'm' | 'f',
  ): number | undefined => {
    let k = partition(list, (i) => i <= limit) - 1;
    const latest = list[k];
    const m = latest === undefined ? undefined : people[latest];
    if (latest === undefined || !m || farOff(m.paragraph, paragraph, wanted)) return undefined;
    for (; k >= 0; k--) {
      const i = list[k] as number;
      if (sentence[i] !== sentence[latest]) break;
      if (!object(i)) return i;
    }
    // "Emma Caufield talked of her start. Faced with losing the character of Anya Jenkins, the producers … “…” she
    // recalls": a sentence naming the person only as an object says nothing of who "she" is; the paragraph's
    // latest main subject before it does.
    for (; k >= 0; k--) {
      const i = list[k] as number;
      if (people[i]?.paragraph !== m.paragraph) break;
      if (!object(i)) return i;
    }
    return latest;
  };
  // "The trawler's skipper, Donal Reid, wrote to her afterwards. She keeps the letter …": an object pronoun after a
  // subject in its sentence is someone else, the one the story is about, and the "she" that follows is that one's
  // (the person a text writes as a pronoun is the one it goes on about). The gender of the first object pronoun
  // after each person mention in its sentence, before the next person is named; read once per mention.
  const objectsAfter = new Map<number, 'm' | 'f' | undefined>();
  const objectAfter = (i: number): 'm' | 'f' | undefined => {
    if (!objectsAfter.has(i)) objectsAfter.set(i, readObjectAfter(i));
    return objectsAfter.get(i);
  };
  const readObjectAfter = (i: number): 'm' | 'f' | undefined => {
    const m = people[i] as Mention;
    const text = paragraphs[m.paragraph] ?? '';
    const own = sentenceAt(sentencesOf.get(m.paragraph), m.start);
    const next = people[i + 1];
    const end = Math.min(
      own ? own.start + own.text.length : m.end + 200,
      next?.paragraph === m.paragraph ? next.start : Infinity,
    );
    const rest = text.slice(m.end, end);
    for (const found of rest.matchAll(OBJECT_CANDIDATE)) {
      const word = found[1] ?? '';
      // "Priya Shah said the strike would cost her a week's childcare": her own, in what she is reported to say.
      if (inReportedClause(rest.slice(0, found.index))) continue;
      if (objectPronoun(word, rest.slice((found.index ?? 0) + found[0].length)))
        return word === 'him' ? 'm' : 'f';
    }
    return undefined;
  };
  // The sentences by their place in the article, and what each opens with, read when a pronoun first looks past it.
  const byIndex = new Map<number, Sentence>();
  for (const list of sentencesOf.values()) for (const s of list) byIndex.set(s.index, s);
  const unknownOpenings = new Map<number, boolean>();
  const unknownOpening = (i: number): boolean => {
    let known = unknownOpenings.get(i);
    if (known === undefined) {
      const s = byIndex.get(i);
      known = s !== undefined && opensWithUnknownName(mentions, s);
      unknownOpenings.set(i, known);
    }
    return known;
  };
  const roleOpenings = new Map<number, string | undefined>();
  const roleOf = (s: Sentence): string | undefined => {
    if (!roleOpenings.has(s.index)) roleOpenings.set(s.index, roleOpening(s));
    return roleOpenings.get(s.index);
  };
  // Positions of the people whose gender is `g` or unknown: those a pronoun of gender `g` may stand for.
  const compatible = new Map<Gender, number[]>(
    (['m', 'f'] as const).map((g) => [
      g,
      people.flatMap((p, i) => ((gender.get(p.name) ?? g) === g ? [i] : [])),
    ]),
  );
  const everyone = people.map((_, i) => i);
  return (wanted: 'm' | 'f', paragraph: number, at: number): string | null => {
    // "He said Y is “…”; however, “…”, he added": a pronoun in a sentence whose subject is already that pronoun
    // continues it, so it is resolved where the sentence begins, not after the names its clauses mention.
    const own = sentenceAt(sentencesOf.get(paragraph), at);
    const from = own && opensWithPronoun(own.text, wanted) ? own.start : at;
    let last = lastBefore(people, paragraph, from);
    let index = subjectOf(compatible.get(wanted) ?? [], last, paragraph, wanted);
    // Past a subject whose sentence then writes the pronoun as its object ("X wrote to her"), at most twice.
    for (let n = 0; n < 2 && index !== undefined && objectAfter(index) === wanted; n++) {
      const m = people[index] as Mention;
      const start = sentenceAt(sentencesOf.get(m.paragraph), m.start)?.start ?? m.start;
      last = lastBefore(people, m.paragraph, start);
      index = subjectOf(compatible.get(wanted) ?? [], last, paragraph, wanted);
    }
    const found = index === undefined ? undefined : people[index];
    if (!found) return null;
    // Passing over a nearer person the pronoun does not fit for one whose gender nothing tells ("Mark", a word
    // too, is in no list of names): the names data may be what is wrong, so no one is sure.
    const nearestAt = subjectOf(everyone, last, paragraph, wanted);
    const nearest = nearestAt === undefined ? undefined : people[nearestAt];
    if (nearest && nearest.name !== found.name && !gender.get(found.name)) return null;
    // A sentence between the person and the pronoun about a name the entities did not keep ("Sayyid Ali Hosseini
    // Khamenei, the Supreme Leader, ordered…. In his message, he…"): the pronoun may be that one's.
    const fromSentence = sentenceAt(sentencesOf.get(found.paragraph), found.start)?.index ?? Infinity;
    const toSentence = own?.index ?? fromSentence;
    // (No sentence holds a mention outside every sentence: its place is Infinity, and nothing lies after it.)
    if (fromSentence < Infinity)
      for (let i = fromSentence + 1; i <= toSentence; i++) if (unknownOpening(i)) return null;
    // A sentence between them opening with a person's role ("The governor, who took office in January, was
    // blunt. “…,” she told"): the pronoun is that one's, the person holding the role or no one named: the latest
    // such sentence. A role noun of the other gender ("The council chairman, who …" before "she said") is someone
    // else.
    let role: {noun: string; sentence: Sentence} | undefined;
    for (let i = toSentence; i > fromSentence && !role; i--) {
      const s = byIndex.get(i);
      const noun = s && roleOf(s);
      if (s && noun && (nounGender(noun) ?? wanted) === wanted) role = {noun, sentence: s};
    }
    // "The governor, who spoke through his press secretary, Mr. Tunde Ajayi, said …. “…,” he stated": a name in the
    // relative clause of the sentence's role opening is no subject; the role's holder is.
    const opening = role ? undefined : byIndex.get(fromSentence);
    const noun = opening && roleOf(opening);
    if (opening && noun) {
      const between = (paragraphs[found.paragraph] ?? '').slice(opening.start, found.start);
      if ((nounGender(noun) ?? wanted) === wanted && RELATIVE_OPENED.test(between))
        role = {noun, sentence: opening};
    }
    if (role) return resolveRole?.(role.noun, role.sentence.paragraph, role.sentence.start) ?? null;
    return found.name;
  };
}

// A sentence opening with two or more capitalised words (not "The …") and then a person's apposition ("…, the
// Supreme Leader of Iran,") or a finite verb ("… ordered"): how news opens a sentence about a person.
const NAME_OPENING = /^(?!The\s)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}/u;
const APPOSED_PERSON = /^,\s+(?:the|a|an)\s+([^,.;:]{1,60})(?=,)/u;
const NEXT_WORD = /^\s+(\p{Ll}+)\b/u;
function opensWithPerson(text: string, nameEnd: number): boolean {
  const rest = text.slice(nameEnd);
  const apposed = APPOSED_PERSON.exec(rest)?.[1];
  if (apposed?.split(/\s+/).some(isPersonNoun)) return true;
  const verb = NEXT_WORD.exec(rest)?.[1];
  return verb !== undefined && isFiniteVerb(verb);
}

/** Whether a sentence opens with a name no mention starts at. */
function opensWithUnknownName(mentions: readonly Mention[], s: Sentence): boolean {
  const name = NAME_OPENING.exec(s.text);
  if (!name || !opensWithPerson(s.text, name[0].length)) return false;
  const from = partition(
    mentions,
    (m) => m.paragraph < s.paragraph || (m.paragraph === s.paragraph && m.start < s.start),
  );
  const m = mentions[from];
  return !(m !== undefined && m.paragraph === s.paragraph && m.start < s.start + name[0].length);
}

/** True when the sentence's subject is a he/she of `gender`: its first word, or the first after an opening adverb. */
function opensWithPronoun(sentence: string, gender: 'm' | 'f'): boolean {
  const first = /^(?:[A-Z][a-z]+,\s+)?(\w+)/u.exec(sentence)?.[1];
  return first !== undefined && pronounGender(first) === gender;
}

const APPOSITION = /^,\s+(?:the|a|an)\s+([^,;:.()“”"]{1,60})[,;.]/u;
// "Anne Colley, Dean of Harwell,": an office of a place or body set off without an article, capitalised.
const TITLED_APPOSITION = /^,\s+((?:\p{Lu}[\p{L}-]*\s+){1,3}of\s+[^,;:.()“”"]{1,50})[,;.]/u;

/** How far back (paragraphs) "the company said" looks for the company. */
const BODY_REACH = 2;
const ABBREVIATED_IN = /^(\p{L}+)\.\s/u;
const ABBREVIATED_BEFORE = /(?<![\p{L}\p{N}])(\p{L}+)\.\s+$/u;
const AGE = /^(\d+)-year-old$/u;

/**
 * "the commissioner" → the last person before `at` (within PRONOUN_REACH paragraphs) named right after that word
 * ("commissioner Albert Muchanga") or given it as a role. With no such person, a noun for a kind of organization
 * ("the company noted", "the ministry said") → the last body named within BODY_REACH paragraphs whose name holds
 * the noun, else the last body named there whose name holds no word of another kind of body.
 */
export function roleResolver(
  mentions: readonly Mention[],
  paragraphs: readonly string[],
  people: readonly Entity[],
) {
  // What the roles are resolved against, read at the first one asked: many articles with quotations never ask.
  let resolve: RoleResolver | undefined;
  return (noun: string, paragraph: number, at: number): string | null =>
    (resolve ??= readRoles(mentions, paragraphs, people))(noun, paragraph, at);
}

type RoleResolver = (noun: string, paragraph: number, at: number) => string | null;

// A word that reads as itself in a pattern: letters, marks, spaces, hyphens and apostrophes.
const LITERAL_WORD = /^[\p{L}\p{M} '’-]+$/u;

// roleResolver's reading of the article.
function readRoles(
  mentions: readonly Mention[],
  paragraphs: readonly string[],
  people: readonly Entity[],
): RoleResolver {
  const roles = new Map(people.map((p) => [p.name, (p.role ?? '').toLowerCase()]));
  // "Prime Minister Igor Matovič" among a person's forms: the titles the article writes before the full name.
  const titled = new Map(
    people.map((p) => [
      p.name,
      p.aliases
        .filter((a) => a.endsWith(` ${p.name}`))
        .map((a) => a.slice(0, -p.name.length).trim().toLowerCase()),
    ]),
  );
  const persons = mentions.filter((m) => m.kind === 'person');
  const lede = ledeRole(paragraphs, persons);
  const bodies = mentions.filter((m) => m.kind === 'organization');
  // "Dr. Lena Ostrova": an abbreviated title, in the name or right before it, is the role it stands for.
  const befores = persons.map((m) => {
    const text = paragraphs[m.paragraph] ?? '';
    const before = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
    const abbreviation = (ABBREVIATED_IN.exec(text.slice(m.start, m.end)) ??
      ABBREVIATED_BEFORE.exec(before))?.[1];
    const role = abbreviation ? TITLE_ABBREVIATIONS.get(abbreviation.toLowerCase()) : undefined;
    // "Former Vice President Joe Biden" read as the form "Vice President Joe Biden": the title inside the mention
    // goes on from the words before it ("the former vice president said").
    const own = text.slice(m.start, m.end);
    const inside = own.endsWith(` ${m.name}`) ? own.slice(0, -m.name.length).toLowerCase() : '';
    return role ? `${before} ${role} ` : `${before}${inside}`;
  });
  // The text before each mention as written, for titles set off before a name: made once, when a role word is first
  // asked about, not once per word.
  let rawBefores: string[] | null = null;
  let styled: (readonly string[])[] | null = null;
  // "Ada Brill, the city’s mayor, …": the noun phrase set off after the name. A role fits by its head word: "the
  // mayor’s wife" is no mayor.
  const appositions = persons.map((m) => {
    const after = (paragraphs[m.paragraph] ?? '').slice(m.end, m.end + 80);
    return (APPOSITION.exec(after) ?? TITLED_APPOSITION.exec(after))?.[1]?.toLowerCase() ?? '';
  });
  // "Ada Brill is the town’s mayor", "Renn, who was elected mayor in 2019,": a role in a clause of its own.
  const predicates = persons.map((m) => predicateRole(paragraphs[m.paragraph] ?? '', m.end));
  // For each role word asked about, the positions in `persons` of the mentions it fits, found in one pass.
  const fitting = new Map<string, number[]>();
  const fits = (word: string): number[] => {
    let found = fitting.get(word);
    if (!found && AGE.test(word)) {
      // "the 54-year-old": the person given that age ("Ines Calloway, 54,", "Tobias Renn (54)").
      const years = AGE.exec(word)?.[1] ?? '';
      const aged = new RegExp(`^(?:,\\s*|\\s*\\()${years}\\b`, 'u');
      found = [];
      for (const [i, m] of persons.entries())
        if (aged.test((paragraphs[m.paragraph] ?? '').slice(m.end, m.end + 8))) found.push(i);
      fitting.set(word, found);
    }
    if (!found) {
      // Each pattern below holds the word as written: a text without it is not searched, and a pattern is made
      // (and compiled) only when some text holds the word. (A word with a character a pattern reads otherwise
      // than as itself is searched everywhere, as it was.)
      const literal = LITERAL_WORD.test(word);
      const holds = (text: string): boolean => !literal || text.includes(word);
      let afterRe: RegExp | undefined;
      let headsRe: RegExp | undefined;
      let apposedRe: RegExp | undefined;
      const after = (text: string): boolean =>
        holds(text) && (afterRe ??= new RegExp(`\\b${word}\\s+$`, 'u')).test(text);
      const heads = (text: string): boolean =>
        holds(text) &&
        (headsRe ??= new RegExp(`\\b${word}(?:\\s+(?:of|for|at|in|since|from)\\b.*)?$`, 'u')).test(text);
      // "The Governor of Oru State, Mr. Adewale Bankole,": the title set off before the name.
      const apposedBefore = (text: string): boolean =>
        holds(text) &&
        (apposedRe ??= new RegExp(
          `\\b${word}(?:\\s+(?:of|for|at|in)\\s+[^,;.]{1,40})?,\\s+(?:(?:mr|mrs|ms|dr|sir|dame)\\.?\\s+|${STYLE_BEFORE_NAME})$`,
          'u',
        )).test(text);
      // (Made at once, as before, for a word that is not plain: one that makes no pattern throws here.)
      if (!literal) [after, heads, apposedBefore].forEach((test) => test(''));
      rawBefores ??= persons.map((m) =>
        (paragraphs[m.paragraph] ?? '').slice(Math.max(0, m.start - 60), m.start).toLowerCase(),
      );
      const raw = rawBefores;
      // "Father Liam Doyle … the priest said": the office a style before the name gives.
      styled ??= persons.map((m) => {
        const text = paragraphs[m.paragraph] ?? '';
        const own = text.slice(m.start, m.end);
        const inside = own.endsWith(` ${m.name}`) ? own.slice(0, -m.name.length) : '';
        return styleRoles(text.slice(Math.max(0, m.start - 30), m.start) + inside);
      });
      const roleOfStyle = styled;
      found = [];
      persons.forEach((m, i) => {
        if (
          after(befores[i] ?? '') ||
          roleOfStyle[i]?.includes(word) ||
          apposedBefore(raw[i] ?? '') ||
          heads(roles.get(m.name) ?? '') ||
          heads(appositions[i] ?? '') ||
          heads(predicates[i] ?? '') ||
          (titled.get(m.name) ?? []).some((t) => heads(t))
        )
          found?.push(i);
      });
      fitting.set(word, found);
    }
    return found;
  };
  // "an Interpol spokesperson": bodies named with their spokesperson, for "the spokesperson added" later.
  const spoken = bodies.filter((b) => {
    const text = paragraphs[b.paragraph] ?? '';
    return spokesBody([b], text, Math.max(0, b.start - 40), Math.min(text.length, b.end + 30)) !== undefined;
  });
  return (noun: string, paragraph: number, at: number): string | null => {
    const word = noun.toLowerCase();
    if (word === 'former' || word === 'latter')
      return formerOrLatter(word, mentions, paragraphs, lastBefore(mentions, paragraph, at), paragraph);
    const fitting = fits(word);
    const m = persons[latestUpTo(fitting, lastBefore(persons, paragraph, at))];
    if (m && m.paragraph >= paragraph - PRONOUN_REACH) return m.name;
    // Farther back only when the article gives the title to one person alone ("Governor Kay Ivey" at the top,
    // "the governor tweeted" five paragraphs on).
    if (m && fitting.every((i) => persons[i]?.name === m.name)) return m.name;
    // "The senator, a Republican, said the bill “goes too far.” Senator Mark Ellery added …": a title used before
    // its holder is named, when one person alone holds it and is named in the same paragraph or the next.
    const ahead = m ? undefined : persons[fitting[0] ?? -1];
    if (ahead && ahead.paragraph <= paragraph + 1 && fitting.every((i) => persons[i]?.name === ahead.name))
      return ahead.name;
    // "The transport minister has defended …. Fiona Gallagher told MPs …": nobody else holds the lede's role.
    if (fitting.length === 0 && lede?.noun === word && !roles.get(lede.name)) return lede.name;
    // "The father said" with no one given that role: of a couple named together as parents, the man.
    if (word === 'father' || word === 'mother') return parentOf(word, people, paragraphs);
    if (isSpokesNoun(word)) {
      const body = spoken[lastBefore(spoken, paragraph, at)];
      return body && body.paragraph >= paragraph - BODY_REACH ? body.name : null;
    }
    // "the commission said": a word of bodies' names ("Commission", "Court") used as a common noun speaks for a
    // body whose name holds it, never for one that merely lacks another kind's word.
    const kindNoun = ORG_NOUNS.has(word);
    // ("the lender said" after "Nordmark Bank", "the bench said" after "the High Court": the kind's name words.)
    const kindWords = BODY_KIND_WORDS.get(word);
    if (!kindNoun && !BODY_NAME_NOUNS.has(word) && !kindWords) return null;
    const before = bodies.slice(0, lastBefore(bodies, paragraph, at) + 1);
    const named = before.filter((b) => b.paragraph >= paragraph - BODY_REACH);
    // ("the company said" after "Varnco Industries": a company's name word answers for the company's nouns.)
    const company = COMPANY_NOUNS.has(word);
    const holds = (b: Mention) => {
      const words = b.name.toLowerCase().split(/\s+/);
      // ("the union said" after "the Korean Confederation of Trade Unions": the noun's plural in the name holds it.)
      return (
        words.includes(word) ||
        words.includes(`${word}s`) ||
        (kindWords !== undefined && words.some((w) => kindWords.includes(w))) ||
        (company && words.some((w) => COMPANY_NAME_WORDS.has(w)))
      );
    };
    // Farther back only when one body alone holds the noun in its name ("the Thai Raksa Chart Party" at the top,
    // "the party informed the press" five paragraphs on), as for a title one person alone holds.
    const sole = before.filter(holds);
    if (named.filter(holds).length === 0 && sole.length > 0 && sole.every((b) => b.name === sole[0]?.name))
      return sole[0]?.name ?? null;
    const holding = named.filter(holds);
    // ("The team wrote" after "the Centers for Disease Control": a body whose name says another kind is not it.)
    // ("In a post on Facebook, the club wrote": a body named as where words were posted is the medium, not them.)
    // ("the company said" after "Norcast Foods": a word of trade says a business, no other kind of body.)
    const untyped = named.filter(
      (b) =>
        !b.name
          .toLowerCase()
          .split(/\s+/)
          .some((w) => ORG_WORDS.has(w) && !(company && TRADE_NAME_WORDS.has(w))) &&
        !MEDIUM_BEFORE.test((paragraphs[b.paragraph] ?? '').slice(Math.max(0, b.start - 6), b.start)),
    );
    return (holding.at(-1) ?? (kindNoun ? untyped.at(-1) : undefined))?.name ?? null;
  };
}

/**
 * The person an epithet ("the Portuguese forward", "the Scot") stands for: the one person named in the latest sentence
 * before `at` that names anyone, in this paragraph or the one before; null when that sentence names two or more.
 * `adjacent`: only when that sentence is the one holding `at` or the one right before it ("Menon, whose 88 came off
 * 79 balls, was philosophical. “…,” the opener said": a sentence about a name the entities missed stands between).
 */
export function epithetResolver(
  mentions: readonly Mention[],
  sentencesOf: ReadonlyMap<number, readonly Sentence[]>,
) {
  const persons = mentions.filter((m) => m.kind === 'person');
  return (paragraph: number, at: number, adjacent = false, age?: string, nation?: string): string | null => {
    const national = nation
      ? describedNational(persons, sentencesOf, nation, paragraph, at, PRONOUN_REACH)
      : undefined;
    if (national) return national;
    const last = lastBefore(persons, paragraph, at);
    const m = persons[last];
    if (!m || m.paragraph < paragraph - 1) return null;
    const own = sentenceAt(sentencesOf.get(m.paragraph), m.start);
    const here = sentenceAt(sentencesOf.get(paragraph), at);
    if (adjacent && (!own || !here || own.index < here.index - 1)) return null;
    const from = own?.start ?? 0;
    for (let i = last - 1; i >= 0; i--) {
      const other = persons[i] as Mention;
      if (other.paragraph !== m.paragraph || other.start < from) break;
      if (other.name !== m.name) return null;
    }
    // "the 24-year-old said" is no one the text gives another age ("Tom Reed, 45,").
    if (age !== undefined && readAtMentions(persons, sentencesOf, m.name, statedAge).some((a) => a !== age))
      return null;
    // "Kenyan runner Faith Kiptoo … Ethiopia's Tigist Alemu was second. “…,” the Ethiopian said": not the Kenyan.
    if (nation !== undefined && otherNation(persons, sentencesOf, nation, m.name)) return null;
    return m.name;
  };
}

// The age the text sets right after a person's mention ("Tom Reed, 45,", "Tom Reed (45)").
function statedAge(s: Sentence, m: Mention): string | undefined {
  return STATED_AGE.exec(s.text.slice(m.end - s.start, m.end - s.start + 8))?.[1];
}
const STATED_AGE = /^(?:,\s*|\s*\()(\d{1,3})\b(?![.,]\d)/u;
