// SHA-1 in JavaScript, for the few short inputs brief hashes on its way to a command's first work (a code cache
// entry's name, the extraction worker's fingerprint): `node:crypto` loads ~40 of Node's internal modules (streams
// among them), ~25 M instructions of every `brief index` with nothing changed and of the reader's start, to hash a
// few hundred bytes. Gives what `createHash('sha1')` gives. Not for large inputs (a few µs a KB).

const W = new Int32Array(80);

/** The SHA-1 of `bytes`, as lowercase hex (what `createHash('sha1').update(bytes).digest('hex')` returns). */
export function sha1Hex(bytes: Uint8Array): string {
  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0 | 0;
  const length = bytes.length;
  // The message, a 0x80 byte, zeros, and the length in bits (64-bit big-endian) to a multiple of 64 bytes.
  const blocks = ((length + 8) >>> 6) + 1;
  const padded = new Uint8Array(blocks * 64);
  padded.set(bytes);
  padded[length] = 0x80;
  const bits = length * 8;
  const end = blocks * 64;
  padded[end - 5] = (bits / 2 ** 32) & 0xff;
  padded[end - 4] = (bits >>> 24) & 0xff;
  padded[end - 3] = (bits >>> 16) & 0xff;
  padded[end - 2] = (bits >>> 8) & 0xff;
  padded[end - 1] = bits & 0xff;
  for (let at = 0; at < end; at += 64) {
    for (let i = 0; i < 16; i++) {
      const j = at + i * 4;
      W[i] =
        ((padded[j] ?? 0) << 24) |
        ((padded[j + 1] ?? 0) << 16) |
        ((padded[j + 2] ?? 0) << 8) |
        (padded[j + 3] ?? 0);
    }
    for (let i = 16; i < 80; i++) {
      const x = (W[i - 3] ?? 0) ^ (W[i - 8] ?? 0) ^ (W[i - 14] ?? 0) ^ (W[i - 16] ?? 0);
      W[i] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let i = 0; i < 80; i++) {
      const f =
        i < 20
          ? ((b & c) | (~b & d)) + 0x5a827999
          : i < 40
            ? (b ^ c ^ d) + 0x6ed9eba1
            : i < 60
              ? ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc
              : (b ^ c ^ d) + 0xca62c1d6;
      const t = (((a << 5) | (a >>> 27)) + f + e + (W[i] ?? 0)) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  return [h0, h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}
