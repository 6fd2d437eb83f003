import {closeSync, openSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {isTerminal, lostTerminals} from '../../src/cli/lost-terminal.js';
import {tempDir} from '../helpers/temp-dir.js';

describe('which standard streams are terminals', () => {
  it('says no for a file and for /dev/null (a character device that is no terminal)', () => {
    const file = openSync(join(tempDir({'a.txt': 'x'}), 'a.txt'), 'r');
    const devNull = openSync('/dev/null', 'r');
    try {
      expect(isTerminal(file)).toBe(false);
      expect(isTerminal(devNull)).toBe(false);
    } finally {
      closeSync(file);
      closeSync(devNull);
    }
    // A descriptor that is not open is no terminal either.
    expect(isTerminal(987654)).toBe(false);
  });

  it('names the streams that were terminals and are no longer', () => {
    expect(lostTerminals([0, 1, 2], (fd) => fd !== 1)).toEqual([1]);
  });
});
