// A figure in what someone said, when the sentence is too long to show from the speaker on ("Canon X, who leads the
// property committee, said buses would be laid on where needed, at a cost of about £180,000 a year"): the reported
// clause has a subject of its own ("buses"), and the text can open there.
import type {Token} from '../numbers.js';
import {opensWithSubject, verbAfter, type ClauseContext} from './clause.js';
import {CONTRACTED_SUBJECT, SPEECH_VERBS, SUBJECT_PRONOUNS} from './vocabulary.js';

const lower = (t: Token | undefined): string => (t ? t.lower : '');

/**
 * The first token of the clause a speech verb at `at` reports ("said | buses would …", "said that | the fund …"),
 * when it opens on a subject of its own (a noun or name, not a pronoun) with a verb after it; else undefined.
 */
export function reportedStart(c: ClauseContext, at: number): number | undefined {
  const verb = c.tokens[at];
  if (verb?.kind !== 'word' || !/^\p{Ll}/u.test(verb.text) || !SPEECH_VERBS.has(verb.text) || c.hidden[at])
    return undefined;
  // "told reporters that | …": "told" has its hearer first, and the clause opens after "that".
  let rest = at + 1;
  for (let h = at + 1; h <= at + 4 && h < c.core.from; h++)
    if (lower(c.tokens[h]) === 'that') {
      rest = h + 1;
      break;
    }
  if (rest === at + 1 && /^(?:told|tells?)$/u.test(verb.text)) return undefined;
  const t = c.tokens[rest];
  if (rest >= c.core.from || (t?.kind !== 'word' && t?.kind !== 'num') || c.hidden[rest]) return undefined;
  if (SUBJECT_PRONOUNS.has(lower(t)) || CONTRACTED_SUBJECT.test(lower(t))) return undefined;
  const after = {...c, span: {from: rest, to: c.span.to}};
  return opensWithSubject(after, rest) && verbAfter(after, rest) ? rest : undefined;
}
