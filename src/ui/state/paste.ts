import type {KeyEvent} from './split-keys.js';

// Bracketed paste (xterm's mode 2004, which the reader turns on with the alternate screen): the terminal wraps what
// is pasted in these two sequences. Without them a name copied with the line after it ("Obama\nq") typed "Obama",
// pressed Enter on the first result and ran the next line's letters as commands there ("q" quit brief).
export const PASTE_START = '\u001b[200~';
export const PASTE_END = '\u001b[201~';

/** One input event's part in a paste: whether a paste is open after it, and the keypresses it still holds. */
export interface PasteStep {
  pasting: boolean;
  /** null: the event is no part of a paste, and goes on to be read as keys. */
  keys: KeyEvent[] | null;
}

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

/** One step over a raw input event, `pasting` telling whether a paste is open before it. */
export function stepPaste(pasting: boolean, raw: string): PasteStep {
  if (raw === PASTE_START) return {pasting: true, keys: []};
  if (raw === PASTE_END) return {pasting: false, keys: []};
  if (!pasting) return {pasting, keys: null};
  // An escape sequence inside a paste is pasted text's, never a key.
  if (raw.startsWith('\u001b')) return {pasting, keys: []};
  return {pasting, keys: pastedKeys(raw)};
}
