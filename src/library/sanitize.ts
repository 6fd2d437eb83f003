/* eslint-disable no-control-regex -- matching terminal control characters is this file's purpose */
// Article files, their names and the database are untrusted: an ESC or C1 byte reaching the terminal can move the
// cursor, retitle the window or hide text, and a bidi control can reorder a line (and a table's borders) on
// terminals that lay out right-to-left text. This file is the one definition of what is unsafe; every boundary
// uses it: the library when it reads (cleanText, cleanLine), the CLI's output streams (terminalText), file names
// shown in messages (showName), JSON output (toJson), and the reader (ui/text.ts).

import {BYTE_ESCAPES, escapedByte} from './file-names.js';

// OSC (ESC ] … BEL or ESC \), DCS/SOS/PM/APC strings (ESC P|X|^|_ … ESC \), CSI (ESC [ params final),
// two-byte ESC sequences, and the 8-bit C1 forms of the same.
const ESCAPE_SEQUENCES =
  /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[ -/]*[0-~]?|\u009b[0-?]*[ -/]*[@-~]?|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;

// Bidi controls: embeddings and overrides (U+202A–202E), isolates (U+2066–2069) and the marks (ALM, LRM, RLM).
const BIDI = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
// Characters that draw nothing and only split words: soft hyphen, zero-width space, word joiner and the invisible
// operators, the byte-order mark (zero-width no-break space), the Mongolian vowel separator, annotation marks.
const INVISIBLE = '\\u00ad\\u180e\\u200b\\u2060-\\u2064\\ufeff\\ufff9-\\ufffb';
// Remaining C0 controls except tab and newline, DEL, C1 controls.
const CONTROL = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f';

const CONTROL_CHARS = new RegExp(`[${CONTROL}${BIDI}]`, 'g');
const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE}]`, 'g');

// Zero-width (non-)joiners are part of the writing in emoji sequences (👩‍💻) and in scripts that join or
// conjoin letters (Arabic, Persian, the Indic scripts); between Latin, Greek or Cyrillic letters, at a word's
// edge or next to punctuation they do nothing visible and split a name for the extractor ("Vlad\u200dimir").
const JOINER = /[\u200c\u200d]/g;
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
// A letter or mark of a script that joins (JOINING_LETTER, not NON_JOINING_SCRIPT). Both patterns are made when first
// needed: their classes cost ~11 M instructions to make and compile, and every character below U+0370 is Latin,
// Common or Inherited (so joins nothing), as are the space or punctuation beside most joiners in the library.
let joiningPatterns: {letter: RegExp; nonJoining: RegExp} | undefined;
const JOINING = () =>
  (joiningPatterns ??= {
    letter: /[\p{L}\p{M}]/u,
    // Common and Inherited: digits, punctuation and the combining accents Latin text shares with other scripts.
    nonJoining: /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u,
  });
const LAST_NON_JOINING = 0x36f;

/** Whether a character is a letter or mark of a script that joins. */
export function isJoiningLetter(ch: string): boolean {
  if (!(ch.charCodeAt(0) > LAST_NON_JOINING)) return false;
  const {letter, nonJoining} = JOINING();
  return letter.test(ch) && !nonJoining.test(ch);
}

function keepJoiner(before: string, after: string, joiner: string): boolean {
  if (joiner === '\u200d' && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after)) return true;
  const prev = [...before.slice(-2)].pop() ?? '';
  const next = [...after.slice(0, 2)][0] ?? '';
  return isJoiningLetter(prev) && isJoiningLetter(next);
}

/** Removes characters that draw nothing (zero-width space, soft hyphen, BOM…) and joiners outside joining text. */
export function removeInvisibles(text: string): string {
  const out = text.replace(INVISIBLE_CHARS, '');
  if (!out.includes('\u200c') && !out.includes('\u200d')) return out;
  return out.replace(JOINER, (joiner, offset: number, whole: string) =>
    keepJoiner(whole.slice(Math.max(0, offset - 4), offset), whole.slice(offset + 1, offset + 5), joiner)
      ? joiner
      : '',
  );
}

/** Removes terminal escape sequences, control characters and bidi controls, keeping newlines and tabs. */
export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARS, '');
}

// Any character stripControls or removeInvisibles would act on (an escape sequence opens with a control): most texts
// have none, and one scan that says so spares the four of those two (a whole file's text, each line, all of
// `extract --json`'s output).
const UNSAFE = new RegExp(`[${CONTROL}${BIDI}${INVISIBLE}\\u200c\\u200d]`);

/** Text safe to write to a terminal: no escape sequences, controls (but newline and tab) or invisible characters. */
export function terminalText(text: string): string {
  return UNSAFE.test(text) ? removeInvisibles(stripControls(text)) : text;
}

/** Normalises line endings and Unicode form, and strips controls and invisible characters: a whole file's text. */
export function cleanText(raw: string): string {
  const lines = raw.replace(/\r\n?|\u2028/g, '\n').replace(/\u2029/g, '\n\n');
  return terminalText(lines).normalize('NFC');
}

// The runs of white space that `replace(/\s+/g, ' ')` would change: two or more characters (matched whole, since
// `\s{2,}` is tried first at a run's start), or one that is not a plain space. A text with none is returned as it is,
// and one with some is built from far fewer parts: `\s+` matches every space between words, and each match is a part
// of the replacement (a third of a worker's read pass allocated, for the library's double spaces after sentences).
const SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** The text with every run of white space (newlines too) one plain space, as `replace(/\s+/g, ' ')` makes it. */
export function oneSpaced(text: string): string {
  return text.replace(SPACE_TO_COLLAPSE, ' ');
}

/** One line: controls and invisible characters removed, every run of whitespace (newlines too) one space. */
export function cleanLine(text: string): string {
  return oneSpaced(terminalText(text)).trim();
}

const SHOWN_ESCAPES: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'};
const VISIBLY_ESCAPED = new RegExp(`[${CONTROL}\\t\\n${BIDI}${INVISIBLE}${BYTE_ESCAPES}]`, 'g');

const hex4 = (ch: string): string => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/**
 * A file name or id as a person should see it in a message: every control, bidi and invisible character spelt
 * out (`\n`, `\u001b`, `\u202e`) and each byte that was not UTF-8 as `\xff`, so the name stays on one line,
 * acts on nothing and can still be told apart from its neighbours.
 */
export function showName(name: string): string {
  return name.replace(VISIBLY_ESCAPED, (ch) => SHOWN_ESCAPES[ch] ?? escapedByte(ch) ?? hex4(ch));
}

// JSON.stringify escapes C0 already; DEL, C1, bidi and invisible characters, the line separators (which some
// JavaScript parsers reject in strings) and name bytes that were not UTF-8 are escaped here as well. None of them
// can stand outside a string in JSON text, so replacing them in the serialised text only touches strings.
const JSON_ESCAPED = new RegExp(`[\\u007f-\\u009f${BIDI}${INVISIBLE}\\u2028\\u2029${BYTE_ESCAPES}]`, 'g');

/** JSON text (indented) in which nothing can act on a terminal; parsing it gives back the exact data. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_ESCAPED, hex4);
}

/**
 * A quote as shown on its own, inside its marks: without the comma that ends the clause it was cut from ("We will
 * rebuild," she said). The extracted text keeps it (the scorer and --json see the text as found); the reader and
 * `brief show` drop it.
 */
export function withoutClauseComma(text: string): string {
  return text.replace(/\s*,$/u, '');
}
