import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import {asciiOnly, lazyBuiltin, patchReconciler} from '../../scripts/classic-reader.mjs';

const escape = asciiOnly as (source: string) => string;
const patch = patchReconciler as (source: string) => string | null;
const lazy = lazyBuiltin as (name: string) => string;
const DIST = join(import.meta.dirname, '../../dist');

describe('the reader as a classic script (dist/reader.cjs)', () => {
  it('escapes every non-ASCII character so strings and regexes mean the same', () => {
    const source = [
      `["’‘", "café", "😀"]`,
      `/[’‘]/u.test("’")`,
      `/[😀-🙏]/u.test("🙂")`,
      `/^.$/u.test("😀")`,
      `/^..$/.test("😀")`,
      '`a·b`',
    ];
    for (const expression of source) {
      const escaped = escape(expression);
      expect(escaped).toMatch(/^\p{ASCII}*$/u);
      expect(new Function(`return ${escaped}`)()).toEqual(new Function(`return ${expression}`)());
    }
  });

  it('takes out the reconciler’s DEV-only top-level awaits, and says when Ink changed them', () => {
    const require = createRequire(import.meta.url);
    const reconciler = join(require.resolve('ink').replace(/index\.js$/, ''), 'reconciler.js');
    const patched = patch(readFileSync(reconciler, 'utf8'));
    expect(patched).not.toBeNull();
    expect(patched).not.toMatch(/^\s*(?:\?\s*)?await\b/m);
    expect(patch('export const x = 1;')).toBeNull();
  });

  it('loads child_process and worker_threads on the first call of one of their functions, `new` included', () => {
    const stand = lazy('node:worker_threads');
    expect(stand).toMatch(/export function Worker\(/);
    expect(stand).not.toMatch(/workerData|parentPort/);
    const loads: string[] = [];
    const fake = {
      Worker: class {
        constructor(readonly script: string) {}
      },
    };
    // The stand-in's exports as a function body: `export function` → `function`, the built-in from `fakeRequire`.
    const body = `${stand.replace(/^export /gm, '')}\nreturn {Worker};`;
    const made = new Function('require', body) as (r: (n: string) => unknown) => {
      Worker: new (s: string) => unknown;
    };
    const exports = made((name) => {
      loads.push(name);
      return fake;
    });
    expect(loads).toEqual([]);
    const worker = new exports.Worker('made-up.js');
    expect(worker).toBeInstanceOf(fake.Worker);
    expect((worker as {script: string}).script).toBe('made-up.js');
    new exports.Worker('again.js');
    expect(loads).toEqual(['node:worker_threads']);
  });

  it('is built ASCII-only, without import() (vm.Script has no loader for it on Node 20)', () => {
    expect(existsSync(join(DIST, 'reader.cjs'))).toBe(true);
    const source = readFileSync(join(DIST, 'reader.cjs'), 'latin1');
    expect(source).toMatch(/^\p{ASCII}*$/u);
    expect(source).not.toMatch(/\bimport\(/);
    // The reader's later modules come from the ES bundle, not copies inside it.
    expect(source).not.toContain('function refreshFeeds(');
    expect(source).not.toContain('function startIndexing(');
  });
});

describe('brief index as a classic script (dist/index-command.cjs)', () => {
  it('is built ASCII-only, without import(), loading worker_threads and v8 only when first called', () => {
    expect(existsSync(join(DIST, 'index-command.cjs'))).toBe(true);
    const source = readFileSync(join(DIST, 'index-command.cjs'), 'latin1');
    expect(source).toMatch(/^\p{ASCII}*$/u);
    expect(source).not.toMatch(/\bimport\(/);
    expect(source).toContain('function startIndexing(');
    // Each required once, inside its stand-in's load(), never at the top of the script.
    for (const name of ['node:worker_threads', 'node:v8']) {
      const requires = [...source.matchAll(new RegExp(`require\\("${name}"\\)`, 'g'))];
      expect(requires).toHaveLength(1);
      expect(source).toMatch(new RegExp(`= \\(\\) => loaded\\d* \\?\\?= require\\("${name}"\\);`));
    }
    // better-sqlite3's JavaScript inside (from the code cache), its addon found through `bindings` from its folder.
    expect(source).toMatch(/function Database\d*\(filenameGiven, options\)/);
    expect(source).not.toMatch(/require\("better-sqlite3"\)/);
    expect(source).toMatch(/\("bindings"\)\(\{ bindings: name, module_root: root \}\)/);
  });
});
