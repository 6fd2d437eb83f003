// What the web bench section needs, bundled once: the page and feed fixtures the tests use, the reader-mode
// parser, and the refresh.
export {newsPage} from '../../../tests/fixtures/web/pages.js';
export {rss2} from '../../../tests/fixtures/web/feeds.js';
export {htmlToArticle} from '../../../src/library/html/html-article.js';
export {readArticleFile} from '../../../src/library/read-article.js';
export {refreshFeeds} from '../../../src/feeds/refresh.js';
export {openTarget} from '../../../src/feeds/target.js';
export {openDatabase} from '../../../src/store/open-db.js';
export {createFetcher} from '../../../src/web/fetch.js';
export {createPagePool} from '../../../src/feeds/page-pool.js';
