// An esbuild plugin: the Intl.Segmenter that string-width, slice-ansi and Ink's ansi-tokenize each make when their
// module loads is made when first used instead. The first Intl.Segmenter of a process loads ICU's break rules
// (~15-35 ms); the reader's first frame (titles in Latin script, the table's rules, the footer's arrows) goes
// through the narrow-text fast paths and never segments, so start-up no longer pays for it. A module is changed
// only when its segmenter is a top-level `const NAME = new Intl.Segmenter(…);` used only as `NAME.segment(…)`.
import {readFile} from 'node:fs/promises';

const DECLARATION = /^const ([A-Za-z_$][\w$]*) = new Intl\.Segmenter\(([^()]*(?:\{[^()]*\})?[^()]*)\);$/m;

/** The source with its segmenter made on first use; null when it has none of the shape above. */
export function lazySegmenter(source) {
  const found = DECLARATION.exec(source);
  if (!found) return null;
  const [line, name, args] = found;
  // NAME.x, not obj.NAME.x (a spread's "...NAME" is a use).
  const escaped = name.replace(/\$/g, '\\$');
  const uses = [...source.matchAll(new RegExp(`(?<![\\w$])(?<![^.]\\.)${escaped}\\.(\\w+)`, 'g'))];
  if (uses.length === 0 || uses.some((u) => u[1] !== 'segment')) return null;
  const lazy = `let ${name}Instance;\nconst ${name} = {segment: (text) => (${name}Instance ??= new Intl.Segmenter(${args})).segment(text)};`;
  return source.replace(line, () => lazy);
}

/** The modules this applies to (string-width 8 is done by narrow-text-width, which loads it). */
const FILES =
  /[\\/]node_modules[\\/](?:string-width[\\/]index|slice-ansi[\\/]tokenize-ansi|@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize)\.js$/;

/** The plugin; `onMiss` hears of a module in FILES whose segmenter no longer has the shape (left as it is). */
export function lazySegmenters(onMiss = () => {}) {
  return {
    name: 'lazy-segmenter',
    setup(build) {
      build.onLoad({filter: FILES}, async ({path}) => {
        const source = await readFile(path, 'utf8');
        const lazy = lazySegmenter(source);
        if (lazy === null) onMiss(path);
        return {contents: lazy ?? source, loader: 'js'};
      });
    },
  };
}
