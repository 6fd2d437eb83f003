import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createBackgroundRefresh} from '../../src/cli/background-refresh.js';
import {readerModules} from '../../src/cli/reader-modules.js';
import type {RefreshState} from '../../src/feeds/refresh-control.js';
import {openFeedsDb} from '../../src/feeds/feeds-db.js';
import {listLanded} from '../../src/store/list-landed.js';
import {scanLibrary} from '../../src/store/scan.js';
import {syncFiles} from '../../src/store/sync-files.js';
import {openSqliteStore, type SqliteStore} from '../../src/store/sqlite-store.js';
import {UI_WRITE_WAIT_MS} from '../../src/store/write-lock.js';
import {PORTMERE_TEXT, portmereRss} from '../helpers/portmere-feed.js';
import {tempDir} from '../helpers/temp-dir.js';
import {startServer} from '../helpers/web-server.js';

// The reader's R while an index run is busy (a big first index): the articles the refresh writes are listed as
// they land, not when that run ends and the next one reads the folder. Nothing indexes in these tests, so a new
// article in the list can only be the refresh's doing. Text is made up.

const open: SqliteStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

const store = (root: string): SqliteStore => {
  const s = openSqliteStore({dbPath: join(tempDir(), 'brief.db'), root});
  open.push(s);
  return s;
};

describe("the articles the reader's R writes", () => {
  it('are in the list when the refresh ends, as the index would read them, and told to the index after', async () => {
    const server = await startServer();
    server.route('/feed', {body: portmereRss(server.url('/ferry')), type: 'application/rss+xml'});
    const lib = tempDir();
    const s = store(lib);
    openFeedsDb(s.db, s.root).subscribe(server.url('/feed'), 'Portmere Weekly', null);
    const told: {path: string; listed: boolean}[] = [];
    const refresh = createBackgroundRefresh(
      s,
      (path) => told.push({path, listed: s.listArticles().some((a) => a.path === path)}),
      readerModules.refresh,
    );
    const finished = new Promise<RefreshState>((resolve) =>
      refresh.subscribe((st) => {
        if (!st.running && st.outcome) resolve(st);
      }),
    );
    expect(refresh.start()).toBe('started');
    const end = await finished;
    expect(end.outcome).toBe('Refreshed 1 feed: 1 new article');
    expect(end.listed).toBe(1);
    // Before: the list was empty until an index run read the folder.
    const [article, ...others] = s.listArticles();
    expect(others).toEqual([]);
    expect(article?.title).toBe('Ferry returns to Portmere');
    expect(s.getAnalysis(article?.id ?? '')).toBeNull();
    // Listed before the index hears of it, so its run finds the file stored and only extracts it.
    expect(told).toEqual([{path: article?.path, listed: true}]);
    const plan = scanLibrary(s.db, s.root);
    expect(plan.reads).toEqual([]);
    expect(plan.idMoves).toEqual([]);
  });

  it("take the id the library's scan gives them, a path when another file has the name", async () => {
    const note = (title: string) => `${title}\n\n${PORTMERE_TEXT}\n`;
    const lib = tempDir({'ferry.txt': note('Ferry returns'), 'notes/pier.txt': note('Pier notes')});
    const s = store(lib);
    await syncFiles(s);
    writeFileSync(join(lib, 'pier.txt'), note('Pier reopens'));
    writeFileSync(join(lib, 'notes', 'ferry.md'), note('Ferry timetable'));
    expect(listLanded(s, [join(lib, 'pier.txt'), join(lib, 'notes', 'ferry.md')], UI_WRITE_WAIT_MS)).toBe(2);
    const ids = new Map(s.listArticles().map((a) => [a.title, a.id]));
    expect(ids.get('Pier reopens')).toBe('pier');
    expect(ids.get('Ferry timetable')).toBe('notes/ferry');
    // The scan reads neither again; the files that were there first moves to its path.
    const plan = scanLibrary(s.db, s.root);
    expect(plan.reads).toEqual([]);
    expect(plan.idMoves).toEqual([{path: join(lib, 'notes', 'pier.txt'), id: 'notes/pier'}]);
  });
});
