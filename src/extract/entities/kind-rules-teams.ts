// Kind rules for sports clubs and teams: a club's opening word in its own language ("Real", "Atlético",
// "Sporting"), and a side in a scored match (match-side.ts) whose name is no person's.
import {hasAnyTag, lexiconTags} from '../nlp.js';
import {CLUB_OPENERS, ORG_LAST_WORDS} from './cues.js';
import {knownPlace} from './gazetteer.js';
import type {Features, MentionTest} from './kind-features.js';
import {FAIR, GOOD, STRONG, again, type KindRule} from './kind-weights.js';

const NAME_TAGS: readonly string[] = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];

// A word after a club's opener that is a name: unknown to the lexicon or a place ("Real Valmora", "Real Madrid"),
// not a common word ("Real Estate", "Sporting Goods").
const namePart = (w: string): boolean =>
  OPENS_CAPITAL.test(w) && (lexiconTags(w).length === 0 || knownPlace(w) !== undefined);
const OPENS_CAPITAL = /^\p{Lu}/u;

const clubOpened = (f: Features): boolean =>
  f.words.length > 1 && CLUB_OPENERS.has(f.first.toLowerCase()) && f.words.slice(1).every(namePart);

// A team's nickname last: a plural no name ("Stallions", "Blue Herons"), or a club's word ("City", "United").
const teamLast = (f: Features): boolean => {
  const last = f.words.at(-1) ?? '';
  if (ORG_LAST_WORDS.has(f.lastWord) || f.lastWord === 'city' || f.lastWord === 'town') return true;
  return PLURAL_WORD.test(last) && !hasAnyTag(last, NAME_TAGS);
};
const PLURAL_WORD = /^\p{Lu}\p{Ll}+[^s]s$/u;

// The tests of a mention, made once (kind-features.ts MentionTest says why).
const matchSide: MentionTest = (c) => !!c.matchSide;
const awaySide: MentionTest = (c) => !!c.matchSide && !c.atGround;

/**
 * The one words a club's name may be shortened to ("Marlow" and "Athletic" of "Marlow Athletic", "Ribeira" of
 * "Atlético Ribeira"), as name keys: the words beside a club's last word (ORG_LAST_WORDS: "Rovers", "United") or
 * after its opener, for a name of two words.
 */
export function clubShortKeys(words: readonly string[]): string[] {
  if (words.length !== 2) return [];
  const [first = '', last = ''] = words;
  if (CLUB_OPENERS.has(first.toLowerCase())) return [last.toLowerCase()];
  return ORG_LAST_WORDS.has(last.toLowerCase()) ? [first.toLowerCase(), last.toLowerCase()] : [];
}

/** Rules reading a team's or a club's name and the match it plays. */
export const TEAM_RULES: readonly KindRule[] = [
  {
    id: 'club-opener',
    words: 'many',
    description:
      'a club\'s opening word in its own language ("Real", "Atlético", "Sporting") before a name that is no common word: a club',
    example: 'Real Valmora moved top after beating Atlético Ribeira.',
    apply: (f) => (clubOpened(f) ? {organization: GOOD} : undefined),
  },
  {
    id: 'match-side',
    description:
      'a side of a scored match ("a 2-1 win over X", "X beat Y 3-0") whose name is no person\'s: a club opener, a plural nickname, or one word the lexicon lacks',
    example: 'Hokuryo Stallions beat Kamitaki Blue Herons 3-0.',
    apply: (f) => {
      if (f.firstIsName || f.personRole + f.titled + f.aged > 0) return undefined;
      // (The name's shape before its mentions' patterns: most names are no club's, and the score's pattern reads
      // each mention's words on both sides.)
      if (f.words.length > 1) {
        if (!clubOpened(f) && !teamLast(f)) return undefined;
        const n = f.count(matchSide);
        return n > 0 ? {organization: again(n, STRONG)} : undefined;
      }
      // (One word: a town's name may be its club's; not one the data place, nor one seen only at the ground.)
      if (!f.unknown || f.placed || !f.form.midSentence) return undefined;
      const away = f.count(awaySide);
      return away > 0 ? {organization: again(away, FAIR)} : undefined;
    },
  },
];
