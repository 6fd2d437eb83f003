import {
  articleMeta,
  loadLibraryAsync,
  LibraryError,
  readArticleFile,
  type Article,
  type LibraryLoad,
} from '../library/index.js';
import {loadHtmlReaderFor} from '../library/html-file.js';
import {articleSummary, newestFirst, truncate, type Io} from './output.js';

/** Exit status of a command: 0 ok, 1 some input failed, 2 usage. */
export type ExitCode = 0 | 1 | 2;

/** Loads the library, reporting skipped files on stderr; null (after a message) when nothing can be shown. */
export async function loadForCli(dir: string, io: Io): Promise<LibraryLoad | null> {
  let load: LibraryLoad;
  try {
    load = await loadLibraryAsync(dir);
  } catch (err) {
    if (err instanceof LibraryError) {
      io.err(`brief: ${err.message}\n`);
      return null;
    }
    throw err;
  }
  for (const s of load.skipped) io.err(`brief: skipped ${s.path}: ${s.reason}\n`);
  if (load.articles.length === 0) {
    io.err(`brief: no articles in ${dir} (brief reads .txt, .md and .html files)\n`);
    return null;
  }
  return load;
}

/** `brief list`: one line per article, or JSON. */
export async function listCommand(dir: string, json: boolean, io: Io): Promise<ExitCode> {
  const load = await loadForCli(dir, io);
  if (!load) return 1;
  const articles = newestFirst(load.articles);
  if (json) {
    io.out(`${JSON.stringify(articles.map(articleSummary), null, 2)}\n`);
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
export async function showCommand(dir: string, id: string, json: boolean, io: Io): Promise<ExitCode> {
  const load = await loadForCli(dir, io);
  if (!load) return 1;
  const article = load.articles.find((a) => a.id === id) ?? load.articles.find((a) => a.path === id);
  if (!article) {
    io.err(`brief: no article with id '${id}' (see brief list)\n`);
    return 1;
  }
  if (json) {
    io.out(`${JSON.stringify({...articleSummary(article), paragraphs: article.paragraphs}, null, 2)}\n`);
    return 0;
  }
  const meta = [article.source, article.date, article.authors.join(', ')].filter(Boolean).join(' · ');
  io.out(`${article.title}\n${meta ? `${meta}\n` : ''}\n${article.paragraphs.join('\n\n')}\n`);
  return 0;
}

/** `brief extract FILE...`: the extraction contract of shared/eval/README.md, one object per readable file. */
export async function extractCommand(files: string[], json: boolean, io: Io): Promise<ExitCode> {
  const {extract, toExtractInput} = await import('../extract/index.js');
  await loadHtmlReaderFor(files);
  let failed = false;
  const results = [];
  for (const file of files) {
    const read = readArticleFile(file);
    if (!read.ok) {
      io.err(`brief: skipped ${file}: ${read.skipped.reason}\n`);
      failed = true;
      continue;
    }
    const a = read.article;
    const analysis = extract(toExtractInput(a));
    results.push({...articleMeta(a), ...analysis});
  }
  if (json) {
    io.out(`${JSON.stringify(results, null, 2)}\n`);
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
