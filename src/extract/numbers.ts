// Number parsing for key facts: digits ("1,234.5", "2.2bn", "20%"), money ("$2.3 billion", "US$5m"), and numbers
// in words ("four", "twenty-five", "a dozen", "one and a half million"). Works on a small token list so that the
// facts stage can look at the words around each number without re-scanning the text.
import {CURRENCY_CODES, CURRENCY_SIGNS, SIGN_LETTERS, table} from './facts/currency.js';
import {currencyPrefix} from './facts/currency-prefix.js';

/** One token of a sentence: a word, a run of digits, or one other character. */
export interface Token {
  text: string;
  /** The text lower-cased (cut from the sentence lower-cased once: see `tokenize`). */
  lower: string;
  /** Character offsets in the text. */
  start: number;
  end: number;
  kind: 'word' | 'num' | 'sym';
  /** Whether whitespace precedes the token ("24-hour": the "hour" token has none). */
  gap: boolean;
}

/** A number stated in a text, with what is attached to it. */
export interface NumberMention {
  value: number;
  /** Character span of the number with its currency sign, scale and percent sign. */
  start: number;
  end: number;
  /** Token indices (inclusive) of that span. */
  first: number;
  last: number;
  /** Written in words ("four", "a dozen"). */
  words: boolean;
  /** Currency, as a plural noun ("dollars"), when the number is an amount of money. */
  currency?: string;
  percent?: boolean;
  /** A scale word or suffix multiplied the number ("1.5 million", "2bn"). */
  scaled?: boolean;
  /** The multiplier of that scale (1e6 for "million"). */
  factor?: number;
  /** Letters glued to the digits that are not a scale ("21st", "1990s", "6am", "18b", "5km"), lower-cased. */
  suffix?: string;
  /** The word after a hyphen ("24-hour" → "hour", "five-story" → "story"). */
  compound?: string;
}

const TOKEN_RE = /(\p{L}[\p{L}\p{M}'’]*)|(\d+(?:,\d{3})*(?:\.\d+)?)|(\S)/gu;

/** A token's first character is a letter (its kind is then a word: TOKEN_RE tries that alternative first). */
const LETTER_FIRST = /^\p{L}/u;

/** The kind of a token of TOKEN_RE, from its first character: each alternative opens with a different class. */
function tokenKind(token: string): Token['kind'] {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'num';
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
  return c >= 128 && LETTER_FIRST.test(token) ? 'word' : 'sym';
}

/**
 * Splits a text into word, number and symbol tokens. The tokens come from one native match of the whole text, each
 * found by `indexOf` from the end of the one before: every character but white space opens a token (TOKEN_RE ends
 * in `\S`), so only white space lies between two and a token's first occurrence after the one before is its own.
 * (A match array per token was most of this function's time and allocation.)
 */
export function tokenize(text: string): Token[] {
  const tokens = text.match(TOKEN_RE);
  if (tokens === null) return [];
  // Each token replaces its text in the match's own array, which no one else holds: no second array grown by a
  // push per token.
  const out = tokens as unknown[] as Token[];
  // The rules read most words lower-cased, many several times: the text is lower-cased once and each token's form
  // cut from it, which is the token's own wherever the case mapping keeps every character's length (no "İ") and
  // reads no letters around it (the capital sigma, final "ς" or "σ" by what follows). (A token cut from a sentence
  // holding a curly quote is a two-byte string, which String.prototype.toLowerCase hands to ICU: one call a sentence
  // instead of one for each time a rule reads a token.)
  const lowered = text.toLowerCase();
  const aligned = lowered.length === text.length && !text.includes('Σ');
  let prevEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const start = text.indexOf(token, prevEnd);
    const end = start + token.length;
    const kind = tokenKind(token);
    // (Digits and their separators are their own lower case.)
    const lower = kind === 'num' ? token : aligned ? lowered.slice(start, end) : token.toLowerCase();
    out[i] = {text: token, lower, start, end, kind, gap: start > prevEnd || start === 0};
    prevEnd = end;
  }
  return out;
}

const UNITS: Record<string, number> = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
});
const TEENS: Record<string, number> = table({
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS: Record<string, number> = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES: Record<string, number> = table({thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12});
// Glued scale suffixes ("2bn", "$5m", "10k"); a bare "m" only counts as million after a currency sign.
const SCALE_SUFFIX: Record<string, number> = table({
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  trn: 1e12,
});
type WordKind = 'unit' | 'teen' | 'tens' | 'hundred' | 'dozen' | 'scale';

// Asked of every word of every sentence the facts stage reads: one Map look-up, where four `in` tests on the
// prototype-less tables (objects V8 keeps as dictionaries) were ~3% of a cold worker's extraction.
const WORD_KINDS: ReadonlyMap<string, WordKind> = new Map<string, WordKind>([
  ...Object.keys(SCALES).map((w): [string, WordKind] => [w, 'scale']),
  ['dozen', 'dozen'],
  ['hundred', 'hundred'],
  ...Object.keys(TENS).map((w): [string, WordKind] => [w, 'tens']),
  ...Object.keys(TEENS).map((w): [string, WordKind] => [w, 'teen']),
  ...Object.keys(UNITS).map((w): [string, WordKind] => [w, 'unit']),
]);

// Every number starts with a digit or holds one of WORD_KINDS' words as a word token ("a dozen", "half a million"
// too): a text with neither has none, which the facts stage asks before tokenising each sentence (most have no
// number). A word token (TOKEN_RE) follows no letter and ends before the next character that is no letter, mark or
// apostrophe, so the words are looked for with those bounds: "someone", "often" or "money" hold none.
// (The letter before a word is looked at only where a word was found: as a lookbehind opening the pattern it was
// read at every character of every sentence without a digit.)
const NUMBER_WORD = new RegExp(`(?:${[...WORD_KINDS.keys()].join('|')})(?![\\p{L}\\p{M}'’])`, 'giu');
// (`i` as in the pattern the lookbehind was part of: case folding makes U+0345 a letter.)
const LETTER = /\p{L}/iu;
const DIGIT = /[0-9]/;

/** False when `text` cannot hold a number (no digit, no number word); true when it may. */
export function mayHoldNumber(text: string): boolean {
  if (DIGIT.test(text)) return true;
  // A number word after no letter: each word found after a letter ("someone", "often") is passed over, and the
  // search goes on from the character after its start, as the lookbehind `(?<!\p{L})` before the words would.
  NUMBER_WORD.lastIndex = 0;
  for (let m = NUMBER_WORD.exec(text); m !== null; m = NUMBER_WORD.exec(text)) {
    const at = m.index;
    if (at === 0 || !LETTER.test(String.fromCodePoint(codePointBefore(text, at)))) {
      NUMBER_WORD.lastIndex = 0;
      return true;
    }
    NUMBER_WORD.lastIndex = at + 1;
  }
  return false;
}

// The code point that ends just before `at` (a surrogate pair read whole).
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2) as number;
  }
  return low;
}

function wordKind(w: string): WordKind | null {
  return WORD_KINDS.get(w) ?? null;
}

// Which word may follow which inside one spelled-out number ("two hundred and fifty thousand").
const NEXT: Record<WordKind | 'start' | 'and', readonly WordKind[]> = {
  start: ['unit', 'teen', 'tens'],
  unit: ['hundred', 'dozen', 'scale'],
  teen: ['hundred', 'scale'],
  tens: ['unit', 'scale'],
  hundred: ['unit', 'teen', 'tens', 'scale'],
  dozen: [],
  scale: [],
  and: ['unit', 'teen', 'tens'],
};

const lower = (t: Token | undefined): string => (t ? t.lower : '');

// Fractions that take a scale after "a" ("a quarter million", "a half billion").
const FRACTIONS: Readonly<Record<string, number>> = {quarter: 0.25, half: 0.5};

/** Finds every number in a token list (see `tokenize`). */
export function findNumbers(tokens: readonly Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (!tok) break;
    const found =
      tok.kind === 'num' ? digitNumber(tokens, i) : tok.kind === 'word' ? wordNumber(tokens, i) : null;
    if (found) {
      out.push(found);
      i = found.last + 1;
    } else {
      i++;
    }
  }
  return out;
}

function digitNumber(tokens: readonly Token[], i: number): NumberMention {
  const tok = tokens[i] as Token;
  let value = Number(tok.text.replace(/,/g, ''));
  let first = i;
  let last = i;
  const m: NumberMention = {value, start: tok.start, end: tok.end, first, last, words: false};
  // Currency before: "$5", "US$5", "£3", "USD 26.95".
  const prev = tokens[i - 1];
  // A currency sign may stand apart, as tokenised texts print it ("$ 40,000", "US $ 12 million").
  if (prev && prev.kind === 'sym' && CURRENCY_SIGNS[prev.text]) {
    m.currency = CURRENCY_SIGNS[prev.text];
    first = i - 1;
    const code = tokens[i - 2];
    if (code && code.kind === 'word' && /^[A-Z]{1,3}$/.test(code.text)) {
      if (CURRENCY_CODES[code.lower]) first = i - 2;
      // "R$ 5 billion": letters that make the sign another currency's.
      const other = !prev.gap ? SIGN_LETTERS[code.lower] : undefined;
      if (other) {
        m.currency = other;
        first = i - 2;
      }
    }
  } else if (
    prev &&
    prev.kind === 'word' &&
    /^[A-Z]{2,3}$|^Rs$/.test(prev.text) &&
    CURRENCY_CODES[prev.lower] &&
    (prev.text !== 'US' || !tok.gap)
  ) {
    // "USD 26.95", glued "SEK9 million", "USD910 thousand".
    m.currency = CURRENCY_CODES[prev.lower];
    first = i - 1;
  } else if (prev && (prev.kind === 'word' || prev.text === '.')) {
    // "Sh1.2 billion", "Rp 14 billion", "Rs. 20 crore", "R5 billion".
    const prefix = currencyPrefix(tokens, i);
    if (prefix) {
      m.currency = prefix.currency;
      first = prefix.first;
    }
  }
  const next = tokens[i + 1];
  if (next && !next.gap && next.kind === 'word') {
    const suffix = next.lower;
    const scale = SCALE_SUFFIX[suffix];
    if (scale && (m.currency || suffix.length > 1)) {
      value *= scale;
      m.scaled = true;
      m.factor = scale;
      last = i + 1;
    } else {
      m.suffix = suffix;
      last = i + 1;
    }
  } else if (next && next.text === '%') {
    m.percent = true;
    last = i + 1;
  } else if (next && next.kind === 'word') {
    const w = next.lower;
    if (SCALES[w]) {
      value *= SCALES[w];
      m.scaled = true;
      m.factor = SCALES[w];
      last = i + 1;
    } else if (w === 'percent' || w === 'pct') {
      m.percent = true;
      last = i + 1;
    } else if (w === 'per' && lower(tokens[i + 2]) === 'cent') {
      m.percent = true;
      last = i + 2;
    }
  }
  if (!m.percent && !m.suffix) last = compound(tokens, last, m);
  m.value = value;
  m.first = first;
  m.last = last;
  m.start = (tokens[first] as Token).start;
  m.end = (tokens[last] as Token).end;
  return m;
}

// "24-hour", "five-story", a tokenised text's spaced "six - member": records the word after the hyphen.
function compound(tokens: readonly Token[], last: number, m: NumberMention): number {
  const dash = tokens[last + 1];
  const word = tokens[last + 2];
  if (!dash || !word || word.kind !== 'word' || !/^[-‐‑]$/.test(dash.text)) return last;
  // Glued ("24-hour") or, as tokenised texts write it, spaced on both sides ("six - member").
  if (dash.gap !== word.gap) return last;
  // "230-to-197" is a tally, not a compound.
  if (['to', 'and', 'or'].includes(word.lower)) return last;
  m.compound = word.lower;
  return last;
}

function wordNumber(tokens: readonly Token[], i: number): NumberMention | null {
  const tok = tokens[i] as Token;
  let w = tok.lower;
  let j = i;
  let total = 0;
  let current = 0;
  let state: WordKind | 'start' | 'and' = 'start';
  let article = false;
  // "a dozen", "a hundred", "a million", "half a million"
  if (
    (w === 'a' || w === 'an') &&
    ['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion'].includes(lower(tokens[i + 1]))
  ) {
    article = true;
    current = 1;
    state = 'unit';
    j = i + 1;
  } else if (w === 'half' && lower(tokens[i + 1]) === 'a' && SCALES[lower(tokens[i + 2])]) {
    const m = mention(tokens, i, i + 2, 0.5 * (SCALES[lower(tokens[i + 2])] as number));
    m.scaled = true;
    return m;
  } else if ((w === 'a' || w === 'an') && FRACTIONS[lower(tokens[i + 1])]) {
    // "a quarter million", "a quarter of a million", "a half million": the fraction of the scale, not a million.
    const of = lower(tokens[i + 2]) === 'of' && lower(tokens[i + 3]) === 'a' ? 2 : 0;
    const scale = SCALES[lower(tokens[i + 2 + of])];
    if (!scale) return null;
    const m = mention(tokens, i, i + 2 + of, (FRACTIONS[lower(tokens[i + 1])] as number) * scale);
    m.scaled = true;
    return m;
  } else if (!(NEXT.start as readonly string[]).includes(wordKind(w) ?? '')) {
    // "thousand" or "hundred" alone ("every thousand") is not a number.
    return null;
  }
  let last = i;
  let lastNumeric = i;
  let scaled = false;
  let factor = 1;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    w = t.lower;
    const kind = t.kind === 'word' ? wordKind(w) : null;
    if (kind && (NEXT[state] as readonly WordKind[]).includes(kind)) {
      if (kind === 'unit') current += UNITS[w] as number;
      else if (kind === 'teen') current += TEENS[w] as number;
      else if (kind === 'tens') current += TENS[w] as number;
      else if (kind === 'hundred') current = (current || 1) * 100;
      else if (kind === 'dozen') current = (current || 1) * 12;
      else {
        total += (current || 1) * (SCALES[w] as number);
        current = 0;
        scaled = true;
        factor = SCALES[w] as number;
      }
      state = kind;
      last = j;
      lastNumeric = j;
      j++;
      continue;
    }
    // "twenty-five": a hyphen joins tens and units only.
    if (state === 'tens' && /^[-‐‑]$/.test(t.text) && !t.gap) {
      const n = tokens[j + 1];
      if (n && !n.gap && wordKind(n.lower) === 'unit') {
        j++;
        continue;
      }
      break;
    }
    if (w === 'and' && state === 'hundred') {
      const n = tokens[j + 1];
      if (n && ['unit', 'teen', 'tens'].includes(wordKind(n.lower) ?? '')) {
        state = 'and';
        j++;
        continue;
      }
    }
    // "one and a half million", "two and a half years", hyphenated "three-and-a-half million".
    const half = andAHalf(tokens, j);
    if (half > 0 && ['unit', 'teen', 'tens'].includes(state)) {
      current += 0.5;
      last = half;
      lastNumeric = half;
      const s = SCALES[lower(tokens[half + 1])];
      if (s) {
        total += current * s;
        current = 0;
        scaled = true;
        factor = s;
        lastNumeric = half + 1;
      }
      break;
    }
    break;
  }
  const value = total + current;
  const m = mention(tokens, i, Math.max(last, lastNumeric), value);
  if (article && !scaled && value === 1) return null;
  if (scaled) {
    m.scaled = true;
    m.factor = factor;
  }
  const next = tokens[m.last + 1];
  if (
    next &&
    next.kind === 'word' &&
    (lower(next) === 'percent' || (lower(next) === 'per' && lower(tokens[m.last + 2]) === 'cent'))
  ) {
    m.percent = true;
    m.last = lower(next) === 'per' ? m.last + 2 : m.last + 1;
    m.end = (tokens[m.last] as Token).end;
  } else {
    compound(tokens, m.last, m);
  }
  return m;
}

// The index of "half" when "and a half" starts at token j, spaced or hyphenated; 0 otherwise.
function andAHalf(tokens: readonly Token[], j: number): number {
  const words: number[] = [];
  for (let k = j; k < tokens.length && words.length < 3; k++) {
    const t = tokens[k] as Token;
    if (/^[-‐‑]$/.test(t.text) && !t.gap) continue;
    if (t.kind !== 'word') break;
    words.push(k);
  }
  const [and, a, half] = words;
  if (half === undefined || and === undefined || a === undefined) return 0;
  return lower(tokens[and]) === 'and' && lower(tokens[a]) === 'a' && lower(tokens[half]) === 'half'
    ? half
    : 0;
}

function mention(tokens: readonly Token[], first: number, last: number, value: number): NumberMention {
  return {
    value,
    start: (tokens[first] as Token).start,
    end: (tokens[last] as Token).end,
    first,
    last,
    words: true,
  };
}

/** Every number in a plain text (tokenizes, then finds). */
export function numbersIn(text: string): NumberMention[] {
  return findNumbers(tokenize(text));
}
