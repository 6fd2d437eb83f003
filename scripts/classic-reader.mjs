// Builds dist/reader.cjs: the reader (src/cli/tui-command.ts and what it imports: store, Ink, React, the screens)
// as one classic CommonJS-style script, which Node 20 can compile from V8's code cache (src/store/classic-script.ts)
// where it cannot for an ES module. Three things stand in the way and are handled here:
// - Ink's layout engine, yoga-layout, exports its WebAssembly instance after a top-level await. Here Ink's
//   `import Yoga from 'yoga-layout'` gets an object filled in once that instance is ready, and the script exports
//   the promise (`yogaReady`) the loader awaits before anything renders. Ink touches Yoga only while rendering.
// - Ink's reconciler awaits two imports at its top level when DEV=true (React devtools); the classic reader
//   leaves devtools out instead.
// - import() has no loader inside vm.Script on Node 20, so the script must not hold one: what the reader loads
//   later (indexing, feed refresh) comes from the CLI's ES bundle (src/cli/reader-modules.ts).
// The script is kept ASCII, so it reads as a one-byte string without UTF-8 decoding.
// Node's child_process and worker_threads (with net, dgram and the worker internals they pull in: ~3-8 ms of
// start-up) are loaded when first called, not when the script runs: the first frame never spawns a process or a
// worker (Ink's terminal-size spawns one only where the terminal reports no size).
import {build} from 'esbuild';
import {createHash} from 'node:crypto';
import {createRequire} from 'node:module';
import {readFile, rm} from 'node:fs/promises';
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {asciiOnly} from './ascii-only.mjs';

const YOGA = fileURLToPath(new URL('./yoga-classic.mjs', import.meta.url));
const OUT = 'dist/reader.cjs';

const DEVTOOLS = "await import('./devtools.js');";
const PACKAGE_JSON = '? await loadPackageJson()';

/** Ink's reconciler without its DEV-only top-level awaits; null when an update changed them. */
export function patchReconciler(source) {
  if (!source.includes(DEVTOOLS) || !source.includes(PACKAGE_JSON)) return null;
  return source.replace(DEVTOOLS, 'void 0;').replace(PACKAGE_JSON, '? {name: undefined, version: undefined}');
}

// Every character outside ASCII as a \u escape (scripts/ascii-only.mjs), shared with the data files.
export {asciiOnly};

// `import process from 'node:process'` (Ink's modules, eleven times) became a copy of every property of `process`
// with a getter each (esbuild's __toESM; ~5 ms of the profiled start-up). The global `process` is the same object.
const PROCESS = [
  'export default process;',
  'export const env = process.env;',
  'export function cwd() { return process.cwd(); }',
].join('\n');

/** Built-in modules the reader loads when first used. */
const LAZY_BUILTINS = /^node:(child_process|worker_threads)$/;

/**
 * A module standing in for the built-in `name`: each function it exports loads the built-in on its first call
 * (`new` of a class too). The built-in's other exports are left out, so an import of one fails the build.
 */
export function lazyBuiltin(name) {
  const real = createRequire(import.meta.url)(name);
  const lines = [`let loaded;`, `const load = () => (loaded ??= require(${JSON.stringify(name)}));`];
  for (const [key, value] of Object.entries(real))
    if (typeof value === 'function' && /^[A-Za-z_$][\w$]*$/.test(key))
      lines.push(
        `export function ${key}(...args) { return new.target ? new (load().${key})(...args) : load().${key}.apply(this, args); }`,
      );
  return lines.join('\n');
}

/**
 * The esbuild plugin that gives each built-in module matching `filter` as lazyBuiltin's stand-in: loaded on the
 * first call of one of its functions, not when the script runs.
 */
export function lazyBuiltins(filter) {
  return {
    name: 'lazy-builtins',
    setup(b) {
      // The stand-in's own require of the built-in stays a require.
      b.onResolve({filter}, (args) =>
        args.namespace === 'lazy-builtin'
          ? {path: args.path, external: true}
          : {path: args.path, namespace: 'lazy-builtin'},
      );
      b.onLoad({filter: /.*/, namespace: 'lazy-builtin'}, (args) => ({
        contents: lazyBuiltin(args.path),
        loader: 'js',
      }));
    },
  };
}

/** The esbuild plugin that makes the reader's modules fit a classic script; `misses` collects what failed. */
function classic(misses) {
  return {
    name: 'classic-reader',
    setup(b) {
      b.onResolve({filter: /^yoga-layout$/}, () => ({path: YOGA}));
      b.onResolve({filter: /^node:process$/}, () => ({path: 'process', namespace: 'process-global'}));
      b.onLoad({filter: /.*/, namespace: 'process-global'}, () => ({contents: PROCESS, loader: 'js'}));
      b.onLoad({filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]reconciler\.js$/}, async (args) => {
        const patched = patchReconciler(await readFile(args.path, 'utf8'));
        if (patched === null) {
          misses.push(`${args.path} changed`);
          return undefined;
        }
        return {contents: patched, loader: 'js'};
      });
    },
  };
}

/**
 * Bundles `contents` (an entry's exports) into `outfile` as one classic CommonJS-style script with the main build's
 * externals, defines and switches, kept ASCII, after `transform` (the bundle's text → the script's); on any failure
 * (esbuild, a plugin's `misses`, the transform, an import() left in the script) writes nothing and tells `onSkip`
 * why, and the caller runs its ES module, which is always correct.
 */
export async function buildClassicScript(
  {contents, sourcefile, outfile, plugins = [], misses = [], transform = (source) => source},
  {external, alias, define, supported},
  onSkip,
) {
  try {
    await build({
      stdin: {contents, resolveDir: '.', sourcefile, loader: 'js'},
      outfile,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      sourcemap: false,
      legalComments: 'none',
      charset: 'ascii',
      external,
      alias,
      supported,
      define: {...define, 'import.meta.url': '__brief_meta_url'},
      plugins,
      logLevel: 'silent',
    });
  } catch (err) {
    await rm(outfile, {force: true});
    onSkip(String(err?.errors?.[0]?.text ?? err).split('\n')[0]);
    return false;
  }
  let source;
  try {
    source = transform(readFileSync(outfile, 'utf8'));
  } catch (err) {
    await rm(outfile, {force: true});
    onSkip(`its transform failed: ${String(err?.message ?? err).split('\n')[0]}`);
    return false;
  }
  const why = misses.length
    ? misses.join('; ')
    : /\bimport\(/.test(source)
      ? 'it would hold an import()'
      : null;
  if (why) {
    await rm(outfile, {force: true});
    onSkip(why);
    return false;
  }
  // The first line states the SHA-1 of the rest: the loader names the script's code cache entry by it instead of
  // hashing the whole script at every start (src/store/classic-script.ts).
  const ascii = asciiOnly(source);
  writeFileSync(outfile, `// brief-sha1:${createHash('sha1').update(ascii).digest('hex')}\n${ascii}`);
  return true;
}

/**
 * Writes dist/reader.cjs with the main build's externals, defines and plugins; on any failure writes nothing
 * and tells `onSkip` why (the CLI then starts the reader from its ES module, which is always correct).
 */
export async function buildClassicReader({plugins, ...options}, onSkip) {
  const misses = [];
  return buildClassicScript(
    {
      contents:
        "export {runReader} from './src/cli/tui-command.ts';\nexport {yogaReady} from 'yoga-layout';\n",
      sourcefile: 'reader-entry.js',
      outfile: OUT,
      plugins: [...plugins, lazyBuiltins(LAZY_BUILTINS), classic(misses)],
      misses,
    },
    options,
    onSkip,
  );
}
