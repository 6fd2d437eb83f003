// An esbuild plugin for Ink's useInput (6.8): a key its parser gives no name, with Ctrl held, crashed the reader.
// Ctrl+F1 to Ctrl+F4 (xterm's ESC [ 1 ; 5 P … S), an SGR sequence typed or pasted (ESC [ 3 1 m) and a terminal's
// status reply (ESC [ 0 n) parse with `ctrl` set and no `name`; useInput then takes `keypress.name` as the input and
// calls `startsWith` on undefined, which throws out of Ink's stdin listener and ends the process with a stack trace.
// The patch gives such a key the empty input (what Ink gives any key it has no text for), so the reader ignores it
// (tests/build/ink-input-guard.test.ts).
import {readFile} from 'node:fs/promises';

const STRIP = "if (input.startsWith('\\u001B')) {";
const GUARDED = `if (typeof input !== 'string') input = '';\n            ${STRIP}`;
const KITTY_NAME = 'keypress.ctrl && keypress.name.length === 1';

/** Rewrites use-input.js's source; returns null when it no longer has the lines this patches. */
export function patchUseInput(source) {
  if (!source.includes(STRIP) || !source.includes(KITTY_NAME)) return null;
  return source
    .replace(STRIP, () => GUARDED)
    .replace(KITTY_NAME, () => 'keypress.ctrl && keypress.name?.length === 1');
}

/** The plugin; `onMiss` hears when an updated Ink no longer matches (the build goes on unpatched). */
export function inkInputGuard(onMiss = () => {}) {
  return {
    name: 'ink-input-guard',
    setup(build) {
      build.onLoad(
        {filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]hooks[\\/]use-input\.js$/},
        async (args) => {
          const source = await readFile(args.path, 'utf8');
          const patched = patchUseInput(source);
          if (patched === null) onMiss(args.path);
          return {contents: patched ?? source, loader: 'js'};
        },
      );
    },
  };
}
