import {lexiconTags, nameGender} from '../nlp.js';
import type {Entity} from '../types.js';
import {kinAround, roleGender, titleGender, weighGender, type GenderClue} from '../entities/gender.js';
import {AFTER_OBJECT_HER, alternation, FEMALE_PRONOUNS, MALE_PRONOUNS} from './vocabulary.js';
import {matchesOf} from '../matches.js';

const GENDERED_PRONOUN = new RegExp(`\\b(${alternation([...MALE_PRONOUNS, ...FEMALE_PRONOUNS])})\\b`, 'iu');
const MALE = new Set<string>(MALE_PRONOUNS);
// What follows an object "her": punctuation or the end, or a word of AFTER_OBJECT_HER (not any word in -ly: "her
// early roles", "her family" are possessives).
const OBJECT_HER_AFTER = new RegExp(
  `^(?:\\s*(?:[,.;:!?)\\]”"’—–-]|$)|\\s+(?:${alternation(AFTER_OBJECT_HER)})(?![\\p{L}\\p{N}]))`,
  'u',
);

/**
 * True when a gendered pronoun is an object, someone other than the subject it follows ("Donal Reid wrote to her",
 * "Ada Brill told him"): "him", and "her" not followed by its noun. `after` is the text right after the pronoun.
 * Subjects ("he said"), possessives ("her bees") and reflexives ("himself") are the person's own.
 */
export function objectPronoun(pronoun: string, after: string): boolean {
  const word = pronoun.toLowerCase();
  return word === 'him' || (word === 'her' && OBJECT_HER_AFTER.test(after));
}

/** Where a person or organization is named: paragraph, offsets, and the entry's canonical name. */
export interface Mention {
  paragraph: number;
  start: number;
  end: number;
  name: string;
  kind: 'person' | 'organization';
}

/** A person's grammatical gender as the article shows it. */
export type Gender = 'm' | 'f' | null;

/** Every form of each entry (name, aliases, a person's surname), mapped to the entry. */
function formsOf(
  people: readonly Entity[],
  orgs: readonly Entity[],
): Map<string, {name: string; kind: Mention['kind']}> {
  const forms = new Map<string, {name: string; kind: Mention['kind']}>();
  const add = (form: string, name: string, kind: Mention['kind']) => {
    if (form.trim().length > 1 && !forms.has(form)) forms.set(form, {name, kind});
  };
  // (Indexed loops, the name before the aliases, no array of the forms made: an array's iterator is an object per
  // step in V8's interpreter, and this runs for every article with a quotation.)
  for (let i = 0; i < people.length; i++) {
    const p = people[i] as Entity;
    add(p.name, p.name, 'person');
    for (let k = 0; k < p.aliases.length; k++) add(p.aliases[k] as string, p.name, 'person');
  }
  for (let i = 0; i < people.length; i++) {
    const p = people[i] as Entity;
    const surname = p.name.split(/\s+/).at(-1);
    if (surname && CAPITAL.test(surname)) add(surname, p.name, 'person');
  }
  for (let i = 0; i < orgs.length; i++) {
    const o = orgs[i] as Entity;
    add(o.name, o.name, 'organization');
    for (let k = 0; k < o.aliases.length; k++) add(o.aliases[k] as string, o.name, 'organization');
  }
  return forms;
}

/** Words this long or longer may be a surname misspelt by one letter. */
const MISSPELT_MIN = 5;

// Letters differing between two words of one length, stopping at two.
function letterChanges(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length && n < 2; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** True when the word is one letter (not the first) from a person's surname: "Saree" for "Yahya Sarea". */
export function misspeltSurname(word: string, people: readonly Entity[]): boolean {
  if (word.length < MISSPELT_MIN) return false;
  return people.some((p) => {
    const s = p.name.split(/\s+/).at(-1) ?? '';
    return s.length === word.length && s[0] === word[0] && letterChanges(s, word) === 1;
  });
}

/**
 * "Spokesman Yahya Sarea said … “…”, Saree said.": a capitalised word no entry, place or word of the lexicon
 * knows, one letter (not the first) from exactly one person's surname, is that person's surname misspelt.
 */
function addMisspelt(
  capitals: readonly RegExpExecArray[][],
  people: readonly Entity[],
  forms: Map<string, {name: string; kind: Mention['kind']}>,
  others: ReadonlySet<string>,
): void {
  const surnames = new Map<string, string[]>();
  for (const p of people) {
    const surname = p.name.split(/\s+/).at(-1) ?? '';
    if (surname.length < MISSPELT_MIN || !CAPITAL.test(surname)) continue;
    surnames.set(surname, [...(surnames.get(surname) ?? []), p.name]);
  }
  if (surnames.size === 0) return;
  const list = [...surnames];
  const seen = new Set<string>();
  for (const words of capitals)
    for (let k = 0; k < words.length; k++) {
      const word = (words[k] as RegExpExecArray)[0];
      if (word.length < MISSPELT_MIN || seen.has(word)) continue;
      seen.add(word);
      if (forms.has(word) || others.has(word)) continue;
      // The one surname a letter away, read before the lexicon (most words are near none): no list per word.
      let only: string[] | undefined;
      let near = 0;
      for (let i = 0; i < list.length && near < 2; i++) {
        const entry = list[i] as [string, string[]];
        const s = entry[0];
        if (s.length === word.length && s[0] === word[0] && letterChanges(s, word) === 1) {
          near++;
          only = entry[1];
        }
      }
      if (near !== 1 || only?.length !== 1 || !only[0] || lexiconTags(word).length > 0) continue;
      forms.set(word, {name: only[0], kind: 'person'});
    }
}

const WORD_CHAR = /^[\p{L}\p{N}]/u;
// A word, or else the one character there (not a letter nor a digit, or the word would have matched): `[^]`
// where `[^\p{L}\p{N}]` would build its property classes again for every compile.
const ANY_PLACE = /[\p{L}\p{N}]+|[^]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITAL = /^\p{Lu}/u;
// A capitalised word after no letter or digit. The capital is tested before the character behind it (a lookbehind
// after the capital, over it and the character before): the pattern is tried at every character of every
// paragraph, and most are no capital, which fails at once where the lookbehind first had to read back.
export const CAPITAL_WORD = /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})[\p{L}\p{N}]*/gu;
const LEAD = /^[\p{L}\p{N}]*/u;

/**
 * Finds every mention of the given people and organizations: at each place a name may start, the longest form
 * written there that is not run into a longer word. Forms are filed by their leading word, which must be the
 * word written at that place, so each place tries only the forms that open with it (one regular expression of
 * every form tried them all at every offset, which grew with names × text).
 */
export function findMentions(
  paragraphs: readonly string[],
  people: readonly Entity[],
  orgs: readonly Entity[],
  others: ReadonlySet<string> = new Set(),
): Mention[] {
  const forms = formsOf(people, orgs);
  if (forms.size === 0) return [];
  // The capitalised words of each paragraph, read once for both misspelt surnames and the mentions' places.
  const capitals = paragraphs.map((text) => matchesOf(CAPITAL_WORD, text));
  addMisspelt(capitals, people, forms, others);
  const byLead = new Map<string, string[]>();
  for (const form of [...forms.keys()].sort((a, b) => b.length - a.length)) {
    const lead = LEAD.exec(form)?.[0] ?? '';
    const list = byLead.get(lead);
    if (list) list.push(form);
    else byLead.set(lead, [form]);
  }
  // Forms opening with a mark ("'Ndrangheta") are tried after every mark that does not follow a letter. When
  // every form opens with a capital, only words that do can start one: the regular expression skips the rest
  // (most of the text) itself, instead of handing each word to this loop.
  const places = byLead.has('')
    ? ANY_PLACE
    : [...byLead.keys()].every((lead) => CAPITAL.test(lead))
      ? CAPITAL_WORD
      : WORD;
  const marks = places === ANY_PLACE;
  const out: Mention[] = [];
  const shared = sharedForms(people);
  // Positions in `out` of mentions written in a form two people hold ("Han" beside "Ms. Han" and "Mr. Han").
  const ambiguous: number[] = [];
  paragraphs.forEach((text, paragraph) => {
    let end = 0;
    let afterWord = false;
    // (An indexed loop: an array's iterator makes an object per step in V8's interpreter.)
    const found = places === CAPITAL_WORD ? (capitals[paragraph] ?? []) : matchesOf(places, text);
    for (let k = 0; k < found.length; k++) {
      const m = found[k] as RegExpExecArray;
      const word = !marks || WORD_CHAR.test(m[0]);
      const start = m.index;
      const opens = word || !afterWord;
      afterWord = word;
      if (start < end || !opens) continue;
      const candidates = byLead.get(word ? m[0] : '');
      if (!candidates) continue;
      for (let c = 0; c < candidates.length; c++) {
        const form = candidates[c] as string;
        if (!text.startsWith(form, start)) continue;
        const next = text.codePointAt(start + form.length);
        if (next !== undefined && WORD_CHAR.test(String.fromCodePoint(next))) continue;
        const hit = forms.get(form);
        if (hit) {
          out.push({paragraph, start, end: start + form.length, name: hit.name, kind: hit.kind});
          if (shared.has(form)) ambiguous.push(out.length - 1);
        }
        end = start + form.length;
        break;
      }
    }
  });
  if (ambiguous.length > 0) settleShared(out, ambiguous, shared, people, paragraphs);
  return out;
}

/**
 * The person forms two or more people hold, each with its holders' names: a name or alias the entities gave several
 * ("Han" of "Mira Han" and of "Leo Han"), or a surname several share that no one holds as name or alias ("Trump",
 * the alias of Donald Trump alone, stays his beside Melania and Ivanka Trump).
 */
function sharedForms(people: readonly Entity[]): Map<string, string[]> {
  const given = new Map<string, string[]>();
  const surnames = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, form: string, name: string) => {
    const list = map.get(form);
    if (!list) map.set(form, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  // (Indexed loops and the maps' forEach: no iterator, entry array or array of forms per step.)
  for (let i = 0; i < people.length; i++) {
    const p = people[i] as Entity;
    add(given, p.name, p.name);
    for (let k = 0; k < p.aliases.length; k++) add(given, p.aliases[k] as string, p.name);
    const surname = p.name.split(/\s+/).at(-1);
    if (surname && CAPITAL.test(surname)) add(surnames, surname, p.name);
  }
  const out = new Map<string, string[]>();
  given.forEach((list, f) => {
    if (list.length > 1) out.set(f, list);
  });
  surnames.forEach((list, f) => {
    if (list.length > 1 && !given.has(f)) out.set(f, list);
  });
  return out;
}

/**
 * "Mr. Han keeps the books. “…,” Han said. He said …": a form two people hold is the one whose gender the pronoun
 * right after it gives, when exactly one holder has that gender (titles, role, given name: staticGender); else the
 * holder named most often in a form of their own (the nearest one was tried: "Trump" then went to "Mary Trump", named
 * a sentence before, in six stories of the library); else, as before, the first holder.
 */
function settleShared(
  out: Mention[],
  ambiguous: readonly number[],
  shared: ReadonlyMap<string, string[]>,
  people: readonly Entity[],
  paragraphs: readonly string[],
): void {
  const byName = new Map(people.map((p) => [p.name, p]));
  const gender = new Map<string, Gender>();
  const genderOf = (name: string): Gender => {
    if (!gender.has(name)) gender.set(name, staticGender(byName.get(name)));
    return gender.get(name) ?? null;
  };
  // Mentions in a form one person alone holds: how salient each is ("Trump" in a campaign story is Donald Trump,
  // however recently "Mary Trump" was named).
  const settled = new Set(ambiguous);
  const counts = new Map<string, number>();
  out.forEach((m, j) => {
    if (!settled.has(j)) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  });
  for (const i of ambiguous) {
    const m = out[i] as Mention;
    const text = paragraphs[m.paragraph] ?? '';
    const names = shared.get(text.slice(m.start, m.end)) ?? [];
    const next = out[i + 1];
    const window = text.slice(m.end, next?.paragraph === m.paragraph ? next.start : m.end + 120);
    const found = GENDERED_PRONOUN.exec(window);
    const said =
      found?.[1] && !objectPronoun(found[1], window.slice(found.index + found[0].length))
        ? MALE.has(found[1].toLowerCase())
          ? 'm'
          : 'f'
        : null;
    const fit = said ? names.filter((n) => genderOf(n) === said) : [];
    const name = fit.length === 1 ? fit[0] : mostNamed(names, counts);
    if (name) m.name = name;
  }
}

// Of the holders of a shared form, the one named most often in a form of their own; undefined on a tie (the first
// holder stays, as before).
function mostNamed(names: readonly string[], counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let top = -1;
  let tie = false;
  for (const n of names) {
    const c = counts.get(n) ?? 0;
    if (c > top) [best, top, tie] = [n, c, false];
    else if (c === top) tie = true;
  }
  return tie ? undefined : best;
}

/** A person's gender from what is written with the name alone: titles, the role, the given name (no mentions). */
function staticGender(p: Entity | undefined): Gender {
  if (!p) return null;
  const clues: GenderClue[] = [];
  const given = nameGender(p.name.split(/\s+/)[0] ?? '');
  if (given) clues.push({given});
  const role = roleGender(p.role);
  if (role) clues.push({role});
  for (const form of [p.name, ...p.aliases]) clues.push({titles: [form.split(/\s+/)[0] ?? '']});
  return weighGender(clues).gender;
}

/** How far before and after a mention a noun of kin is looked for ("her late husband, " and ", his eldest son,"). */
const KIN_REACH = 40;

/**
 * Gender of each person, summed over their mentions by the entity stage's gender rules (entities/gender.ts): the
 * title a mention is written with (Mr., Ms.), a noun of kin beside it ("her husband, Hamish"), the pronoun that follows
 * it before the next person is named, and the lexicon's reading of the first name.
 */
export function genders(
  people: readonly Entity[],
  mentions: readonly Mention[],
  paragraphs: readonly string[],
): Map<string, Gender> {
  const out = new Map<string, Gender>();
  // The person named next after each mention in its paragraph, and each person's mentions: found once, so a
  // person's pronoun votes cost their own mentions rather than a search of the whole article for each.
  // nearest[j]: the first person mention at j or later within mentions[j]'s paragraph.
  const nearest = new Array<Mention | undefined>(mentions.length);
  for (let j = mentions.length - 1; j >= 0; j--) {
    const m = mentions[j] as Mention;
    const later = mentions[j + 1]?.paragraph === m.paragraph ? nearest[j + 1] : undefined;
    nearest[j] = m.kind === 'person' ? m : later;
  }
  const nextPerson = mentions.map((m, i) => {
    // Mentions never overlap, so only the one right after may start where this one ends rather than after it.
    const j = (mentions[i + 1]?.start ?? Infinity) <= m.end ? i + 2 : i + 1;
    return mentions[j]?.paragraph === m.paragraph ? nearest[j] : undefined;
  });
  const byName = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const list = byName.get(m.name);
    if (list) list.push(i);
    else byName.set(m.name, [i]);
  });
  for (const p of people) {
    const given = nameGender(p.name.split(/\s+/)[0] ?? '');
    const clues: GenderClue[] = given ? [{given}] : [];
    // "Casey Lund, a spokesman for the ferry company": the role the entities gave the person, once.
    const role = roleGender(p.role);
    if (role) clues.push({role});
    const text = (m: Mention) => (paragraphs[m.paragraph] ?? '').slice(m.start, m.end);
    for (const i of byName.get(p.name) ?? []) {
      const m = mentions[i] as Mention;
      const next = nextPerson[i];
      const window = (paragraphs[m.paragraph] ?? '').slice(m.end, next ? next.start : m.end + 200);
      const found = GENDERED_PRONOUN.exec(window);
      // "The trawler's skipper, Donal Reid, wrote to her": an object pronoun is someone else's, so no vote (and the
      // pronouns after it are more likely that one's than his).
      const pronoun =
        found?.[1] && !objectPronoun(found[1], window.slice(found.index + found[0].length))
          ? found[1].toLowerCase()
          : undefined;
      const paragraph = paragraphs[m.paragraph] ?? '';
      clues.push({
        titles: [text(m).split(/\s+/)[0] ?? ''],
        // "her husband, Hamish": the noun of kin outweighs a pronoun that may be another's.
        kin:
          kinAround(
            paragraph.slice(Math.max(0, m.start - KIN_REACH), m.start),
            paragraph.slice(m.end, m.end + KIN_REACH),
          ) ?? undefined,
        pronoun: pronoun ? (MALE.has(pronoun) ? 'm' : 'f') : undefined,
      });
    }
    // A title some form is written with counts once when no mention found carries it.
    if (!clues.some((c) => c.titles && titleGender(c.titles)))
      for (const form of [p.name, ...p.aliases]) clues.push({titles: [form.split(/\s+/)[0] ?? '']});
    out.set(p.name, weighGender(clues).gender);
  }
  return out;
}
