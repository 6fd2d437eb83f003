import type {Key} from 'ink';

/** One keypress as the root handler sees it. */
export interface KeyEvent {
  input: string;
  key: Partial<Key>;
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

/**
 * Ink hands over a chunk of plain characters as one input ("G\r" when keys come fast, or a paste), so the chunk
 * is split here into single keypresses, in order: Enter, Tab and Backspace inside it become their keys.
 */
export function splitKeys(input: string, key: Partial<Key>): KeyEvent[] {
  const chars = [...input];
  if (chars.length <= 1 || SPECIAL.some((k) => key[k])) return [{input, key}];
  return chars.map((ch): KeyEvent => {
    if (ch === '\r' || ch === '\n') return {input: '', key: {return: true}};
    if (ch === '\t') return {input: '', key: {tab: true}};
    if (ch === '\u007f' || ch === '\b') return {input: '', key: {backspace: true}};
    return {input: ch, key: ch !== ch.toLowerCase() ? {shift: true} : {}};
  });
}
