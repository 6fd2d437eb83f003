import type {Db} from './open-db.js';

// A batch run's writes after its last reply (the last results, the analysed mark, the scan record) are followed by
// the store's close, whose checkpoint copies the whole write-ahead log into the file. A commit that takes the log
// past SQLite's threshold (`wal_autocheckpoint`, 1,000 pages) checkpoints first, with its two fsyncs, and the next
// commit's fresh log syncs its header: work the close then does again. In a cold index of the 280 shipped articles
// the log held 275-999 pages at the close, and a run whose last writes crossed the threshold spent ~60-70 ms of its
// tail in the extra checkpoint and sync (strace). Holding the checkpoints changes only when the log is copied:
// every commit is in the log as before (a crash leaves it for the next open to read), and the close copies it all.

/**
 * Turns off `db`'s automatic checkpoints; returns what turns them back on at the threshold they had (a connection
 * that stays open, as `brief search`'s after its first index, keeps its log short again).
 */
export function holdCheckpoints(db: Db): () => void {
  const threshold = Number(db.pragma('wal_autocheckpoint', {simple: true}));
  db.pragma('wal_autocheckpoint = 0');
  return () => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${threshold}`);
  };
}
