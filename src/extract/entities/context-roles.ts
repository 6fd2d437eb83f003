// Appositions and roles around a name (", the acting Prime Minister of Iraq,", "his son-in-law, X"): whether the
// words describe a person, a body or a place. Read by context.ts for every mention.
import {hasTag, lexiconTags} from '../nlp.js';
import {regionByData} from './context-words.js';
import {
  CAST_PARTS,
  NON_PERSON_HEAD_NOUNS,
  ORG_NOUNS,
  PERSON_NOUNS,
  PLACE_NOUNS,
  POST_NOMINALS,
  TITLES,
} from './cues.js';
import {isCompoundTitle, knownPlaceOrRegion} from './words.js';

const PERSON_ALT = [...PERSON_NOUNS].join('|');
// ", a sales manager," / ", 21, a student," / ", spokesperson for the party," / ", the Supreme Leader of Varnia,"
// (after an article an office may be capitalised; the head noun decides whether it is a person's).
// After the person nouns, every one ending in a letter, `(?!\w)` is `\b` (a `u` pattern's \w is ASCII, as its \b's):
// V8 compiles `\b` after a long alternation at about twice the cost (quotes/vocabulary.ts' WORD_END); here 13.9 → 5.8 M
// instructions for the pattern's two compiles in a worker (one-byte and two-byte text).
/** The role after a name (", a sales manager,"), its words in group 1. */
export const AFTER_ROLE = new RegExp(
  String.raw`^,\s+(?:\d{1,3},\s+)?((?:(?:a|an|the)\s+\p{L}|one\s+of\s+\p{L}|(?=(?:${PERSON_ALT})(?!\w))\p{Ll})[^,.;:“”"()]{1,80}?)(?=\s*(?:[,.;:)]|$))`,
  'u',
);
// The role before a name, from the last article or possessive before it ("The news came from his son-in-law, X").
/** The role before a name from the last article or possessive, its words in group 1. */
export const LAST_ROLE =
  /(?:^|[\s“"(])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?|[Aa]nother)\s+(\p{L}[^,;:“”"()\s]*(?:\s+[^,;:“”"()\s]+){0,3}),\s*$/u;
// "the Archbishop of Gdańsk, Sławoj Leszek Głódź, …" / "his lawyer, Ardo Pell."
/** The role before a name ("the chancellor, X"), with its article, in group 1. */
export const BEFORE_ROLE =
  /(?:^|[\s“"(])((?:\p{Lu}[\p{L}.-]*(?:’s|'s)|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?|[Aa]nother)\s+\p{L}[^,;:“”"()]{1,70}),\s*$/u;

// Nouns that describe an organization or place, not a person, when they head an appositive.
// (The head noun only, the phrase's last word: "a council member" is a person, "a member state" is not.)
const NON_PERSON_HEADS = new RegExp(`(?:^|\\s)(?:${NON_PERSON_HEAD_NOUNS.join('|')})$`, 'u');

// A participle right after the article qualifies the head ("the acting Prime Minister", "a retired teacher").
const LEADING_PARTICIPLE = /^(?:(?:a|an|the)\s+)?(?:\p{Ll}+(?:ing|ed)\s+)?/u;

// The head noun ends the first noun phrase: before a preposition, a relative word or a participle.
/** The words of a role up to its head noun ("the acting Prime Minister" of "… of Iraq"). */
export function headOf(role: string): string {
  const lead = LEADING_PARTICIPLE.exec(role)?.[0] ?? '';
  return (
    lead +
    (role
      .slice(lead.length)
      .split(
        /\s(?:of|for|at|in|with|without|from|on|to|who|that|which|by|as|after|before|during|since|while|than|like|against|into|over|under|near|behind|based|\p{Ll}+ing|\p{Ll}+ed)\b/u,
      )[0] ?? '')
  );
}

// "Leader" of "the Supreme Leader", "General" of "the Attorney General": a title word heading the role, unless the
// lexicon reads it as a modifier ("the Foreign", "the first") with no other title before it.
function titleHead(words: string[]): boolean {
  const noun = words.at(-1)?.toLowerCase() ?? '';
  if ((!TITLES.has(noun) && !isCompoundTitle(noun)) || POST_NOMINALS.has(noun)) return false;
  const before = words.at(-2)?.toLowerCase() ?? '';
  return !hasTag(noun, 'Adjective', 'Ordinal', 'Infinitive', 'TextValue') || TITLES.has(before);
}

const OFFICE_DOMAIN =
  /^(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the))*)?$/u;

// "Ardo Pell of " before the name: what follows the name describes the one before "of".
/** "Ardo Pell of " before a name: what follows the name describes the one before "of". */
export const OF_SOMEONE = /\p{Lu}[\p{L}.'’-]*\s+(?:of|from|at)\s+(?:the\s+)?$/u;
const NEXT_NAME = /^\s*,\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*,/u;

/** True when a name other than a place's follows, set off by commas ("…, Ardo Pell, said"). */
export function namedNext(rest: string): boolean {
  const m = NEXT_NAME.exec(rest);
  return !!m?.[1] && !knownPlaceOrRegion(m[1]) && !regionByData(m[1]);
}

// "four daughters, ", "their sons, ": a counted or owned plural and a comma before the name.
/** A counted or owned plural and a comma before a name ("four daughters, "), the plural in group 1. */
export const GROUP_BEFORE =
  /(?:^|\s)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|his|her|their|its|our|my|the)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+),\s+$/u;

/** "sons", "artists", "aides": the plural of a person noun. */
export const personPlural = (w: string): boolean => /\p{Ll}s$/u.test(w) && PERSON_NOUNS.has(w.slice(0, -1));

const PLURAL_DOER = /\p{Ll}{3}(?:ist|ian|ee)$/u;
// "one of the series leads", "one of the finalists", "one of the co-hosts": a plural whose singular is a person
// noun, a cast's part or a doer's ending (not the lexicon's every doer: "one of the largest employers" is a firm).
function peoplePlural(w: string): boolean {
  if (personPlural(w)) return true;
  if (!/\p{Ll}s$/u.test(w)) return false;
  const one = w.slice(0, -1);
  const last = one.split('-').at(-1) ?? '';
  // (A doer's ending on a word the lexicon lacks or knows for a person: "finalists", "nominees"; not "degrees".)
  const doer = PLURAL_DOER.test(one) && (lexiconTags(one).length === 0 || hasTag(one, 'Actor'));
  return CAST_PARTS.has(one) || doer || (one.includes('-') && PERSON_NOUNS.has(last));
}

/** True when the apposition's head (the words before its first preposition) names a person's role. */
export function describesPerson(role: string): boolean {
  // "one of President Zelensky's aides", "one of the founders": one of a group of people.
  const one = /^one\s+of\s+(.+)$/u.exec(role)?.[1];
  if (one !== undefined) {
    const group = headOf(one);
    return !NON_PERSON_HEADS.test(group) && peoplePlural(group.split(/\s+/).at(-1)?.toLowerCase() ?? '');
  }
  const head = headOf(role);
  if (NON_PERSON_HEADS.test(head)) return false;
  // "the Supreme Leader of Varnia": a capitalised office takes at most the name of its domain after it ("the
  // Secretary of State and Registrar of Voters in Kings, Kern, …" lists offices and places, not a person's role).
  if (/\s\p{Lu}[\p{L}-]*$/u.test(head) && !OFFICE_DOMAIN.test(role.slice(head.length))) return false;
  const words = head.split(/\s+/);
  const noun = words.at(-1)?.toLowerCase() ?? '';
  // (", the project underwent some drama — lost developers,": a verb in the past makes it a clause.)
  if (words.slice(1).some((w) => hasTag(w, 'PastTense') && !hasTag(w, 'Noun', 'Adjective'))) return false;
  // ("the leading maker of skis": a trade's noun heads a firm's role; "the provincial capital, Bir Zayed": a place's
  // noun a place's.)
  if ((ORG_NOUNS.has(noun) || PLACE_NOUNS.has(noun)) && !PERSON_NOUNS.has(noun)) return false;
  // ("son-in-law", "ex-wife", "co-founder": a hyphenated kin or role noun; not "sister-company".)
  const parts = noun.split('-');
  const hyphenated =
    parts.length > 1 && PERSON_NOUNS.has((noun.endsWith('-in-law') ? parts[0] : parts.at(-1)) ?? '');
  return (
    PERSON_NOUNS.has(noun) ||
    hasTag(noun, 'Actor') ||
    PERSON_SUFFIX.test(noun) ||
    titleHead(words) ||
    hyphenated
  );
}

// An apposition is a noun phrase; a finite verb means the words after the comma are a clause instead.
/** A finite verb: the words after a comma are a clause, not an apposition. */
export const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|said|says)\b/u;

// ", the Polish anti-monopoly agency," / "the Danish retailer, Salling": an apposition whose article may be followed
// by a capitalised adjective, unlike a person's role.
/** An apposition after a name that names a body or a place (", the Polish anti-monopoly agency,"). */
export const AFTER_APPOSITION = /^,\s+(?:a|an|the|its|their)\s+([^,.;:“”"()]{1,80}?)(?=\s*(?:[,.;:)]|$))/u;
/** An apposition before a name that names a body or a place ("the Danish retailer, X"). */
export const BEFORE_APPOSITION = /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+([^,;:“”"()]{1,70}),\s*$/u;
/**
 * A place's noun after a capitalised possessive, before a name ("Tonga's capital, X"): the name is that place. Not a
 * body's noun: "ABS-CBN's legislative franchise, Republic Act No. 7966" names a law.
 */
export const OWNED_PLACE_APPOSITION = /(?:^|[\s(])\p{Lu}[\p{L}.-]*(?:’s|'s)\s+([^,;:“”"()]{1,40}),\s*$/u;

/** What kind of thing an apposition's head noun names, if an organization or a place. */
export function roleKind(role: string | undefined): 'organization' | 'place' | 'person' | undefined {
  if (!role || FINITE.test(role)) return undefined;
  // "a State Department spokesperson": a person's role, whatever body it names.
  if (
    role
      .split(/\s+/)
      .some((w) => PERSON_NOUNS.has(w.toLowerCase()) || /^\p{Ll}+(?:person|man|woman)$/u.test(w))
  )
    return 'person';
  const noun = headOf(role).split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (ORG_NOUNS.has(noun)) return 'organization';
  if (PLACE_NOUNS.has(noun)) return 'place';
  return undefined;
}

// Endings of nouns for people: activist, historian, spokeswoman, chairperson, employee.
const PERSON_SUFFIX = /(?:ist|ian|man|woman|person|ee|ess)$/u;

/**
 * "speaker of the parliament Ali Larijani", "head of the agency Ardo Pell": the body's noun before a name belongs to
 * an office ("X of the parliament") that the name holds, so it says person, not that the name is the body.
 */
export function officeOfBody(near: string): boolean {
  const m = /(?:^|\s)(\p{L}+)\s+of\s+(?:the\s+|its\s+|their\s+)?\p{Ll}+\s+$/u.exec(near);
  const head = m?.[1]?.toLowerCase() ?? '';
  return TITLES.has(head) || PERSON_NOUNS.has(head);
}
