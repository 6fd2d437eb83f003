import type {IndexProgress} from './types.js';

function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** One line of progress: a bar, count, rate and time left, `width` columns at most. */
export function formatProgress(p: IndexProgress, width = 80): string {
  const counts = `${p.done}/${p.total}`;
  const rate = `${p.rate.toFixed(p.rate < 10 ? 1 : 0)}/s`;
  const eta = p.etaSeconds === null ? 'ETA --' : `ETA ${duration(p.etaSeconds)}`;
  const text = ` ${counts} ${rate} ${eta}`;
  const barWidth = Math.max(0, Math.min(40, width - text.length - 3));
  const filled = p.total > 0 ? Math.round((Math.min(p.done, p.total) / p.total) * barWidth) : 0;
  const bar = barWidth > 0 ? `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]` : '';
  return `${bar}${text}`.slice(0, width);
}
