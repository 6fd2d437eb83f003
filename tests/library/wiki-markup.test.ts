import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readArticleFile} from '../../src/library/read-article.js';
import {readWikiMarkup} from '../../src/library/wiki-markup.js';
import {toExtractInput} from '../../src/extract/input.js';
import {tempDir} from '../helpers/temp-dir.js';

// Made-up paragraphs in the shape of Wikinews pages saved as text (see articles/*interviews*).
describe('Wikinews speaker marks', () => {
  const cases: {paragraph: string; shown: string}[] = [
    {
      paragraph: '((WN)) Given that the data is old, how far does it hold?',
      shown: 'Wikinews: Given that the data is old, how far does it hold?',
    },
    {paragraph: '((XYZ)) : Which past mayor do you admire?', shown: 'XYZ: Which past mayor do you admire?'},
    {paragraph: '((Jane Roe)) I started playing at nine.', shown: 'Jane Roe: I started playing at nine.'},
    {paragraph: '((Jane Roe))', shown: 'Jane Roe:'},
    {paragraph: '((WN)) [Nods].', shown: 'Wikinews: [Nods].'},
  ];
  it.each(cases)('$paragraph', ({paragraph, shown}) => {
    const read = readWikiMarkup(paragraph);
    expect(read.shown).toBe(shown);
    // Extraction reads the mark as before: the quote sieves take the name before an answer as its speaker.
    expect(read.analysed).toBe(paragraph);
  });
  it('leaves brackets that are not a mark at the start alone', () => {
    for (const p of [
      'He wrote (((Our Town))) on his blog.',
      'Echoes (((like this))) stay.',
      '(((Our Town))) was read.',
    ]) {
      expect(readWikiMarkup(p).shown).toBe(p);
    }
  });
});

describe('original-language notes', () => {
  const cases: {name: string; paragraph: string; shown: string; analysed: string}[] = [
    {
      name: 'after a quote, to the paragraph’s end',
      paragraph: 'She said, "We will stay." ((es))Spanish language: Nos quedaremos.',
      shown: 'She said, "We will stay." (Spanish: Nos quedaremos.)',
      analysed: 'She said, "We will stay."',
    },
    {
      name: 'a name’s original, up to the English word that goes on',
      paragraph: 'The Green Union ((pl))Polish language: Zielona Unia was founded in 2001.',
      shown: 'The Green Union (Polish: Zielona Unia) was founded in 2001.',
      analysed: 'The Green Union was founded in 2001.',
    },
    {
      name: 'up to an English adverb',
      paragraph: 'The Green Union ((pl))Polish language: Zielona Unia quickly grew.',
      shown: 'The Green Union (Polish: Zielona Unia) quickly grew.',
      analysed: 'The Green Union quickly grew.',
    },
    {
      name: 'up to a comma before a capital',
      paragraph: 'Saying "we are ready" ((es))Spanish language: estamos listos, Mayor Ruiz left.',
      shown: 'Saying "we are ready" (Spanish: estamos listos), Mayor Ruiz left.',
      analysed: 'Saying "we are ready", Mayor Ruiz left.',
    },
    {
      name: 'inside a quote, up to its closing mark',
      paragraph: 'He said, "We are ready ((es))Spanish language: Estamos listos".',
      shown: 'He said, "We are ready (Spanish: Estamos listos)".',
      analysed: 'He said, "We are ready".',
    },
    {
      name: 'with quotation marks of its own',
      paragraph: 'He said "buy the tools" ((hu))Hungarian language: a „vas” megvétele.',
      shown: 'He said "buy the tools" (Hungarian: a „vas” megvétele.)',
      analysed: 'He said "buy the tools"',
    },
    {
      name: 'another script, up to the first Latin letter',
      paragraph:
        'He "left home 4 hours ago" ((ko))Korean language: 4시간 전에 집을 나갔다 Police found him at 9 p.m.',
      shown: 'He "left home 4 hours ago" (Korean: 4시간 전에 집을 나갔다) Police found him at 9 p.m.',
      analysed: 'He "left home 4 hours ago" Police found him at 9 p.m.',
    },
    {
      name: 'a language named without "language"',
      paragraph: 'She wrote: "I won." ((ru))Russian: Я победила.',
      shown: 'She wrote: "I won." (Russian: Я победила.)',
      analysed: 'She wrote: "I won."',
    },
    {
      name: 'two notes in one paragraph',
      paragraph: 'A "yes" ((es))Spanish language: sí was heard, then "no" ((fr))French language: non was.',
      shown: 'A "yes" (Spanish: sí) was heard, then "no" (French: non) was.',
      analysed: 'A "yes" was heard, then "no" was.',
    },
  ];
  it.each(cases)('$name', ({paragraph, shown, analysed}) => {
    expect(readWikiMarkup(paragraph)).toEqual({shown, analysed});
  });
  it('keeps a paragraph without marks as it is, and a mark with no text after it out of sight', () => {
    expect(readWikiMarkup('Plain text (with brackets).')).toEqual({
      shown: 'Plain text (with brackets).',
      analysed: 'Plain text (with brackets).',
    });
    expect(readWikiMarkup('It ends here ((es))Spanish language:').shown).toBe('It ends here ');
  });
});

describe('reading a file with Wikinews markup', () => {
  it('shows the notes, gives extraction the text without them, and leaves the file as it was', () => {
    const dir = tempDir();
    const path = join(dir, 'mayor.md');
    // The zero-width joiner after the colon is how the saved pages hold it.
    const content =
      '# Mayor found\n\nHe "left home 4 hours ago" ((ko))Korean language: \u200d4시간 전에 집을 나갔다 Police found him.\n\n((WN)) Why?\n';
    writeFileSync(path, content);
    const read = readArticleFile(path);
    if (!read.ok) throw new Error(read.skipped.reason);
    expect(read.article.paragraphs).toEqual([
      'He "left home 4 hours ago" (Korean: 4시간 전에 집을 나갔다) Police found him.',
      'Wikinews: Why?',
    ]);
    expect(toExtractInput(read.article).paragraphs).toEqual([
      'He "left home 4 hours ago" Police found him.',
      '((WN)) Why?',
    ]);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
  it('gives extraction the paragraphs themselves when there is no markup', () => {
    const dir = tempDir();
    const path = join(dir, 'plain.md');
    writeFileSync(path, '# Plain\n\nNothing marked here.\n');
    const read = readArticleFile(path);
    if (!read.ok) throw new Error(read.skipped.reason);
    expect(read.article.analysed).toBeUndefined();
    expect(toExtractInput(read.article).paragraphs).toEqual(['Nothing marked here.']);
  });
});
