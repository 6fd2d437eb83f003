import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, realpathSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {CLI, emptyDb, ownData, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '../..');
const ARTICLES = join(ROOT, 'articles');
const ADD_TAKES = 'one or more URLs, article files (.md, .txt, .html), feeds or OPML files';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
});

describe('brief --help / --version / usage errors', () => {
  it('prints help and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/brief list \[--json\]/);
  });
  it('prints the package version', async () => {
    const {default: pkg} = await import('../../package.json', {with: {type: 'json'}});
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
  });
  // --json asks for data: a script reading the version parses it as every other --json answer. Help is prose for
  // a person, and --help shows it whatever else the line holds (as GNU tools do): refusing it, or wrapping it in
  // JSON, would only keep the help from whoever asked for it.
  it('prints the version as JSON with --json, and help as text', async () => {
    const {default: pkg} = await import('../../package.json', {with: {type: 'json'}});
    for (const args of [
      ['--version', '--json'],
      ['--json', '-v'],
    ]) {
      const run = runCli(args);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(JSON.parse(run.stdout)).toEqual({version: pkg.version});
    }
    for (const args of [
      ['--help', '--json'],
      ['help', 'list', '--json'],
      ['list', '--help', '--json'],
    ]) {
      const run = runCli(args);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toMatch(/^(brief — |Usage: brief list)/);
    }
  });
  it.each([
    [['--foo'], 'unknown option --foo'],
    [
      ['./my-news'],
      "unknown command './my-news' (to read the articles in ./my-news: brief --articles ./my-news)",
    ],
    [
      ['saved/story.html'],
      "unknown command 'saved/story.html' (to add it to the library: brief add saved/story.html)",
    ],
    // An article file is added as a page is, not read as a folder of articles.
    [
      ['notes/ferry-story.md'],
      "unknown command 'notes/ferry-story.md' (to add it to the library: brief add notes/ferry-story.md)",
    ],
    [['ferry.txt'], "unknown command 'ferry.txt' (to add it to the library: brief add ferry.txt)"],
    // A mistyped command or option names the one it was close to; a word that is no typo of any gets no guess.
    [['lst'], "unknown command 'lst' (did you mean brief list?)"],
    [['serach', 'kyiv'], "unknown command 'serach' (did you mean brief search?)"],
    [['Search', 'kyiv'], "unknown command 'Search' (did you mean brief search?)"],
    [['feed'], "unknown command 'feed' (did you mean brief feeds?)"],
    [['kyiv'], "unknown command 'kyiv'"],
    // The options spelt as commands, as other tools take them ("git version").
    [['version'], "unknown command 'version' (did you mean brief --version?)"],
    // Other feed readers' words for brief's commands.
    [['subscribe', 'https://example.com/feed'], "unknown command 'subscribe' (did you mean brief add?)"],
    [['import', 'subs.opml'], "unknown command 'import' (did you mean brief add?)"],
    [
      ['Unsubscribe', 'https://example.com/feed'],
      "unknown command 'Unsubscribe' (did you mean brief feeds remove?)",
    ],
    [['export'], "unknown command 'export' (did you mean brief export-opml?)"],
    [['update'], "unknown command 'update' (did you mean brief refresh?)"],
    [['constructor'], "unknown command 'constructor'"],
    [['--frob'], 'unknown option --frob'],
    // Escapes in what was typed are spelt out, not stripped into the name of a command or option that exists.
    [['\u001b[31mlist'], "unknown command '\\u001b[31mlist' (did you mean brief list?)"],
    [['help', 'li\u202est'], "no help for 'li\\u202est' (did you mean brief help list?)"],
    // An address pasted without its scheme, as address bars show it.
    [
      ['www.example.com/2024/story'],
      "unknown command 'www.example.com/2024/story' (to add the page or feed at that address: brief add https://www.example.com/2024/story)",
    ],
  ])('%j: one plain line, the help hint, exit 2', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`brief: ${message}\nRun 'brief --help' for usage.\n`);
    expect(run.stdout).toBe('');
  });
  // A command given the wrong arguments points at its own help, which says what it takes.
  it.each([
    [['show'], 'show takes one article id', 'show'],
    [['show', ''], 'show takes one article id', 'show'],
    [['show', ' '], 'show takes one article id', 'show'],
    [['list', 'extra'], 'list takes no arguments', 'list'],
    [['feeds', 'remove'], 'feeds takes no arguments, or: feeds remove URL', 'feeds'],
    [['export-opml', 'a.opml', 'b.opml'], 'export-opml takes at most one file', 'export-opml'],
    // An empty argument (an unset variable: brief add "$URL") named nothing: "cannot add : file not found", and
    // export-opml '' took the current folder for the file ("brief:  is a folder").
    [['add', ''], `add takes ${ADD_TAKES} (an empty argument names none)`, 'add'],
    [['add', 'a.md', ' '], `add takes ${ADD_TAKES} (an empty argument names none)`, 'add'],
    [['extract', ''], 'extract takes one or more files (an empty argument names none)', 'extract'],
    [['export-opml', ''], 'export-opml takes at most one file (an empty argument names none)', 'export-opml'],
    [
      ['feeds', 'remove', ''],
      'feeds takes no arguments, or: feeds remove URL (an empty argument names none)',
      'feeds',
    ],
    // An option wrong on a command's line points at that command's help too (it pointed at brief --help, which
    // lists every command's options but not which of them this one takes).
    [['list', '-x'], 'unknown option -x', 'list'],
    [['list', '--help', '--frob'], 'unknown option --frob', 'list'],
    [['list', '--articles'], 'option --articles needs a value (--articles DIR)', 'list'],
    [
      ['search', 'kyiv', '--kind'],
      'option --kind needs a value (--kind person|place|organization)',
      'search',
    ],
    [['list', '--json=yes'], 'option --json takes no value', 'list'],
    // Empty: an unset variable in a script would otherwise quietly mean the default database.
    [['list', '--db', ''], 'option --db needs a value (--db FILE)', 'list'],
    [['list', '--articles='], 'option --articles needs a value (--articles DIR)', 'list'],
    [['list', '--jsn'], 'unknown option --jsn (did you mean --json?)', 'list'],
    [['index', '--artciles', 'x'], 'unknown option --artciles (did you mean --articles?)', 'index'],
    [['list', '--\u001b[1mjson'], 'unknown option --\\u001b[1mjson (did you mean --json?)', 'list'],
    [
      ['search', 'kyiv', '--kind', 'bogus'],
      "--kind must be one of person (people), place (places), organization (organizations), not 'bogus'",
      'search',
    ],
    [['list', '--kind', 'person'], '--kind and --text go with search', 'list'],
    [['index', '--explain'], '--explain goes with extract and search', 'index'],
    // The help hint once, the subcommand's own (the message said "(see brief feeds remove --help)" and the hint
    // line then pointed at brief --help).
    [
      ['feeds', 'remove', 'https://example.com/feed', '--json'],
      '--json does not go with feeds remove',
      'feeds remove',
    ],
  ])("%j: the command's own help hint, exit 2", (args, message, command) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`brief: ${message}\nRun 'brief ${command} --help' for usage.\n`);
  });
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['show'], /show takes one article id/],
    [['extract'], /extract takes one or more files/],
    [['list', 'extra'], /list takes no arguments/],
    // The reader takes none of the commands' options (they were accepted and ignored).
    [['--kind', 'person'], /--kind and --text go with search/],
    [['--explain'], /--explain goes with extract and search/],
    [['--check'], /--check goes with index/],
    // A text search has no kinds and no joined names to explain: it quietly searched all of the text, unexplained.
    [
      ['search', 'kyiv', '--text', '--kind', 'place'],
      /--kind and --explain go with a search of names, not --text/,
    ],
    [['search', 'kyiv', '--text', '--explain'], /--kind and --explain go with a search of names, not --text/],
  ])('%j exits 2 with a reason', (args, reason) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stdout).toBe('');
  });
});

describe('brief --json', () => {
  it('prints the list as data, as brief list --json does (it printed the text list)', () => {
    const lib = join(import.meta.dirname, '../../articles');
    const db = emptyDb();
    const bare = runCli(['--json', '--articles', lib, '--db', db]);
    expect(bare.code).toBe(0);
    expect(JSON.parse(bare.stdout)).toEqual(
      JSON.parse(runCli(['list', '--json', '--articles', lib, '--db', db]).stdout),
    );
  });
});

describe('--json when the command fails as a whole', () => {
  // Nothing on stdout was no JSON: a script's parser threw on the empty output. null, as show --json of an unknown
  // id prints; the reason stays on stderr and the exit code says it failed.
  it.each([
    // A folder named that is not there is the wrong path: a usage error, as a --db in no folder is (exit-codes.ts).
    [['list'], 2],
    [['index'], 2],
    [['search', 'kyiv'], 2],
    [['feeds'], 2],
    [['list', 'extra'], 2],
    [['search', ''], 2],
    [['show', ''], 2],
  ])('%j --json of a missing folder, or wrong: null on stdout, exit %i', (args, code) => {
    const missing = join(tempDir(), 'nope');
    const run = runCli([...args, '--json', '--articles', missing, '--db', emptyDb()]);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('null\n');
    expect(run.stderr).toMatch(/^brief: /);
  });
  it('brief index --json from its classic script, and a file that is not a database, print null', () => {
    const dir = tempDir({'notes.txt': 'my notes\n'});
    for (const cli of [join(ROOT, 'dist/cli.cjs'), CLI])
      for (const [articles, db, code] of [
        [dir, join(dir, 'notes.txt'), 2],
        [join(dir, 'nope'), join(dir, 'a.db'), 2],
      ] as const) {
        const run = spawnSync(
          process.execPath,
          [cli, 'index', '--json', '--articles', articles, '--db', db],
          {encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: tempDir()}},
        );
        expect([cli, db, run.status, run.stdout]).toEqual([cli, db, code, 'null\n']);
      }
  });
});

describe('brief as a command', () => {
  it.each(['dist/cli.cjs', 'dist/cli.js'])(
    '%s runs by itself (shebang, executable); the bin entry is dist/cli.cjs',
    async (file) => {
      const {default: pkg} = await import('../../package.json', {with: {type: 'json'}});
      expect(pkg.bin.brief).toBe('dist/cli.cjs');
      const path = join(ROOT, file);
      expect(readFileSync(path, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
      const run = spawnSync(path, ['--version'], {encoding: 'utf8'});
      expect(run.stdout.trim()).toBe(pkg.version);
      const wrong = spawnSync(path, ['bogus'], {encoding: 'utf8'});
      expect([wrong.status, wrong.stderr]).toEqual([
        2,
        "brief: unknown command 'bogus'\nRun 'brief --help' for usage.\n",
      ]);
    },
  );
  it('npx brief works inside the checkout', async () => {
    const {default: pkg} = await import('../../package.json', {with: {type: 'json'}});
    const run = spawnSync('npx', ['--no-install', 'brief', '--version'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout.trim()).toBe(pkg.version);
  }, 90_000);
  it('the README’s Commands section and brief --help list the same commands', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /## Commands\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const help = /Usage:\n([\s\S]*?)\n\n/.exec(runCli(['--help']).stdout)?.[1] ?? '';
    expect(block.trimEnd().split('\n')).toEqual(help.split('\n').map((l) => l.slice(2)));
  });
});

describe('brief list', () => {
  it('lists the shipped library as JSON with the seed right', () => {
    const run = runCli(['list', '--json', '--articles', ARTICLES]);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as {id: string; title: string; source: string; authors: string[]}[];
    expect(list).toHaveLength(280);
    const seed = list.find((a) => a.id === 'kyiv-strike');
    expect(seed).toMatchObject({
      title: 'Russian Missile and Drone Attack Kills at Least 15 in Kyiv',
      source: 'New York Times',
    });
    expect(seed?.authors).toContain('Maria Varenikova');
  });

  it('reads the folder from $BRIEF_ARTICLES, then ./articles', () => {
    const dir = tempDir({'one.md': '---\ntitle: From env\n---\nBody.\n'});
    expect(runCli(['list'], {BRIEF_ARTICLES: dir}).stdout).toContain('From env');
    const cwd = tempDir({'articles/two.md': '---\ntitle: From cwd\n---\nBody.\n'});
    const run = runCli(['list'], {BRIEF_ARTICLES: ''}, cwd);
    expect(run.stdout).toContain('From cwd');
  });

  it('lists good files, names each bad one on stderr, and exits 1 (some input failed)', () => {
    const dir = tempDir({
      'good.md': '---\ntitle: Good\ndate: 2021-01-02\n---\nBody.\n',
      'empty.txt': '',
      'bin.txt': Buffer.from([0, 1, 2]),
      'bad-utf8.txt': Buffer.from([0x41, 0xc3, 0x28, 0x41]),
      'fm.md': '---\ntitle: [\n---\nx',
    });
    symlinkSync(join(dir, 'gone.md'), join(dir, 'link.md'));
    const run = runCli(['list', '--articles', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Good');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const name of ['empty.txt', 'bin.txt', 'bad-utf8.txt', 'fm.md', 'link.md']) {
      expect(lines.some((l) => l.includes(name))).toBe(true);
    }
  });

  it('warns about an invalid date on stderr, still lists the article, dated by the file, and exits 0', () => {
    const dir = tempDir({'harbour.md': '---\ntitle: Harbour reopens\ndate: 2021-13-45\n---\nBody.\n'});
    utimesSync(join(dir, 'harbour.md'), new Date('2022-06-15T12:00:00Z'), new Date('2022-06-15T12:00:00Z'));
    for (const args of [['list'], ['extract', join(dir, 'harbour.md')]]) {
      const run = runCli([...args, '--articles', dir]);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(
        /^brief: warning: .*harbour\.md: date "2021-13-45" is not a valid date; using the file's modification time \(2022-06-15\)\n$/,
      );
    }
    expect(runCli(['list', '--articles', dir]).stdout).toMatch(/2022-06-15.*Harbour reopens/);
  });

  // The database keeps what reading a file warned about: an unchanged file is not read again, and said nothing.
  it('warns about broken front matter on every run, not only the one that read the file, and exits 0', () => {
    const dir = tempDir({
      'broken.md': '---\ntitle: "Harbour reopens\ndate: 2021-03-04\n---\nThe harbour reopened on Monday.\n',
      'good.md': '---\ntitle: Market day\n---\nStalls filled the square.\n',
    });
    const env = ownData();
    const warning =
      /^brief: warning: .*broken\.md: malformed front matter \(.+\): read its plain lines only \(date\)\n$/;
    // The first run reads it, the second finds it unchanged; `brief` into a pipe lists as `brief list` does.
    for (const args of [['list'], ['list'], []]) {
      const run = runCli([...args, '--articles', dir], env);
      expect([args, run.code, run.stderr]).toEqual([args, 0, expect.stringMatching(warning)]);
    }
    // Read first by `brief index` (in a worker), which says it as its report's one line, again when it finds the file
    // unchanged; then listed.
    const indexed = ownData();
    for (let run = 0; run < 2; run++) {
      const index = runCli(['index', '--articles', dir], indexed);
      expect([run, index.code, index.stderr]).toEqual([run, 0, expect.stringMatching(warning)]);
    }
    expect(runCli(['list', '--articles', dir], indexed).stderr).toMatch(warning);
    // Mended, it is read again and the warning goes.
    writeFileSync(
      join(dir, 'broken.md'),
      '---\ntitle: "Harbour reopens"\ndate: 2021-03-04\n---\nThe harbour reopened.\n',
    );
    expect(runCli(['list', '--articles', dir], env).stderr).toBe('');
  });

  it('a missing folder gets a clear message and exit 2, as a --db in a missing folder does', () => {
    const run = runCli(['list', '--articles', '/nonexistent/brief-articles']);
    expect(run.code).toBe(2);
    expect(runCli(['list', '--db', '/nonexistent/brief.db']).code).toBe(2);
    expect(run.stderr).toMatch(/cannot open the article folder/);
  });

  // An empty library is where every new user starts: list, index and the plain list agree on one line and exit 0.
  it.each([
    ['list', ['list']],
    ['list --json', ['list', '--json']],
    ['index', ['index']],
    ['brief, output piped', []],
  ])('%s on an empty folder says how to add articles and exits 0', (_name, args) => {
    const dir = tempDir();
    const run = runCli([...args, '--articles', dir], ownData());
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toEqual([expect.stringMatching(/^brief: no articles in .* yet; .*'brief add URL'$/)]);
  });

  // Each named the folder its own way: `list` and the reader in full, `index` and `show` as typed ("news").
  it.each([
    ['list', ['list']],
    ['index', ['index']],
    ['brief, output piped', []],
    ['search', ['search', 'kyiv']],
    ['show', ['show', 'some-id']],
  ])('%s names an empty folder given as a relative path in full', (_name, args) => {
    const cwd = realpathSync(tempDir({'news/.keep': ''}));
    const run = runCli([...args, '--articles', 'news'], ownData(), cwd);
    expect(run.stderr).toContain(`brief: no articles in ${join(cwd, 'news')} `);
  });

  // The folder option given an article file said only "… is not a folder": what reads the file is add or extract.
  it.each([
    ['brief, output piped', []],
    ['list', ['list']],
    ['index', ['index']],
  ])('%s, given an article file for the folder, says what reads it', (_name, args) => {
    const file = join(tempDir({'story.md': '# Ferry late\n\nThe ferry was late.\n'}), 'story.md');
    const run = runCli([...args, '--articles', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `brief: ${file} is not a folder (an article file: brief add ${file} copies it into the library, brief extract ${file} analyses it)\n`,
    );
  });

  it('prints a text list instead of starting the UI when stdout is not a terminal', () => {
    const dir = tempDir({'a.md': '---\ntitle: Plain listing\n---\nBody.\n'});
    const run = runCli(['--articles', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Plain listing');
  });
});

describe('one exit-code rule: any article file that could not be used makes it 1, and the rest is still done', () => {
  const library = () =>
    tempDir({'good.md': '---\ntitle: Good news\n---\nThe harbour reopened.\n', 'empty.txt': ''});
  it.each([
    ['list', ['list'], 'Good news'],
    ['list --json', ['list', '--json'], '"Good news"'],
    ['the non-TTY brief', [], 'Good news'],
  ])('%s', (_name, args, shown) => {
    const run = runCli([...args, '--articles', library()]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(shown);
    expect(run.stderr).toMatch(/^brief: skipped .*empty\.txt: empty file\n$/);
  });
  // show reads only the file it shows (reading all 50,000 of a big library took 71 s): its code is about that file.
  it.each([
    ['show', ['show', 'good'], 'The harbour reopened.'],
    ['show --json', ['show', 'good', '--json'], '"Good news"'],
  ])('%s answers for the article it shows, and opens no other file', (_name, args, shown) => {
    const run = runCli([...args, '--articles', library()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(shown);
    expect(run.stderr).toBe('');
  });
  // Its help said --db was the database, and a --db in a missing folder refused it, though show never opens one.
  it('show neither opens nor checks a --db, and its help says so', () => {
    const db = join(tempDir(), 'nwes', 'brief.db');
    const run = runCli(['show', 'good', '--articles', library(), '--db', db]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(runCli(['show', '--help']).stdout).toMatch(/--db FILE +not used: show reads the article file/);
  });
  it('show exits 1 when the article asked for cannot be used', () => {
    const run = runCli(['show', 'empty', '--articles', library()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^brief: skipped .*empty\.txt: empty file\n$/);
  });
  it('exits 0 when every file was used', () => {
    const dir = tempDir({'good.md': '---\ntitle: Good news\n---\nThe harbour reopened.\n'});
    for (const args of [['list'], ['show', 'good'], []])
      expect(runCli([...args, '--articles', dir]).code).toBe(0);
  });
});

describe('brief list shows ids', () => {
  it('each row ends with the article id, which brief show takes', () => {
    const run = runCli(['list', '--articles', ARTICLES]);
    const rows = run.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(280);
    const seed = rows.find((r) => r.includes('Russian Missile and Drone Attack'));
    expect(seed).toMatch(/\skyiv-strike$/);
    const id = rows[5]?.split(/\s+/).pop() ?? '';
    const show = runCli(['show', id, '--articles', ARTICLES]);
    expect(show.code).toBe(0);
  });
  it('keeps the columns aligned with wide characters in titles', () => {
    const dir = tempDir({
      'a.md':
        '---\ntitle: 日本語のニュース 👍🏽 about the harbour and the long road home\nsource: 新聞社 Daily\n---\nText.\n',
      'b.md':
        '---\ntitle: Plain harbour news about the long road home again and again\nsource: Wire\n---\nText.\n',
    });
    const rows = runCli(['list', '--articles', dir]).stdout.trimEnd().split('\n');
    const idColumn = rows.map((r) => stringWidth(r.slice(0, r.lastIndexOf(' ') + 1)));
    expect(new Set(idColumn).size).toBe(1);
  });
});

describe('brief list into a pipe', () => {
  // Output that is not a terminal goes to grep, awk or a file: a title cut to its column hid its last words.
  it("writes whole titles, whatever COLUMNS says, so grep finds a title's last word", () => {
    for (const env of [{}, {COLUMNS: '250'}, {COLUMNS: '40'}] as Record<string, string>[]) {
      const run = runCli(['list', '--articles', ARTICLES], env);
      const florida = run.stdout.split('\n').filter((r) => r.includes('drivers'));
      expect(florida).toHaveLength(1);
      expect(florida[0]).toContain('Florida highway pileup, fire kills five children, two truck drivers  ');
    }
  });
});

describe('brief show', () => {
  // A person names the file as the shell completes it: from the current folder, whole, or by its name alone.
  it.each([
    ['the id', ['kyiv-strike'], 0],
    ['the path as the folder is named', ['articles/kyiv-strike.txt'], 0],
    ['the path from ./', ['./articles/kyiv-strike.txt'], 0],
    ['the absolute path', [join(ARTICLES, 'kyiv-strike.txt')], 0],
    ['the file name', ['kyiv-strike.txt'], 0],
    ['another file name', ['kyiv-strike.md'], 1],
  ])('finds the article by %s', (_name, id, code) => {
    const run = runCli(['show', ...id, '--articles', 'articles'], {}, ROOT);
    expect(run.code).toBe(code);
    if (code === 0)
      expect(run.stdout).toContain('Russian Missile and Drone Attack Kills at Least 15 in Kyiv');
    else expect(run.stderr).toContain("no article with id 'kyiv-strike.md'");
  });

  it('prints the whole analysis: title, meta, summary, key facts, quotes with speakers, entities, then the text', () => {
    const run = runCli(['show', 'kyiv-strike', '--articles', ARTICLES]);
    expect(run.code).toBe(0);
    // Each part is found after the one before it: the sections come in this order.
    let from = 0;
    for (const part of [
      // The seed states no date: its file's day stands between source and byline.
      'Russian Missile and Drone Attack Kills at Least 15 in Kyiv\nNew York Times · ',
      ' · by Maria Varenikova\n',
      '\nSummary\n  An hourslong barrage',
      '\nKey facts\n  • ',
      '\nQuotes\n',
      'Volodymyr Zelensky — “Russia chooses ballistics instead of the negotiating table”\n',
      '\nPeople\n',
      'Volodymyr Zelensky (President)',
      '\nPlaces\n  Kyiv\n',
      '\nOrganizations\n',
      'European Union',
      '\nText\n\nAn hourslong barrage of Russian missiles',
      'I see someone died',
    ]) {
      const at = run.stdout.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
  });

  // list --json gave the path in full and show --json as the folder was named ("articles/kyiv-strike.txt"): a
  // script reading both, or reading show's from another folder, had two spellings of one file.
  it('gives the article file in full with --json, as list --json does, whatever the folder is called', () => {
    const show = runCli(['show', 'kyiv-strike', '--json', '--articles', 'articles'], {}, ROOT);
    expect(show.code).toBe(0);
    expect((JSON.parse(show.stdout) as {path: string}).path).toBe(join(ARTICLES, 'kyiv-strike.txt'));
  });

  it('shows the extraction contract plus paragraphs as JSON', () => {
    const run = runCli(['show', 'kyiv-strike', '--json', '--articles', ARTICLES]);
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout) as Record<string, unknown> & {title: string; paragraphs: string[]};
    expect(article.title).toMatch(/Kills at Least 15 in Kyiv/);
    expect(article.paragraphs).toHaveLength(27);
    expect(article).toMatchObject({
      id: 'kyiv-strike',
      source: 'New York Times',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      url: null,
    });
    for (const field of ['authors', 'summary', 'people', 'places', 'organizations', 'quotes', 'facts']) {
      expect(Array.isArray(article[field]), field).toBe(true);
    }
    expect((article.people as {name: string}[]).map((p) => p.name)).toContain('Volodymyr Zelensky');
    const extracted = JSON.parse(runCli(['extract', '--json', join(ARTICLES, 'kyiv-strike.txt')]).stdout) as {
      people: unknown;
      quotes: unknown;
    }[];
    expect(article.people).toEqual(extracted[0]?.people);
    expect(article.quotes).toEqual(extracted[0]?.quotes);
  });
  it('exits 1 for an unknown id', () => {
    const run = runCli(['show', 'no-such-article', '--articles', ARTICLES]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no article with id 'no-such-article' \(see brief list\)/);
  });
  it('prints null with --json when it shows no article, so a JSON parser reading it gets JSON', () => {
    const unknown = runCli(['show', 'no-such-article', '--json', '--articles', ARTICLES]);
    expect([unknown.code, JSON.parse(unknown.stdout)]).toEqual([1, null]);
    const dir = tempDir({'empty.txt': ''});
    const skipped = runCli(['show', 'empty', '--json', '--articles', dir]);
    expect([skipped.code, skipped.stdout]).toEqual([1, 'null\n']);
    expect(skipped.stderr).toContain('empty.txt');
  });
  it.each([
    ['a typo', 'kyiv-strik', "(did you mean 'kyiv-strike'?)"],
    ['the start of an id', 'kyiv', "(did you mean 'kyiv-strike'?)"],
    [
      'a word two ids hold',
      'ukrainian-',
      "(did you mean '2020-01-13-iran-admits-downing-ukrainian-jet-cites-human-error' or '2020-01-18-ukrainian-president-rejects-prime-minister-s-resignation-over-leaked-a'?)",
    ],
    ['a word many hold', 'fire', "(11 ids hold 'fire'; see brief list)"],
    // Title words as the reader and `brief list` show them: spaces, capitals, an apostrophe, an accent.
    [
      'words of a title',
      'Jon Huber dies',
      "(did you mean '2020-12-28-us-professional-wrestler-jon-huber-dies-aged-41'?)",
    ],
    [
      'an accented name and an apostrophe',
      'Igor Matovič tests',
      "(did you mean '2020-12-21-prime-minister-of-slovakia-igor-matovic-tests-positive-for-covid-19'?)",
    ],
    [
      "Russia's Navalny",
      "Russia's Navalny",
      "(did you mean '2020-08-22-russia-s-navalny-airlifted-to-germany'?)",
    ],
  ])('names the ids it may have meant after %s', (_, typed, said) => {
    const run = runCli(['show', typed, '--articles', ARTICLES]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`brief: no article with id '${typed}' ${said}\n`);
  });
});

describe('brief extract', () => {
  it('prints the contract fields for each readable file and exits 1 naming the unreadable one', () => {
    const dir = tempDir({'empty.txt': ''});
    const run = runCli(['extract', '--json', join(ARTICLES, 'kyiv-strike.txt'), join(dir, 'empty.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt: empty file/);
    const [result] = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(result).toMatchObject({
      id: 'kyiv-strike',
      source: 'New York Times',
      // The seed states no date: it takes its file's.
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      url: null,
    });
    for (const field of ['summary', 'people', 'places', 'organizations', 'quotes', 'facts']) {
      expect(Array.isArray(result?.[field])).toBe(true);
    }
  });
});
