import {NAME_ABBREVIATIONS} from '../abbreviations.js';
/** A word of a sentence with its offsets. */
export interface Token {
  /** The word as written, with an abbreviation's period ("Mr.", "V.", "E.U.") but without a possessive 's. */
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is a dotted acronym). */
  cap: boolean;
  /** Was followed by a possessive ’s / ' (stripped from `text`), which ends a name. */
  possessive: boolean;
  /** A person noun opening a sentence, used as a title ("Scientist Rebecca Falconer"). */
  roleNoun?: boolean;
}

// Periods that belong to the word: titles and common abbreviations, so "Mr." is one token.
const DOTTED = NAME_ABBREVIATIONS;

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}@#][\p{L}\p{M}\p{N}'’\-–&]*/gu;

/** Splits a sentence into words, keeping abbreviation periods and marking possessives. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    const poss = /(?:['’]s|s['’])$/u.exec(word);
    if (poss && word.length > 2) {
      possessive = true;
      word = poss[0].startsWith('s') ? word.slice(0, -1) : word.slice(0, -2);
    }
    word = word.replace(/['’\-–]+$/u, '');
    // "Award-winning", "Kyiv-based": a compound modifier, whose capitalised half is not a name of its own.
    const modifier =
      /^(.+?)[-–](?:winning|based|led|owned|born|backed|funded|run|made|style|era|like|related|linked|affiliated|majority|infected|side|controlled|bound|wide|area|born)$/u.exec(
        word,
      );
    if (modifier && !possessive) {
      out.push({text: word, start, end: start + word.length, cap: false, possessive: false});
      continue;
    }
    if (word === '') continue;
    let end = start + word.length;
    const lower = word.toLowerCase();
    if (!possessive && text[end] === '.' && (DOTTED.has(lower) || /^\p{Lu}$/u.test(word))) {
      word += '.';
      end += 1;
    }
    // "al-Assad", "el-Sisi": a lower-case article hyphenated to a capitalised name.
    const cap = /^\p{Lu}/u.test(word) || /^(?:al|el|ad|as|ash|ar|an|at|az|bin|ibn|abu)-\p{Lu}/u.test(word);
    out.push({text: word, start, end, cap, possessive});
  }
  return out;
}
