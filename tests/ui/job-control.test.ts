import {describe, expect, it} from 'vitest';
import {cannotSuspend, parseStat} from '../../src/ui/job-control.js';

describe('parseStat', () => {
  it.each([
    [
      '4242 (node) S 4200 4242 4100 34817 4242 4194304 0',
      {state: 'S', pgrp: 4242, session: 4100, tpgid: 4242},
    ],
    // A command name may hold spaces and parentheses: the fields start after the last ')'.
    ['77 (a) b (c)) T 70 77 77 34817 90 0', {state: 'T', pgrp: 77, session: 77, tpgid: 90}],
  ])('%s', (text, expected) => {
    expect(parseStat(text)).toEqual(expected);
  });

  it('gives null for what is not a stat line', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('12 (x) R')).toBeNull();
  });
});

describe('cannotSuspend', () => {
  it('says why in the session leader’s process group, where no job-control shell made a job of brief', () => {
    expect(cannotSuspend({state: 'R', pgrp: 10, session: 10, tpgid: 10})).toMatch(
      /^Ctrl\+Z: no shell with job control/,
    );
  });

  it('names the key that quits from every screen (Q is typed into the search box; Ctrl+C quits from anywhere)', () => {
    const said = cannotSuspend({state: 'R', pgrp: 10, session: 10, tpgid: 10}) ?? '';
    expect(said).toContain('(Ctrl+C quits)');
    expect(said).not.toMatch(/\bQ quits/);
  });

  it('lets a job (its own process group) suspend, and cannot tell without /proc', () => {
    expect(cannotSuspend({state: 'R', pgrp: 12, session: 10, tpgid: 12})).toBeNull();
    expect(cannotSuspend(null)).toBeNull();
  });
});
