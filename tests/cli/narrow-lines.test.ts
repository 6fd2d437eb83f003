import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {addCommand} from '../../src/cli/add-command.js';
import {feedsCommand} from '../../src/cli/feeds-command.js';
import {refreshCommand} from '../../src/cli/refresh-command.js';
import {catchCtrlC} from '../../src/cli/ctrl-c.js';
import {tempDir} from '../helpers/temp-dir.js';
import {emptyDb} from '../helpers/run-cli.js';

// Made-up text. At 40 columns the terminal's own wrapping cut the words of these one-line answers in two
// ("3000 new art" / "icles"), as it did `brief refresh`'s summary before that was word-wrapped.
const STORY =
  'The Milltown bridge was closed on Tuesday after a truck hit a guardrail. Two people were taken to hospital with minor injuries, police said. '.repeat(
    4,
  );
const RSS =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Milltown Evening Chronicle</title>' +
  '<link>https://chronicle.example/</link><atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="self" href="https://chronicle.example/feed.xml"/>' +
  `<item><title>Bridge closed after truck crash on the Milltown road</title><guid>a</guid><pubDate>Tue, 01 Dec 2026 18:20:00 GMT</pubDate><description>${STORY}</description></item></channel></rss>`;

const sink = {isTTY: false, columns: 40, write: () => {}};

function terminal(columns: number | undefined) {
  const out: string[] = [];
  const io = {out: (t: string) => void out.push(t), err: () => {}, terminal: columns !== undefined, columns};
  return {io, text: () => out.splice(0).join('')};
}

/** Every line at most `columns` wide, and the words as they were. */
function expectWrapped(text: string, columns: number, whole: string): void {
  for (const line of text.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
  expect(text.trimEnd().replace(/\n/g, ' ')).toBe(whole);
}

describe('one-line answers in a narrow terminal', () => {
  it('are word-wrapped to its width, and whole on one line when piped', async () => {
    const file = join(tempDir({'chronicle.rss': RSS}), 'chronicle.rss');
    const lib = tempDir();
    const db = emptyDb();
    const narrow = terminal(40);
    expect(await addCommand(lib, db, [file], false, narrow.io, catchCtrlC(), sink)).toBe(0);
    expectWrapped(narrow.text(), 40, 'subscribed to Milltown Evening Chronicle: 1 new article');
    const piped = terminal(undefined);
    expect(await addCommand(lib, db, [file], false, piped.io, catchCtrlC(), sink)).toBe(0);
    expect(piped.text()).toBe(
      'already subscribed to Milltown Evening Chronicle: 0 new articles; its item is already in the library\n',
    );
    expect(
      await feedsCommand(lib, db, ['remove', 'https://chronicle.example/feed.xml'], false, narrow.io),
    ).toBe(0);
    expectWrapped(
      narrow.text(),
      40,
      'unsubscribed from Milltown Evening Chronicle (https://chronicle.example/feed.xml); its articles stay in the library',
    );
    expect(await refreshCommand(lib, db, false, narrow.io, sink)).toBe(0);
    expectWrapped(
      narrow.text(),
      40,
      "no subscriptions, nothing to refresh; add a feed with 'brief add FEED_URL'",
    );
    expect(await feedsCommand(lib, db, [], false, narrow.io)).toBe(0);
    expectWrapped(narrow.text(), 40, "no subscriptions; add a feed with 'brief add FEED_URL'");
  });
});
