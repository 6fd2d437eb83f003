import {utimesSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {findArticleFiles} from '../../src/library/find-files.js';
import {loadHtmlReader} from '../../src/library/html-file.js';
import {loadLibraryAsync} from '../../src/library/load-library.js';
import {readArticleFile} from '../../src/library/read-article.js';
import {startIndexing} from '../../src/store/indexer.js';
import {listedArticles} from '../../src/store/list-rows.js';
import {createInlinePool} from '../../src/store/pool.js';
import {openSqliteStore} from '../../src/store/sqlite-store.js';
import {newsPage} from '../fixtures/web/pages.js';
import {fakeAnalyze} from '../store/fixtures.js';
import {SHIPPED, shippedArticle} from '../fixtures/web/shipped.js';
import {tempDir} from '../helpers/temp-dir.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('files dropped into the library', () => {
  it('an article without a date takes the day its file was last written', () => {
    const dir = tempDir({
      'new.txt': 'Harbour Plan Agreed\nThe council agreed the harbour plan on Monday.\n',
      'dated.md': '---\ntitle: Old news\ndate: 2019-01-05\n---\nSomething happened.\n',
    });
    const when = new Date(2024, 5, 3, 12, 0).getTime();
    utimesSync(join(dir, 'new.txt'), when / 1000, when / 1000);
    const undated = readArticleFile(join(dir, 'new.txt'));
    const dated = readArticleFile(join(dir, 'dated.md'));
    expect(undated.ok && undated.article.date).toBe('2024-06-03');
    expect(dated.ok && dated.article.date).toBe('2019-01-05');
  });

  it('a new plain-text article sorts above the dated ones', async () => {
    const dir = tempDir({
      'a.md': '---\ntitle: Old news\ndate: 2024-01-05\n---\nSomething happened.\n',
      'fresh.txt': 'Fresh Story Here\nIt happened just now.\n',
    });
    const old = (Date.now() - 400 * DAY_MS) / 1000;
    utimesSync(join(dir, 'a.md'), old, old);
    const {newestFirst} = await import('../../src/cli/output.js');
    const load = await loadLibraryAsync(dir);
    expect(newestFirst(load.articles).map((a) => a.title)).toEqual(['Fresh Story Here', 'Old news']);
  });

  // A library copied with `cp -r` gets file times in the order the copy wrote its files: one day's articles listed in
  // that order, a different one from copy to copy. Within a day: those with a time of their own, newest first, then
  // the rest by title, whatever their files' times.
  it.each([
    ['written in title order', [8, 8, 10, 5, 23]],
    ['copied in another order', [12, 11, 9, 10, 8]],
  ])(
    "lists one day's articles by their own time, then by title, not by file time (%s)",
    async (_name, hours) => {
      // Made-up articles of one day, one with a time of its own (09:00), and one of the day before.
      const dir = tempDir({
        'a.md': '---\ntitle: Apple early\ndate: 2024-05-01\n---\nText.\n',
        'b.md': '---\ntitle: Banana early\ndate: 2024-05-01\n---\nText.\n',
        'z.md': '---\ntitle: Zebra late\ndate: 2024-05-01\n---\nText.\n',
        'm.md': '---\ntitle: Mango timed\ndate: 2024-05-01T09:00:00Z\n---\nText.\n',
        'old.md': '---\ntitle: Older day\ndate: 2024-04-30\n---\nText.\n',
      });
      const at = (hour: number): number => Date.UTC(2024, 4, 1, hour) / 1000;
      ['a.md', 'b.md', 'z.md', 'm.md', 'old.md'].forEach((file, i) =>
        utimesSync(join(dir, file), at(hours[i] ?? 0), at(hours[i] ?? 0)),
      );
      const expected = ['Mango timed', 'Apple early', 'Banana early', 'Zebra late', 'Older day'];
      const {newestFirst} = await import('../../src/cli/output.js');
      expect(newestFirst((await loadLibraryAsync(dir)).articles).map((a) => a.title)).toEqual(expected);
      const store = openSqliteStore({dbPath: ':memory:', root: dir});
      try {
        await startIndexing(store, {pool: createInlinePool(fakeAnalyze, 1)}).done;
        expect(store.listArticles().map((a) => a.title)).toEqual(expected);
        expect([...listedArticles(store.db, store.root, false)].map((a) => a.title)).toEqual(expected);
        // The reader's pages, one row each, each starting after the row before.
        const paged: string[] = [];
        for (
          let page = store.articlesAfter?.(null, 1);
          page;
          page = page.next ? store.articlesAfter?.(page.next, 1) : undefined
        )
          paged.push(...page.articles.map((a) => a.title));
        expect(paged).toEqual(expected);
      } finally {
        store.close();
      }
    },
  );

  it('.html files are found and read in reader mode, as brief add reads pages', async () => {
    const page = newsPage(shippedArticle(SHIPPED[0] ?? '', 'https://courier.example/a'));
    const dir = tempDir({
      'saved/page.html': page,
      'other.htm': page.replace('Florida', 'Georgia'),
      'notes.md': 'A note\nText.\n',
    });
    expect(findArticleFiles(dir).files.map((f) => f.slice(dir.length + 1))).toEqual([
      'notes.md',
      'other.htm',
      'saved/page.html',
    ]);
    await loadHtmlReader();
    const read = readArticleFile(join(dir, 'saved/page.html'));
    if (!read.ok) throw new Error(read.skipped.reason);
    const shipped = shippedArticle(SHIPPED[0] ?? '', '');
    expect(read.article).toMatchObject({
      id: 'page',
      title: shipped.title,
      source: 'The Harbour Courier',
      url: 'https://courier.example/a',
      date: '2019-01-05',
      paragraphs: shipped.paragraphs,
    });
    const load = await loadLibraryAsync(dir);
    expect(load.articles.map((a) => a.id).sort()).toEqual(['notes', 'other', 'page']);
  });

  it('an .html file with no article in it is skipped with a reason', async () => {
    const dir = tempDir({
      'menu.html': '<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav></body></html>',
    });
    const load = await loadLibraryAsync(dir);
    expect(load.articles).toEqual([]);
    expect(load.skipped).toEqual([
      {
        path: join(dir, 'menu.html'),
        reason: 'no readable article on the page (too little text outside menus and links)',
      },
    ]);
  });

  it('a binary file named .html is skipped as binary, not listed as a page of its bytes', async () => {
    // An executable's bytes: NULs among printable runs, which reader mode alone turned into a title and a summary.
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0, 0, 0, 0, 0]),
      Buffer.from('Ferry timetable changes at the harbour. '.repeat(40)),
      Buffer.from([0, 0, 0x10, 0]),
    ]);
    const page = newsPage(shippedArticle(SHIPPED[0] ?? '', 'https://courier.example/a'));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]);
    const dir = tempDir({'program.html': elf, 'wide.html': utf16});
    const load = await loadLibraryAsync(dir);
    expect(load.skipped).toEqual([
      {path: join(dir, 'program.html'), reason: 'binary file (contains NUL bytes), not text'},
    ]);
    // A page saved as UTF-16 has NULs in every ASCII character and is still a page.
    expect(load.articles.map((a) => a.id)).toEqual(['wide']);
  });

  it('indexes an .html file like any article, and lists it by its date', async () => {
    const page = newsPage(shippedArticle(SHIPPED[1] ?? '', 'https://courier.example/b'));
    const dir = tempDir({
      'page.html': page,
      'note.md': '---\ntitle: Older note\ndate: 2010-01-01\n---\nText.\n',
    });
    const store = openSqliteStore({dbPath: ':memory:', root: dir});
    try {
      const summary = await startIndexing(store, {pool: createInlinePool(fakeAnalyze, 1)}).done;
      expect(summary).toMatchObject({added: 2, skipped: []});
      expect(store.listArticles().map((a) => [a.title, a.date, a.source])).toEqual([
        [shippedArticle(SHIPPED[1] ?? '', '').title, '2019-01-04', 'The Harbour Courier'],
        ['Older note', '2010-01-01', null],
      ]);
    } finally {
      store.close();
    }
  });
});
