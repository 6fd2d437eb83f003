import type {Entity} from '../extract/types.js';

// A person written with a nickname in quotes between given name and surname ("podcast host Jeremy "Spike" Cohen")
// comes out of extraction as two people: the given name alone, and the nickname with the surname, which the article
// goes on to use. The store keeps the form as written among the given name's aliases, and linking joins the two
// (link-nicknames.ts).

// A given name, a nickname in straight or curly quotes, and the surname after it.
const QUOTED = /^\s+["“'‘](\p{Lu}[\p{L}.'’-]*)["”'’]\s+(\p{Lu}[\p{L}'’-]+)/u;

/** The person a lone given name of the article is, through a quoted nickname, and the name as written. */
export interface NicknameOwner {
  owner: Entity;
  /** The full form as the article writes it: `Jeremy "Spike" Cohen`. */
  written: string;
}

/**
 * Each of the article's people named by one word that the text writes as `<word> "<nickname>" <surname>`, where
 * exactly one other person of the article is named (or also called) "<nickname> <surname>": that person, and the
 * form as written. Nothing for a word the text never so writes, or two people fitting.
 */
export function nicknameOwners(people: readonly Entity[], text: string): Map<Entity, NicknameOwner> {
  const out = new Map<Entity, NicknameOwner>();
  for (const person of people) {
    const word = person.name;
    if (word.includes(' ') || word.length < 2) continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] as string)) continue;
      const quoted = QUOTED.exec(text.slice(at + word.length, at + word.length + 80));
      if (!quoted) continue;
      const called = `${quoted[1]} ${quoted[2]}`;
      const owners = people.filter((p) => p !== person && [p.name, ...p.aliases].includes(called));
      if (owners.length !== 1) continue;
      out.set(person, {
        owner: owners[0] as Entity,
        written: `${word}${text.slice(at + word.length, at + word.length + quoted[0].length)}`.replace(
          /\s+/gu,
          ' ',
        ),
      });
      break;
    }
  }
  return out;
}
