import {describe, expect, it} from 'vitest';
import {chooseSlot, type JobKind} from '../../src/store/slot-choice.js';

const R: JobKind = 'read';
const X: JobKind = 'extract';
const V: JobKind = 'version';

describe('which extraction worker takes a job', () => {
  it.each([
    // [what each worker holds, workers allowed, job, choice]
    ['no worker yet', [], 2, R, 'new'],
    ['an idle worker before a new one', [[X], []], 2, X, 1],
    ['a new worker while one may start', [[V]], 2, R, 'new'],
    [
      'a read joins the worker holding only reads',
      [
        [X, X],
        [R, R],
      ],
      2,
      R,
      1,
    ],
    ['a read waits for the reading worker rather than behind an extraction', [[X], [R, R, R, R]], 2, R, null],
    ['a read goes behind an extraction only when no worker is reading', [[X, X], [X]], 2, R, 1],
    ['an extraction never joins a worker holding only reads', [[R], [X, X]], 2, X, null],
    ['an extraction goes to the worker holding fewest', [[X, X], [X]], 2, X, 1],
    [
      'nothing while every worker is full',
      [
        [X, X],
        [X, X],
      ],
      2,
      X,
      null,
    ],
    ['the version is asked like an extraction', [[X], [R]], 2, V, 0],
  ] as [string, JobKind[][], number, JobKind, number | 'new' | null][])(
    '%s',
    (_, held, size, kind, choice) => {
      expect(chooseSlot(held, size, kind)).toBe(choice);
    },
  );
});
