import {build} from 'esbuild';
import fc from 'fast-check';
import {mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import * as patches from '../../scripts/ink-frame-caches.mjs';

const {inkFrameCaches, patchOutput, patchOutputGet, patchRenderNode} = patches as {
  inkFrameCaches: () => unknown;
  patchOutput: (source: string) => string | null;
  patchOutputGet: (source: string) => string | null;
  patchRenderNode: (source: string) => string | null;
};

const ROOT = join(import.meta.dirname, '../..');
const INK = join(ROOT, 'node_modules/ink/build');

interface Transformer {
  (line: string, index: number): string;
}
interface OutputLike {
  write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
  clip(clip: {x1?: number; x2?: number; y1?: number; y2?: number}): void;
  unclip(): void;
  get(): {output: string; height: number};
}
type OutputClass = new (options: {width: number; height: number}) => OutputLike;

/** Ink's Output bundled as the build bundles it (patched) and as Ink ships it. */
async function outputs(): Promise<{patched: OutputClass; ink: OutputClass}> {
  // Inside the project, so the bundle's own imports resolve from node_modules.
  const dir = join(ROOT, 'node_modules/.cache/brief-test-ink-output');
  mkdirSync(dir, {recursive: true});
  const load = async (name: string, plugins: unknown[]): Promise<OutputClass> => {
    const outfile = join(dir, `${name}.mjs`);
    await build({
      entryPoints: [join(INK, 'output.js')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      plugins: plugins as never,
      logLevel: 'error',
    });
    return ((await import(pathToFileURL(outfile).href)) as {default: OutputClass}).default;
  };
  return {
    patched: await load(`patched-${Date.now()}`, [inkFrameCaches()]),
    ink: await load(`ink-${Date.now()}`, []),
  };
}

/**
 * Each line as a terminal shows it: every character with the attributes in force (SGR as terminals read it: 22
 * ends bold and dim alike), trailing plain blanks dropped. Escape sequences that differ but show the same compare
 * equal.
 */
// eslint-disable-next-line no-control-regex -- reading terminal escapes is the point
const SGR_SPLIT = /(\u001b\[[0-9;]*m)/;
// eslint-disable-next-line no-control-regex -- reading terminal escapes is the point
const SGR = /^\u001b\[([0-9;]*)m$/;

function shown(frame: string): string[] {
  return frame.split('\n').map((line) => {
    const cells: string[] = [];
    const state = {bold: false, dim: false, inverse: false, fg: '', bg: ''};
    for (const part of line.split(SGR_SPLIT)) {
      const sgr = SGR.exec(part);
      if (!sgr) {
        for (const ch of part) cells.push(`${ch}${JSON.stringify(state)}`);
        continue;
      }
      for (const code of (sgr[1] || '0').split(';').map(Number)) {
        if (code === 0) Object.assign(state, {bold: false, dim: false, inverse: false, fg: '', bg: ''});
        else if (code === 1) state.bold = true;
        else if (code === 2) state.dim = true;
        else if (code === 22) Object.assign(state, {bold: false, dim: false});
        else if (code === 7) state.inverse = true;
        else if (code === 27) state.inverse = false;
        else if (code === 39) state.fg = '';
        else if (code === 49) state.bg = '';
        else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) state.fg = String(code);
        else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) state.bg = String(code);
      }
    }
    const plain = JSON.stringify({bold: false, dim: false, inverse: false, fg: '', bg: ''});
    while (cells.length > 0 && cells.at(-1) === ` ${plain}`) cells.pop();
    return cells.join('');
  });
}

let Patched: OutputClass;
let Ink: OutputClass;
beforeAll(async () => {
  ({patched: Patched, ink: Ink} = await outputs());
}, 60_000);

describe('the Ink patches still apply to the installed Ink', () => {
  it('finds what it patches in output.js and render-node-to-output.js', () => {
    const output = readFileSync(join(INK, 'output.js'), 'utf8');
    expect(patchOutput(output)).not.toBeNull();
    expect(patchOutputGet(output)).not.toBeNull();
    expect(patchRenderNode(readFileSync(join(INK, 'render-node-to-output.js'), 'utf8'))).not.toBeNull();
  });
});

// Styled pieces like the reader's: rules, inverse and bold cells, colours, wide and emoji characters.
const STYLES = ['', '\u001b[2m', '\u001b[7m', '\u001b[1m\u001b[32m', '\u001b[1m\u001b[34m'];
const ENDS = ['', '\u001b[22m', '\u001b[27m', '\u001b[39m\u001b[22m', '\u001b[39m\u001b[22m'];
const piece = fc
  .record({
    style: fc.integer({min: 0, max: STYLES.length - 1}),
    text: fc.constantFrom('│', '─┬─', ' Title ', '●★', ' 日本語 ', 'Team 👍🏽 wins', '   ', 'a·b·c', 'Kyiv'),
  })
  .map(({style, text}) => `${STYLES[style]}${text}${ENDS[style]}`);
const line = fc.array(piece, {minLength: 0, maxLength: 6}).map((ps) => ps.join(''));
// Inverse, not bold: Ink's own tokeniser reads 22 as ending dim alone, so under a bold wrapper its frames differ
// from what the terminal shows (the fast path keeps the text as chalk wrote it).
const inverse: Transformer = (l) => `\u001b[7m${l}\u001b[27m`;

const write = fc.record({
  x: fc.integer({min: 0, max: 6}),
  y: fc.integer({min: 0, max: 9}),
  lines: fc.array(line, {minLength: 1, maxLength: 3}),
  styled: fc.boolean(),
});

const clipBox = fc.option(
  fc.record({
    x1: fc.integer({min: 0, max: 8}),
    x2: fc.integer({min: 8, max: 44}),
    y1: fc.integer({min: 0, max: 4}),
    y2: fc.integer({min: 2, max: 10}),
  }),
);
type Clip = {x1: number; x2: number; y1: number; y2: number} | null;
type Write = {x: number; y: number; lines: string[]; styled: boolean};

function frame(Output: OutputClass, ops: readonly Write[], clip: Clip): string {
  const out = new Output({width: 40, height: 8});
  if (clip) out.clip(clip);
  for (const op of ops)
    out.write(op.x, op.y, op.lines.join('\n'), {transformers: op.styled ? [inverse] : []});
  if (clip) out.unclip();
  return out.get().output;
}

describe('frames with the fast path look as Ink draws them', () => {
  it('one text per row (the fast path), overlapping texts and clipped frames (Ink’s path)', () => {
    fc.assert(
      fc.property(fc.array(write, {minLength: 0, maxLength: 8}), clipBox, (ops, clip) => {
        const ours = frame(Patched, ops, clip);
        const inks = frame(Ink, ops, clip);
        expect(shown(ours)).toEqual(shown(inks));
      }),
      {numRuns: 600},
    );
  });

  it('a list-like frame of one text per row takes the fast path and keeps each row as written', () => {
    const rows = [
      '\u001b[1mbrief\u001b[22m · 280 articles',
      '\u001b[2m┌────┬────┐\u001b[22m',
      '\u001b[7m ●  \u001b[27m',
    ];
    const out = new Patched({width: 20, height: 4});
    rows.forEach((text, y) => out.write(0, y, text, {transformers: []}));
    expect(out.get().output).toBe(`${rows.join('\n')}\n`);
  });

  it('gives the same frame twice from the shared caches (nothing cached is changed by drawing)', () => {
    const draw = (): string => {
      const out = new Patched({width: 30, height: 3});
      out.clip({x1: 0, x2: 20, y1: 0, y2: 3});
      out.write(0, 0, 'Team 👍🏽 wins\n日本語 text', {transformers: [inverse]});
      out.write(2, 1, '\u001b[7mover\u001b[27m', {transformers: []});
      out.unclip();
      return out.get().output;
    };
    expect(draw()).toBe(draw());
  });
});
