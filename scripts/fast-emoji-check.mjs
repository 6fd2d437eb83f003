// An esbuild plugin for Ink's string-width (v8): before its RGI emoji test, a cheap test that the text can hold an
// emoji at all. V8 compiles /^\p{RGI_Emoji}$/v on first use, which costs ~40 ms here: paid on the first frame as
// soon as one non-ASCII character (a table rule, a "·", an accent) is measured, though no emoji is on screen.
// Every RGI emoji holds a character of Emoji_Presentation (what is drawn as an emoji without asking: 😀, a flag's
// regional indicators, a skin tone), a variation selector-16 (the ask: ▶️, ❤️, a keycap's 1️⃣) or a keycap mark
// (U+20E3). The wider Emoji property also holds ▶, ↔, ™, ©, which are text unless followed by U+FE0F: the article
// screen's "▶" focus marker compiled the RGI pattern (~150 ms under load) on the first article opened. The check is
// a necessary condition, so widths are unchanged (tests/build/fast-emoji-check.test.ts).
import {readFile} from 'node:fs/promises';

/** The cheap test: true for every string the RGI emoji pattern can match (and for many it does not). */
export const MAY_BE_EMOJI = /\p{Emoji_Presentation}|\uFE0F|\u20E3/u;

const CALL = 'rgiEmojiRegex.test(segment)';
// The pattern is also built when the module loads, not when first used: the bundle's target makes esbuild write
// the /v literal as new RegExp(...), and V8 parses a RegExp's pattern as it is constructed, which for
// \p{RGI_Emoji} (a property of strings) costs ~15-30 ms of every start-up. It is made on first use instead.
const DECLARATION = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
const LAZY =
  "let rgiEmojiPattern;\nconst rgiEmojiRegex = {test: (text) => (rgiEmojiPattern ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text)};";

/** Rewrites string-width's source; returns null when it no longer has the call or declaration this patches. */
export function patchStringWidth(source) {
  if (!source.includes(CALL) || !source.includes(DECLARATION)) return null;
  // Replaced by functions: the pattern's "$'" would be read as a replacement pattern.
  const lazy = source.replace(DECLARATION, () => LAZY);
  return `${lazy.replace(CALL, () => `(mayBeEmoji.test(segment) && ${CALL})`)}\nconst mayBeEmoji = ${MAY_BE_EMOJI};\n`;
}

/** The plugin; `onMiss` hears when an updated string-width no longer matches (the build goes on unpatched). */
export function fastEmojiCheck(onMiss = () => {}) {
  return {
    name: 'fast-emoji-check',
    setup(build) {
      build.onLoad({filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/}, async (args) => {
        const source = await readFile(args.path, 'utf8');
        // Older copies (wrap-ansi's string-width 7) test with the emoji-regex package, ~8 ms once: left alone.
        if (!source.includes('rgiEmojiRegex')) return undefined;
        const patched = patchStringWidth(source);
        if (patched === null) onMiss(args.path);
        return {contents: patched ?? source, loader: 'js'};
      });
    },
  };
}
