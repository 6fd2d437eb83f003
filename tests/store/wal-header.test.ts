import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {newestFirstPage} from '../../src/store/db-file.js';
import {tempDir} from '../helpers/temp-dir.js';

// A database's -wal file can be checkpointed and cut short by another process between brief's stat of it and its
// reads (two briefs on one database: one indexing, one adding). A short read must end the scan, never throw.
const PAGE = 512;

function walFile(frames: number, keepBytes?: number): {path: string; size: number} {
  const head = Buffer.alloc(32);
  head.writeUInt32BE(0x377f0682, 0);
  head.writeUInt32BE(3007000, 4);
  head.writeUInt32BE(PAGE, 8);
  head.write('saltsalt', 16, 'latin1');
  const parts = [head];
  for (let i = 0; i < frames; i++) {
    const frame = Buffer.alloc(24 + PAGE);
    frame.writeUInt32BE(1, 0); // page 1
    frame.write('saltsalt', 8, 'latin1');
    frame.writeUInt32BE(0xb1e1, 24 + 68); // the page's application id
    parts.push(frame);
  }
  const whole = Buffer.concat(parts);
  const path = join(tempDir(), 'brief.db-wal');
  writeFileSync(path, keepBytes === undefined ? whole : whole.subarray(0, keepBytes));
  return {path, size: whole.length};
}

describe('the newest page 1 of a -wal file', () => {
  it('is read from the last frame that holds page 1', () => {
    const {path, size} = walFile(2);
    expect(newestFirstPage(path, size)?.readUInt32BE(68)).toBe(0xb1e1);
  });

  it('is none, without an error, when the file was cut short after its size was read', () => {
    // Cut inside the last frame's page: its header was read, its page is not there any more.
    const {path, size} = walFile(1, 32 + 24 + 40);
    expect(newestFirstPage(path, size)).toBeNull();
    // Cut inside a frame header.
    const cut = walFile(2, 32 + 24 + PAGE + 10);
    expect(() => newestFirstPage(cut.path, cut.size)).not.toThrow();
  });
});
