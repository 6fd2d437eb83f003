import type {Key} from 'ink';

/** One keypress as the root handler sees it. */
export interface KeyEvent {
  input: string;
  key: Partial<Key>;
  /** Typed by a bracketed paste (paste.ts): text for the search box, no command anywhere. */
  pasted?: boolean;
}

const SPECIAL: readonly (keyof Key)[] = [
  'upArrow',
  'downArrow',
  'leftArrow',
  'rightArrow',
  'pageUp',
  'pageDown',
  'home',
  'end',
  'escape',
  'ctrl',
  'meta',
  'tab',
  'backspace',
  'delete',
];

// One character of a chunk as a keypress. Ink names a lone control character (C-n → "n" with ctrl), but not one
// inside a chunk, so the same naming is done here: 0x01–0x1a are Ctrl+A…Ctrl+Z, except the four with keys of
// their own. Other control characters (C-\, C-], …) run nothing here, so they are dropped rather than typed.
function keypress(ch: string): KeyEvent | null {
  if (ch === '\r' || ch === '\n') return {input: '', key: {return: true}};
  if (ch === '\t') return {input: '', key: {tab: true}};
  if (ch === '\u007f' || ch === '\b') return {input: '', key: {backspace: true}};
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x01 && code <= 0x1a) return {input: String.fromCharCode(code + 0x60), key: {ctrl: true}};
  if (code < 0x20) return null;
  return {input: ch, key: ch !== ch.toLowerCase() ? {shift: true} : {}};
}

// What Ink leaves of a control sequence it has no key for: it strips the ESC and hands the rest over as text, a
// chunk of its own ("\e[2J" → "[2J", "\e[K" → "[K", a bracketed paste's "\e[200~" → "[200~"). Pasted into the
// search box that was typed into the query; on the list "\e[1G" ran G. Two characters with a lowercase final ("[a")
// are left alone: that is also what a fast typist's "[" and "a" look like in one chunk.
const CSI_REST = /^\[[0-?]*[ -/]*[@-~]$/;

function isSequenceRest(input: string): boolean {
  return CSI_REST.test(input) && (input.length > 2 || !/[a-z]$/.test(input));
}

/**
 * Ink hands over a chunk of plain characters as one input ("G\r" when keys come fast, "\u000e\u000e" for C-n C-n
 * sent together, or a paste), so the chunk is split here into single keypresses, in order: Enter, Tab, Backspace
 * and Ctrl+letters inside it become their keys; what is left of a control sequence Ink does not know is dropped.
 */
export function splitKeys(input: string, key: Partial<Key>): KeyEvent[] {
  const chars = [...input];
  if (chars.length <= 1 || SPECIAL.some((k) => key[k])) return [{input, key}];
  if (isSequenceRest(input)) return [];
  return textKeys(input);
}

/** Plain text as the keypresses it types (what follows a control string's end in one event: "\u0007eva\r"). */
export function textKeys(text: string): KeyEvent[] {
  return [...text].map(keypress).filter((e): e is KeyEvent => e !== null);
}

// A terminal sends Alt+key as ESC then the key, and Ink's reader takes ESC and the one character after it in a read
// as one Alt+key. Esc and a key pressed together (a fast hand, keys queued while the machine was busy, tmux's
// send-keys) came as one such event, and both were lost: "\e\t" (Esc, Tab) did nothing in search, "\e\e" was one
// Esc, "\e\u0003" (Esc, Ctrl+C) did not quit. brief binds no Alt key, so the event is the two keys it is made of.
// Two stay whole: Alt+Backspace, which the search box reads as "delete a word", and "\e[" / "\eO", the opening
// of a sequence whose rest a read cut off.
const ALT_KEEPS = new Set(['\u007f', '\b', '[', 'O']);

/** An input event of ESC and one more key, as the two keypresses (Esc first); null for any other event. */
export function escapeThenKey(raw: string): KeyEvent[] | null {
  const chars = [...raw];
  const [first, second] = chars;
  if (chars.length !== 2 || first !== '\u001b' || second === undefined || ALT_KEEPS.has(second)) return null;
  const esc: KeyEvent = {input: '', key: {escape: true}};
  if (second === '\u001b') return [esc, esc];
  const next = keypress(second);
  return next ? [esc, next] : [esc];
}
