// A made-up feed of one item for the reader's R tests (tests/cli/reader-refresh-*.test.ts): a short story and the
// RSS that carries it four times over as its description.

/** The story's text. */
export const PORTMERE_TEXT =
  'The Portmere ferry sailed again on Thursday after a month of repairs. The operator said four daily sailings ' +
  'would resume next week, and that the pier would stay open through the winter storms. ';

/** The feed, its one item linking to `link`. */
export const portmereRss = (link: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Portmere Weekly</title>
<item><title>Ferry returns to Portmere</title><link>${link}</link><guid>ferry</guid><pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate><description>${PORTMERE_TEXT.repeat(4)}</description></item>
</channel></rss>
`;
