// Roles the text gives a person in a clause of its own ("Tobias Renn is the town's mayor", "Ada Brill, who was
// elected mayor in 2019,"), the two people "the former" and "the latter" point back at, and the sentences whose
// subject is a person named only by a role or not at all ("The governor …", "One of the victims …"). The title
// before a name and the apposition after it are read in resolve.ts.
import {nameGender} from '../nlp.js';
import type {Sentence} from '../pipeline.js';
import type {Entity} from '../types.js';
import type {Mention} from './mentions.js';
import {isFiniteVerb, isPersonNoun} from './words.js';
import {alternation, ROLE_VERBS, TITLES} from './vocabulary.js';
import {unnamedAfterWords} from './unnamed-shapes.js';
import {roleOpeningShape} from './role-shapes.js';
import {unnamedOpening} from './unnamed-opening.js';

// The role stops before a clause or a time goes on ("became mayor in 2019 and …"); resolve.ts then matches the
// role by its head word, so "is the mayor's wife" gives no mayor.
const PREDICATE_ROLE = new RegExp(
  `^(?:,\\s*who)?\\s+(?:${alternation(ROLE_VERBS)})\\s+(?:the\\s+|an?\\s+)?([^,;:.()“”"!?]{1,60}?)(?=\\s+(?:and|but|who|since|in|until|when|after|before|on|during)\\b|\\s*[,;:.()!?]|$)`,
  'u',
);

/** The role a clause right after a person's name gives them ("is the town's mayor" → "town's mayor"), or ''. */
export function predicateRole(paragraph: string, nameEnd: number): string {
  return PREDICATE_ROLE.exec(paragraph.slice(nameEnd, nameEnd + 100))?.[1]?.toLowerCase() ?? '';
}

const SENTENCE_BREAK = /[.!?]["”’)]?\s/u;

/**
 * "the latter said": of the last two people or bodies named, in one sentence, before `at` (the mention list's last
 * index before it is `last`), the second; "the former": the first. Null unless two different ones were named
 * together there, in this paragraph or the one before ("by the FAA and the NTSB, with the latter confirming").
 */
export function formerOrLatter(
  word: 'former' | 'latter',
  mentions: readonly Mention[],
  paragraphs: readonly string[],
  last: number,
  paragraph: number,
): string | null {
  const latest = mentions[last];
  if (!latest || latest.paragraph < paragraph - 1) return null;
  const text = paragraphs[latest.paragraph] ?? '';
  for (let i = last - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m || m.paragraph !== latest.paragraph || SENTENCE_BREAK.test(text.slice(m.end, latest.start))) break;
    if (m.name !== latest.name) return word === 'latter' ? latest.name : m.name;
  }
  return null;
}

/**
 * The role a "the <Title words> <role>" match names, with the title words right before the role that belong to it:
 * "the Prime Minister" is a prime minister, not any minister; "the Wooster professor" is a professor.
 */
export function titledRole(
  match: {readonly 0: string; readonly 1?: string} | null | undefined,
): string | undefined {
  const role = match?.[1];
  if (!match || !role) return undefined;
  const words = match[0].slice(0, match[0].lastIndexOf(role)).trim().split(/\s+/u);
  const title: string[] = [];
  for (let w = words.pop(); w && /^\p{Lu}/u.test(w) && TITLES.has(w.toLowerCase()); w = words.pop())
    title.unshift(w.toLowerCase());
  return title.length > 0 ? `${title.join(' ')} ${role}` : role;
}

// "The governor, who …, was blunt.", "The former teacher told …": "The", at most two capitalised words, and a
// person's noun as the sentence's subject, before an aside or a verb (roleOpeningShape). A short lead phrase may come
// first ("After the meeting, the president told reporters …"). One reading per count of lower-case words before the
// noun: a single lazy pattern stopped at the first word followed by any word ("The council chairwoman, who …" read
// "council" as the noun, no person, and lost the sentence).

// "One of the victims", "A witness", "Another resident": an unnamed person opening the sentence, before a verb or a
// relative clause ("A neighbor who lives above the shop, and who asked not to be named, said …"), perhaps after a
// short lead phrase ("Outside the depot, a woman who declined to give her name said …"). "One resident" only before
// "who" or a verb of speech: "One person was killed" is news of a death, not of a speaker.
// (Read word by word: unnamedOpening, unnamed-opening.ts.)

/**
 * "“We waited three hours,” said a woman who declined to give her name.": an unnamed speaker after the quote; of up to
 * three words after the article (unnamedAfterWords), the first person noun ("local shop owner" → owner).
 */
function unnamedAfter(text: string): string | undefined {
  const words = unnamedAfterWords(text)?.split(/\s+/u) ?? [];
  return words.find((w) => isPersonNoun(w) && !isPluralPersonNoun(w));
}

/** The role's noun when a sentence's subject is a person named only by a role ("The governor said …"), else undefined. */
export function roleOpening(s: Sentence): string | undefined {
  // "One of the victims decided …", "A witness said …": a person the text does not name.
  const one = unnamedOpening(s.text) ?? unnamedAfter(s.text);
  const singular = one?.replace(/s$/u, '');
  if (one && singular && (isPersonNoun(one) || isPersonNoun(singular))) return singular;
  for (let k = 0; k <= 2; k++) {
    const m = roleOpeningShape(s.text, k);
    const noun = m?.[1];
    const verb = m?.[2];
    if (!noun || !isPersonNoun(noun) || (verb !== undefined && !isFiniteVerb(verb))) continue;
    // "The producers finally committed …": people, whom no "he" or "she" stands for.
    return isPluralPersonNoun(noun) ? undefined : noun;
  }
  return undefined;
}

// A dateline before the lede ("PELL RIVER, Ore. (AP) —", "WELLMONT, Oct 5 (Reuters) -"): capitals, then a dash.
const DATELINE = /^[\p{Lu}\s.,'’-]+(?:,[^—–\n]{0,30})?(?:\([^)]{1,20}\))?\s*(?:—|–|--?)\s*/u;
// The lede's subject: "The" (or "A"/"An"), up to two lower-case words and the noun (group 1), then a verb (group 2).
const LEDE_SUBJECT = [0, 1, 2].map(
  (k) =>
    new RegExp(
      `^(?:The|An?)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){${k}}(\\p{Ll}[\\p{Ll}-]*)\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+)`,
      'u',
    ),
);

// "has", "was", "will": the lede's verb is often an auxiliary's ("has defended", "will resign").
const AUXILIARY = /^(?:has|had|is|was|will|would|could|can|may|might|must|should)$/u;
const verbOrAuxiliary = (word: string) => AUXILIARY.test(word) || isFiniteVerb(word);

/**
 * "The transport minister has defended plans …. Fiona Gallagher told MPs …": the wire and BBC lede that gives the
 * role first and the name in the next sentence. The lede's role noun and the person opening the next sentence (the
 * article's first person named), or undefined.
 */
export function ledeRole(
  paragraphs: readonly string[],
  persons: readonly Mention[],
): {noun: string; name: string} | undefined {
  const first = persons[0];
  if (!first || first.paragraph > 1) return undefined;
  const lede = paragraphs.findIndex((p) => p.trim().length > 0);
  const text = paragraphs[lede] ?? '';
  const opening = DATELINE.exec(text)?.[0].length ?? 0;
  const body = text.slice(opening);
  // The name opens the next sentence, in the lede's paragraph or the one after it.
  const breakAt = SENTENCE_BREAK.exec(body);
  const nextAt = breakAt ? opening + breakAt.index + breakAt[0].length : text.length;
  const opensNext =
    first.paragraph === lede
      ? first.start === nextAt
      : first.paragraph === lede + 1 &&
        (paragraphs[lede + 1] ?? '').slice(0, first.start).trim() === '' &&
        nextAt >= text.trimEnd().length;
  if (!opensNext) return undefined;
  for (const pattern of LEDE_SUBJECT) {
    const m = pattern.exec(body);
    const noun = m?.[1];
    if (noun && isPersonNoun(noun) && !isPluralPersonNoun(noun) && verbOrAuxiliary(m[2] ?? ''))
      return {noun, name: first.name};
  }
  return undefined;
}

/** True for a plural person noun ("producers", "children"): its singular is a person noun, and a different word. */
export function isPluralPersonNoun(noun: string): boolean {
  const singular = noun.toLowerCase().replace(/(?:ren|s)$/u, '');
  return singular !== noun.toLowerCase() && isPersonNoun(singular);
}

// The words that say two people named together are a child's parents.
const PARENTS = /(?<![\p{L}])(?:parents|couple)(?![\p{L}])/iu;

/**
 * "Judge Schwartz sentenced David and Louise Turpin … both parents …. The father said": of the one man and one woman
 * of the article who share a surname, in an article that calls someone parents or a couple, "father" is the man and
 * "mother" the woman. Null unless exactly one such pair is named.
 */
export function parentOf(
  word: 'father' | 'mother',
  people: readonly Entity[],
  paragraphs: readonly string[],
): string | null {
  if (!paragraphs.some((p) => PARENTS.test(p))) return null;
  const bySurname = new Map<string, Entity[]>();
  for (const p of people) {
    const words = p.name.split(/\s+/);
    const surname = words.length > 1 ? words.at(-1) : undefined;
    if (surname) bySurname.set(surname, [...(bySurname.get(surname) ?? []), p]);
  }
  const pairs = [...bySurname.values()].filter((list) => list.length === 2);
  const pair = pairs.length === 1 ? pairs[0] : undefined;
  if (!pair) return null;
  const gender = (p: Entity) => nameGender(p.name.split(/\s+/)[0] ?? '');
  const man = pair.filter((p) => gender(p) === 'm');
  const woman = pair.filter((p) => gender(p) === 'f');
  if (man.length !== 1 || woman.length !== 1) return null;
  return (word === 'father' ? man[0]?.name : woman[0]?.name) ?? null;
}
