import {
  articleMeta,
  loadLibrary,
  LibraryError,
  readArticleFile,
  type Article,
  type LibraryLoad,
} from '../library/index.js';
import {showName, toJson} from '../library/sanitize.js';
import {articleSummary, newestFirst, truncate, type Io} from './output.js';

/** Exit status of a command: 0 ok, 1 some input failed, 2 usage. */
export type ExitCode = 0 | 1 | 2;

/** Loads the library, reporting skipped files on stderr; null (after a message) when nothing can be shown. */
export function loadForCli(dir: string, io: Io): LibraryLoad | null {
  let load: LibraryLoad;
  try {
    load = loadLibrary(dir);
  } catch (err) {
    if (err instanceof LibraryError) {
      io.err(`brief: ${err.message}\n`);
      return null;
    }
    throw err;
  }
  for (const s of load.skipped) io.err(`brief: skipped ${showName(s.path)}: ${s.reason}\n`);
  for (const w of load.warnings) io.err(`brief: warning: ${showName(w.path)}: ${w.message}\n`);
  if (load.articles.length === 0) {
    io.err(`brief: no articles in ${showName(dir)} (brief reads .txt and .md files)\n`);
    return null;
  }
  return load;
}

/** `brief list`: one line per article, or JSON. */
export function listCommand(dir: string, json: boolean, io: Io): ExitCode {
  const load = loadForCli(dir, io);
  if (!load) return 1;
  const articles = newestFirst(load.articles);
  if (json) {
    io.out(`${toJson(articles.map(articleSummary))}\n`);
  } else {
    io.out(formatList(articles));
  }
  return 0;
}

/** Plain-text table of articles: date, source, title. */
export function formatList(articles: Article[], width = 100): string {
  return articles
    .map(
      (a) =>
        `${(a.date ?? '').padEnd(10)}  ${truncate(a.source ?? '', 16).padEnd(16)}  ${truncate(a.title, width - 30)}\n`,
    )
    .join('');
}

/** `brief show ID`: metadata and paragraphs. */
export function showCommand(dir: string, id: string, json: boolean, io: Io): ExitCode {
  const load = loadForCli(dir, io);
  if (!load) return 1;
  // An id as `list` shows it (controls spelt out) finds the article too: that is the form a person can type.
  const article =
    load.articles.find((a) => a.id === id) ??
    load.articles.find((a) => a.path === id) ??
    load.articles.find((a) => showName(a.id) === id);
  if (!article) {
    io.err(`brief: no article with id '${showName(id)}' (see brief list)\n`);
    return 1;
  }
  if (json) {
    io.out(`${toJson({...articleSummary(article), paragraphs: article.paragraphs})}\n`);
    return 0;
  }
  const meta = [article.source, article.date, article.authors.join(', ')].filter(Boolean).join(' · ');
  io.out(`${article.title}\n${meta ? `${meta}\n` : ''}\n${article.paragraphs.join('\n\n')}\n`);
  return 0;
}

/** `brief extract FILE...`: the extraction contract of shared/eval/README.md, one object per readable file. */
export async function extractCommand(files: string[], json: boolean, io: Io): Promise<ExitCode> {
  const {extract, toExtractInput} = await import('../extract/index.js');
  let failed = false;
  const results = [];
  for (const file of files) {
    const read = readArticleFile(file);
    if (!read.ok) {
      io.err(`brief: skipped ${showName(file)}: ${read.skipped.reason}\n`);
      failed = true;
      continue;
    }
    for (const w of read.warnings) io.err(`brief: warning: ${showName(file)}: ${w}\n`);
    const a = read.article;
    const analysis = extract(toExtractInput(a));
    results.push({...articleMeta(a), ...analysis});
  }
  if (json) {
    io.out(`${toJson(results)}\n`);
  } else {
    for (const r of results) {
      io.out(`# ${r.title}\n\n`);
      io.out(`Summary:\n${r.summary.map((s) => `  - ${s}`).join('\n')}\n`);
      io.out(`Key facts:\n${r.facts.map((f) => `  - ${f.text}`).join('\n')}\n`);
      io.out(`Quotes:\n${r.quotes.map((q) => `  - ${q.speaker ?? 'unnamed'}: “${q.text}”`).join('\n')}\n`);
      for (const kind of ['people', 'places', 'organizations'] as const) {
        io.out(`${kind[0]?.toUpperCase()}${kind.slice(1)}: ${r[kind].map((e) => e.name).join(', ')}\n`);
      }
      io.out('\n');
    }
  }
  return failed ? 1 : 0;
}
