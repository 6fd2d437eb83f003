import {NAME_ABBREVIATIONS} from '../abbreviations.js';
import {hasTag} from '../nlp.js';
import {atEnd, endsWithMatch} from '../matches.js';
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
  /**
   * A person noun opening a sentence, used as a title ("Scientist Rebecca Falconer"). (Set on every token, false
   * but for those: one hidden class for all tokens, as for spans.ts's spans.)
   */
  roleNoun?: boolean;
}

// Periods that belong to the word: titles and common abbreviations, so "Mr." is one token.
const DOTTED = NAME_ABBREVIATIONS;

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}@#][\p{L}\p{M}\p{N}'’\-–&]*/gu;

const PARTICIPLE_ENDING = atEnd(/(?:ing|ed)$/u);
const MODIFIER_HEADS =
  /^(?:winning|based|led|owned|born|backed|funded|run|made|style|era|like|related|linked|affiliated|majority|infected|side|controlled|bound|wide|area)$/u;

// (Patterns asked of many words, made once: a literal inside `tokenize` is a new object each time it is reached.)
const ONE_CAPITAL = /^\p{Lu}$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const ARTICLE_NAME = /^(?:al|el|ad|as|ash|ar|an|at|az|bin|ibn|abu)-\p{Lu}/u;
const ELIDED_NAME = /^[dl]['’]\p{Lu}/u;

/** A capitalised word and "-based" or "-born" ("Kyiv-based"): its first part names a place. */
const PLACE_COMPOUND = /^(\p{Lu}[\p{L}\p{M}'’]*)[-–](?:based|born)$/u;

// "Award-winning", "Kyiv-based", "Trump-loving", "Fifteen-year-old": a compound modifier, whose capitalised first
// part is not a name of its own. Its last part is a participle or adjective the lexicon knows; a two-part given name
// whose second syllable is a lower-case word ("Won-soon", "Man-kei") is not one.
/** True for a hyphenated adjective compound ending in a lower-case participle or adjective. */
export function isModifierCompound(word: string): boolean {
  // (Asked of every word of every sentence; most have no hyphen.)
  if (!word.includes('-') && !word.includes('–')) return false;
  const parts = word.split(/[-–]/u);
  const last = parts.at(-1) ?? '';
  if (parts.length < 2 || !/^\p{Ll}+$/u.test(last)) return false;
  if (MODIFIER_HEADS.test(last)) return true;
  if (
    endsWithMatch(PARTICIPLE_ENDING, last) &&
    hasTag(last, 'Gerund', 'PastTense', 'Participle', 'Adjective')
  )
    return true;
  return parts.length >= 3 && hasTag(last, 'Adjective');
}

/** Whether the character at `i` is a capital letter (ASCII, or any script's by its case). */
function isUpperAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word.slice(i));
}

/** Splits a sentence into words, keeping abbreviation periods and marking possessives. */
export function tokenize(text: string): Token[] {
  // The words as strings (one native call, no match array per word), each found again from the end of the one
  // before: no word can start between the two, since a match starts at every letter, digit, "@" and "#" and the
  // word opens with one of them.
  const words = text.match(WORD);
  if (words === null) return [];
  // The tokens are written over the words already read, in the match's own array (no second array grown by a push
  // per word of every sentence); a word that makes two tokens, which would overwrite the next word, moves them to
  // an array of their own first (`out` set).
  const own = words as unknown[] as Token[];
  let out: Token[] | null = null;
  let o = 0;
  // Only a sentence holding a hyphen or a dash has words a compound or an "al-" prefix can make (most have none).
  const hyphens = text.includes('-') || text.includes('–');
  let from = 0;
  for (let w = 0; w < words.length; w++) {
    let word = words[w] as string;
    let start = text.indexOf(word, from);
    from = start + word.length;
    // "then-New Jersey Governor", "then-President": the time prefix is no part of the name after it.
    if (hyphens && word.length > 6 && word.startsWith('then-') && isUpperAt(word, 5)) {
      word = word.slice(5);
      start += 5;
    }
    let possessive = false;
    // (The patterns below are tried only on words ending or holding the characters they need: this runs for every
    // word of every sentence.)
    // A possessive ending, /(?:['’]s|s['’])$/: "'s", "’s" (both cut) or "s'", "s’" (the mark cut).
    // (Indexes kept inside the word and the text, '' past their ends: a read past the end of a string, or a
    // comparison of undefined with a character, leaves V8's optimised code, and the function is compiled again.)
    const lastChar = word[word.length - 1];
    const beforeLast = word.length > 1 ? word[word.length - 2] : '';
    const possessiveCut =
      lastChar === 's'
        ? beforeLast === "'" || beforeLast === '’'
          ? 2
          : 0
        : (lastChar === "'" || lastChar === '’') && beforeLast === 's'
          ? 1
          : 0;
    if (possessiveCut > 0 && word.length > 2) {
      possessive = true;
      word = word.slice(0, -possessiveCut);
    }
    const trailing = word[word.length - 1];
    if (trailing === "'" || trailing === '’' || trailing === '-' || trailing === '–')
      word = word.replace(/['’\-–]+$/u, '');
    if (!possessive && hyphens && isModifierCompound(word)) {
      // "Luxembourg-based", "San Jose-based", "Sydney-born": where something is based or someone was born is a
      // place the text names; its name is a word of its own (the compound's first part), "based" another.
      const where = PLACE_COMPOUND.exec(word);
      if (where?.[1]) {
        const cut = where[1].length;
        out ??= own.slice(0, o);
        out.push({text: where[1], start, end: start + cut, cap: true, possessive: false, roleNoun: false});
        out.push({
          text: word.slice(cut + 1),
          start: start + cut + 1,
          end: start + word.length,
          cap: false,
          possessive: false,
          roleNoun: false,
        });
        continue;
      }
      const modifier = {
        text: word,
        start,
        end: start + word.length,
        cap: false,
        possessive: false,
        roleNoun: false,
      };
      if (out) out.push(modifier);
      else own[o++] = modifier;
      continue;
    }
    if (word === '') continue;
    let end = start + word.length;
    let next = end < text.length ? text[end] : '';
    if (!possessive && next === '.' && (DOTTED.has(word.toLowerCase()) || ONE_CAPITAL.test(word))) {
      word += '.';
      end += 1;
      next = end < text.length ? text[end] : '';
    }
    // "Don BlankenshipImage: …": a caption label run into the name before it when the layout was lost.
    const glued = next === ':' ? /^(.*\p{Ll})(Image|Photo|Picture)$/u.exec(word) : null;
    if (glued?.[1]) {
      out ??= own.slice(0, o);
      out.push({
        text: glued[1],
        start,
        end: start + glued[1].length,
        cap: /^\p{Lu}/u.test(word),
        possessive: false,
        roleNoun: false,
      });
      out.push({
        text: glued[2] ?? '',
        start: start + glued[1].length,
        end,
        cap: true,
        possessive: false,
        roleNoun: false,
      });
      continue;
    }
    // "al-Assad", "el-Sisi": a lower-case article hyphenated to a capitalised name.
    // "US$473", "CDN$11,000": capitals glued to a dollar sign are a currency's code, no name.
    const currency = next === '$' && /^\p{Lu}{1,3}$/u.test(word);
    // (/^\p{Lu}/u without the pattern for a word opening with a plain ASCII letter, most.)
    const first = word.charCodeAt(0);
    const cap =
      !currency &&
      ((first < 128 ? first >= 65 && first <= 90 : OPENS_CAPITAL.test(word)) ||
        (hyphens && word.includes('-') && ARTICLE_NAME.test(word)) ||
        // "Valéry Giscard d'Estaing": an elided particle glued to a capitalised name.
        ((first === 100 || first === 108) && ELIDED_NAME.test(word)));
    const token = {text: word, start, end, cap, possessive, roleNoun: false};
    if (out) out.push(token);
    else own[o++] = token;
  }
  if (out) return out;
  // (Fewer tokens than words when a word was only marks.)
  if (o < own.length) own.length = o;
  return own;
}
