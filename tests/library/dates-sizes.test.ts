import {statSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseDate, parseTime} from '../../src/library/front-matter.js';
import {loadLibrary, readArticleFile} from '../../src/library/index.js';
import {localDay} from '../../src/library/local-day.js';
import {tempDir} from '../helpers/temp-dir.js';

describe('parseDate', () => {
  it.each([
    ['2020-05-01', '2020-05-01'],
    ['2020-5-1', '2020-05-01'],
    ['2019-03-28T23:30:00-05:00', '2019-03-28'],
    ['2019-03-28 10:00', '2019-03-28'],
    ['2019/03/28', '2019-03-28'],
    ['March 28, 2019', '2019-03-28'],
    ['28 March 2019', '2019-03-28'],
    ['Thu, 28 Mar 2019 23:00:00 GMT', '2019-03-28'],
    ['Sept. 4, 2019', '2019-09-04'],
    ['2020-02-29', '2020-02-29'],
  ])('%j is %j', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each([
    '2021-13-45',
    '2021-02-30',
    '2019-02-29',
    'not a date 1234',
    '99999-01-01',
    'March 28, 99999',
    '1234',
    'February 30, 2020',
    'someday',
    '',
  ])('%j is not a date', (text) => expect(parseDate(text)).toBeNull());
});

describe('parseTime', () => {
  it.each([
    ['2019-03-28T23:30:00-05:00', Date.UTC(2019, 2, 29, 4, 30)],
    ['2024-05-01T09:00:00Z', Date.UTC(2024, 4, 1, 9)],
    ['Thu, 28 Mar 2019 23:00:00 GMT', Date.UTC(2019, 2, 28, 23)],
    [new Date(Date.UTC(2024, 4, 1, 9, 15)), Date.UTC(2024, 4, 1, 9, 15)],
  ])('%j is %j', (value, ms) => expect(parseTime(value)).toBe(ms));

  it.each([
    '2020-05-01',
    'March 28, 2019',
    'not a date 10:00',
    '2021-02-30T10:00:00Z',
    new Date(Date.UTC(2024, 4, 1)),
  ])('%j gives no time of day', (value) => expect(parseTime(value)).toBeNull());
});

describe('an invalid front-matter date', () => {
  it.each(['2021-13-45', 'not a date 1234', '99999-01-01'])(
    '%j: the article is read, with a warning, dated by the file’s modification time',
    (bad) => {
      const dir = tempDir({'a.md': `---\ntitle: Harbour\ndate: ${bad}\n---\nThe harbour reopened.\n`});
      const path = join(dir, 'a.md');
      utimesSync(path, new Date('2022-06-15T12:00:00Z'), new Date('2022-06-15T12:00:00Z'));
      const result = readArticleFile(path);
      if (!result.ok) throw new Error(result.skipped.reason);
      expect(result.article.date).toBe('2022-06-15');
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toContain(bad);
      expect(result.warnings[0]).toMatch(/not a valid date.*modification time \(2022-06-15\)/);
      expect(result.warnings[0]).not.toContain('\n');
    },
  );

  it('reaches loadLibrary’s warnings; a valid or missing date gives none (a missing one is the file’s day)', () => {
    const dir = tempDir({
      'bad.md': '---\ntitle: Bad\ndate: 2021-13-45\n---\nText.\n',
      'good.md': '---\ntitle: Good\ndate: 2021-12-25\n---\nText.\n',
      'none.md': '---\ntitle: None\n---\nText.\n',
    });
    const load = loadLibrary(dir);
    expect(load.articles).toHaveLength(3);
    expect(load.warnings.map((w) => w.path)).toEqual([join(dir, 'bad.md')]);
    expect(load.articles.find((a) => a.title === 'None')?.date).toBe(
      localDay(statSync(join(dir, 'none.md')).mtimeMs),
    );
  });
});

describe('the size limit', () => {
  it('says sizes that differ: bytes when the megabytes would read the same', () => {
    const dir = tempDir();
    const path = join(dir, 'big.txt');
    writeFileSync(path, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    const result = readArticleFile(path);
    expect(result.ok ? '' : result.skipped.reason).toBe(
      'too large (5,242,881 bytes; the limit is 5,242,880)',
    );
    expect(statSync(path).size).toBe(5_242_881);
  });

  it.each([
    [12 * 1024 * 1024, 5 * 1024 * 1024, 'too large (12.0 MB; the limit is 5.0 MB)'],
    [2048, 1024, 'too large (2,048 bytes; the limit is 1,024)'],
  ])('%i bytes over a %i limit', (size, maxBytes, reason) => {
    const dir = tempDir({'big.txt': Buffer.alloc(size, 'a')});
    const result = readArticleFile(join(dir, 'big.txt'), {maxBytes});
    expect(result.ok ? '' : result.skipped.reason).toBe(reason);
  });
});
