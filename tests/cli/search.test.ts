import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import Database from 'better-sqlite3';
import {startIndexing} from '../../src/store/indexer.js';
import {openSqliteStore} from '../../src/store/sqlite-store.js';
import stringWidth from 'string-width';
import {searchCommand} from '../../src/cli/search-command.js';
import {CLI, runCli} from '../helpers/run-cli.js';
import {countingPool} from '../store/fixtures.js';

const ARTICLES = join(import.meta.dirname, '../../articles');
// Articles about Ukraine and Iran (chosen by grep for Zelensky and Kyiv), plus a few unrelated ones.
const PICK = [
  'kyiv-strike.txt',
  ...readdirSync(ARTICLES).filter((f) => /ukrain|impeachment-investigation|subpoena|iran-admits/.test(f)),
  ...readdirSync(ARTICLES).filter((f) => f.startsWith('2019-01-0')),
];

// One library and database for the whole file (the tempDir helper would remove them after the first test).
const home = mkdtempSync(join(tmpdir(), 'brief-search-'));
const lib = join(home, 'articles');
const db = join(home, 'data', 'brief.db');
afterAll(() => rmSync(home, {recursive: true, force: true}));
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
  mkdirSync(lib);
  for (const f of PICK) copyFileSync(join(ARTICLES, f), join(lib, f));
  // Indexed here with the test analyzer, so the figures below do not hang on the real extractor's progress.
  const store = openSqliteStore({dbPath: db, root: lib});
  await startIndexing(store, {pool: countingPool()}).done;
  store.close();
});

interface Hit {
  kind: string;
  name: string;
  aliases: string[];
  articleCount: number;
  matched: string;
  articles: {id: string; title: string; date: string | null}[];
  how?: string;
  links?: {joined: {name: string; rule: string}[]; apart: unknown[]};
}

const search = (...args: string[]) => runCli(['search', ...args, '--articles', lib, '--db', db]);

describe('brief search (built CLI)', () => {
  it('indexes a library it has never seen first (real extraction workers)', () => {
    // Empty: a database with nothing in it yet (one named that is not there at all is refused: db-safety.test.ts).
    const fresh = join(home, 'fresh.db');
    writeFileSync(fresh, '');
    const run = runCli(['search', 'kyiv', '--articles', lib, '--db', fresh]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/indexing .* first/);
    const conn = new Database(fresh, {readonly: true});
    const analysed = conn.prepare('SELECT count(*) AS n FROM analyses').get() as {n: number};
    conn.close();
    expect(analysed.n).toBe(PICK.length);
  });

  it('analyses a file added since the last index before it searches; analyses of an older extractor answer as they are', () => {
    const home2 = mkdtempSync(join(tmpdir(), 'brief-search-added-'));
    try {
      const lib2 = join(home2, 'articles');
      mkdirSync(lib2);
      copyFileSync(join(ARTICLES, 'kyiv-strike.txt'), join(lib2, 'kyiv-strike.txt'));
      const db2 = join(home2, 'brief.db');
      writeFileSync(db2, '');
      expect(runCli(['list', '--articles', lib2, '--db', db2]).code).toBe(0);
      writeFileSync(
        join(home2, 'ferry.txt'),
        'Quonra Vell met the harbour master of Tarrowby on Monday.\n\nQuonra Vell said the ferry would run again.\n',
      );
      expect(runCli(['add', join(home2, 'ferry.txt'), '--articles', lib2, '--db', db2]).code).toBe(0);
      const run = runCli(['search', 'quonra', '--articles', lib2, '--db', db2]);
      expect(run.stdout).toMatch(/^person\s+Quonra Vell/m);
      expect(run.stderr).toBe('brief: analysed 2 new or changed articles first\n');
      expect(run.code).toBe(0);
      // Nothing new: nothing analysed, nothing said.
      const again = runCli(['search', 'quonra', '--articles', lib2, '--db', db2]);
      expect(again.stderr).toBe('');
      expect(again.stdout).toMatch(/Quonra Vell/);
    } finally {
      rmSync(home2, {recursive: true, force: true});
    }
  });

  it('finds people by prefix and by typo', () => {
    const first = search('zelen', '--json');
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const hits = JSON.parse(first.stdout) as Hit[];
    expect(hits[0]?.name).toMatch(/Zelensk/);
    expect(hits[0]?.kind).toBe('person');
    const typo = JSON.parse(search('Zelenksy', '--json').stdout) as Hit[];
    expect(typo[0]?.name).toMatch(/Zelensk/);
  });

  it('filters by kind and prints a readable line per entity', () => {
    const places = JSON.parse(search('kyiv', '--kind', 'place', '--json').stdout) as Hit[];
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((h) => h.kind === 'place')).toBe(true);
    expect(places[0]?.name).toBe('Kyiv');
    const text = search('kyiv', '--kind', 'place');
    expect(text.stdout.split('\n')[0]).toMatch(/^place\s+Kyiv\s+\d+ articles?$/);
  });

  it('searches article text with --text, marking the matched words', () => {
    const run = search('drones', '--text');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[drones\]/i);
    expect(run.stdout).toContain('kyiv-strike');
  });

  it('says where: each result lists the articles naming it most, by id and title (text and JSON)', () => {
    const [kyiv] = JSON.parse(search('kyiv', '--kind', 'place', '--json').stdout) as Hit[];
    expect(kyiv?.articles.length).toBeGreaterThan(0);
    expect(kyiv?.articles.map((a) => a.id)).toContain('kyiv-strike');
    expect(kyiv?.articles.find((a) => a.id === 'kyiv-strike')?.title).toMatch(/Kyiv/);
    const lines = search('kyiv', '--kind', 'place').stdout.split('\n');
    expect(lines[1]).toMatch(/^\s+.*Kyiv.*\(kyiv-strike\)$/);
  });

  it('names an article `id` in --text JSON as in every other, keeping the older `articleId`', () => {
    const hits = JSON.parse(search('drones', '--text', '--json').stdout) as Record<string, unknown>[];
    const kyiv = hits.find((h) => h.id === 'kyiv-strike');
    expect(kyiv).toBeDefined();
    expect(kyiv?.articleId).toBe('kyiv-strike');
    expect(Object.keys(kyiv ?? {})).toEqual(['id', 'articleId', 'title', 'date', 'snippet']);
  });

  it('finds a place by another name the gazetteer gives it, and says so', () => {
    const [hit] = JSON.parse(search('kiev', '--json').stdout) as Hit[];
    expect(hit?.name).toBe('Kyiv');
    expect(search('kiev').stdout.split('\n')[0]).toMatch(/^place\s+Kyiv \(also Kiev\)\s+\d+ articles?$/);
  });

  it('--explain says how each result matched and which records were joined', () => {
    const run = search('zelenskyy', '--explain');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\s+matched (the whole name|whole words|close: 1 letter off)/m);
    const [hit] = JSON.parse(search('zelen', '--explain', '--json').stdout) as Hit[];
    expect(hit?.how).toBe('the start of words of the name');
    expect(hit?.links).toBeDefined();
  });

  it('--text takes A OR B and "phrases", and finds a place by its other names', () => {
    expect(search('Kyiv OR Kiev', '--text').stdout).toContain('kyiv-strike');
    expect(search('kiev', '--text').stdout).toContain('kyiv-strike');
    expect(search('"missile and drone"', '--text').stdout).toContain('kyiv-strike');
    const snippet = search('drones', '--text').stdout.split('\n')[1] ?? '';
    expect(snippet).not.toMatch(/\n/);
  });

  it('says so on stderr when nothing matches, exit 0', () => {
    const run = search('qqqqxxxxzzzz');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("brief: no person, place or organization matches 'qqqqxxxxzzzz'\n");
  });

  // `brief search barrage` named no person, place or organization and said nothing of the article about a barrage that
  // --text finds: a new user's first search of a word.
  it('says how many articles hold the words when no name matches', () => {
    const run = search('barrage');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^brief: no person, place or organization matches 'barrage'; the text of \d+ articles? does \(brief search --text 'barrage'\)\n$/,
    );
  });

  it('quotes a long query cut to one short line, as text and entity search say they found nothing', () => {
    const long = 'qqqq '.repeat(120).trim();
    for (const args of [[long], [long, '--text'], [long, '--kind', 'person']]) {
      const run = search(...args);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^brief: no [^\n]* 'qqqq qqqq[q ]*…'\n$/);
      expect(run.stderr.length).toBeLessThan(120);
    }
  });

  it('--text reads a trailing OR, a lone letter and AND as plain words, never a prefix', () => {
    const hits = (q: string) =>
      JSON.parse(search(q, '--text', '--json').stdout || '[]') as {snippet: string}[];
    // Each marked match is the whole word asked for: "AND" highlighted "Anderson", "A OR" every word in "a".
    for (const [q, word] of [
      ['AND', /^and$/i],
      ['A OR', /^a$/i],
    ] as const) {
      // Marks are [word]; a bracket of the text itself is written \[ or \].
      const marks = (s: string) => [...s.matchAll(/\\.|\[((?:\\.|[^\]\\])*)\]/g)].flatMap((m) => m[1] ?? []);
      const marked = hits(q).flatMap((h) => marks(h.snippet));
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.filter((m) => !word.test(m))).toEqual([]);
    }
  });

  it('takes a kind plural as the reader tabs name it, as well as singular', () => {
    const plural = search('kyiv', '--kind', 'places', '--json');
    expect(plural.code).toBe(0);
    expect(plural.stdout).toBe(search('kyiv', '--kind', 'place', '--json').stdout);
    expect(search('kiev', '--kind', 'People').stderr).toBe(
      "brief: no people match 'kiev'; 1 place does (without --kind)\n",
    );
  });

  it('limited by --kind, says which other kinds match when that kind finds nothing', () => {
    const run = search('kiev', '--kind', 'person');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("brief: no people match 'kiev'; 1 place does (without --kind)\n");
    expect(search('qqqqxxxxzzzz', '--kind', 'place').stderr).toBe("brief: no places match 'qqqqxxxxzzzz'\n");
  });
});

describe('brief search in a terminal', () => {
  // What a terminal `columns` wide is given (a pipe gets the fixed columns the tests above read).
  const inTerminal = async (columns: number, query: string, text = false): Promise<string> => {
    let out = '';
    const io = {out: (t: string) => void (out += t), err: () => {}, terminal: true, columns};
    const sink = {isTTY: false, columns, write: () => {}};
    const code = await searchCommand({articles: lib, db, query, json: false, kind: null, text}, io, sink);
    expect(code).toBe(0);
    return out;
  };

  it.each([40, 60, 80, 120])('fits every line within %i columns, ids whole', async (columns) => {
    for (const [query, text] of [
      ['zelensky', false],
      ['ukraine', true],
    ] as const) {
      const out = await inTerminal(columns, query, text);
      const lines = out.split('\n').filter((l) => l !== '');
      expect(lines.length, out).toBeGreaterThan(2);
      // An id longer than the terminal cannot fit whole on one line: its line is the only one allowed to wrap.
      for (const line of lines.filter((l) => !/^\s*\(.*\)$/.test(l)))
        expect(stringWidth(line), line).toBeLessThan(columns);
      for (const id of out.match(/\(([a-z0-9-]+)\)/g) ?? [])
        expect(PICK.map((f) => `(${f.replace(/\.\w+$/, '')})`)).toContain(id);
    }
  });
});

describe('brief search in a terminal, with emoji sequences in titles', () => {
  it('gives them as every terminal counts them, so each line fits however the terminal counts', async () => {
    const home2 = mkdtempSync(join(tmpdir(), 'brief-search-emoji-'));
    try {
      const lib2 = join(home2, 'articles');
      const db2 = join(home2, 'brief.db');
      mkdirSync(lib2);
      const title =
        'Family 👨\u200d👩\u200d👧\u200d👦 day 👍🏽 at the harbour with the ferry crews ❤️ and their town';
      writeFileSync(join(lib2, 'family.md'), `---\ntitle: ${title}\n---\n\nMaria Lopez spoke at the pier.\n`);
      const store = openSqliteStore({dbPath: db2, root: lib2});
      await startIndexing(store, {pool: countingPool()}).done;
      store.close();
      let out = '';
      const io = {out: (t: string) => void (out += t), err: () => {}, terminal: true, columns: 80};
      const sink = {isTTY: false, columns: 80, write: () => {}};
      await searchCommand(
        {articles: lib2, db: db2, query: 'maria', json: false, kind: null, text: false},
        io,
        sink,
      );
      await searchCommand(
        {articles: lib2, db: db2, query: 'pier', json: false, kind: null, text: true},
        io,
        sink,
      );
      expect(out).toContain('Family 👨👩👧👦 day 👍');
      // xterm and tmux 3.3 count each code point; kitty each cluster: every line fits either way.
      const codePoints = (line: string) => [...line].reduce((sum, c) => sum + stringWidth(c), 0);
      for (const line of out.split('\n')) expect(codePoints(line), line).toBeLessThan(80);
    } finally {
      rmSync(home2, {recursive: true, force: true});
    }
  });
});
