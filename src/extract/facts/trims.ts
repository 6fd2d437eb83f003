// Rules that shorten a fact's text once it reads as a clause (clause.ts): a reporting frame or aside that adds
// words but no fact is hidden ("He said | the opposition had walked out after twenty minutes").
import type {SieveRule} from '../rules.js';
import {firstShown, opensWithSubject, verbAfter, type ClauseContext} from './clause.js';
import {CONTRACTED_SUBJECT, FRAME_PRONOUNS, RELATIVES, SPEECH_VERBS, SUBJECT_PRONOUNS} from './vocabulary.js';
import type {Token} from '../numbers.js';

const lower = (t: Token | undefined): string => (t ? t.lower : '');

/** Rules that shorten a text once it reads as a clause; the first that applies hides what it names. */
export const TRIM_RULES: readonly SieveRule<ClauseContext, 'hidden'>[] = [
  {
    id: 'drop-pronoun-frame',
    description:
      'a reporting frame whose subject is a pronoun ("He said", "She told reporters that") is left out when a clause with a subject of its own follows',
    example:
      'He said the opposition had walked out after twenty minutes (shown: "the opposition had walked out …").',
    apply: (c) => {
      const k = firstShown(c, c.span.from);
      if (!FRAME_PRONOUNS.has(lower(c.tokens[k]))) return undefined;
      let j = k + 1;
      if (/^\p{Ll}+ly$/u.test(c.tokens[j]?.text ?? '') || lower(c.tokens[j]) === 'also') j++;
      const verb = lower(c.tokens[j]);
      if (!SPEECH_VERBS.has(verb) || c.hidden[j]) return undefined;
      // "told reporters that", "said on Monday that": the clause starts after "that"; "told" needs it.
      let rest = j + 1;
      for (let h = j + 1; h <= j + 4 && h < c.core.from; h++) {
        if (lower(c.tokens[h]) !== 'that') continue;
        rest = h + 1;
        break;
      }
      if (rest === j + 1 && verb === 'told') return undefined;
      const t = c.tokens[rest];
      if (t?.kind !== 'word' && t?.kind !== 'num') return undefined;
      if (SUBJECT_PRONOUNS.has(lower(t)) || CONTRACTED_SUBJECT.test(lower(t)) || c.hidden[rest])
        return undefined;
      const after = {...c, span: {from: rest, to: c.span.to}};
      if (!opensWithSubject(after, rest) || !verbAfter(after, rest)) return undefined;
      for (let h = k; h < rest; h++) c.hidden[h] = true;
      return 'hidden';
    },
  },
  {
    id: 'drop-reporting-aside',
    description:
      'a reporting aside in the number’s own clause (", which they said") is left out: "The attack also injured at least 45"',
    example: 'The attack, which they said also injured at least 45, was the largest.',
    apply: (c) => {
      for (let k = Math.max(c.span.from, 1); k < c.core.from; k++) {
        if (c.tokens[k]?.text !== ',' || c.hidden[k] || !RELATIVES.has(lower(c.tokens[k + 1]))) continue;
        for (let j = k + 2; j <= k + 5 && j < c.core.from; j++) {
          const t = c.tokens[j];
          if (t?.kind !== 'word') break;
          if (!SPEECH_VERBS.has(lower(t)) || !/^\p{Ll}/u.test(t.text)) continue;
          // The relative clause goes on to the number's verb, with no mark between ("which they said also injured").
          if (
            c.tokens[j + 1]?.kind !== 'word' ||
            c.tokens.slice(j + 1, c.core.from).some((x) => x.kind === 'sym')
          )
            break;
          for (let h = k; h <= j; h++) c.hidden[h] = true;
          return 'hidden';
        }
      }
      return undefined;
    },
  },
];
