// "On Sunday 14 people were killed", "In the first week 300 homes were damaged": a number right after a weekday or a
// lower-case reference noun, with no comma between, that counts the plural noun after it while a verb follows that
// noun opens a clause on its count. It is no day of the month ("Monday 5 June", "Sunday 14th") and no thing's number
// ("week 22 of the season", "Flight 370"): those have no plural noun and verb after them.
import {isFiniteVerb} from './clause.js';
import type {NumberContext} from './skip-rule.js';
import {isPlural} from './units.js';

/** Whether the number counts the lower-case plural noun right after it, and a finite verb follows that noun. */
export function countsClauseSubject(c: NumberContext): boolean {
  const noun = c.after;
  return (
    noun?.kind === 'word' && /^\p{Ll}+$/u.test(noun.text) && isPlural(noun.text) && isFiniteVerb(c.after2)
  );
}
