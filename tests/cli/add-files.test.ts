import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyDb, runCliAsync, type CliRun} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

// Saved feed files met offline: their item pages cannot be reached (a server that has closed refuses the
// connection, a failure that may pass). Feed names and text are made up.

function setup() {
  const lib = tempDir();
  const db = emptyDb();
  const brief = (...args: string[]): Promise<CliRun> => runCliAsync(['--articles', lib, '--db', db, ...args]);
  return {lib, brief};
}

/** An address on 127.0.0.1 that refuses connections. */
async function unreachable(): Promise<string> {
  const server = await startServer();
  const base = server.url('/');
  await server.close();
  return base;
}

/** RSS naming no address of its own: reading it subscribes to nothing. */
function rssFile(base: string, items: {title: string; path: string; description: string}[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${base}${i.path}</link><pubDate>Wed, 02 Dec 2026 10:00:00 GMT</pubDate><description><![CDATA[${i.description}]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Northwind Daily</title><link>https://northwind.example/</link>\n${body}\n</channel></rss>\n`;
}

describe('brief add, a saved feed file whose item pages cannot be reached', () => {
  it('keeps an item of real text from the feed’s own text, and says what to do about a teaser', async () => {
    const base = await unreachable();
    const file = join(tempDir(), 'northwind.xml');
    const report =
      '<p>Mayor Elena Ruiz opened the new Eastbrook public library on Wednesday, a building with room for 80,000 books. "Every child in this city deserves a place like this," Ruiz said.</p><p>Library director Paul Okoro said 3,500 residents had already signed up for cards.</p>';
    const text = rssFile(base, [
      {title: 'Library opens in Eastbrook', path: 'library', description: report},
      {title: 'Bridge closed', path: 'bridge', description: 'The Milltown bridge is closed.'},
    ]);
    writeFileSync(file, text);
    const {lib, brief} = setup();
    const add = await brief('add', file);
    expect(add.stdout).toBe(
      "read Northwind Daily (not subscribed: the file does not name the feed's address): 1 new article (1 from the feed's own text), 1 of 2 items not read\n",
    );
    const lines = add.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^brief: warning: Northwind Daily: “Library opens in Eastbrook” added from the feed's own text: its page could not be read \(connection refused/,
      ),
    );
    const teaser = lines.find((l) => l.includes('“Bridge closed” not read')) ?? '';
    expect(teaser).toMatch(/connection refused/);
    expect(teaser).not.toContain('tried again next time');
    expect(teaser).toMatch(/not subscribed.*add it again once the page can be reached$/);
    expect(add.code).toBe(1);
    const files = readdirSync(lib).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(1);
    const written = readFileSync(join(lib, files[0] ?? ''), 'utf8');
    expect(written).toContain('title: Library opens in Eastbrook');
    expect(written).toContain(
      'Library director Paul Okoro said 3,500 residents had already signed up for cards.',
    );
    // The user's file is read, never changed.
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('brief add, an OPML list with outlines that cannot be subscribed to', () => {
  it('subscribes to the others and names each one left out, with why, exit 1', async () => {
    const file = join(tempDir(), 'subs.opml');
    writeFileSync(
      file,
      `<?xml version="1.0"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
<outline text="News"><outline type="rss" text="Harbour Courier" xmlUrl="https://courier.example/feed"/><outline type="rss" text="Typo" xmlUrl="not a url"/></outline>
<outline type="rss" text="Old gopher" xmlUrl="gopher://old.example/feed"/>
</body></opml>
`,
    );
    const {brief} = setup();
    const add = await brief('add', file);
    expect(add.stdout).toBe("subscribed to 1 feed; 'brief refresh' fetches them\n");
    expect(add.stderr.trimEnd().split('\n')).toEqual([
      `brief: ${file}: “Typo” not subscribed: its feed address “not a url” is not a web address`,
      `brief: ${file}: “Old gopher” not subscribed: its feed address “gopher://old.example/feed” is not an http or https address`,
    ]);
    expect(add.code).toBe(1);
    const feeds = JSON.parse((await brief('feeds', '--json')).stdout) as {url: string}[];
    expect(feeds.map((f) => f.url)).toEqual(['https://courier.example/feed']);
  });
});

describe('brief add, an article file (Markdown or plain text)', () => {
  const story = `---
title: "Glacier collapse buries village"
date: 2026-11-20
url: https://alpine.example/glacier
---
A glacier collapse buried most of the village of Blatten on Wednesday, officials said. Residents of nearby Wiler were evacuated.

"We have lost our village," said the mayor, Matthias Bellwald.
`;

  it('copies it into the library as it is, says where, and does not add it twice', async () => {
    const dir = tempDir({
      'glacier.md': story,
      'notes.txt': 'Harbour notes\n\nThe ferry leaves at ten on Sundays.\n',
    });
    const file = join(dir, 'glacier.md');
    const before = statSync(file).mtimeMs;
    const {lib, brief} = setup();
    const add = await brief('add', file);
    expect(add).toMatchObject({code: 0, stderr: ''});
    expect(add.stdout).toBe(`added “Glacier collapse buries village” → ${join(lib, 'glacier.md')}\n`);
    expect(readFileSync(join(lib, 'glacier.md'), 'utf8')).toBe(story);
    // The user's file is read, never changed or moved.
    expect(readFileSync(file, 'utf8')).toBe(story);
    expect(statSync(file).mtimeMs).toBe(before);

    // Again, and a copy elsewhere under another name: the library has it (by its address and by its text).
    const again = await brief('add', file);
    expect(again).toMatchObject({code: 0, stdout: expect.stringContaining('already in the library as')});
    const other = join(
      tempDir({'copy.md': story.replace('url: https://alpine.example/glacier\n', '')}),
      'copy.md',
    );
    expect((await brief('add', other)).stdout).toContain(
      `already in the library as ${join(lib, 'glacier.md')}`,
    );
    // A file of the library folder itself is in the library already.
    expect((await brief('add', join(lib, 'glacier.md'))).stdout).toContain('already in the library');
    expect((await brief('add', join(dir, 'notes.txt'))).stdout).toContain(`→ ${join(lib, 'notes.txt')}`);
    expect(readdirSync(lib).sort()).toEqual(['glacier.md', 'notes.txt']);
    expect((await brief('list', '--json')).stdout).toContain('Glacier collapse buries village');
  });

  it('names the copy as it is on disk, an escape in its name spelt out, not removed', async () => {
    const name = '\u001b[31mred.txt';
    const dir = tempDir({[name]: 'Red harbour\n\nThe ferry leaves at ten on Sundays from the red pier.\n'});
    const {lib, brief} = setup();
    const add = await brief('add', join(dir, name));
    expect(add.code).toBe(0);
    expect(add.stdout).toBe(`added “Red harbour” → ${join(lib, '\\u001b[31mred.txt')}\n`);
    expect(readdirSync(lib)).toEqual([name]);
  });

  it('says what in the file it could not use, as extract does, and names it as the list will', async () => {
    const broken = `---
title: [Ferry timetable changes
date: 2026-13-45
---
The Harbour Ferry Company will run its last winter crossing on 14 December, the company said on Tuesday.

Passengers holding return tickets can use them until the end of March.
`;
    const dir = tempDir({'ferry-notes.md': broken});
    const {lib, brief} = setup();
    const add = await brief('add', join(dir, 'ferry-notes.md'));
    expect(add.code).toBe(0);
    const warnings = add.stderr.trimEnd().split('\n');
    // One line per thing not used, naming the file: the front matter's broken line and the impossible date.
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    for (const w of warnings) expect(w).toMatch(/^brief: warning: .*ferry-notes\.md: /);
    expect(add.stderr).toMatch(/2026-13-45/);
    const extract = await brief('extract', join(dir, 'ferry-notes.md'));
    expect(extract.stderr.replaceAll(dir, '').split('\n').length).toBe(
      add.stderr.replaceAll(dir, '').split('\n').length,
    );
    // The title it reports is the one the list shows for the copy, not "Untitled".
    const listed = JSON.parse((await brief('list', '--json')).stdout) as {title: string}[];
    expect(listed).toHaveLength(1);
    expect(add.stdout).toBe(`added “${listed[0]?.title}” → ${join(lib, 'ferry-notes.md')}\n`);
    expect(add.stdout).not.toContain('Untitled');
  });

  it('gives a one-line reason for a file that is not a readable article, and adds nothing', async () => {
    const dir = tempDir({
      'empty.md': '',
      'title-only.md': '---\ntitle: Only a title\n---\n',
      'binary.txt': new Uint8Array([0, 1, 2, 255]),
    });
    const {lib, brief} = setup();
    const cases: [string, RegExp][] = [
      ['empty.md', /: empty file$/],
      ['title-only.md', /: no article text/],
      ['binary.txt', /: binary file/],
      ['missing.md', /: file not found/],
    ];
    for (const [name, reason] of cases) {
      const run = await brief('add', join(dir, name));
      expect(run.code, name).toBe(1);
      expect(run.stdout, name).toBe('');
      expect(run.stderr.trimEnd().split('\n'), name).toHaveLength(1);
      expect(run.stderr.trimEnd(), name).toMatch(reason);
    }
    expect(readdirSync(lib)).toEqual([]);
  });
});

describe('brief add, a feed file that is not well-formed XML', () => {
  // Two items of full text and no link: nothing to fetch, so what is read is what the file holds.
  const item = (title: string, text: string): string =>
    `<item><title>${title}</title><pubDate>Tue, 01 Dec 2026 18:20:00 GMT</pubDate><description>${text}</description></item>`;
  const whole = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel><title>Milltown Weekly</title>',
    item(
      'Bridge closed after truck crash',
      'The Milltown bridge was closed on Tuesday after a truck hit a guardrail. Two people were taken to hospital with minor injuries, police said.',
    ),
    item(
      'Ferry returns to Portmere',
      'The Portmere ferry sailed again on Wednesday after a month of repairs. The operator said four daily sailings would resume next week.',
    ),
    '</channel></rss>',
  ];

  it('adds the items that could be read, and says where the file breaks', async () => {
    // Cut after the first item: <channel> and <rss> are never closed.
    const file = join(tempDir({'cut.xml': whole.slice(0, 3).join('\n')}), 'cut.xml');
    const {lib, brief} = setup();
    const add = await brief('add', file);
    expect(add.stdout).toBe(
      "read Milltown Weekly (not subscribed: the file does not name the feed's address): 1 new article\n",
    );
    expect(add.stderr).toBe(
      `brief: warning: ${file}: not well-formed XML (line 3, column ${(whole[2]?.length ?? 0) + 1}: the file ends with the <channel> of line 2 and <rss> still open); 1 item could be read from it: 1 new article\n`,
    );
    expect(add.code).toBe(0);
    expect(readdirSync(lib)).toHaveLength(1);
  });

  it('exits 1 when nothing could be read, with the reason on one line', async () => {
    // A title never closed swallows the rest of its item.
    const broken = whole.map((l) =>
      l.replace('<title>Bridge closed after truck crash</title>', '<title>Bridge closed'),
    );
    const file = join(
      tempDir({'broken.xml': broken.slice(0, 3).join('\n') + '\n</channel></rss>\n'}),
      'broken.xml',
    );
    const {lib, brief} = setup();
    const add = await brief('add', file);
    expect(add.code).toBe(1);
    const lines = add.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `brief: ${file}: not well-formed XML (line 3, column ${(broken[2]?.length ?? 0) - '</item>'.length + 1}: </item> where </title> was expected, for the <title> of line 3); no item could be read`,
    );
    expect(readdirSync(lib)).toEqual([]);
  });

  it('subscribes to nothing when the document yields no item at all', async () => {
    // Its channel's title never closed: a repair reads no item, and a title of two.
    const file = join(
      tempDir({
        'bad.xml':
          '<?xml version="1.0"?><rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link rel="self" href="https://milltown.example/feed.xml"/><title>Broken<item><title>x</title></channel>',
      }),
      'bad.xml',
    );
    const {lib, brief} = setup();
    const add = await brief('add', file);
    expect(add.code).toBe(1);
    expect(add.stdout).toBe('');
    expect(add.stderr).toMatch(/not well-formed XML .*; no item could be read, so it is not subscribed\n$/);
    expect((await brief('feeds')).stdout).toMatch(/^no subscriptions/);
    expect(readdirSync(lib)).toEqual([]);
  });
});
