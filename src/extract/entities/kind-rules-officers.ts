// Kind rules for a body named by the officer the text names right after it: "Velkor chief executive Anna Brandt",
// "Brenmark Chairman Leo Sandt". (A name of two words or more before a lower-case officer is staff-after-name's.)
import {isCueWord, type MentionTest} from './kind-features.js';
import {GOOD, again, type KindRule} from './kind-weights.js';

// An adjective's ending ("Presidential", "Municipal", "Civic"): a post's own word, no firm's name.
const ADJECTIVE_END = /(?:al|ic|ive|ous|ary)$/u;

// (Made once: kind-features.ts MentionTest says why.)
const officerNamed: MentionTest = (c) => !!c.officerNamed;

/** Rules reading a firm's officer named after one word. */
export const OFFICER_RULES: readonly KindRule[] = [
  {
    id: 'officer-named-after',
    words: 'one',
    description:
      'one word right before a firm\'s officer\'s post and a name ("X chief executive Anna Brandt", "X CEO Anna Brandt"), a word the lexicon lacks and no place: a body',
    example: 'Velkor chief executive Anna Brandt said margins had improved.',
    // (A town's head is place-office's, "officials" and "governor" are a town's too: neither is read here.)
    apply: (f) => {
      // ("Police chairman", "Council spokesperson", "Presidential Spokesperson": a common word, a body's word or an
      // adjective is the officer's own post.)
      if (!f.unknown || f.placed || f.personal + f.titled + f.personRole + f.aged > 0) return undefined;
      if (isCueWord(f.lastWord) || ADJECTIVE_END.test(f.lastWord)) return undefined;
      const n = f.count(officerNamed);
      return n > 0 ? {organization: again(n, GOOD)} : undefined;
    },
  },
];
