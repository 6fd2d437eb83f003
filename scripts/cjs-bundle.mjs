// The esbuild options the build's CommonJS files share (dist/cli.cjs, scripts/cli-entry.mjs; dist/index-worker-boot.cjs,
// scripts/worker-boot.mjs): one bundle for Node 20 with the main build's externals, aliases, defines and switches, and
// `import.meta.url` given from the file's own name, which a CommonJS file has no other way to know.

const META_URL = "const __brief_meta_url = require('node:url').pathToFileURL(__filename).href;";

/**
 * esbuild's options for `entry` bundled as CommonJS into `outfile`, with `shebang` on its first line when it is a
 * command; `plugins` and `logLevel` as the caller needs.
 */
export function cjsBundle(
  {external, alias, define, supported},
  {entry, outfile, shebang = false, plugins, logLevel},
) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported,
    sourcemap: false,
    legalComments: 'none',
    external,
    alias,
    define: {...define, 'import.meta.url': '__brief_meta_url'},
    banner: {js: shebang ? `#!/usr/bin/env node\n${META_URL}` : META_URL},
    plugins,
    logLevel,
  };
}
