import {describe, expect, it} from 'vitest';
import {progressLine} from '../../src/cli/progress-line.js';
import type {IndexProgress} from '../../src/store/index.js';

// Reports as a run gives them: `done` of 280, its average rate and time left (the run's own figures).
const report = (done: number, seconds: number, total = 280): IndexProgress => {
  const rate = seconds > 0 ? done / seconds : 0;
  return {done, total, rate, etaSeconds: rate > 0 ? (total - done) / rate : null};
};

/** Feeds `steps` ([ms, done]) to a fresh line; returns what was written at each, null for nothing. */
function drive(steps: readonly [number, number][], total = 280): (string | null)[] {
  const line = progressLine(79);
  return steps.map(([ms, done]) => line.update(report(done, ms / 1000, total), ms));
}

const eta = (text: string | null): string | null => /ETA (\S+)/.exec(text ?? '')?.[1] ?? null;

describe("brief index's progress line in a terminal", () => {
  it('shows no time left from the first few texts, however long they took', () => {
    // 19 texts in 6 s: fewer than the 20 the pace waits for.
    const written = drive([
      [0, 1],
      [2000, 8],
      [6000, 19],
    ]);
    expect(written.every((w) => w !== null && !w.includes('ETA'))).toBe(true);
    expect(written[2]?.endsWith(' 19/280\u001b[K')).toBe(true);
  });

  it('nor in the first moments of a fast run, however many texts are done', () => {
    const written = drive([
      [0, 1],
      [500, 30],
      [1000, 60],
    ]);
    expect(written.map(eta)).toEqual([null, null, null]);
  });

  it('times the rest at the recent pace, not at the slow start’s: workers warm up', () => {
    // 2 texts a second for 10 s (cold), then 20 a second: at 5 s of the fast pace 180 are left, 9 s of work.
    const steps: [number, number][] = [];
    for (let s = 0; s <= 10; s++) steps.push([s * 1000, s * 2]);
    for (let s = 1; s <= 5; s++) steps.push([10_000 + s * 1000, 20 + s * 20]);
    const last = drive(steps).at(-1) ?? null;
    // The run's average (120 in 15 s, 8/s) would say 20s.
    expect(last).toContain('120/280 20/s ETA 10s');
  });

  it('says nothing of the time left once every text is done', () => {
    const written = drive([
      [0, 1],
      [2000, 100],
      [4000, 200],
      [5000, 280],
    ]);
    expect(eta(written[2] ?? null)).not.toBeNull();
    expect(written[3]?.endsWith(' 280/280\u001b[K')).toBe(true);
  });

  it('is not redrawn when nothing it says changed, nor more often than every 100 ms', () => {
    const line = progressLine(79);
    expect(line.update(report(1, 0.1), 100)).not.toBeNull();
    // The same words: nothing written.
    expect(line.update(report(1, 0.2), 200)).toBeNull();
    // New words 50 ms after the last draw: held back, then drawn once 100 ms have passed.
    expect(line.update(report(2, 0.25), 250)).not.toBeNull();
    expect(line.update(report(3, 0.3), 300)).toBeNull();
    expect(line.update(report(4, 0.36), 360)).toMatch(/ 4\/280/);
  });

  it('shows the files read before any text is analysed, in one line that fits', () => {
    const line = progressLine(50);
    const text = line.update({...report(0, 0), reading: {done: 120, total: 280}}, 0) ?? '';
    expect(text.startsWith('\r[') && text.endsWith('] reading 120/280 files\u001b[K')).toBe(true);
    expect(text.length - '\r\u001b[K'.length).toBeLessThanOrEqual(50);
  });
});
