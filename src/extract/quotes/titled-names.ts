// "Prime Minister Luís Montenegro" read as a place (Montenegro is a country): a title of office written right before
// a name says the name is a person's, whatever its kind, so coreference ("the prime minister replied", "he said")
// may reach it. The entities keep their kinds; only the quote stage counts these among its people.
import {SAINT_WORDS} from '../entities/cues.js';
import type {Entity} from '../types.js';
import {TITLES} from './vocabulary.js';

/** The entries written somewhere with a title of office before their full name, of two words or more. */
export function titledNonPeople(entries: readonly Entity[]): Entity[] {
  return entries.filter((e) => e.name.includes(' ') && e.aliases.some((a) => isTitledForm(a, e.name)));
}

// "Prime Minister Luís Montenegro": capitalised title words, each a title, before the whole name; not a saint's
// ("Saint", "St.") which opens the names of places and bodies.
function isTitledForm(alias: string, name: string): boolean {
  if (!alias.endsWith(` ${name}`)) return false;
  const words = alias.slice(0, -name.length).trim().split(/\s+/u);
  const last = words.at(-1)?.toLowerCase() ?? '';
  return (
    !SAINT_WORDS.has(last) &&
    words.every((w) => /^\p{Lu}/u.test(w) && TITLES.has(w.toLowerCase().replace(/\.$/u, '')))
  );
}
