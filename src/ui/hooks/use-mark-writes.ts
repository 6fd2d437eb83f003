import {useCallback, useEffect, useRef, useState} from 'react';
import type {Store} from '../../store/index.js';

/** A read or favourite mark to save. */
export type MarkWrite =
  {type: 'setRead'; id: string; read: boolean} | {type: 'setFavourite'; id: string; favourite: boolean};

/**
 * Saves marks after the frame of the key that made them, in order (and at once on `flush` and unmount: quit,
 * signals). Opening an article marks it read, and saving is a SQLite transaction plus a line in the marks journal,
 * ~20 ms on a busy machine: done in the key's turn it held back the frame that opens the article. An effect runs
 * after React has committed that frame, which Ink writes to the terminal as it commits.
 */
export function useMarkWrites(
  store: Store,
  /** Called after a batch is saved (the list reloads to show marks shared by copies). */
  onSaved: () => void,
  /** Called with the reason a write was refused (read-only database, say). */
  onError: (reason: string) => void,
): {queue: (write: MarkWrite) => void; flush: () => void} {
  const pending = useRef<MarkWrite[]>([]);
  const [queued, setQueued] = useState(0);
  const hooks = useRef({onSaved, onError});
  useEffect(() => {
    hooks.current = {onSaved, onError};
  });
  const flush = useCallback(() => {
    const writes = pending.current;
    pending.current = [];
    if (writes.length === 0) return;
    for (const w of writes) {
      try {
        if (w.type === 'setRead') store.setRead(w.id, w.read);
        else store.setFavourite(w.id, w.favourite);
      } catch (err) {
        hooks.current.onError(err instanceof Error ? err.message : String(err));
      }
    }
    hooks.current.onSaved();
  }, [store]);
  useEffect(() => {
    if (queued > 0) flush();
  }, [queued, flush]);
  useEffect(() => flush, [flush]);
  const queue = useCallback((write: MarkWrite) => {
    pending.current.push(write);
    setQueued((n) => n + 1);
  }, []);
  return {queue, flush};
}
