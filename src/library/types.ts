/** One article file as brief reads it. Every string field has had terminal control sequences removed. */
export interface Article {
  /** File name without extension; made unique within a library by prefixing the folder when names clash. */
  id: string;
  /** Path to the file as found (not resolved through symlinks). */
  path: string;
  title: string;
  /** Publication or outlet name, or null when the file does not say. */
  source: string | null;
  /** True when the source was named in the file's own text (a feed footer), not only in front matter. */
  sourceInText?: boolean;
  /** Writers named in a byline or front matter. */
  authors: string[];
  /** People credited with contributing reporting, kept apart from the writers. */
  contributors: string[];
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  /**
   * The article's own time of publication in ms since the epoch, when its date gives a time of day
   * ("2024-05-01T09:30:00Z"); null or absent when it gives only a day or none. Orders the articles of one day.
   */
  time?: number | null;
  url: string | null;
  /**
   * The address of the feed that added the article, as its front matter names it (`feed:`); absent when it names
   * none. What subscriptions lost with the database are made again from (store/recover-feeds.ts).
   */
  feed?: string;
  /** Body paragraphs, without title, byline or boilerplate lines. */
  paragraphs: string[];
  /**
   * The paragraphs as extraction reads them, when they differ from `paragraphs`: without speaker labels and the
   * original-language text a note shows beside its translation (library/wiki-markup.ts). Absent when the same.
   */
  analysed?: string[];
  /** The paragraphs joined by blank lines. */
  text: string;
  /** sha256 of the file's bytes: identifies the content across renames. */
  hash: string;
  /** File size in bytes. */
  size: number;
  /** Modification time in ms since the epoch. */
  mtimeMs: number;
}

/** A file that was not loaded, with a one-line reason a person can act on. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** Something wrong in a file that was read all the same (an invalid date), as a one-line message. */
export interface FileWarning {
  path: string;
  message: string;
}

/** Either an article (with warnings about what in it was not used) or the reason a file could not be read. */
export type ReadResult = {ok: true; article: Article; warnings: string[]} | {ok: false; skipped: SkippedFile};

/** What loading a folder yields: the good articles, every file passed over, and warnings about files read. */
export interface LibraryLoad {
  articles: Article[];
  skipped: SkippedFile[];
  warnings: FileWarning[];
}

/** The fields that describe an article without its body: what lists and the extract contract show. */
export type ArticleMeta = Pick<Article, 'id' | 'path' | 'title' | 'source' | 'authors' | 'date' | 'url'>;

/** An article's metadata without its body. */
export function articleMeta(a: ArticleMeta): ArticleMeta {
  return {
    id: a.id,
    path: a.path,
    title: a.title,
    source: a.source,
    authors: a.authors,
    date: a.date,
    url: a.url,
  };
}
