// A file name on Linux is bytes, not text: a name written by a Latin-1 program ("caf\xe9.txt") is not UTF-8,
// and Node's string names turn such bytes into U+FFFD, a name no file has. brief reads folders as bytes and
// keeps each name as a string that maps back to the exact bytes: every byte that is not part of valid UTF-8
// becomes one character of U+EF80–U+EFFF (the private-use block MirBSD's OPTU-8 uses for the same purpose).
// Valid UTF-8 for a character in that block is escaped byte by byte as well, so the mapping is one-to-one, and
// the strings are valid Unicode, which SQLite stores and returns unchanged (lone surrogates it would not).
import {isAscii} from 'node:buffer';

const BASE = 0xef00;

/** The characters that stand for raw bytes, as a regular-expression class range. */
export const BYTE_ESCAPES = '\\uef80-\\uefff';
const ESCAPED = /[\uef80-\uefff]/;

/** Whether `text` holds a character standing for a raw byte (a name given or read in bytes that are not UTF-8). */
export function holdsRawBytes(text: string): boolean {
  return ESCAPED.test(text);
}

/** `\xff` for a character that stands for a raw byte; undefined for any other character. */
export function escapedByte(ch: string): string | undefined {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0xef80 && cp <= 0xefff ? `\\x${(cp - BASE).toString(16)}` : undefined;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there does not start one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  // Second-byte limits rule out overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
  if (b >= 0xe0 && b <= 0xef) {
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

const utf8 = new TextDecoder('utf-8', {fatal: true});

/** A name read from a folder as bytes, as a string that `fsPath` turns back into the same bytes. */
export function decodeFileName(bytes: Uint8Array): string {
  // Most names are ASCII, which is its own UTF-8 and holds no escapes: one call instead of the decoder's.
  // (A Buffer, as readdir gives, is read as it is: wrapping each name in another was a tenth of a 10,000-file walk.)
  if (isAscii(bytes))
    return (
      Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    ).toString('latin1');
  try {
    const text = utf8.decode(bytes);
    if (!ESCAPED.test(text)) return text;
  } catch {
    // Not UTF-8 throughout: decoded piece by piece below.
  }
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    const text = n > 0 ? utf8.decode(bytes.subarray(i, i + n)) : '';
    if (n > 0 && !ESCAPED.test(text)) {
      out += text;
      i += n;
    } else {
      const end = i + Math.max(1, n);
      for (; i < end; i++) out += String.fromCharCode(BASE + (bytes[i] ?? 0));
    }
  }
  return out;
}

/** The path to hand to `fs`: the string itself, or its exact bytes when it holds bytes that were not UTF-8. */
export function fsPath(path: string): string | Buffer {
  if (!ESCAPED.test(path)) return path;
  const parts: Buffer[] = [];
  for (const ch of path) {
    const cp = ch.codePointAt(0) ?? 0;
    parts.push(cp >= 0xef80 && cp <= 0xefff ? Buffer.from([cp - BASE]) : Buffer.from(ch, 'utf8'));
  }
  return Buffer.concat(parts);
}

/** A name for reading: each stand-in for a raw byte becomes U+FFFD, the usual mark of undecodable text. */
export function replaceRawBytes(name: string): string {
  return name.replace(/[\uef80-\uefff]/g, '\ufffd');
}
