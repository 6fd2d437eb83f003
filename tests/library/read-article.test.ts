import {chmodSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {describeFsError, readArticleFile} from '../../src/library/read-article.js';
import {loadLibrary, LibraryError} from '../../src/library/index.js';
import {tempDir} from '../helpers/temp-dir.js';

const SEED = join(import.meta.dirname, '../../articles/kyiv-strike.txt');

describe('the seed article', () => {
  const result = readArticleFile(SEED);
  it('reads title, source and byline by the general rules', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.article;
    expect(a.id).toBe('kyiv-strike');
    expect(a.title).toBe('Russian Missile and Drone Attack Kills at Least 15 in Kyiv');
    expect(a.source).toBe('New York Times');
    expect(a.authors).toContain('Maria Varenikova');
    expect(a.contributors).toContain('Anastasia Kuznietsova');
  });
  it('keeps bylines and the feed footer out of the body', () => {
    if (!result.ok) throw new Error('seed did not load');
    const body = result.article.text;
    expect(body).not.toMatch(/appeared first on|contributed reporting|covers Ukraine/);
    expect(result.article.paragraphs[0]).toMatch(/^An hourslong barrage/);
    expect(result.article.paragraphs.at(-1)).toMatch(/I see someone died/);
  });
});

describe('readArticleFile on good files', () => {
  const cases: {
    name: string;
    content: string | Buffer;
    title: string;
    source?: string | null;
    date?: string | null;
    authors?: string[];
    paragraphs: string[];
  }[] = [
    {
      name: 'front matter with fields',
      content:
        '---\ntitle: "Bridge reopens"\ndate: 2020-05-01\nsource: Wikinews\nurl: https://example.org/a\nauthor: Jo Bloggs\n---\nThe bridge reopened.\n\nTraffic resumed.\n',
      title: 'Bridge reopens',
      source: 'Wikinews',
      date: '2020-05-01',
      authors: ['Jo Bloggs'],
      paragraphs: ['The bridge reopened.', 'Traffic resumed.'],
    },
    {
      name: 'an escape sequence in the authors goes whole, not split into authors at its ";"',
      content:
        // (YAML's own escapes: "\\e" is ESC, "\\a" BEL.)
        '---\ntitle: "Bridge reopens"\nauthor: "Jo \\e]52;c;aGVsbG8=\\aBloggs and Ana Varn"\n---\nThe bridge reopened.\n',
      title: 'Bridge reopens',
      authors: ['Jo Bloggs', 'Ana Varn'],
      paragraphs: ['The bridge reopened.'],
    },
    {
      name: 'CRLF line endings, BOM, tabs',
      content: '\uFEFF---\r\ntitle: Tabs\r\n---\r\nOne\tparagraph\there.\r\n\r\nTwo.\r\n',
      title: 'Tabs',
      paragraphs: ['One paragraph here.', 'Two.'],
    },
    {
      name: 'Unicode quotes kept',
      content: 'Quote Test Headline\n“It works,” she said. ‘Fine’ too.\nEnd.',
      title: 'Quote Test Headline',
      paragraphs: ['“It works,” she said. ‘Fine’ too.', 'End.'],
    },
    {
      name: 'terminal escape sequences are stripped from every field',
      content:
        '---\ntitle: "Evil \\e]0;pwned\\a title\\e[2J"\n---\nBody \u001b[31mred\u001b[0m text\u0007 and \u009b2J C1.\n',
      title: 'Evil title',
      paragraphs: ['Body red text and C1.'],
    },
    {
      name: 'zero-width characters are removed from the text, so they cannot split a name',
      content:
        '---\ntitle: "Talks\u200b in \u00adKyiv"\n---\nVlad\u200bimir Putin and Volo\u2060dymyr Zel\u00adensky spoke.\n',
      title: 'Talks in Kyiv',
      paragraphs: ['Vladimir Putin and Volodymyr Zelensky spoke.'],
    },
    {
      name: 'UTF-16 with a byte-order mark',
      content: Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Sixteen Bit Headline\nBody line.\nMore.', 'utf16le'),
      ]),
      title: 'Sixteen Bit Headline',
      paragraphs: ['Body line.', 'More.'],
    },
    {
      name: 'plain text without a headline takes its title from the file name',
      content: 'the first line is a sentence.\nSecond line.',
      title: 'Case',
      paragraphs: ['the first line is a sentence.', 'Second line.'],
    },
  ];
  it.each(cases)('$name', ({content, title, source, date, authors, paragraphs}) => {
    const dir = tempDir({'case.md': content});
    const result = readArticleFile(join(dir, 'case.md'));
    if (!result.ok) throw new Error(result.skipped.reason);
    expect(result.article.title).toBe(title);
    if (source !== undefined) expect(result.article.source).toBe(source);
    if (date !== undefined) expect(result.article.date).toBe(date);
    if (authors !== undefined) expect(result.article.authors).toEqual(authors);
    expect(result.article.paragraphs).toEqual(paragraphs);
    // eslint-disable-next-line no-control-regex -- asserting none survive
    expect(JSON.stringify(result.article)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('readArticleFile on front matter YAML cannot read', () => {
  it('reads the article from its plain lines, with a warning naming what was read', () => {
    const dir = tempDir({
      'ferry.md':
        '---\ntitle: Ferry runs late\ndate: 2026-11-30\ntags: [harbour, ferry\n  - late\n---\nThe ferry ran late.\n',
    });
    const result = readArticleFile(join(dir, 'ferry.md'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article).toMatchObject({
      title: 'Ferry runs late',
      date: '2026-11-30',
      text: 'The ferry ran late.',
    });
    expect(result.warnings).toEqual([
      expect.stringMatching(/^malformed front matter \(.+\): read its plain lines only \(title, date\)$/),
    ]);
  });

  it('counts a date line read but no date among what it read, as its own warning follows', () => {
    const dir = tempDir({'late.md': '---\ntitle: [unclosed\ndate: ": :"\n  : :\n---\nBody.\n'});
    const result = readArticleFile(join(dir, 'late.md'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Not "read without it" followed by a warning about the date it read.
    expect(result.warnings).toEqual([
      expect.stringMatching(/^malformed front matter \(.+\): read its plain lines only \(date\)$/),
      expect.stringMatching(/^date ": :" is not a valid date; using the file's modification time/),
    ]);
  });

  it.each([
    ['a title YAML cannot read', '---\ntitle: [unclosed\n  : :\n---\nBody.\n'],
    ['front matter that is a list', '---\n- a\n- b\n---\nBody.\n'],
  ])('%s: the article without it', (_, content) => {
    const dir = tempDir({'bad.md': content});
    const result = readArticleFile(join(dir, 'bad.md'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toBe('Body.');
    // The body's first line, not the file's name ("Bad"): the header meant to give a title.
    expect(result.article.title).toBe('Body.');
    expect(result.warnings).toEqual([
      expect.stringMatching(/^malformed front matter \(.+\): the article is read without it$/),
    ]);
  });
});

describe("the title of an article whose front matter's title YAML cannot read", () => {
  const STORY =
    'The ferry between Riverton and the island ran again on Monday after a week of storms, the harbour master said.';
  it.each([
    ['its first heading', `# Ferry back after the storms\n\n${STORY}\n`, 'Ferry back after the storms'],
    [
      'its title line',
      `Ferry back after the storms\n\n${STORY}\n\nPassengers queued.\n`,
      'Ferry back after the storms',
    ],
    [
      'its first line, cut to a title',
      `${STORY}\n\nPassengers queued.\n`,
      'The ferry between Riverton and the island ran again on Monday after a week of…',
    ],
  ])('is %s', (_, body, title) => {
    const dir = tempDir({
      '2024-03-04-ferry-notes.md': `---\ntitle: "Ferry "back" after storms"\ndate: 2024-03-04\n---\n\n${body}`,
    });
    const result = readArticleFile(join(dir, '2024-03-04-ferry-notes.md'));
    if (!result.ok) throw new Error(result.skipped.reason);
    expect(result.article.title).toBe(title);
    expect(result.article.date).toBe('2024-03-04');
    expect(result.article.text).toContain(STORY);
  });

  it('is the file name for a file without front matter, as before', () => {
    const dir = tempDir({'ferry-notes.md': `${STORY}\n\nPassengers queued.\n`});
    const result = readArticleFile(join(dir, 'ferry-notes.md'));
    expect(result.ok && result.article.title).toBe('Ferry notes');
  });
});

describe('readArticleFile on bad files', () => {
  const cases: {name: string; content: string | Buffer; reason: RegExp; maxBytes?: number}[] = [
    {name: 'empty', content: '', reason: /empty/},
    {name: 'only whitespace', content: ' \n\n\t\n', reason: /empty/},
    {name: 'binary', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), reason: /binary/},
    {
      name: 'invalid UTF-8',
      content: Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0xff, 0x0a]),
      reason: /UTF-8/,
    },
    {name: 'over the size cap', content: 'x'.repeat(2048), reason: /too large/, maxBytes: 1024},
    {name: 'unclosed front matter', content: '---\ntitle: x\nbody without a close\n', reason: /never closed/},
    {name: 'front matter and no body', content: '---\ntitle: Only\n---\n\n', reason: /no article text/},
  ];
  it.each(cases)('$name → skipped with a reason', ({content, reason, maxBytes}) => {
    const dir = tempDir({'bad.txt': content});
    const result = readArticleFile(join(dir, 'bad.txt'), {maxBytes});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.skipped.reason).toMatch(reason);
    expect(result.skipped.reason).not.toContain('\n');
  });

  it('a missing file', () => {
    const result = readArticleFile('/nonexistent/brief/file.txt');
    expect(result.ok ? '' : result.skipped.reason).toMatch(/not found/);
  });

  it.each([
    ['EACCES', /permission denied/],
    ['ELOOP', /loop/],
    ['EISDIR', /folder/],
    ['EIO', /cannot read: input\/output error/],
  ])('file-system error %s is described', (code, reason) => {
    expect(describeFsError(Object.assign(new Error('x'), {code}))).toMatch(reason);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file (needs a non-root user)', () => {
    const dir = tempDir({'locked.txt': 'Some text.'});
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const result = readArticleFile(join(dir, 'locked.txt'));
    expect(result.ok ? '' : result.skipped.reason).toMatch(/permission denied/);
  });
});

describe('loadLibrary', () => {
  it('loads the good files of a mixed folder and names each bad one', () => {
    const dir = tempDir({
      'good.md': '---\ntitle: Good one\n---\nText.\n',
      'nested/deeper/good2.txt': 'Second Good Headline\nBody.\nMore body.',
      'empty.txt': '',
      'binary.md': Buffer.from([1, 2, 0, 3]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      'broken-fm.md': '---\ntitle: "x\n---\nBody',
      '.hidden.md': 'Hidden Headline\nShould not load.',
      'notes.csv': 'a,b',
      'README.md': '# About this folder',
    });
    symlinkSync(join(dir, 'missing-target.md'), join(dir, 'dangling.md'));
    symlinkSync(dir, join(dir, 'nested', 'loop'));
    symlinkSync(join(dir, 'self.md'), join(dir, 'self.md'));
    const load = loadLibrary(dir);
    // Front matter YAML cannot read is a warning: the article is read without it (front-matter.ts).
    expect(load.articles.map((a) => a.title).sort()).toEqual(['Body', 'Good one', 'Second Good Headline']);
    expect(load.warnings.map((w) => w.path.slice(dir.length + 1))).toEqual(['broken-fm.md']);
    const reasons = Object.fromEntries(load.skipped.map((s) => [s.path.slice(dir.length + 1), s.reason]));
    expect(reasons).toMatchObject({
      'empty.txt': expect.stringMatching(/empty/),
      'binary.md': expect.stringMatching(/binary/),
      'latin1.txt': expect.stringMatching(/UTF-8/),
      'dangling.md': expect.stringMatching(/broken symbolic link/),
      'nested/loop': expect.stringMatching(/loop/),
      'self.md': expect.stringMatching(/loop/),
    });
    expect(
      Object.keys(reasons).some((p) => p.includes('hidden') || p.includes('csv') || p.includes('README')),
    ).toBe(false);
  });

  it('never writes to article files', () => {
    const dir = tempDir({'a.md': '---\ntitle: A\n---\nBody.\n'});
    const path = join(dir, 'a.md');
    chmodSync(path, 0o444);
    expect(() => loadLibrary(dir)).not.toThrow();
    expect(loadLibrary(dir).articles).toHaveLength(1);
  });

  it('makes ids unique when two folders hold the same file name', () => {
    const dir = tempDir({
      'x/same.md': '---\ntitle: One\n---\nA.\n',
      'y/same.md': '---\ntitle: Two\n---\nB.\n',
    });
    expect(
      loadLibrary(dir)
        .articles.map((a) => a.id)
        .sort(),
    ).toEqual(['x/same', 'y/same']);
  });

  it('throws a LibraryError for a missing folder or a file', () => {
    expect(() => loadLibrary('/nonexistent/brief')).toThrow(LibraryError);
    const dir = tempDir({'f.txt': 'x'});
    expect(() => loadLibrary(join(dir, 'f.txt'))).toThrow(/not a folder/);
  });

  it('an empty folder loads nothing', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'x.csv'), 'a');
    expect(loadLibrary(dir)).toEqual({articles: [], skipped: [], warnings: []});
  });
});

describe('zero-width characters and the extractor', () => {
  it('a name with a zero-width space inside is found whole', async () => {
    const {extract, toExtractInput} = await import('../../src/extract/index.js');
    const dir = tempDir({
      'talks.txt':
        'Leaders Meet for Talks\n\nPresident Vlad\u200bimir Putin met Emmanuel Mac\u00adron in Paris on Monday.\n\nMr. Putin said little.\n',
    });
    const read = readArticleFile(join(dir, 'talks.txt'));
    if (!read.ok) throw new Error(read.skipped.reason);
    const people = extract(toExtractInput(read.article)).people.map((p) => p.name);
    expect(people).toContain('Vladimir Putin');
    expect(people).toContain('Emmanuel Macron');
  });
});

describe('the seed’s writers', () => {
  it('are its authors and contributors, not people of the story', async () => {
    const {extract, toExtractInput} = await import('../../src/extract/index.js');
    const read = readArticleFile(SEED);
    if (!read.ok) throw new Error(read.skipped.reason);
    const people = extract(toExtractInput(read.article)).people.map((p) => p.name);
    expect(people).toContain('Volodymyr Zelensky');
    expect(people).not.toContain('Maria Varenikova');
    expect(people).not.toContain('Anastasia Kuznietsova');
  });
});
