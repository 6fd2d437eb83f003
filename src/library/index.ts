export type {Article, ArticleMeta, FileWarning, SkippedFile, ReadResult, LibraryLoad} from './types.js';
export {articleMeta} from './types.js';
export {findArticleById, loadLibrary, loadLibraryAsync, LibraryError, uniqueIds} from './load-library.js';
export {readArticleFile, DEFAULT_MAX_BYTES} from './read-article.js';
export {findArticleFiles, ARTICLE_EXTENSIONS} from './find-files.js';
export {stripControls, cleanText, cleanLine} from './sanitize.js';
