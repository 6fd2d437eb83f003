import type {IndexProgress} from '../store/index.js';
import {recentPace} from '../ui/state/pace.js';

/** Least time between two redraws of the line: the figures stay readable instead of flickering. */
export const REDRAW_MS = 100;

/** "40s", "1m20s", "2h05m": rounded up to 5 s under two minutes and to 10 s under ten, so it does not jitter. */
function duration(seconds: number): string {
  const step = seconds < 120 ? 5 : seconds < 600 ? 10 : 60;
  const s = Math.ceil(seconds / step) * step;
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The rate and time left once they mean something (`recent`: texts per second lately, null before); what another
 * brief on the database means for them.
 */
function pace(p: IndexProgress, recent: number | null): string {
  if (p.shared?.waiting && p.shared.left > 0) return ` waiting for another brief (${p.shared.left} left)`;
  if (p.shared) return ` ${p.rate.toFixed(p.rate < 10 ? 1 : 0)}/s here, shared with another brief`;
  if (recent === null || recent <= 0 || p.done >= p.total) return '';
  return ` ${recent.toFixed(recent < 10 ? 1 : 0)}/s ETA ${duration((p.total - p.done) / recent)}`;
}

/** One line of progress: a bar, the count, then the rate and time left when known; `width` columns at most. */
export function formatProgressLine(p: IndexProgress, width: number, recent: number | null): string {
  if (p.reading) return formatReadingLine(p.reading.done, p.reading.total, width);
  return barLine(p.done, p.total, ` ${p.done}/${p.total}${pace(p, recent)}`, width);
}

/** "[####....] reading 3/65 files": files read of those new or changed, `width` columns at most. */
export function formatReadingLine(done: number, total: number, width: number): string {
  return barLine(done, total, ` reading ${done}/${total} files`, width);
}

function barLine(done: number, total: number, text: string, width: number): string {
  const barWidth = Math.max(0, Math.min(40, width - text.length - 3));
  const filled = total > 0 ? Math.round((Math.min(done, total) / total) * barWidth) : 0;
  const bar = barWidth > 0 ? `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]` : '';
  return `${bar}${text}`.slice(0, width);
}

/**
 * `brief index`'s redrawn progress line in a terminal. The rate and time left wait until they mean something and
 * follow the recent pace (recentPace, as the reader's status line does). The line is redrawn only when what it
 * says changes, at most once per REDRAW_MS. `update` gives the text to write, or null for nothing.
 */
export function progressLine(width: number): {update(p: IndexProgress, now: number): string | null} {
  const paced = recentPace();
  let shown: string | null = null;
  let drawnAt = -Infinity;
  return {
    update(p, now) {
      const recent = p.reading ? null : (paced(p.done, p.total, now)?.rate ?? null);
      const text = formatProgressLine(p, width, recent);
      if (text === shown || now - drawnAt < REDRAW_MS) return null;
      shown = text;
      drawnAt = now;
      return `\r${text}\u001b[K`;
    },
  };
}
