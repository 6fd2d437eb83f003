import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import * as acorn from 'acorn';
import {describe, expect, it} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import * as bmp from '../../scripts/bmp-patterns.mjs';
import {extract, toExtractInput} from '../../src/extract/index.js';
import {readFullJob, type ExtractOutcome} from '../../src/store/pool.js';
import {createWorkerPool, findWorkerScript} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from '../store/fixtures.js';

// scripts/bmp-patterns.mjs: the workers' classic script has its extractor's Unicode property classes cut to the
// Basic Multilingual Plane (`v` flag), exact on text without a letter, number or mark outside it; a worker extracts
// text with one with the extractor as written.

const {bmpClasses, bmpPattern, caseFolds, caselessPattern, CUT, CUT_ALL, cutExtractorPatterns, cutRegExp} =
  bmp as Record<
    string,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    any
  >;
const cutSource = bmpPattern as (
  source: string,
  cut: readonly string[],
  classes?: Readonly<Record<string, string>>,
) => string | null;
const {classes: CLASSES, unicode: UNICODE} = (
  bmpClasses as () => {classes: Record<string, string>; unicode: string}
)();
type Folds = {chars: Record<number, string>; props: string[]; word: string};
const FOLDS = (caseFolds as () => Folds)();
const caseless = caselessPattern as (source: string, folds: Folds) => string | null;
const cutMade = cutRegExp as (
  source: string,
  flags: string,
  cut: readonly string[],
  classes: Readonly<Record<string, string>>,
  folds: Folds,
) => {source: string; flags: string} | null;
const cutBundle = cutExtractorPatterns as (bundle: string) => {
  text: string;
  literals: number;
  constructors: number;
};
const ARTICLES = new URL('../../articles/', import.meta.url);
const DIST = new URL('../../dist/', import.meta.url);

/** The `u` patterns of the extractor as the build bundled it (its ES chunks, which are not cut), without `i` or with. */
function extractorPatterns(caseless = false): {pattern: string; flags: string}[] {
  const chunks = new URL('chunks/', DIST);
  const seen = new Map<string, {pattern: string; flags: string}>();
  for (const name of readdirSync(chunks).filter((n) => n.endsWith('.js'))) {
    const source = readFileSync(new URL(name, chunks), 'utf8');
    for (const token of acorn.tokenizer(source, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      allowHashBang: true,
    }))
      if (token.type.label === 'regexp') {
        const {pattern, flags} = (token as unknown as {value: {pattern: string; flags: string}}).value;
        if (flags.includes('u') && flags.includes('i') === caseless)
          seen.set(`${flags}/${pattern}`, {pattern, flags});
      }
  }
  return [...seen.values()];
}

/** Every match of `re` (made global) in `text`: where, and what it and its groups hold. */
function matches(re: RegExp, text: string): string[] {
  const global = new RegExp(re.source, re.flags.replace('y', '').replace('g', '') + 'g');
  return [...text.matchAll(global)].map((m) => `${m.index}:${m.join('\u0000')}`);
}

/** `text` as a two-byte string (V8 keeps a slice of a two-byte string two-byte), for text without wide characters. */
function twoByte(text: string): string {
  return `\u0100${text}`.slice(1);
}

/** Made-up text over characters the patterns care about (no letter, number or mark outside the BMP). */
function madeUpTexts(count: number): string[] {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const parts = [...'aZé-\'’ .,;:“”"()[]Ωж中5٣xyAB\n\tÀß&!?́', 'Mr', 'said', ' the ', '😀', '🇺🇦', 'Jean-Luc'];
  return Array.from({length: count}, () => {
    let text = '';
    for (let i = 0; i < 160; i++)
      text +=
        next() < 0.08
          ? String.fromCharCode(Math.floor(next() * 0xd7ff))
          : parts[Math.floor(next() * parts.length)];
    return text;
  });
}

describe('the extractor’s patterns cut to the Basic Multilingual Plane', () => {
  it('cut each property class of the list, and rewrite classes in the syntax of the v flag', () => {
    expect(cutSource('\\p{Lu}\\p{Ll}+', CUT)).toBe(
      '[\\p{Lu}--[\\u{10000}-\\u{10FFFF}]][\\p{Ll}--[\\u{10000}-\\u{10FFFF}]]+',
    );
    expect(cutSource("[\\p{L}.'’-]", CUT)).toBe("[[\\p{L}--[\\u{10000}-\\u{10FFFF}]]\\.'’\\-]");
    // A negated class nested (see below).
    expect(cutSource('[^\\p{L}a-z-0]', CUT)).toBe('[[^[\\p{L}--[\\u{10000}-\\u{10FFFF}]]a-z\\-0]]');
    // Nothing to cut, a complement, a property not on the list: left as written.
    expect(cutSource('[a-z]+', CUT)).toBeNull();
    expect(cutSource('\\P{L}', CUT)).toBeNull();
    expect(cutSource('\\p{Sc}\\p{L}', CUT)).toBeNull();
  });

  it('write \\p{L}, \\p{Lu} and \\p{Ll} as binary properties and the others as ranges that hold the same code points of the BMP', () => {
    expect(
      Object.keys(CLASSES)
        .filter((k) => !k.endsWith('/i'))
        .sort(),
    ).toEqual(['L', 'Ll', 'Lm', 'Lt', 'Lu', 'M', 'Mn', 'N', 'Nd', 'Script=Latin']);
    expect(UNICODE).toBe(process.versions.unicode);
    expect(CLASSES['Lu']).toContain('\\p{Uppercase}');
    // One subtraction each, what the property holds beyond the category and the astral planes together: V8 works out
    // every set operation again at each compile.
    for (const prop of ['L', 'Lu', 'Ll']) expect(CLASSES[prop]?.split('--')).toHaveLength(2);
    for (const [prop, written] of Object.entries(CLASSES).filter(([k]) => !k.endsWith('/i'))) {
      const want = new RegExp(`^\\p{${prop}}$`, 'u');
      const have = new RegExp(`^${written}$`, 'v');
      const differ: number[] = [];
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        if (want.test(ch) !== have.test(ch) && differ.length < 5) differ.push(c);
      }
      expect(differ).toEqual([]);
      // Outside the BMP the class holds nothing, as every cut class: such a letter sends the text to the extractor as
      // written.
      expect(have.test('𝐀')).toBe(false);
    }
    expect(cutSource('\\p{Lu}[\\p{L}.-]', CUT, CLASSES)).toBe(`${CLASSES['Lu']}[${CLASSES['L']}\\.\\-]`);
  });

  it('match as written on the shipped articles and on made-up text, pattern for pattern', () => {
    const patterns = extractorPatterns();
    const texts = [
      ...readdirSync(ARTICLES)
        .filter((_, i) => i % 3 === 0)
        .map((n) => readFileSync(new URL(n, ARTICLES), 'utf8')),
      ...madeUpTexts(200),
    ];
    let cut = 0;
    // (Compared as joined strings, one expect at the end: an expect per pattern and text was most of the test's time.)
    const differ: {pattern: string; text: number; written: string[]; cut: string[]}[] = [];
    for (const {pattern, flags} of patterns) {
      // (As the build cuts them: \p{L}, \p{Lu} and \p{Ll} written as binary properties, bmpClasses.)
      const bmp = cutSource(pattern, CUT, CLASSES);
      if (bmp === null) continue;
      cut += 1;
      const written = new RegExp(pattern, flags);
      const cutRe = new RegExp(bmp, flags.replace('u', 'v'));
      texts.forEach((text, i) => {
        const a = matches(written, text);
        const b = matches(cutRe, text);
        if (differ.length < 5 && a.join('\u0001') !== b.join('\u0001'))
          differ.push({pattern, text: i, written: a, cut: b});
      });
    }
    expect(differ).toEqual([]);
    expect(cut).toBeGreaterThan(100);
  });

  it('write an iu pattern without i: letters as the letters that fold to them', () => {
    expect(caseless('(?<![\\p{L}])(?:on|via)\\s+$', FOLDS)).toBe(
      '(?<![\\p{L/i}])(?:[oO][nN]|[vV][iI][aA])\\s+$',
    );
    // "ſ" folds to "s", the Kelvin sign to "k"; a class gains what folds to its members, a group's name is kept.
    expect(caseless('(?<sk>sk)[^a-c\\p{N}]', FOLDS)).toBe('(?<sk>[sS\\u017F][kK\\u212A])[^a-c\\p{N/i}ABC]');
    // \w and \b read "ſ" and the Kelvin sign as word characters under `iu`.
    expect(caseless('\\p{Ll}\\b', FOLDS)).toBe(
      '\\p{Ll/i}(?:(?<=[\\w\\u017F\\u212A])(?![\\w\\u017F\\u212A])|(?<![\\w\\u017F\\u212A])(?=[\\w\\u017F\\u212A]))',
    );
    // Without a property class the pattern stays `u` (exact on any text), with one it is cut to the BMP (`v`).
    expect(cutMade('^(?:on|via)$', 'iu', CUT_ALL, CLASSES, FOLDS)).toEqual({
      source: '^(?:[oO][nN]|[vV][iI][aA])$',
      flags: 'u',
    });
    // Left as written: a back-reference, \P{…}, \B, a letter the table does not cover.
    expect(caseless('(a)\\p{L}\\1', FOLDS)).toBeNull();
    expect(caseless('\\P{L}', FOLDS)).toBeNull();
    expect(caseless('\\p{L}\\B', FOLDS)).toBeNull();
    expect(caseless('\\p{L}ж', FOLDS)).toBeNull();
    const made = cutMade('^(?:by|reporting by)\\s+\\p{Lu}', 'iu', CUT_ALL, CLASSES, FOLDS);
    expect(made?.flags).toBe('v');
    expect(made?.source).toContain(CLASSES['Lu/i']);
  });

  it('write the case closures of the properties as they are under iu, and none outside the BMP that sends no text on', () => {
    for (const prop of FOLDS.props) {
      const want = new RegExp(`^\\p{${prop}}$`, 'iu');
      const have = new RegExp(`^${CLASSES[`${prop}/i`]}$`, 'v');
      const differ: number[] = [];
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        if (want.test(ch) !== have.test(ch) && differ.length < 5) differ.push(c);
      }
      expect(differ, prop).toEqual([]);
    }
    // Outside the BMP, what the closures hold is a letter, number or mark (needsWritten sends such text to the
    // extractor as written), and no character folds to one the letters' table covers.
    const closures = new RegExp(`^[${FOLDS.props.map((p) => `\\p{${p}}`).join('')}]$`, 'iu');
    const cut = new RegExp(`^[${CUT.map((p: string) => `\\p{${p}}`).join('')}]$`, 'u');
    // eslint-disable-next-line no-control-regex
    const covered = /^[\u0000-\u02FF\u2000-\u206F\w]$/iu;
    const astray: number[] = [];
    for (let c = 0x10000; c <= 0x10ffff; c++) {
      const ch = String.fromCodePoint(c);
      if (((closures.test(ch) && !cut.test(ch)) || covered.test(ch)) && astray.length < 5) astray.push(c);
    }
    expect(astray).toEqual([]);
  });

  it('match as written with i on the shipped articles and on made-up text, pattern for pattern', () => {
    const patterns = extractorPatterns(true);
    const folding = 'ſK İıßẞΣσςΩωΆά\u0345ιΙKkSsǅǄǆ ';
    const texts = [
      ...readdirSync(ARTICLES)
        .filter((_, i) => i % 3 === 1)
        .map((n) => readFileSync(new URL(n, ARTICLES), 'utf8')),
      ...madeUpTexts(200).map((t, i) =>
        i % 2 ? t : t.replace(/a|s|k/g, (c) => folding[(c.charCodeAt(0) * 7 + i) % folding.length] ?? c),
      ),
      `${folding} said by ſam Kelvin, BY ſ, SAID ſaid: ${folding.toUpperCase()} ${folding.toLowerCase()}`,
    ];
    let cut = 0;
    const differ: {pattern: string; text: number; written: string[]; cut: string[]}[] = [];
    for (const {pattern, flags} of patterns) {
      const made = cutMade(pattern, flags, CUT_ALL, CLASSES, FOLDS);
      if (made === null) continue;
      cut += 1;
      const written = new RegExp(pattern, flags);
      const cutRe = new RegExp(made.source, made.flags);
      texts.forEach((text, i) => {
        for (const subject of [text, twoByte(text)]) {
          const a = matches(written, subject);
          const b = matches(cutRe, subject);
          if (differ.length < 5 && a.join('\u0001') !== b.join('\u0001'))
            differ.push({pattern, text: i, written: a, cut: b});
        }
      });
    }
    expect(differ).toEqual([]);
    expect(cut).toBeGreaterThan(10);
  });

  it('match as written inside a repeated group with a negated class, on one-byte and two-byte text alike', () => {
    // V8 11.3 (Node 20) compiles a negated class at the top of a `v` pattern wrongly inside a repeated group; the
    // cut writes it nested. A role before a name, as the context patterns read it ("the country's first president,").
    const shapes = [
      '\\p{L}[^,\\s]*(?:\\s+[^,;:\\s]+){0,3},\\s*$',
      '\\p{L}(?: [^ ,]+)+,',
      '\\p{L}(?: [^ ,]+){2},',
      '\\s(?:[^\\p{Lu} ]+ ){0,3}',
      '(?:[^ ,]+\\s+){0,3}\\p{L}+,',
    ];
    const texts = [
      "after the country's first president, ",
      'the second largest party, ',
      'a b c d e f g',
      'Mr Smith and Mr Jones said, yes',
    ];
    for (const source of shapes) {
      const cut = cutSource(source, CUT);
      expect(cut, source).not.toBeNull();
      const cutRe = new RegExp(cut ?? '', 'v');
      const written = new RegExp(source, 'u');
      for (const text of texts)
        for (const subject of [text, twoByte(text)])
          expect(cutRe.exec(subject)?.[0], `${source} on ${text}`).toBe(written.exec(subject)?.[0]);
    }
  });

  it('differ on a letter outside the BMP, which sends the text to the extractor as written', () => {
    const bundle = cutBundle(
      '// src/extract/a.ts\nvar a = /\\p{Lu}\\p{Ll}+/u;\n// src/other.ts\nvar b = /\\p{L}/u;\n',
    );
    expect(bundle.literals).toBe(1);
    expect(bundle.text).toContain('var b = /\\p{L}/u;');
    const helpers = new Function(`${bundle.text}\nreturn __BRIEF_BMP_PATTERNS;`)() as {
      needsWritten(text: string): boolean;
      RegExp: RegExpConstructor;
    };
    // Mathematical bold: letters outside the BMP.
    const bold = '𝐀𝐝𝐚 Varga';
    const re = new helpers.RegExp('\\p{Lu}\\p{Ll}+', 'u');
    expect(re.flags).toBe('v');
    expect(re.exec(bold)?.[0]).toBe('Varga');
    // A source taken from a cut pattern (its classes end in the astral planes taken out) is made as it is.
    const again = new helpers.RegExp(re.source, 'u');
    expect([again.source, again.flags]).toEqual([re.source, 'v']);
    expect(again.exec(bold)?.[0]).toBe('Varga');
    expect(/\p{Lu}\p{Ll}+/u.exec(bold)?.[0]).toBe('𝐀𝐝𝐚');
    expect(helpers.needsWritten(bold)).toBe(true);
    expect(helpers.needsWritten('Ada Varga 😀 🇺🇦 said “yes”')).toBe(false);
    expect(helpers.needsWritten('a lone \ud835 unit')).toBe(false);
    // Under another Unicode than the build's, whose ranges the classes hold, every text goes to the extractor as
    // written.
    const other = new Function(
      `${bundle.text.replace(`=== ${JSON.stringify(UNICODE)}`, '=== "0.0"')}\nreturn __BRIEF_BMP_PATTERNS;`,
    )() as {needsWritten(text: string): boolean};
    expect(other.needsWritten('Ada Varga said “yes”')).toBe(true);
  });
});

describe('a worker running the cut script', () => {
  const script = findWorkerScript();

  it.skipIf(!script)(
    'gives the analyses of the extractor as written, letters outside the BMP included',
    async () => {
      const worker = readFileSync(new URL('index-worker.cjs', DIST), 'utf8');
      expect(worker).toContain('__BRIEF_BMP_PATTERNS');
      const made = tempDir({
        'bold.md': articleText(
          'Harbour opens',
          'The harbour in Rotterdam opened on Monday, said 𝐀𝐝𝐚 𝐕𝐚𝐫𝐠𝐚, its director. “It is a good day,” Varga said.',
        ),
        // Two-byte text (the dashes), and a role read by a pattern with a repeated group of negated classes.
        'dash.md': articleText(
          'Senator proposes term limits',
          'The proposal — filed on Monday — recalls a tradition: after the country’s first president, Edmund Varga, ' +
            'sought no third term, none did. Varga said little of it.',
        ),
        'emoji.md': articleText(
          'Harbour opens 🎉',
          'Ada Varga said on Monday that the harbour in Rotterdam would open to 12 ships 🚢. “It is a good day,” she said.',
        ),
      });
      // A shipped article made two-byte by a dash at its end: its paragraphs are then two-byte strings.
      const shipped = readdirSync(ARTICLES).find((n) => n.includes('ted-cruz-proposes-amendment'));
      const widened = join(made, 'widened.md');
      if (shipped)
        writeFileSync(widened, `${readFileSync(new URL(shipped, ARTICLES), 'utf8').trimEnd()} —\n`);
      const paths = [
        ...(shipped ? [widened] : []),
        join(made, 'bold.md'),
        join(made, 'emoji.md'),
        ...readdirSync(ARTICLES)
          .filter((_, i) => i % 7 === 0)
          .map((n) => join(ARTICLES.pathname, n)),
      ];
      // A cache folder: the pool's workers then run the classic script (src/store/index-worker.ts).
      const pool = createWorkerPool({script: script ?? '', size: 1, cacheDir: join(tempDir(), 'v8')});
      const outcomes: ExtractOutcome[] = [];
      try {
        for (const [i, path] of paths.entries()) outcomes.push(await pool.extract({path, id: String(i)}));
      } finally {
        await pool.close();
      }
      for (const [i, path] of paths.entries()) {
        const read = readFullJob({path, id: String(i)});
        if (!read.ok) throw new Error(read.reason);
        const outcome = outcomes[i];
        expect(outcome?.ok, path).toBe(true);
        if (!outcome?.ok) continue;
        expect(JSON.stringify(outcome.analysis), path).toBe(
          JSON.stringify(extract(toExtractInput(read.article))),
        );
      }
    },
    120_000,
  );
});
