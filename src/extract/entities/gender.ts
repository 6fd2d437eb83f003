// "Leo Han … he said … Ms. Han said": whether a titled surname may be the person named in full depends on that
// person's gender, which the text shows more surely than a list of given names (Kim, Jesse, Kelly are tagged female,
// Chris and Terry male). Evidence from every mention is summed, the text's own clues outweighing the lexicon's: a
// title before a mention, a noun of kin before the name or in apposition, the pronoun that follows a mention. The
// entity stage (who a titled surname is) and the quote stage (whom "she said" may mean) both weigh it here.
import {nameGender} from '../nlp.js';
import {best, checkRules, weigh, type EvidenceRule, type Weighed} from '../rules.js';
import {FEMALE_KIN, FEMALE_TITLES, MALE_KIN, MALE_TITLES} from './cues.js';

/** A grammatical gender the text gives a person. */
export type Gender = 'm' | 'f';

/** What one mention of a person says of their gender; each field may be absent. */
export interface GenderClue {
  /** Lower-case titles before the mention ("mr.", "ms.", "councilwoman"). */
  titles?: readonly string[];
  /** The gender a noun of kin before the name or in apposition gives ("his wife, Mira Han"). */
  kin?: Gender;
  /** The gender the lexicon gives the given name opening the person's full name (one clue per person). */
  given?: Gender;
  /** The first gendered pronoun after the mention ("Leo Han … He said"). */
  pronoun?: Gender;
  /** The gender of the person's role noun ("Casey Lund, a spokesman for the ferry company": roleGender). */
  role?: Gender;
}

const vote = (g: Gender | null | undefined, weight: number): Partial<Record<Gender, number>> | undefined =>
  g ? {[g]: weight} : undefined;

/** The gender rules, in the order --explain lists them; weights are per mention and summed over the person. */
export const GENDER_RULES: readonly EvidenceRule<GenderClue, Gender>[] = [
  {
    id: 'gender-title',
    description: 'a title that fixes a gender before a mention ("Mr.", "Ms.", "Councilwoman")',
    example: 'Councilwoman Teresa Vang voted against the deal.',
    apply: (c) => vote(c.titles ? titleGender(c.titles) : null, 3),
  },
  {
    id: 'gender-kin',
    description: 'a noun of kin right before the name or in apposition after it ("his wife, Mira Han")',
    example: 'His wife, Mira Han, runs the ticket office.',
    apply: (c) => vote(c.kin, 3),
  },
  {
    id: 'gender-role-noun',
    description:
      'the role the text gives the person is a noun of one gender ("a spokesman for", "the club’s chairwoman")',
    example: 'Casey Lund, a spokesman for the ferry company, said the boats would run.',
    apply: (c) => vote(c.role, 3),
  },
  {
    id: 'gender-given-name',
    description:
      'the lexicon tags the given name male or female (noisy: Kim, Jesse, Kelly), so weaker than the text',
    example: 'Ingrid Halvorsen chairs the board.',
    apply: (c) => vote(c.given, 2),
  },
  {
    id: 'gender-pronoun',
    description: 'the first "he"/"she"/"his"/"her" after a mention, no other subject between',
    example: 'Leo Han opened the route on Monday. He said the boats would run hourly.',
    apply: (c) => vote(c.pronoun, 1),
  },
];
checkRules('gender', GENDER_RULES);

const ORDER: readonly Gender[] = ['m', 'f'];

/** What one person's clues sum to. */
export interface WeighedGender {
  /** The gender that outweighs the other; null on a tie or with no clue. */
  gender: Gender | null;
  /** Some clue of the text itself (not the lexicon alone) voted for that gender. */
  byText: boolean;
  weighed: Weighed<Gender>;
}

/** Sums the clues of one person's mentions. */
export function weighGender(clues: readonly GenderClue[]): WeighedGender {
  const weighed: Weighed<Gender> = {scores: {}, fired: []};
  for (const c of clues) weigh(GENDER_RULES, c, weighed);
  const top = best(weighed.scores, ORDER);
  const gender = (weighed.scores.m ?? 0) === (weighed.scores.f ?? 0) ? null : top;
  const byText =
    gender !== null && weighed.fired.some((f) => f.rule !== 'gender-given-name' && !!f.votes[gender]);
  return {gender, byText, weighed};
}

/** The gender a mention's titles say ("mr." → m, "ms." → f), or null when they say none or both. */
export function titleGender(titles: readonly string[]): Gender | null {
  let g: Gender | null = null;
  // (An indexed loop: an array's iterator is an object per step where this is not optimised.)
  for (let i = 0; i < titles.length; i++) {
    const word = (titles[i] as string).toLowerCase().replace(/\.$/u, '');
    const said = MALE_TITLES.has(word) ? 'm' : FEMALE_TITLES.has(word) ? 'f' : null;
    if (said && g && said !== g) return null;
    g = said ?? g;
  }
  return g;
}

const GENDERED_KIN = [...MALE_KIN, ...FEMALE_KIN].join('|');
// "his wife, Mira Han", "her late husband Leo Han", "Tomas Okafor's son, Erik Okafor": the noun right before the name
// (a comma between allowed), after a possessive, so a list ("wife and son") or "the son of X" is not read.
const KIN_BEFORE = new RegExp(
  `(?:^|\\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|\\p{Lu}[\\p{L}'’-]*['’]s)\\s+(?:late\\s+|eldest\\s+|youngest\\s+|older\\s+|younger\\s+)?(${GENDERED_KIN}),?\\s+$`,
  'u',
);
// "Mira Han, his wife, said": the apposition closed after the noun ("Mira Han, her son Erik" names the son).
const KIN_APPOSED = new RegExp(
  `^,\\s+(?:his|her|their)\\s+(?:late\\s+)?(${GENDERED_KIN})\\s*(?:[,.;)]|$)`,
  'u',
);

/**
 * The gender a singular noun of kin gives a name written between `before` and `after` (the text right before and
 * right after it): "his wife, Mira Han" or "Mira Han, his wife,". Null when there is none. The entity stage (a
 * name's context) and the quote stage (whom "she says" may mean) both read it here.
 */
export function kinAround(before: string, after: string): Gender | null {
  const noun =
    (before === '' ? undefined : KIN_BEFORE.exec(before)?.[1]) ??
    (after.charCodeAt(0) === 0x2c ? KIN_APPOSED.exec(after)?.[1] : undefined);
  return noun ? kinGender(noun) : null;
}

/** The gender of a singular noun of kin ("wife" → f, "son" → m), or null ("children", "cousin"). */
export function kinGender(noun: string): Gender | null {
  const w = noun.toLowerCase();
  return MALE_KIN.has(w) ? 'm' : FEMALE_KIN.has(w) ? 'f' : null;
}

/** The lexicon's gender of the given name opening a full name of two words or more ("Ingrid Halvorsen" → f). */
export function givenNameGender(fullName: string): Gender | null {
  const words = fullName.split(/\s+/u);
  return words.length > 1 ? nameGender(words[0] ?? '') : null;
}

// "chairman", "businesswoman", "policeman": a person noun built on man/woman says its holder's gender ("human",
// "German" are no person nouns the callers ask about, and the compound must be longer than "man" itself or be it).
const MAN_NOUN = /(?:^|[a-z-])(wo)?m[ae]n$/u;

// Where a role's head noun ends: a preposition or a clause ("a spokesman for the company", "chairwoman since 2019").
const ROLE_TAIL = /\s(?:for|of|at|in|with|from|on|to|since|who|and)\s.*$/u;

/** The gender of a role phrase's head noun ("a spokesman for the ferry company" → m, "the club's chairwoman" → f). */
export function roleGender(role: string | undefined): Gender | null {
  if (!role) return null;
  const head = role.toLowerCase().replace(ROLE_TAIL, '').trim().split(/\s+/u).at(-1);
  return head ? nounGender(head.replace(/[^\p{L}-]/gu, '')) : null;
}

/**
 * The gender a person's role noun gives its holder: a gendered title ("chairman", "spokeswoman"), a noun of kin
 * ("widow"), or a compound of man/woman ("businesswoman"); null for the rest ("neighbour", "spokesperson"). The quote
 * stage asks it of the noun a sentence opens with ("The council chairman, who …"), so "she said" after it is not his.
 */
export function nounGender(noun: string): Gender | null {
  const w = noun.toLowerCase();
  const titled = titleGender([w]);
  if (titled) return titled;
  const kin = kinGender(w);
  if (kin) return kin;
  if (w === 'human' || w.endsWith('human')) return null;
  const man = MAN_NOUN.exec(w);
  return man ? (man[1] ? 'f' : 'm') : null;
}
