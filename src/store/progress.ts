import type {IndexProgress} from './types.js';

function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The rate and time left, or, while another brief indexes the same database, what that means here: its rate is
 * this run's alone and the time left is not this run's to say.
 */
function pace(p: IndexProgress): string {
  const rate = `${p.rate.toFixed(p.rate < 10 ? 1 : 0)}/s`;
  if (p.shared?.waiting && p.shared.left > 0) return `waiting for another brief (${p.shared.left} left)`;
  if (p.shared) return `${rate} here, shared with another brief`;
  return `${rate} ${p.etaSeconds === null ? 'ETA --' : `ETA ${duration(p.etaSeconds)}`}`;
}

/** One line of progress: a bar, count, rate and time left, `width` columns at most. */
export function formatProgress(p: IndexProgress, width = 80): string {
  // While new files are read (before any is analysed), the files read.
  const [done, total] = p.reading ? [p.reading.done, p.reading.total] : [p.done, p.total];
  const text = p.reading ? ` reading ${done}/${total} files` : ` ${done}/${total} ${pace(p)}`;
  const barWidth = Math.max(0, Math.min(40, width - text.length - 3));
  const filled = total > 0 ? Math.round((Math.min(done, total) / total) * barWidth) : 0;
  const bar = barWidth > 0 ? `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]` : '';
  return `${bar}${text}`.slice(0, width);
}
