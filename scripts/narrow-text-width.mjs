// An esbuild plugin for string-width (v8), which Ink and brief's own table measure every text with: its fast path
// for printable ASCII widened to text whose every character is one column whatever follows it: Latin letters with
// their accents (precomposed), Greek and Cyrillic letters, typographic punctuation (‘’“” – — … ·), currency signs
// (€ ₴), the box-drawing rules of the article table, the arrows ← ↑ → ↓ of the footer and the panels' ▶. Such text needs no grapheme segmenter: its width is its length. Without this, one curly quote sent every
// article line through Intl.Segmenter (the first layout of an article, and the table's rules on every frame). Each
// character allowed is one column wide under string-width itself, joins no neighbour into a cluster (no marks,
// joiners, variation selectors, emoji or wide characters), and is one UTF-16 unit
// (tests/build/narrow-text-width.test.ts checks all of them against string-width).
import {readFile} from 'node:fs/promises';
import {patchStringWidth} from './fast-emoji-check.mjs';
import {lazySegmenter} from './lazy-segmenter.mjs';

/** Text made only of single-column, non-joining characters. */
export const NARROW =
  /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0377\u037A-\u037F\u0384-\u038A\u038C\u038E-\u03A1\u03A3-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2190-\u2193\u2500-\u259F\u25B6\u25CF\u2605]*$/;

const ASCII_TEST = '/^[\\u0020-\\u007E]*$/.test(string)';

/** string-width's source with the wider fast path; null when it no longer has the test this widens. */
export function patchNarrow(source) {
  if (!source.includes(ASCII_TEST)) return null;
  return `${source.replace(ASCII_TEST, 'narrowText.test(string)')}\nconst narrowText = ${NARROW};\n`;
}

/**
 * The plugin, in front of fast-emoji-check: both patch string-width's index.js, and esbuild loads a file through
 * one plugin only, so this applies the emoji check's patch (and lazy-segmenter's) too. `onMiss` hears when string-width no longer matches.
 */
export function narrowTextWidth(onMiss = () => {}) {
  return {
    name: 'narrow-text-width',
    setup(build) {
      build.onLoad({filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/}, async ({path}) => {
        const source = await readFile(path, 'utf8');
        // Older copies (wrap-ansi's string-width 7) are left to fast-emoji-check.
        if (!source.includes('rgiEmojiRegex')) return undefined;
        const narrow = patchNarrow(source);
        if (narrow === null) onMiss(path);
        const both = patchStringWidth(narrow ?? source);
        if (both === null) onMiss(path);
        // And its segmenter made on first use (lazy-segmenter.mjs, which never sees this file).
        const lazy = lazySegmenter(both ?? narrow ?? source);
        if (lazy === null) onMiss(path);
        return {contents: lazy ?? both ?? narrow ?? source, loader: 'js'};
      });
    },
  };
}
