import {useCallback, useEffect, useRef, useState} from 'react';
import type {Store} from '../../store/index.js';
import {UI_WRITE_WAIT_MS, WriteBusy} from '../../store/write-lock.js';

/** A read or favourite mark to save. */
export type MarkWrite =
  {type: 'setRead'; id: string; read: boolean} | {type: 'setFavourite'; id: string; favourite: boolean};

/** How long marks that found the write lock taken wait before they try again. */
const RETRY_MS = 250;

/**
 * Saves marks after the frame of the key that made them, in order (and at once on `flush` and unmount: quit,
 * signals). Opening an article marks it read, and saving is a SQLite transaction plus a line in the marks journal,
 * ~20 ms on a busy machine: done in the key's turn it held back the frame that opens the article. An effect runs
 * after React has committed that frame, which Ink writes to the terminal as it commits.
 *
 * While another program holds the database's write lock, a save waits at most UI_WRITE_WAIT_MS on the UI thread;
 * the marks it could not save are kept, in order, and tried again from a timer. Only the last flush (quitting)
 * waits for the lock as long as the connection's busy timeout, as marks are the one thing the files cannot give
 * back.
 */
export function useMarkWrites(
  store: Store,
  /** Called after a batch is saved (the list reloads to show marks shared by copies). */
  onSaved: () => void,
  /** Called with the reason a write was refused (read-only database, say). */
  onError: (reason: string) => void,
): {
  queue: (write: MarkWrite) => void;
  flush: () => void;
  /** The marks not saved yet, oldest first (a list read meanwhile shows them). */
  unsaved: () => readonly MarkWrite[];
} {
  const pending = useRef<MarkWrite[]>([]);
  const retry = useRef<NodeJS.Timeout | null>(null);
  const [queued, setQueued] = useState(0);
  const hooks = useRef({onSaved, onError});
  useEffect(() => {
    hooks.current = {onSaved, onError};
  });
  const save = useCallback(
    (last: boolean) => {
      if (retry.current) clearTimeout(retry.current);
      retry.current = null;
      const writes = pending.current;
      pending.current = [];
      // Saved or refused for good: the list is read again to show what the store now holds.
      let settled = 0;
      for (let i = 0; i < writes.length; i++) {
        const w = writes[i] as MarkWrite;
        const waitMs = last ? undefined : UI_WRITE_WAIT_MS;
        try {
          if (w.type === 'setRead') store.setRead(w.id, w.read, waitMs);
          else store.setFavourite(w.id, w.favourite, waitMs);
          settled += 1;
        } catch (err) {
          if (err instanceof WriteBusy && !last) {
            // Kept in order, ahead of any queued since.
            pending.current = [...writes.slice(i), ...pending.current];
            retry.current = setTimeout(() => setQueued((n) => n + 1), RETRY_MS);
            break;
          }
          settled += 1;
          hooks.current.onError(err instanceof Error ? err.message : String(err));
        }
      }
      if (settled > 0) hooks.current.onSaved();
    },
    [store],
  );
  const flush = useCallback(() => save(true), [save]);
  useEffect(() => {
    if (queued > 0) save(false);
  }, [queued, save]);
  useEffect(() => flush, [flush]);
  const queue = useCallback((write: MarkWrite) => {
    pending.current.push(write);
    setQueued((n) => n + 1);
  }, []);
  const unsaved = useCallback((): readonly MarkWrite[] => pending.current, []);
  return {queue, flush, unsaved};
}
