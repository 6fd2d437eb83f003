import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {buildSync} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  cacheEntryName,
  entryChecksum,
  loadClassicScript,
  type CacheUse,
} from '../../src/store/classic-script.js';
import {tempDir} from '../helpers/temp-dir.js';

// V8 keeps what one process compiled and hands it back for the same source, whatever cache is offered: whether a
// cache entry is used, refused or absent only shows in a fresh process. Those tests run the loader (bundled
// from its source) in a child Node.
const bundled = mkdtempSync(join(tmpdir(), 'brief-test-loader-'));
const loader = join(bundled, 'loader.mjs');
afterAll(() => rmSync(bundled, {recursive: true, force: true}));
beforeAll(() => {
  buildSync({
    entryPoints: [join(import.meta.dirname, '../../src/store/classic-script.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: loader,
    logLevel: 'silent',
  });
});

interface Fresh {
  cache: CacheUse | null;
  sum: number | null;
  saved: boolean;
}

/**
 * Loads `file` in a new process; with `save`, saves the cache after running (with `growth`, as at quit, after
 * calling the script's `later()` when it has one and `callLater` is set).
 */
function fresh(
  file: string,
  cache: string,
  save = true,
  growth?: number,
  callLater = false,
  tune: 'none' | 'told' | 'untold' = 'none',
  whole = false,
): Fresh {
  // A V8 flag changed after loading, as the worker pool does: told (listed where the loader looks) or not.
  const flag = `(await import('node:v8')).setFlagsFromString('--interrupt-budget=200000');`;
  const told = `(globalThis[Symbol.for('brief.tunedV8Flags')] ??= []).push(['--interrupt-budget', '200000', '67584']);`;
  const tuning = tune === 'none' ? '' : tune === 'told' ? `${flag}\n${told}` : flag;
  const code = `const {loadClassicScript} = await import(${JSON.stringify(pathToFileURL(loader).href)});
const run = loadClassicScript(${JSON.stringify(file)}, ${JSON.stringify(cache)});
${tuning}
const out = {cache: run?.cache ?? null, sum: run ? run.exports.sum(2, 3) : null, saved: false};
if (run && ${String(callLater)}) run.exports.later();
if (run && ${String(save)}) out.saved = run.save(${growth === undefined ? 'undefined' : String(growth)}, ${String(whole)});
console.log(JSON.stringify(out));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {encoding: 'utf8'});
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as Fresh;
}

// A made-up classic script with what the build's reader.cjs uses: exports, require, the build's import.meta.url.
const SCRIPT = [
  'exports.sum = (a, b) => a + b;',
  'exports.url = __brief_meta_url;',
  "exports.joined = require('node:path').join('a', 'b');",
  'exports.words = ["one", "two"].map((w) => w.toUpperCase());',
].join('\n');

interface Exports {
  sum(a: number, b: number): number;
  url: string;
  joined: string;
  words: string[];
}

/**
 * SCRIPT with `later()`, 300 lines compiled only when called: a run that calls it has far more compiled code than an
 * entry written by one that did not.
 */
function withLater(): string {
  const body = Array.from(
    {length: 300},
    (_, i) => `  total += [${i}, ${i + 1}].map((x) => x * ${i}).length;`,
  );
  return `${SCRIPT}\nexports.later = function () {\n  let total = 0;\n${body.join('\n')}\n  return total;\n};`;
}

function setUp(source = SCRIPT): {file: string; cache: string} {
  const dir = tempDir({'reader.cjs': source});
  return {file: join(dir, 'reader.cjs'), cache: join(dir, 'cache')};
}

const entries = (cache: string): string[] => {
  try {
    return readdirSync(cache).sort();
  } catch {
    return [];
  }
};

describe('a classic script with V8’s code cache', () => {
  it('runs it as a CommonJS module with the build’s import.meta.url', () => {
    const {file, cache} = setUp();
    const run = loadClassicScript<Exports>(file, cache);
    expect(run?.exports.sum(2, 3)).toBe(5);
    expect(run?.exports.url).toBe(pathToFileURL(file).href);
    expect(run?.exports.joined).toBe(join('a', 'b'));
    expect(run?.exports.words).toEqual(['ONE', 'TWO']);
  });

  it('runs without a cache, writes one on save, and compiles from it the next time', () => {
    const {file, cache} = setUp();
    expect(fresh(file, cache, false)).toEqual({cache: 'none', sum: 5, saved: false});
    expect(entries(cache)).toEqual([]);
    expect(fresh(file, cache)).toEqual({cache: 'none', sum: 5, saved: true});
    // Named after the script's bytes (and Node's V8 and CPU).
    expect(entries(cache)).toEqual([cacheEntryName('reader', readFileSync(file))]);
    expect(cacheEntryName('reader', Buffer.from('other'))).not.toBe(
      cacheEntryName('reader', readFileSync(file)),
    );
    // An entry that was used is not written again.
    expect(fresh(file, cache)).toEqual({cache: 'used', sum: 5, saved: false});
  });

  it('is named by the hash a built script states in its first line, without hashing the rest', () => {
    const stated = (hex: string, body: string) => Buffer.from(`// brief-sha1:${hex}\n${body}`);
    const a = 'a'.repeat(40);
    expect(cacheEntryName('reader', stated(a, 'exports.x = 1;'))).toBe(
      cacheEntryName('reader', stated(a, 'exports.x = 2;')),
    );
    // A rebuild states another hash: another entry.
    expect(cacheEntryName('reader', stated('b'.repeat(40), 'exports.x = 1;'))).not.toBe(
      cacheEntryName('reader', stated(a, 'exports.x = 1;')),
    );
    // A script without the line is named by its bytes.
    expect(cacheEntryName('reader', Buffer.from('exports.x = 1;'))).not.toBe(
      cacheEntryName('reader', Buffer.from('exports.x = 2;')),
    );
    // The built reader states the SHA-1 of the rest of its bytes.
    const built = readFileSync(join(import.meta.dirname, '../../dist/reader.cjs'));
    const newline = built.indexOf(10);
    expect(built.subarray(0, newline).toString()).toBe(
      `// brief-sha1:${createHash('sha1')
        .update(built.subarray(newline + 1))
        .digest('hex')}`,
    );
  });

  it('is written again at quit when the run compiled much the entry lacks, and only then', () => {
    const {file, cache} = setUp(withLater());
    expect(fresh(file, cache).saved).toBe(true);
    const size = () => readFileSync(join(cache, entries(cache)[0] ?? '')).length;
    const before = size();
    expect(fresh(file, cache, true, 0.05)).toEqual({cache: 'used', sum: 5, saved: false});
    expect(fresh(file, cache, true, 0.05, true)).toEqual({cache: 'used', sum: 5, saved: true});
    expect(size()).toBeGreaterThan(before * 1.05);
    expect(fresh(file, cache, true, 0.05, true).saved).toBe(false);
  });

  it('is not compared again by a run of the kind that saved it whole (a long `brief index`)', () => {
    const {file, cache} = setUp(withLater());
    expect(fresh(file, cache).saved).toBe(true);
    // Not marked whole yet: written once more to be marked, though it has not grown.
    expect(fresh(file, cache, true, 0.05, false, 'none', true).saved).toBe(true);
    // Marked: not compared, though this run compiled much it lacks.
    expect(fresh(file, cache, true, 0.05, true, 'none', true)).toEqual({cache: 'used', sum: 5, saved: false});
    // A run of another kind (the reader at quit) still compares, and writes the grown entry.
    expect(fresh(file, cache, true, 0.05, true).saved).toBe(true);
  });

  it('is taken with the V8 flags brief changed set back to their defaults, so the next start can use it', () => {
    const told = setUp();
    expect(fresh(told.file, told.cache, true, undefined, false, 'told').saved).toBe(true);
    expect(fresh(told.file, told.cache).cache).toBe('used');
    // Without that, V8 refuses an entry stamped with other flags than the next start's.
    const untold = setUp();
    expect(fresh(untold.file, untold.cache, true, undefined, false, 'untold').saved).toBe(true);
    expect(fresh(untold.file, untold.cache).cache).toBe('rejected');
  });

  it('gives a changed script a new entry, compiled afresh, and drops the old one once the new one is saved', () => {
    const {file, cache} = setUp();
    fresh(file, cache);
    const old = entries(cache);
    writeFileSync(file, SCRIPT.replace('a + b', 'a + b + 1'));
    expect(fresh(file, cache)).toEqual({cache: 'none', sum: 6, saved: true});
    const now = entries(cache);
    expect(now).toHaveLength(1);
    expect(now).not.toEqual(old);
    expect(fresh(file, cache).cache).toBe('used');
  });

  it('ignores a damaged entry (its digest no longer matches) and rewrites it', () => {
    const {file, cache} = setUp();
    fresh(file, cache);
    const entry = join(cache, entries(cache)[0] ?? '');
    const bytes = readFileSync(entry);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    writeFileSync(entry, bytes);
    expect(fresh(file, cache)).toEqual({cache: 'none', sum: 5, saved: true});
    expect(fresh(file, cache).cache).toBe('used');
  });

  it('checks an entry with a sum that any one changed or missing byte changes', () => {
    const bytes = Buffer.from(Array.from({length: 4099}, (_, i) => (i * 7) & 0xff));
    const sum = entryChecksum(bytes);
    for (const at of [0, 1, 2048, 4095, 4096, 4098]) {
      const damaged = Buffer.from(bytes);
      damaged[at] = (damaged[at] ?? 0) ^ 0x10;
      expect(entryChecksum(damaged).equals(sum)).toBe(false);
    }
    expect(entryChecksum(bytes.subarray(0, 4098)).equals(sum)).toBe(false);
    // The same bytes away from a 4-byte boundary: the same sum.
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    expect(entryChecksum(shifted.subarray(1)).equals(sum)).toBe(true);
  });

  it('reads an entry without loading node:crypto', () => {
    const {file, cache} = setUp();
    fresh(file, cache);
    const code = `const {loadClassicScript} = await import(${JSON.stringify(pathToFileURL(loader).href)});
const run = loadClassicScript(${JSON.stringify(file)}, ${JSON.stringify(cache)});
console.log(JSON.stringify({cache: run?.cache, crypto: process.moduleLoadList.includes('NativeModule crypto')}));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {encoding: 'utf8'});
    expect(JSON.parse(child.stdout)).toEqual({cache: 'used', crypto: false});
  });

  it('runs correctly when V8 refuses a well-formed entry that is not its code cache', () => {
    const {file, cache} = setUp();
    fresh(file, cache);
    const entry = join(cache, entries(cache)[0] ?? '');
    // Same framing (header and digest), payload from another script: V8 checks the source and refuses it.
    const other = setUp('exports.sum = (a, b) => a * b;');
    fresh(other.file, other.cache);
    writeFileSync(entry, readFileSync(join(other.cache, entries(other.cache)[0] ?? '')));
    expect(fresh(file, cache)).toEqual({cache: 'rejected', sum: 5, saved: true});
    expect(fresh(file, cache).cache).toBe('used');
  });

  it('runs when the cache folder cannot be made (a file is in its way), and saving says no', () => {
    const dir = tempDir({'reader.cjs': SCRIPT, blocked: 'a file'});
    const run = loadClassicScript<Exports>(join(dir, 'reader.cjs'), join(dir, 'blocked', 'v8'));
    expect(run?.exports.sum(1, 2)).toBe(3);
    expect(run?.save()).toBe(false);
  });

  it('has no cache when asked for none', () => {
    const {file} = setUp();
    const run = loadClassicScript<Exports>(file, null);
    expect(run?.cache).toBe('off');
    expect(run?.save()).toBe(false);
  });

  it('reads a script that is not ASCII as UTF-8', () => {
    const {file, cache} = setUp('exports.word = "café ·";');
    expect(loadClassicScript<{word: string}>(file, cache)?.exports.word).toBe('café ·');
  });

  it('returns null for a missing file, a syntax error or a script that throws, so the caller loads its module', () => {
    const {cache} = setUp();
    expect(loadClassicScript(join(cache, 'nothing.cjs'), cache)).toBeNull();
    expect(loadClassicScript(setUp('exports.x = (;').file, cache)).toBeNull();
    expect(loadClassicScript(setUp('throw new Error("no");').file, cache)).toBeNull();
  });
});
