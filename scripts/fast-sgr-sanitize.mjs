// An esbuild plugin for Ink (6.x): before its sanitizeAnsi tokenises a text node, a test that every escape sequence
// in it is a plain SGR (colour, bold, dim: ESC [ digits ; : m). Such a text comes out of sanitizeAnsi unchanged (it
// keeps text and SGR tokens in order), so the test returns it as it is. A line of the reader's article table is one
// text whose cells and rules carry their own colours: ~40 of them were tokenised character by character on every
// frame (readCsiSequence and tokenizeAnsi: ~13 ms of the profiled first frame at load 6). Any other escape or C1
// control character takes Ink's own path (tests/build/fast-sgr-sanitize.test.ts checks both agree).
import {readFile} from 'node:fs/promises';

/** A text whose only escape sequences are plain SGRs and which holds no C1 control character. */
// eslint-disable-next-line no-control-regex -- escape sequences are what it matches
export const ONLY_SGR = /^(?:[^\u001b\u0080-\u009f]|\u001b\[[\d:;]*m)*$/;

const HEAD = 'const sanitizeAnsi = (text) => {';

/** Ink's sanitize-ansi.js with the fast path in front; null when the source no longer matches. */
export function patchSanitizeAnsi(source) {
  if (!source.includes(HEAD)) return null;
  return `${source.replace(HEAD, () => `${HEAD}\n    if (onlySgr.test(text)) return text;`)}\nconst onlySgr = ${ONLY_SGR};\n`;
}

/** The plugin; `onMiss` hears when an updated Ink no longer matches (the build goes on unpatched). */
export function fastSgrSanitize(onMiss = () => {}) {
  return {
    name: 'fast-sgr-sanitize',
    setup(build) {
      build.onLoad({filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]sanitize-ansi\.js$/}, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const patched = patchSanitizeAnsi(source);
        if (patched === null) onMiss(args.path);
        return {contents: patched ?? source, loader: 'js'};
      });
    },
  };
}
