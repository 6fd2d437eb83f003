// "The Federal Environmental Protection Institute (Ifepa)", "the National Water Agency (Anagua)": a body's name in
// English and, in brackets right after it, the one word its own language shortens it to, whose letters need not
// open the English words (defined.ts `abbreviates` reads the short forms that do).
import {lexiconTags} from '../nlp.js';
import {ORG_WORDS} from './cues.js';

/** The parts of a span bodyShortForms reads: its text, word count and place in the sentence. */
interface NameSpan {
  text: string;
  words: number;
  start: number;
  end: number;
}

/** A body's name and the one-word short form the text gives for it in brackets. */
export interface BodyShortForm {
  short: string;
  long: string;
}

// One capital and small letters, three at least: a word, not initials in capitals (read as acronyms elsewhere).
const SHORT_WORD = /^\p{Lu}\p{Ll}{2,11}$/u;

/**
 * Names of two words or more ending in a body's word (ORG_WORDS: "Institute", "Secretariat", "Agency") or opening
 * with one before "of"/"on"/"for" ("Commission on Elections"), each with
 * one word in brackets right after it that the lexicon does not know (not "Ministry of Health (Brazil)"), opening
 * with the initial of the name's first or last word.
 */
export function bodyShortForms(sentence: string, spans: readonly NameSpan[]): BodyShortForm[] {
  const out: BodyShortForm[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i] as NameSpan;
    const b = spans[i + 1] as NameSpan;
    if (a.words < 2 || b.words !== 1 || sentence.charCodeAt(b.end) !== 0x29) continue;
    if (sentence.slice(a.end, b.start) !== ' (' || !SHORT_WORD.test(b.text)) continue;
    const last = a.text.slice(a.text.lastIndexOf(' ') + 1);
    const first = a.text.slice(0, a.text.indexOf(' '));
    // (The body's word last, or first before "of"/"on": "The Commission on Elections (Comelec)".)
    const bodyWord =
      ORG_WORDS.has(last.toLowerCase()) ||
      (ORG_WORDS.has(first.toLowerCase()) && / (?:of|on|for) /u.test(a.text));
    if (!bodyWord || lexiconTags(b.text).length > 0) continue;
    // (Its own language's form opens with the body's word, "Instituto" for "Institute", or with the name's first:
    // not "First Nations (Indigenous)", a word said of the people named.)
    if (b.text[0] !== last[0] && b.text[0] !== first[0]) continue;
    out.push({short: b.text, long: a.text});
  }
  return out;
}
