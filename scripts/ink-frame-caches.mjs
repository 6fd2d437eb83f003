// An esbuild plugin for Ink (6.x): what Ink redoes for every frame, done once.
// 1. A frame whose rows hold texts that neither overlap nor are cut sideways by a clip (every screen of the reader)
//    is put together from those lines as chalk wrote them. Ink otherwise fills a grid of one object per cell
//    (4,800 at 120x40), tokenises every line into it and turns the grid back into strings: most of the cost of a
//    key. Any other frame takes Ink's own path.
// 2. Ink's caches of each line's styled characters and each string's width last across frames instead of one
//    frame: their values are functions of the string alone and only read, so one shared set (emptied when it
//    grows past a bound) gives the same frames.
// 3. The width render-node-to-output measures for every text node each frame comes from Ink's measure-text cache,
//    which already holds it from layout.
import {readFile} from 'node:fs/promises';

/**
 * Entries the shared caches may hold before they start again. A line's styled characters are ~120 objects (some
 * 6 KB), so those stop at a few dozen screens' worth (~12 MB at most); widths are one number per string.
 */
const LINES = 2_000;
const WIDTHS = 20_000;

const OUTPUT_FIELD = 'caches = new OutputCaches();';
const WIDEST = 'const currentWidth = widestLine(text);';

/** Ink's output.js with one set of caches for every frame; null when the source no longer matches. */
export function patchOutput(source) {
  if (!source.includes(OUTPUT_FIELD)) return null;
  return `${source.replace(OUTPUT_FIELD, 'caches = sharedOutputCaches();')}
let sharedCaches;
function sharedOutputCaches() {
  if (!sharedCaches || sharedCaches.styledChars.size > ${LINES} || sharedCaches.widths.size + sharedCaches.blockWidths.size > ${WIDTHS})
    sharedCaches = new OutputCaches();
  return sharedCaches;
}
`;
}

// Appended to output.js: Output.get with the fast path in front of Ink's own.
const FAST_GET = `
const inkGet = Output.prototype.get;
Output.prototype.get = function () {
  // Per row, the texts written on it: [x, line, width].
  const rows = Array.from({length: this.height}, () => []);
  const clips = [];
  for (const operation of this.operations) {
    if (operation.type === 'clip') clips.push(operation.clip);
    else if (operation.type === 'unclip') clips.pop();
    else if (operation.type === 'write') {
      const {text, x} = operation;
      // As Ink: only the innermost clip applies. A text it would cut sideways takes Ink's path.
      const clip = clips.at(-1);
      const sideways = typeof clip?.x1 === 'number' && typeof clip?.x2 === 'number';
      const upright = typeof clip?.y1 === 'number' && typeof clip?.y2 === 'number';
      if (sideways) {
        const width = this.caches.getWidestLine(text);
        if (x + width < clip.x1 || x > clip.x2) continue;
        if (x < clip.x1 || x + width > clip.x2) return inkGet.call(this);
      }
      if (x < 0) return inkGet.call(this);
      const lines = text.split('\\n');
      let kept = 0;
      for (let index = 0; index < lines.length; index++) {
        const y = operation.y + index;
        if (upright && (y < clip.y1 || y >= clip.y2)) continue;
        const at = kept++;
        if (y < 0 || y >= this.height) continue;
        let line = lines[index];
        for (const transformer of operation.transformers) line = transformer(line, at);
        rows[y].push([x, line, this.caches.getStringWidth(line)]);
      }
    }
  }
  const output = [];
  for (const texts of rows) {
    texts.sort((a, b) => a[0] - b[0]);
    let row = '';
    let end = 0;
    for (const [x, line, width] of texts) {
      // Texts that overlap on a row: the later one covers part of the earlier, which Ink's grid works out.
      if (x < end) return inkGet.call(this);
      row += ' '.repeat(x - end) + line;
      end = x + width;
    }
    output.push(row.trimEnd());
  }
  return {output: output.join('\\n'), height: this.height};
};
`;

/** Ink's output.js with Output.get's fast path; null when the source no longer matches. */
export function patchOutputGet(source) {
  if (!source.includes('export default class Output') || !source.includes('    get() {')) return null;
  return `${source}${FAST_GET}`;
}

/** Ink's render-node-to-output.js taking text widths from measure-text's cache; null when it no longer matches. */
export function patchRenderNode(source) {
  if (!source.includes(WIDEST)) return null;
  return `import __measureText from './measure-text.js';\n${source.replace(WIDEST, 'const currentWidth = __measureText(text).width;')}`;
}

/** The plugin; `onMiss` hears when an updated Ink no longer matches (the build goes on unpatched). */
export function inkFrameCaches(onMiss = () => {}) {
  return {
    name: 'ink-frame-caches',
    setup(build) {
      build.onLoad(
        {filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/](output|render-node-to-output)\.js$/},
        async ({path}) => {
          const source = await readFile(path, 'utf8');
          const patched = /render-node-to-output\.js$/.test(path)
            ? patchRenderNode(source)
            : patchOutputGet(patchOutput(source) ?? '');
          if (patched === null) onMiss(path);
          return {contents: patched ?? source, loader: 'js'};
        },
      );
    },
  };
}
