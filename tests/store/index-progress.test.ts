import {describe, expect, it} from 'vitest';
import {emptySummary, progressReport, type RunState} from '../../src/store/index-progress.js';
import {formatProgress} from '../../src/store/progress.js';
import {progressText} from '../../src/ui/components/StatusLine.js';

/** A run 10 s into extraction (at `now` 20,000 ms). */
const state = (fields: Partial<RunState>): RunState => ({
  root: '/library',
  summary: emptySummary(),
  done: 0,
  total: 100,
  own: 0,
  shared: false,
  waitingForOthers: false,
  extractStart: 10_000,
  changed: true,
  waiting: false,
  ...fields,
});
const NOW = 20_000;

describe('index progress with another indexer on the same database', () => {
  it('alone: the rate of its own extractions and the time the rest takes at it', () => {
    const p = progressReport(state({done: 20, own: 20}), NOW);
    expect(p).toMatchObject({done: 20, total: 100, rate: 2, etaSeconds: 40});
    expect(p.shared).toBeUndefined();
    expect(formatProgress(p, 60)).toMatch(/ 20\/100 2\.0\/s ETA 40s$/);
    expect(progressText(p)).toBe('analysing 20/100 · 2.0/s · 40s left');
  });

  it('texts another indexer stored count as done, not in the rate: a burst of them does not make it jump', () => {
    // 20 of its own in 10 s, then it reaches 50 the other indexer stored: still 2/s, and less left.
    const p = progressReport(state({done: 70, own: 20}), NOW);
    expect(p).toMatchObject({done: 70, rate: 2, etaSeconds: 15});
  });

  it('shared: no time left of its own, and words that say why', () => {
    const p = progressReport(state({done: 40, own: 20, shared: true}), NOW);
    expect(p).toMatchObject({rate: 2, etaSeconds: null, shared: {left: 60, waiting: false}});
    expect(progressText(p)).toBe('analysing 40/100 · 2.0/s · shared with another brief');
    expect(formatProgress(p, 80)).toMatch(/ 40\/100 2\.0\/s here, shared with another brief$/);
    expect(formatProgress(p, 80)).not.toContain('ETA');
  });

  it('waiting: nothing of its own left, the texts the other indexer still holds', () => {
    const p = progressReport(state({done: 97, own: 50, shared: true, waitingForOthers: true}), NOW);
    expect(p).toMatchObject({etaSeconds: null, shared: {left: 3, waiting: true}});
    expect(progressText(p)).toBe('analysing 97/100 · another brief is analysing the last 3');
    expect(formatProgress(p, 80)).toMatch(/ 97\/100 waiting for another brief \(3 left\)$/);
  });
});

describe('index progress while new files are read', () => {
  it('says how many files are read of those to read, before any text is analysed', () => {
    const p = progressReport(state({extractStart: null, total: 280, reading: {done: 120, total: 280}}), NOW);
    expect(p.reading).toEqual({done: 120, total: 280});
    expect(progressText(p)).toBe('reading 120/280 files');
    expect(formatProgress(p, 60)).toMatch(/^\[#+\.+\] reading 120\/280 files$/);
    expect(progressText({...p, waiting: true})).toBe(
      'reading 120/280 files · waiting for another program to finish writing',
    );
  });

  it('says nothing of reading once analysis began', () => {
    const p = progressReport(state({done: 10, own: 10, reading: {done: 280, total: 280}}), NOW);
    expect(p.reading).toBeUndefined();
    expect(progressText(p)).toMatch(/^analysing 10\/100/);
  });
});
