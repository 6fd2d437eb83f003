import {readSync} from 'node:fs';

/**
 * The bytes of an open file descriptor, at most `cap` and one read more: a stream without end (`yes | brief extract
 * -`, `brief add /dev/zero`) would otherwise fill the memory or never finish. A caller tells "too large" by a result
 * longer than `cap`.
 */
export function readBounded(fd: number, cap: number): Buffer {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(64 * 1024);
  let total = 0;
  while (total <= cap) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EOF') break;
      // A pipe its writer made non-blocking: wait for more rather than take what came so far as all of it.
      if (code !== 'EAGAIN') throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks);
}
