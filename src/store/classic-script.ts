import {isAscii} from 'node:buffer';
import {existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {basename, dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {setFlagsFromString} from 'node:v8';
import vm from 'node:vm';
import {makeFolders} from '../library/make-folder.js';
import {sha1Hex} from './sha1.js';
import {flagSetting, tunedV8Flags} from './v8-flags.js';

// Node 20 cannot keep V8's code cache for an ES module (module.enableCompileCache is Node 22.1+), but it can for a
// classic script: vm.Script takes the bytes of an earlier compilation (cachedData) and skips parsing and compiling
// what they hold. The build writes the reader as such a script (dist/reader.cjs, a CommonJS-style bundle with no
// top-level await and no import()); this loads it, with the cache from `$XDG_CACHE_HOME/brief/v8` when there is
// one, and writes the cache after a run, when it holds every function that run compiled (the keys' code too).
//
// A cache entry is named after the script's content, Node's V8 and the CPU, so a rebuilt or updated brief never
// meets an old entry; it starts with a checksum of its bytes, so a truncated or damaged file is ignored and
// rewritten (a SHA-1 until the fifty-second round: `node:crypto` and its streams were ~25 M instructions of each start
// that loads a script, the digest of a 0.3-2 MB entry another 4-25 M, where this sum is ~1 M);
// V8 checks its own version and flags (a run with other V8 flags) and may still refuse it (cachedDataRejected),
// which also means rewrite.
// Any failure to read or write the cache leaves the script compiled as usual: slower, never wrong.

// 16 bytes, then the 8 of the checksum: the entry's code starts 4-byte aligned in the file's buffer.
const MAGIC = Buffer.from('brief-v8-cache/2');
/** The magic of an entry saved as whole (ClassicScript.save's `whole`). */
const MAGIC_WHOLE = Buffer.from('brief-v8-cache/W');
const DIGEST = 8;

/**
 * A checksum of `bytes` (8 bytes), against a file cut short or damaged on disk (not against anyone who can write the
 * cache folder, who could write the script too): zlib's CRC-32 and the length where Node has it (20.15+; zlib is
 * loaded on first use, ~1-4 M instructions where Node's streams are loaded already), else two 32-bit lanes over the
 * 32-bit words (in JavaScript, ~30 M instructions for a 0.3 MB entry before V8 optimises the loop). An entry written
 * under the other kind is refused once and written again.
 */
export function entryChecksum(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(DIGEST);
  const crc32 = zlibCrc32();
  if (crc32) {
    out.writeUInt32LE(crc32(bytes) >>> 0, 0);
    out.writeUInt32LE(bytes.length >>> 0, 4);
    return out;
  }
  const n = bytes.length >>> 2;
  const words =
    bytes.byteOffset % 4 === 0
      ? new Int32Array(bytes.buffer, bytes.byteOffset, n)
      : new Int32Array(bytes.slice(0, n * 4).buffer);
  let a = 0x811c9dc5 ^ bytes.length;
  let b = 0x9e3779b9 ^ bytes.length;
  for (let i = 0; i < n; i++) {
    const w = words[i] ?? 0;
    a = Math.imul(a ^ w, 0x01000193);
    b = Math.imul((b + w) | 0, 0xcc9e2d51);
    b = (b << 13) | (b >>> 19);
  }
  for (let i = n * 4; i < bytes.length; i++) {
    const w = bytes[i] ?? 0;
    a = Math.imul(a ^ w, 0x01000193);
    b = Math.imul((b + w) | 0, 0xcc9e2d51);
  }
  out.writeInt32LE(mix(a), 0);
  out.writeInt32LE(mix(b ^ a), 4);
  return out;
}

/** zlib's crc32 when this Node has it (loaded here, not where the script starts), else null. */
function zlibCrc32(): ((data: Uint8Array) => number) | null {
  try {
    const zlib = createRequire(import.meta.url)('node:zlib') as {crc32?: (data: Uint8Array) => number};
    return typeof zlib.crc32 === 'function' ? zlib.crc32 : null;
  } catch {
    return null;
  }
}

/** MurmurHash3's finaliser: every bit of the lane reaches every bit of the sum. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** How the script was compiled: from a cache entry, without one, or refused by V8 (`off`: no cache folder). */
export type CacheUse = 'used' | 'none' | 'rejected' | 'off';

export interface ClassicScript<T> {
  exports: T;
  cache: CacheUse;
  /** The cache entry's path, or null when off. */
  entry: string | null;
  /**
   * Writes the cache entry from what is compiled by now, and removes entries of other versions of the script.
   * Without `minGrowth`: only when there was none or V8 refused it. With it: also when the code compiled by now
   * is more than (1 + minGrowth) times the entry read or written by this run (the run compiled code the entry
   * lacks, e.g. for keys pressed after the entry was taken). Returns whether it wrote. Never throws.
   * `whole`: this run compiled what any run of its kind compiles (`brief index` running over a second), and the
   * entry is saved marked so; an entry read with that mark is not compared again by such a run (taking the code to
   * compare was ~20 M instructions at the end of every first index, s53c).
   */
  save(minGrowth?: number, whole?: boolean): boolean;
  /**
   * Writes an entry for the script in `cacheDir` taken under V8's default flags, when that folder has none: a script
   * loaded under tuned flags (`current`) leaves the entry the next start with default flags reads. Never throws.
   */
  saveDefaultIn(cacheDir: string): boolean;
}

/**
 * Runs `take` with the V8 flags brief changed set back to their defaults: V8 stamps a code cache with the flags
 * in force and refuses it under others, and the next start runs with the defaults.
 */
function withDefaultFlags<T>(take: () => T): T {
  const tuned = tunedV8Flags();
  for (const [flag, , value] of tuned) setFlagsFromString(flagSetting(flag, value));
  try {
    return take();
  } finally {
    for (const [flag, value] of tuned) setFlagsFromString(flagSetting(flag, value));
  }
}

/** The first line of a script the build has hashed: its SHA-1 of the rest, so loading need not hash 1-2 MB. */
const HASHED = Buffer.from('// brief-sha1:');
const HEX = 40;

/** What identifies the script's content: the hash the build wrote in its first line, else the bytes themselves. */
function contentKey(source: Buffer): Buffer {
  const end = HASHED.length + HEX;
  const stated = source.length > end && source.subarray(0, HASHED.length).equals(HASHED);
  return stated ? source.subarray(HASHED.length, end) : source;
}

/** The cache entry for `source` (the script's bytes) of the script named `name`. */
export function cacheEntryName(name: string, source: Buffer): string {
  const key = sha1Hex(
    Buffer.concat([contentKey(source), Buffer.from(`\0${process.versions.v8}\0${process.arch}`)]),
  ).slice(0, 24);
  return `${name}-${key}.bin`;
}

function readEntry(path: string): {data: Buffer; whole: boolean} | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const start = MAGIC.length + DIGEST;
  if (bytes.length <= start) return undefined;
  const magic = bytes.subarray(0, MAGIC.length);
  const whole = magic.equals(MAGIC_WHOLE);
  if (!whole && !magic.equals(MAGIC)) return undefined;
  const data = bytes.subarray(start);
  return entryChecksum(data).equals(bytes.subarray(MAGIC.length, start)) ? {data, whole} : undefined;
}

function writeEntry(path: string, data: Buffer, whole = false): void {
  makeFolders(dirname(path));
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([whole ? MAGIC_WHOLE : MAGIC, entryChecksum(data), data]), {
      mode: 0o600,
    });
    renameSync(temp, path);
  } finally {
    rmSync(temp, {force: true});
  }
  // Entries of earlier builds of the same script are dead weight.
  const name = basename(path);
  const prefix = name.slice(0, name.lastIndexOf('-') + 1);
  for (const other of readdirSync(dirname(path)))
    if (other !== name && other.startsWith(prefix) && other.endsWith('.bin'))
      rmSync(join(dirname(path), other), {force: true});
}

/**
 * Runs the classic script `file` as a CommonJS module (exports, require, module, __filename, __dirname, and
 * `__brief_meta_url` for the build's `import.meta.url`) and returns its exports, or null when the file is
 * missing or does not compile or run (the caller then loads its ES module form). `cacheDir` null: no cache.
 * `flags`: which V8 flags the cache is taken under, those every start begins with (`defaults`: the reader, loaded
 * before brief tunes any) or those in force (`current`: an extraction worker, always started after the tuning).
 */
export function loadClassicScript<T>(
  file: string,
  cacheDir: string | null,
  flags: 'defaults' | 'current' = 'defaults',
): ClassicScript<T> | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const name = basename(file).replace(/\.[^.]*$/, '');
  const entry = cacheDir ? join(cacheDir, cacheEntryName(name, bytes)) : null;
  const read = entry ? readEntry(entry) : undefined;
  const cachedData = read?.data;
  // The build keeps the script ASCII, so it reads as Latin-1: a one-byte string, without decoding UTF-8.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const wrapped = `(function (exports, require, module, __filename, __dirname, __brief_meta_url) {${source}\n})`;
  let script: vm.Script;
  const module = {exports: {} as T};
  try {
    script = new vm.Script(wrapped, {filename: file, ...(cachedData ? {cachedData} : {})});
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
  } catch {
    return null;
  }
  const cache: CacheUse = !entry
    ? 'off'
    : !cachedData
      ? 'none'
      : script.cachedDataRejected
        ? 'rejected'
        : 'used';
  // The size of the entry this run read or wrote (0: none to speak of), and whether writing failed once.
  let known = cache === 'used' ? (cachedData?.length ?? 0) : 0;
  let knownWhole = cache === 'used' && read?.whole === true;
  let failed = false;
  return {
    exports: module.exports,
    cache,
    entry,
    save(minGrowth, whole = false) {
      if (!entry || failed) return false;
      if (known > 0 && (minGrowth === undefined || (whole && knownWhole))) return false;
      try {
        const data =
          flags === 'defaults'
            ? withDefaultFlags(() => script.createCachedData())
            : script.createCachedData();
        // An entry not yet marked whole is written once more to be marked, grown or not.
        if (known > 0 && data.length <= known * (1 + (minGrowth ?? 0)) && !(whole && !knownWhole))
          return false;
        writeEntry(entry, data, whole);
        known = data.length;
        knownWhole = whole;
        return true;
      } catch {
        failed = true;
        return false;
      }
    },
    saveDefaultIn(dir) {
      const other = join(dir, cacheEntryName(name, bytes));
      try {
        if (existsSync(other)) return false;
        writeEntry(
          other,
          withDefaultFlags(() => script.createCachedData()),
        );
        return true;
      } catch {
        return false;
      }
    },
  };
}
