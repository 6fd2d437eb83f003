// Bundles the CLI with esbuild: one file of our code plus Ink and React, so start-up does not pay for
// resolving hundreds of modules. The NLP library stays in a lazily imported chunk; native and data-file
// packages stay external because they locate files next to their own sources.
import {build} from 'esbuild';
import {chmodSync, mkdirSync, readFileSync, rmSync, existsSync, writeFileSync} from 'node:fs';
import {asciiOnly} from './ascii-only.mjs';
import {extractorVersion} from './extractor-version.mjs';
import {fastEmojiCheck} from './fast-emoji-check.mjs';
import {fastSgrSanitize} from './fast-sgr-sanitize.mjs';
import {inkFrameCaches} from './ink-frame-caches.mjs';
import {inkInputGuard} from './ink-input-guard.mjs';
import {narrowTextWidth} from './narrow-text-width.mjs';
import {buildClassicReader} from './classic-reader.mjs';
import {buildClassicWorker} from './classic-worker.mjs';
import {buildClassicIndex} from './classic-index.mjs';
import {buildWorkerBoot} from './worker-boot.mjs';
import {buildEntry} from './cli-entry.mjs';
import {lazySegmenters} from './lazy-segmenter.mjs';
import {writeGazetteerKeys} from './gazetteer-keys.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// cli: the ES bundle every command runs from; reader-modules: what the reader imports after its first frame when it
// starts from dist/cli.cjs (below).
const entries = {cli: 'src/cli/main.ts', 'reader-modules': 'src/cli/reader-modules.ts'};
if (existsSync('src/store/index-worker.ts')) entries['index-worker'] = 'src/store/index-worker.ts';
if (existsSync('src/feeds/page-worker.ts')) entries['page-worker'] = 'src/feeds/page-worker.ts';

rmSync('dist', {recursive: true, force: true});
const define = {
  'process.env.BRIEF_VERSION': JSON.stringify(pkg.version),
  'process.env.BRIEF_EXTRACTOR_VERSION': JSON.stringify(String(extractorVersion('.'))),
  'process.env.NODE_ENV': '"production"',
  // Nothing bundled needs fetch but yoga's loader, which would use it to decode its inline wasm from a data:
  // URL; Node's fetch loads undici for that (~45 ms of start-up). Without it, yoga decodes the base64 itself.
  fetch: 'undefined',
};
const external = ['better-sqlite3', 'react-devtools-core', '@lydell/node-pty'];
// Ink's cursor hiding registers restore-cursor, which writes ESC[?25h to stderr at exit even when stderr is a log
// file; the reader shows the cursor on its own terminal (src/ui/terminal.ts).
const alias = {'restore-cursor': './src/ui/restore-cursor.ts'};
// esbuild's table lists no Node version for \p{...} in regular expressions, so for any Node target it rewrote each
// such literal as new RegExp(source, flags), which inside a function makes and looks up a new RegExp on every
// call (135 of the extractor's; about 8% of a worker's time over its first 140 articles). Node 20 has them.
const supported = {'regexp-unicode-property-escapes': true};
const plugins = () => [
  inkFrameCaches((path) =>
    console.warn(`build: ${path} changed; Ink's frame caches are left per frame (slower keys)`),
  ),
  narrowTextWidth((path) => console.warn(`build: ${path} changed; its narrow-text fast path is left out`)),
  fastEmojiCheck((path) =>
    console.warn(`build: ${path} changed; its emoji test is left as it is (slower first frame)`),
  ),
  fastSgrSanitize((path) =>
    console.warn(`build: ${path} changed; its plain-SGR fast path is left out (slower frames)`),
  ),
  inkInputGuard((path) =>
    console.warn(`build: ${path} changed; a key with no name (Ctrl+F1) may crash the reader again`),
  ),
  lazySegmenters((path) =>
    console.warn(`build: ${path} changed; its Intl.Segmenter is made at load (slower first frame)`),
  ),
];
const {metafile} = await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  supported,
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  external,
  alias,
  define,
  banner: {
    js: "#!/usr/bin/env node\nimport {createRequire as __briefRequire} from 'node:module';\nconst require = __briefRequire(import.meta.url);",
  },
  plugins: plugins(),
  logLevel: 'warning',
  metafile: true,
});
// The reader again, as a classic script Node 20 can start from V8's code cache (src/cli/reader-script.ts).
await buildClassicReader({external, alias, define, supported, plugins: plugins()}, (why) =>
  console.warn(
    `build: no dist/reader.cjs (${why}); the reader starts from its ES module, without a code cache`,
  ),
);
// The extraction worker again, as a classic script its threads start from V8's code cache (src/store/index-worker.ts).
await buildClassicWorker({external, alias, define, supported}, (why) =>
  console.warn(
    `build: no dist/index-worker.cjs (${why}); workers start from the ES module, without a code cache`,
  ),
);
// The worker's entry again, as the CommonJS file its threads start from (scripts/worker-boot.mjs).
if (entries['index-worker'])
  await buildWorkerBoot({external, alias, define, supported}, metafile, (why) =>
    console.warn(`build: no dist/index-worker-boot.cjs (${why}); workers start from dist/index-worker.js`),
  );
// `brief index` again, as a classic script the `brief` command starts from V8's code cache (src/cli/index-script.ts).
await buildClassicIndex({external, alias, define, supported}, (why) =>
  console.warn(
    `build: no dist/index-command.cjs (${why}); brief index runs from the ES bundle, without a code cache`,
  ),
);
chmodSync('dist/cli.js', 0o755);
// The `brief` command: a CommonJS entry, so the reader starts without Node's ES module loader (src/cli/entry.ts);
// it hands every other command to dist/cli.js.
await buildEntry({external, alias, define, supported});
chmodSync('dist/cli.cjs', 0o755);
// The gazetteer's tables are read at run time when first needed (src/extract/entities/data-files.ts).
mkdirSync('dist/data', {recursive: true});
// (place-names.json is written by writeGazetteerKeys, a place a line.)
// ASCII-only (scripts/ascii-only.mjs): each becomes a one-byte string when read.
for (const name of ['cities.json', 'countries.json', 'lexicon.json'])
  writeFileSync(`dist/data/${name}`, asciiOnly(readFileSync(`src/extract/entities/${name}`, 'utf8')));
await writeGazetteerKeys('src/extract/entities', 'dist/data');
