import {describe, expect, it} from 'vitest';
// @ts-expect-error: a plain ES module shared with the bench, without type declarations
import {hostileInput, SHAPES} from '../../scripts/bench/lib/hostile-shapes.mjs';
import {extract, STAGES} from '../../src/extract/index.js';
import {MAX_RUN_TOKENS, runs} from '../../src/extract/entities/runs.js';
import {tokenize} from '../../src/extract/entities/tokens.js';
import {runStages, type Stage} from '../../src/extract/pipeline.js';
import {MAX_SENTENCE_CHARS, splitSentences} from '../../src/extract/sentences.js';
import type {ExtractInput} from '../../src/extract/types.js';

const shapes = Object.keys(SHAPES as Record<string, unknown>);
const input = (shape: string, bytes: number): ExtractInput =>
  (hostileInput as (s: string, b: number) => ExtractInput)(shape, bytes);

// CPU milliseconds (user + system) of this process: unlike the wall clock, they do not count the time another
// process held the core, which on a busy machine made a 2 ms stage read 40 ms.
function cpuMs(): number {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
}

// CPU milliseconds per stage for one input: the least of `rounds` runs, so one collection does not count.
function stageTimes(doc: ExtractInput, rounds = 2, best = new Map<string, number>()): Map<string, number> {
  for (let round = 0; round < rounds; round++) {
    const timed: Stage[] = STAGES.map((stage) => ({
      ...stage,
      run: (d) => {
        const start = cpuMs();
        stage.run(d);
        const ms = cpuMs() - start;
        best.set(stage.name, Math.min(best.get(stage.name) ?? Infinity, ms));
      },
    }));
    runStages(timed, doc);
  }
  return best;
}

// Work that grows with the square of the text takes 16 times as long for 4 times the text; linear work takes 4.
// The bound of 8 leaves room for noise; stages quicker than 40 ms at the larger size are below what the clock
// can tell apart and are only counted in the total.
const SMALL = 25_000;
const RATIO = 8;
const FLOOR_MS = 40;

describe('extraction grows linearly with hostile text', () => {
  extract({title: 'Warm-up', paragraphs: ['Ada Varga said "the harbour opens" on 3 May.']});
  for (const shape of shapes) {
    it(`${shape}: 4× the text takes less than ${RATIO}× the time, in every stage`, () => {
      const smallInput = input(shape, SMALL);
      const largeInput = input(shape, SMALL * 4);
      const small = stageTimes(smallInput);
      const large = stageTimes(largeInput);
      const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
      const slowStages = () =>
        [...large]
          .filter(([name, ms]) => ms >= FLOOR_MS && ms / Math.max(small.get(name) ?? 0, 1) >= RATIO)
          .map(([name, ms]) => `${name}: ${(small.get(name) ?? 0).toFixed(0)} ms → ${ms.toFixed(0)} ms`);
      const ratio = () => total(large) / Math.max(total(small), FLOOR_MS / RATIO);
      // What looks slow is measured again: work that grows too fast stays slow, a pause does not.
      for (let again = 0; again < 3 && (slowStages().length > 0 || ratio() >= RATIO); again++) {
        stageTimes(smallInput, 1, small);
        stageTimes(largeInput, 1, large);
      }
      expect(slowStages()).toEqual([]);
      expect(ratio()).toBeLessThan(RATIO);
    });
  }
});

describe('the bounds that keep per-sentence work small', () => {
  it('cuts a sentence without an end at a space before MAX_SENTENCE_CHARS, keeping every word', () => {
    const words = 'harbour river market station '.repeat(400).trim();
    const sentences = splitSentences([words]);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(words.slice(s.start, s.start + s.text.length)).toBe(s.text);
    }
    expect(sentences.map((s) => s.text).join(' ')).toBe(words);
  });

  it('cuts a run with no space at all at MAX_SENTENCE_CHARS', () => {
    const sentences = splitSentences(['a'.repeat(MAX_SENTENCE_CHARS * 2 + 5)]);
    expect(sentences.map((s) => s.text.length)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]);
  });

  it('leaves the longest real sentences whole', () => {
    const long = `${'The council said the harbour, the river and the market would open again, '.repeat(17)}officials said.`;
    expect(long.length).toBeGreaterThan(1200);
    expect(splitSentences([long]).map((s) => s.text)).toEqual([long]);
  });

  it('keeps a run of capitalised words to MAX_RUN_TOKENS tokens', () => {
    const text = input('capitals', 4000).paragraphs[0] ?? '';
    const found = runs(text, tokenize(text));
    expect(Math.max(...found.map((r) => r.length))).toBe(MAX_RUN_TOKENS);
    expect(found.reduce((n, r) => n + r.length, 0)).toBe(tokenize(text).filter((t) => t.cap).length);
  });

  it('keeps an eleven-word name as one run', () => {
    const text =
      'He sued in the United States District Court for the Southern District of New York on Monday.';
    const names = runs(text, tokenize(text)).map((r) => r.map((t) => t.text).join(' '));
    expect(names).toContain('United States District Court for the Southern District of New York');
  });
});
