import {useCallback, useEffect, useRef} from 'react';
import {useStdin, type Key} from 'ink';
import {endOfRead, stepControlStrings, type StringState} from '../state/control-strings.js';
import {stepPaste} from '../state/paste.js';
import {escapeThenKey, splitKeys, textKeys, type KeyEvent} from '../state/split-keys.js';

/**
 * The keypresses of each input event the key handler is called for, with what a paste's control strings (a
 * title's OSC, a DCS or APC) held dropped. It reads each event as the terminal sent it, before Ink names its key:
 * Ink hands "\e]" over as "]", the same as a typed "]", and only the raw event tells a string's opening from a key.
 * Esc and a key in one event (what Ink takes for an Alt+key) are both keys. Where Ink gives no raw events, the
 * input is read as Ink gave it.
 */
export function useKeyEvents(): (input: string, key: Partial<Key>) => KeyEvent[] {
  const {internal_eventEmitter: events} = useStdin();
  const raw = useRef<string | null>(null);
  const strings = useRef<StringState>('keys');
  const pasting = useRef(false);
  useEffect(() => {
    if (!events) return;
    const seen = (data: unknown) => {
      raw.current = typeof data === 'string' ? data : null;
    };
    // In front of useInput's own listener, which Ink adds again after every render: each event is seen here first.
    events.prependListener('input', seen);
    return () => {
      events.removeListener('input', seen);
    };
  }, [events]);
  return useCallback((input, key) => {
    const event = raw.current ?? input;
    raw.current = null;
    // A bracketed paste's text is typed, never keys (state/paste.ts).
    const paste = stepPaste(pasting.current, event, strings.current);
    if (paste.pasting && !pasting.current)
      // A paste whose closing never comes (a read cut it off, a terminal that drops it) ends with its read, so
      // the keys after it are keys again (a string it left open is cut, as a read's end cuts one).
      queueMicrotask(() => {
        if (pasting.current) strings.current = endOfRead(strings.current);
        pasting.current = false;
      });
    pasting.current = paste.pasting;
    if (paste.keys) {
      strings.current = paste.strings;
      return paste.keys;
    }
    const step = stepControlStrings(strings.current, event);
    // Ink hands over all events of one read before anything else runs: an opening still bare then was a key, and
    // a body still open was cut by the read's end.
    if (step.state !== 'keys' && step.state !== strings.current)
      queueMicrotask(() => {
        strings.current = endOfRead(strings.current);
      });
    strings.current = step.state;
    if (!step.keys) return [];
    return step.keys.whole ? (escapeThenKey(event) ?? splitKeys(input, key)) : textKeys(step.keys.rest);
  }, []);
}
