/**
 * Where the keys stand towards a control string (OSC, DCS, APC, PM, SOS): outside one, just past its opening
 * (nothing of its body seen yet), inside its body, or inside a body a read ended before its end (`cut`).
 */
export type StringState = 'keys' | 'opened' | 'inside' | 'cut';

/** What one input event leaves: the state after it, and the text of it that is still keys (null: none). */
export interface StringStep {
  state: StringState;
  /** The event's own input, `rest` (text after the string's end, to split into keys), or null. */
  keys: {whole: true} | {whole: false; rest: string} | null;
}

// A paste (or a terminal's reply) holding "\e]0;title\a" reaches the reader as Ink's events "\e]" and "0;title\a":
// Ink knows no control strings, so it hands over ESC and the next character as one key ("]" for OSC, "P" for DCS,
// "_" APC, "^" PM, "X" SOS) and the string's body as typed text. Typed into search, the title became the query; on
// the list its letters ran commands. The string ends at BEL or ST ("\e\\"); CAN and SUB cancel it, and any other
// escape sequence ends it and is a key again (as a terminal's own parser does).
const OPENERS = new Set(['\u001b]', '\u001bP', '\u001b_', '\u001b^', '\u001bX']);
const ST = '\u001b\\';
const ENDS = ['\u0007', '\u0018', '\u001a'];

/**
 * One step over an input event, `raw` as the terminal sent it (Ink's event before it names keys). An opening with
 * no body in the same read (the user's own Alt+] or Alt+Shift+P) is closed by `endOfRead`, so later keys stay keys.
 */
export function stepControlStrings(state: StringState, raw: string): StringStep {
  if (state === 'keys')
    return OPENERS.has(raw) ? {state: 'opened', keys: null} : {state, keys: {whole: true}};
  if (raw === ST) return {state: 'keys', keys: null};
  // The rest of a paste cut between two reads comes as a run of characters; a single one is a key the user pressed
  // after a string that never ended (a paste cut short), and ends it.
  if (state === 'cut' && [...raw].length === 1 && !ENDS.includes(raw))
    return {state: 'keys', keys: {whole: true}};
  if (raw.startsWith('\u001b')) return stepControlStrings('keys', raw);
  const end = Math.min(...ENDS.map((c) => raw.indexOf(c)).filter((i) => i >= 0));
  if (end === Infinity) return {state: 'inside', keys: null};
  const rest = raw.slice(end + 1);
  return {state: 'keys', keys: rest === '' ? null : {whole: false, rest}};
}

/**
 * The state once a read's events are all handled: an opening nothing followed is a key press, not a string; a body
 * still open is `cut`.
 */
export function endOfRead(state: StringState): StringState {
  return state === 'opened' ? 'keys' : state === 'inside' ? 'cut' : state;
}
