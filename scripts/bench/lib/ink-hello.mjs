// The bare Ink "hello world" the bench compares brief's first frame with, bundled with the options and plugins of
// scripts/build.mjs, so it pays what dist/ pays for being a bundle and no more.
import {build} from 'esbuild';
import {join} from 'node:path';
import {fastEmojiCheck} from '../../fast-emoji-check.mjs';
import {fastSgrSanitize} from '../../fast-sgr-sanitize.mjs';
import {inkFrameCaches} from '../../ink-frame-caches.mjs';
import {narrowTextWidth} from '../../narrow-text-width.mjs';

/** Bundles the hello into `outdir` (resolving packages from `root`) and returns the path of its entry. */
export async function buildInkHello(root, outdir) {
  await build({
    stdin: {
      contents:
        "import React from 'react'; import {render, Text} from 'ink'; const app = render(React.createElement(Text, null, 'hello from ink')); setTimeout(() => app.unmount(), 60000);",
      resolveDir: root,
      loader: 'js',
    },
    outdir,
    bundle: true,
    // As scripts/build.mjs: splitting keeps Ink's optional devtools import in a lazy chunk; no fetch for yoga's
    // loader; the same Ink and string-width plugins.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['react-devtools-core'],
    define: {'process.env.NODE_ENV': '"production"', fetch: 'undefined'},
    plugins: [inkFrameCaches(), narrowTextWidth(), fastEmojiCheck(), fastSgrSanitize()],
    banner: {
      js: "import {createRequire as __briefRequire} from 'node:module';\nconst require = __briefRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return join(outdir, 'stdin.js');
}
