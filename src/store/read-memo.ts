// A first index reads every new file (so the list can show it) and then extracts each text, which read and parsed
// the same file a second time in a worker: ~0.8 ms of a cold worker's CPU per shipped article, and for a saved page
// a second run of the HTML reader. The pool keeps what the read pass returned and hands it to the extraction, which
// takes it when the file's size and modification time are still those read (the indexer's own test of a change).
import {statSync} from 'node:fs';
import {fsPath} from '../library/file-names.js';
import type {Article} from '../library/types.js';
import type {SentArticle} from './pool.js';

/**
 * Most bytes of article files kept (the files' sizes; their text is held once, as paragraphs).
 * The 280 shipped articles are 1.2 MB. A read pass that outgrows it (a first index of thousands of files, which
 * extracts in another order than it reads, by date) gives the memo up: kept to the limit, the articles made the
 * 10,000-file first index slower (CPU 19.7 -> 20.7-22.0 s, peak RSS 227-231 -> 244 MB, two runs each at load 8).
 */
export const READ_MEMO_BYTES = 4 * 1024 * 1024;

/** Articles read and not yet extracted, to a byte limit. */
export interface ReadMemo {
  /** Keeps an article just read; past the limit, forgets them all and keeps no more. */
  remember(article: SentArticle): void;
  /** Whether it still keeps articles (a read pass that outgrew it gave it up). */
  accepting(): boolean;
  /** The article kept for this path and id (once: it is forgotten), if any. */
  take(path: string, id: string): SentArticle | undefined;
}

/** An empty memo for at most `maxBytes` of article files. */
export function createReadMemo(maxBytes = READ_MEMO_BYTES): ReadMemo {
  const kept = new Map<string, SentArticle>();
  let bytes = 0;
  let full = false;
  const forget = (path: string): SentArticle | undefined => {
    const article = kept.get(path);
    if (article) {
      kept.delete(path);
      bytes -= article.size;
    }
    return article;
  };
  return {
    remember: (article) => {
      if (full) return;
      forget(article.path);
      kept.set(article.path, article);
      bytes += article.size;
      if (bytes <= maxBytes) return;
      full = true;
      kept.clear();
    },
    accepting: () => !full,
    take: (path, id) => {
      const article = forget(path);
      return article && article.id === id ? article : undefined;
    },
  };
}

/**
 * The article as read earlier when its file still has the size and modification time it had then; undefined when
 * it changed, went or cannot be seen (the caller reads it again and reports what it finds).
 */
export function stillAsRead<T extends Pick<Article, 'path' | 'size' | 'mtimeMs'>>(article: T): T | undefined {
  try {
    const stat = statSync(fsPath(article.path));
    return stat.isFile() && stat.size === article.size && stat.mtimeMs === article.mtimeMs
      ? article
      : undefined;
  } catch {
    return undefined;
  }
}
