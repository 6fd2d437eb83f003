import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {fingerprintFile} from '../../src/store/worker-start.js';
import {tempDir} from '../helpers/temp-dir.js';

// The pool's fingerprint of its extractor is a hash of one file's text (worker-pool.ts): for the CommonJS entry the
// small ES entry beside it, which names the same content-hashed chunks.
const folder = (...names: string[]): string =>
  tempDir(Object.fromEntries(names.map((n) => [n, `// ${n}\n`])));

describe('fingerprintFile', () => {
  it('stands the ES entry in for the CommonJS entry beside it', () => {
    const dir = folder('index-worker-boot.cjs', 'index-worker.js');
    expect(fingerprintFile(join(dir, 'index-worker-boot.cjs'))).toBe(join(dir, 'index-worker.js'));
  });

  it('keeps the CommonJS entry when no ES entry is beside it', () => {
    const dir = folder('index-worker-boot.cjs');
    expect(fingerprintFile(join(dir, 'index-worker-boot.cjs'))).toBe(join(dir, 'index-worker-boot.cjs'));
  });

  it('keeps any other script as it is', () => {
    const dir = folder('index-worker.js', 'other-worker.cjs');
    expect(fingerprintFile(join(dir, 'index-worker.js'))).toBe(join(dir, 'index-worker.js'));
    expect(fingerprintFile(join(dir, 'other-worker.cjs'))).toBe(join(dir, 'other-worker.cjs'));
  });
});
