import {describe, expect, it} from 'vitest';
import {workerCount} from '../../src/cli/index-command.js';

describe('BRIEF_WORKERS', () => {
  it.each([
    [undefined, 2, undefined],
    ['3', 2, 3],
    ['4', 2, 4],
    // More than two per core only share the cores: 1,000 asked for on two cores started hundreds of threads.
    ['1000', 2, 4],
    ['1000', 1, 2],
    ['0', 2, undefined],
    ['-1', 2, undefined],
    ['two', 2, undefined],
  ])('BRIEF_WORKERS=%s on %i cores → %s', (value, cores, expected) => {
    expect(workerCount(value === undefined ? {} : {BRIEF_WORKERS: value}, cores)).toBe(expected);
  });
});
