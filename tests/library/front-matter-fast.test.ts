import fc from 'fast-check';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {simpleFrontMatter} from '../../src/library/front-matter.js';

const yaml = (text: string): unknown => parse(text, {prettyErrors: false, uniqueKeys: false}) as unknown;
const block = (text: string): string => /^---\n([\s\S]*?\n)---\n/.exec(text)?.[1] ?? '';

// The shortcut must read a block exactly as the YAML parser does, or leave it to the parser (null).
describe('simpleFrontMatter, the shortcut for key: value front matter', () => {
  it('reads every shipped article’s front matter itself, as YAML does', () => {
    const files = readdirSync('articles').filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(200);
    for (const f of files) {
      const text = block(readFileSync(`articles/${f}`, 'utf8'));
      const fast = simpleFrontMatter(text);
      expect(fast, f).not.toBeNull();
      expect(fast).toEqual(yaml(text) ?? {});
    }
  });

  it.each([
    ['title: "He said \\"no\\""\n', 'an escape'],
    ['count: 12\n', 'a number'],
    ['draft: true\n', 'a boolean'],
    ['authors:\n  - A. Writer\n', 'a list'],
    ['title: a # comment\n', 'a comment'],
    ['title: one\ntitle: two\n', 'a repeated key'],
    ['title: a: b\n', 'a nested mapping'],
    ['title: ~\n', 'a null'],
    ['title: x\nnull:\n', 'a key YAML reads as null'],
    ['true: x\n', 'a key YAML reads as a boolean'],
  ])('leaves %j to the parser (%s)', (text) => {
    expect(simpleFrontMatter(text)).toBeNull();
  });

  it('agrees with YAML on made-up lines', () => {
    const pieces = [
      'a',
      'Z',
      '7',
      ' ',
      '  ',
      ':',
      ': ',
      '#',
      ' #',
      '"',
      "'",
      "''",
      '\\',
      '-',
      '2019-10-15',
      'true',
      'null',
      '~',
      '.',
      'é',
      '[',
      '{',
      ',',
      '%27',
      '\t',
      'x: ',
      '\n',
      '\nk: ',
      'http://e.org/a',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('title', 'date', 'url', 'x'),
            fc.array(fc.constantFrom(...pieces), {maxLength: 6}),
          ),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (lines) => {
          const text = lines.map(([k, v]) => `${k}: ${v.join('')}\n`).join('');
          const fast = simpleFrontMatter(text);
          if (fast === null) return;
          let want: unknown;
          try {
            want = yaml(text);
          } catch {
            throw new Error(`the shortcut read ${JSON.stringify(text)}, which YAML refuses`);
          }
          expect(fast).toEqual(want);
        },
      ),
      {numRuns: 3000},
    );
  });
});

describe('front matter with a tag the YAML library does not know', () => {
  it('is read without a process warning on stderr', async () => {
    const {splitFrontMatter} = await import('../../src/library/front-matter.js');
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    const result = splitFrontMatter(
      '---\ntitle: !!js/function "function(){}"\nsource: Test Wire\n---\nBody.\n',
    );
    // Node emits process warnings on the next tick.
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('warning', onWarning);
    expect(result.kind).toBe('ok');
    expect(warnings).toEqual([]);
  });
});
