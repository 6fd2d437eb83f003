import fc from 'fast-check';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readArticleFile} from '../../src/library/index.js';
import {extract, STAGES} from '../../src/extract/index.js';
import {MAX_QUOTES_PER_PARAGRAPH} from '../../src/extract/quotes.js';
import {runStages} from '../../src/extract/pipeline.js';
import type {ExtractInput} from '../../src/extract/types.js';

// Pieces of news text that stress the stages: quotation marks of every kind (often unbalanced), abbreviations,
// titles, names, numbers in digits and words, money, times, dashes and brackets.
const PIECES = [
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  '«',
  '»',
  'Mr.',
  'Ms.',
  'Dr.',
  'U.S.',
  'E.U.',
  'a.m.',
  'said',
  'told',
  'wrote on X:',
  'he said',
  'she added',
  'according to',
  'President',
  'Volodymyr Zelensky',
  'Zelensky',
  'Kyiv',
  'the European Union',
  'Ministry of Defence',
  'Svitlana Lytvynenko, 21,',
  'killed',
  'at least 15 people',
  'four children',
  '$2.3 billion',
  '20%',
  '1.5 million',
  '3 a.m.',
  'in 2019',
  'March 28',
  'COVID-19',
  'K2-18b',
  'a dozen',
  '—',
  '–',
  '-',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '?',
  '!',
  ':',
  ';',
  '…',
  '\n',
  '  ',
  'the',
  'and',
  'of',
  'Ä',
  '🙂',
  '\u0000',
  '\u200b',
  '日本',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
];

const newsText = fc.array(fc.constantFrom(...PIECES), {maxLength: 60}).map((xs) => xs.join(' '));
const anyText = fc.oneof(
  newsText,
  fc.string({unit: 'grapheme', maxLength: 200}),
  fc.string({unit: 'binary', maxLength: 120}),
);
const article: fc.Arbitrary<ExtractInput> = fc.record({
  title: anyText,
  paragraphs: fc.array(anyText, {maxLength: 8}),
  authors: fc.option(fc.array(fc.constantFrom('Maria Varenikova', 'Jane Doe', ''), {maxLength: 2}), {
    nil: undefined,
  }),
});

/** Everything the extractor read: where every quote and alias must come from. */
const fullText = (input: ExtractInput): string =>
  [input.title, ...input.paragraphs, ...(input.authors ?? [])].join('\n');

function checkInvariants(input: ExtractInput): void {
  const errors: string[] = [];
  const doc = runStages(STAGES, input, (stage, err) => errors.push(`${stage}: ${String(err)}`));
  expect(errors).toEqual([]);
  const text = fullText(input);
  // A quote run over paragraphs holds each paragraph's part, joined by a line break.
  for (const q of doc.quotes) for (const part of q.text.split('\n')) expect(text).toContain(part);
  for (const e of [...doc.people, ...doc.places, ...doc.organizations]) {
    for (const alias of e.aliases) expect(text).toContain(alias);
  }
  const sentences = new Set(doc.sentences.map((s) => s.text));
  for (const s of doc.summary) expect(sentences.has(s)).toBe(true);
  for (const f of doc.facts) {
    expect(sentences.has(f.sentence)).toBe(true);
    for (const v of f.values) expect(Number.isFinite(v.value)).toBe(true);
  }
}

// Real articles from the shipped library, cut and spliced at random: the text a damaged or odd file gives.
const ARTICLES_DIR = join(import.meta.dirname, '../../articles');
const REAL = readdirSync(ARTICLES_DIR)
  .filter((f) => f.endsWith('.md') || f.endsWith('.txt'))
  .sort()
  .filter((_, i) => i % 40 === 0)
  .flatMap((f) => {
    const read = readArticleFile(join(ARTICLES_DIR, f));
    return read.ok ? [read.article] : [];
  });
const edit = fc.record({
  at: fc.nat(),
  cut: fc.nat({max: 40}),
  insert: fc.constantFrom(...PIECES, '', '\n\n'),
});
const damagedArticle: fc.Arbitrary<ExtractInput> = fc
  .record({pick: fc.nat(), edits: fc.array(edit, {maxLength: 12})})
  .map(({pick, edits}) => {
    const article = REAL[pick % Math.max(1, REAL.length)];
    let text = article ? article.paragraphs.join('\n\n') : '';
    for (const e of edits) {
      const at = text.length === 0 ? 0 : e.at % text.length;
      text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
    }
    return {title: article?.title ?? '', paragraphs: text.split(/\n\n+/), authors: article?.authors};
  });

describe('extract on any input', () => {
  it('never throws, and no stage fails, on empty input', () => {
    expect(() => extract({title: '', paragraphs: []})).not.toThrow();
    checkInvariants({title: '', paragraphs: []});
    checkInvariants({title: '', paragraphs: ['', '   ', '\n']});
  });

  it('keeps its invariants on random news-like text, random Unicode and unbalanced quotes', () => {
    fc.assert(
      fc.property(article, (input) => checkInvariants(input)),
      {numRuns: Number(process.env.PROPERTY_RUNS ?? 150)},
    );
  });

  it('keeps its invariants on real articles cut and spliced at random', () => {
    expect(REAL.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(damagedArticle, (input) => checkInvariants(input)),
      {numRuns: Math.ceil(Number(process.env.PROPERTY_RUNS ?? 150) / 3)},
    );
  });

  it('copes with a huge paragraph and a paragraph that opens a quote it never closes', () => {
    const sentence =
      'Mr. Zelensky said “Russia launched 598 drones and 31 missiles at Kyiv, killing at least 15 people. ';
    checkInvariants({title: 'Huge', paragraphs: [sentence.repeat(400), '“And this goes on', 'without end.']});
    checkInvariants({title: 'One line', paragraphs: ['a'.repeat(50_000)]});
    checkInvariants({title: 'Marks', paragraphs: ['“'.repeat(500), '”'.repeat(500), '"'.repeat(501)]});
  });

  it('reads no speech in a paragraph of more quotations than prose holds, and still in the rest', () => {
    // Each quote's checks read the rest of its paragraph: 300,000 marks took minutes before the cap.
    const noise = `${'"a" '.repeat(MAX_QUOTES_PER_PARAGRAPH + 1)}said Ann Bell.`;
    const input = {
      title: 'Noise',
      paragraphs: [noise, '“We will rebuild the bridge,” said Ann Bell, the mayor of Leeds.'],
    };
    checkInvariants(input);
    expect(extract(input).quotes.map((q) => q.text)).toEqual(['We will rebuild the bridge,']);
    // At the cap, they are read as they always were.
    const listed = `${'"a" '.repeat(MAX_QUOTES_PER_PARAGRAPH)}said Ann Bell.`;
    checkInvariants({title: 'Listed', paragraphs: [listed]});
  });
});
