import {stepControlStrings, type StringState} from './control-strings.js';
import type {KeyEvent} from './split-keys.js';

// Bracketed paste (xterm's mode 2004, which the reader turns on with the alternate screen): the terminal wraps what
// is pasted in these two sequences. Without them a name copied with the line after it ("Obama\nq") typed "Obama",
// pressed Enter on the first result and ran the next line's letters as commands there ("q" quit brief).
export const PASTE_START = '\u001b[200~';
export const PASTE_END = '\u001b[201~';

/**
 * Pasted text as keypresses that type it: line breaks and tabs a space each (so no Enter or Tab runs), other
 * control characters dropped, and each marked `pasted`, which only the search box takes.
 */
export function pastedKeys(text: string): KeyEvent[] {
  const out: KeyEvent[] = [];
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    if ((ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f') continue;
    out.push({input: ch, key: {}, pasted: true});
  }
  return out;
}

/** One input event's part in a paste: whether a paste is open after it, and the keypresses it still holds. */
export interface PasteStep {
  pasting: boolean;
  /** Where the pasted text stands towards a control string after the event (state/control-strings.ts). */
  strings: StringState;
  /** null: the event is no part of a paste, and goes on to be read as keys. */
  keys: KeyEvent[] | null;
}

/**
 * One step over a raw input event, `pasting` telling whether a paste is open before it and `strings` where it
 * stands towards a control string. A copied terminal line can carry a title's OSC ("\e]0;title BEL") or a DCS:
 * Ink hands its opening over as one event and its body as the next, and the body is no more text inside a paste
 * than outside one.
 */
export function stepPaste(pasting: boolean, raw: string, strings: StringState = 'keys'): PasteStep {
  if (raw === PASTE_START) return {pasting: true, strings: 'keys', keys: []};
  // The paste's end ends a string it left open: what follows is typed again.
  if (raw === PASTE_END) return {pasting: false, strings: 'keys', keys: []};
  if (!pasting) return {pasting, strings, keys: null};
  const step = stepControlStrings(strings, raw);
  if (!step.keys) return {pasting, strings: step.state, keys: []};
  if (!step.keys.whole) return {pasting, strings: step.state, keys: pastedKeys(step.keys.rest)};
  // An escape sequence inside a paste is pasted text's, never a key.
  return {pasting, strings: step.state, keys: raw.startsWith('\u001b') ? [] : pastedKeys(raw)};
}
