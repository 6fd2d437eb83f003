import {readFileSync, realpathSync} from 'node:fs';
import {basename, extname, isAbsolute, relative, resolve} from 'node:path';
import {ARTICLE_EXTENSIONS} from '../library/find-files.js';
import {HTML_EXTENSIONS} from '../library/html-file.js';
import {readArticleFile} from '../library/read-article.js';
import {isHttpUrl} from '../web/url.js';
import {urlKeyOf} from './keys.js';
import type {SaveOutcome, Target} from './target.js';

/** What adding an article file did: as for a page (`path`: the file written or the one holding it already). */
export type ArticleFileOutcome =
  | {
      kind: 'article';
      status: 'added' | 'duplicate';
      title: string;
      path: string | null;
      /** What in an added article file was not used (broken front matter, an impossible date), as `extract` says. */
      warnings?: string[];
    }
  | {kind: 'failed'; reason: string};

/** What saving an article into the library did, as `brief add` tells it (for a page and for an article file). */
export function savedArticle(saved: SaveOutcome): ArticleFileOutcome {
  if (saved.status === 'failed') return {kind: 'failed', reason: saved.reason};
  return {
    kind: 'article',
    status: saved.status,
    title: saved.title,
    path: saved.status === 'added' ? saved.path : saved.existing,
  };
}

/** The article file extensions the library reads as text (a saved web page goes through reader mode instead). */
export const TEXT_EXTENSIONS = ARTICLE_EXTENSIONS.filter((e) => !HTML_EXTENSIONS.includes(e));

/** True for the name of an article file the library reads as text (.md, .txt). */
export function isTextArticlePath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return TEXT_EXTENSIONS.includes(ext);
}

/**
 * Copies an article file (Markdown or plain text, as the library holds them) into the library folder, unless the
 * library has it already: it must read as the library reads its own files. The user's file is only read.
 */
export async function addArticleFile(source: string, target: Target): Promise<ArticleFileOutcome> {
  const path = resolve(source);
  const read = readArticleFile(path);
  if (!read.ok) return {kind: 'failed', reason: read.skipped.reason};
  const {article, warnings} = read;
  const told = warnings.length > 0 ? {warnings} : {};
  // A file in the library folder already is in the library: a copy beside it would be the same article twice.
  if (isInside(realpathSync(path), realpathSync(target.root)))
    return {kind: 'article', status: 'duplicate', title: article.title, path, ...told};
  const keys = article.url && isHttpUrl(article.url) ? [urlKeyOf(article.url)] : [];
  const held = target.holder(keys);
  if (held !== null) return {kind: 'article', status: 'duplicate', title: article.title, path: held, ...told};
  const saved = savedArticle(await target.copy(readFileSync(path), basename(path), keys));
  // Named as the library will list it: a file without a title goes by its file name, not "Untitled".
  return saved.kind === 'article' ? {...saved, title: article.title, ...told} : saved;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
