import {createHash, randomBytes} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {sha1Hex} from '../../src/store/sha1.js';

describe('SHA-1 without node:crypto (a cache entry’s name, the worker’s fingerprint)', () => {
  it('gives what createHash gives, at every length around a block’s padding', () => {
    for (let n = 0; n < 300; n++) {
      const bytes = randomBytes(n);
      expect(sha1Hex(bytes)).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
    const big = randomBytes(70_001);
    expect(sha1Hex(big)).toBe(createHash('sha1').update(big).digest('hex'));
    expect(sha1Hex(Buffer.from('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});
