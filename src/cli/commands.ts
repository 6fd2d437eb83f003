import {isatty} from 'node:tty';
import {resolve} from 'node:path';
import type {TraceEntry} from '../extract/rules.js';
import {
  articleMeta,
  findArticleById,
  loadLibraryAsync,
  LibraryError,
  readArticleFile,
  type Article,
  type ReadResult,
  type LibraryLoad,
} from '../library/index.js';
import {loadHtmlReaderFor} from '../library/html-file.js';
import {showName, toJson} from '../library/sanitize.js';
import {articlesFolderRefusal} from './articles-folder.js';
import {formatRow} from './list-format.js';
import {formatAnalysis, formatHeader, wrapForTerminal} from './analysis-text.js';
import {failureText, unanalysable} from '../extract/failures.js';
import {articleSummary, newestFirst, type Io} from './output.js';
import {emptyLibraryLine} from './empty-library.js';
import {idsLike} from './did-you-mean.js';
import {stdinFile, type StdinFile} from './stdin-article.js';

import type {ExitCode} from './exit-codes.js';

export type {ExitCode} from './exit-codes.js';

/** The one rule (README): 1 when any article file could not be used, though everything else was still done. */
export function exitFor(load: LibraryLoad): ExitCode {
  return load.skipped.length > 0 ? 1 : 0;
}

/**
 * Loads the library, reporting skipped files on stderr; null (after a message) when nothing can be shown. An empty
 * library is said the same way, and is null too unless `empty` asks for it (a list of nothing is no failure).
 */
export async function loadForCli(dir: string, io: Io, empty = false): Promise<LibraryLoad | null> {
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
  for (const s of load.skipped) io.err(`brief: skipped ${showName(s.path)}: ${s.reason}\n`);
  for (const w of load.warnings) io.err(`brief: warning: ${showName(w.path)}: ${w.message}\n`);
  if (load.articles.length === 0) {
    io.err(emptyLibraryLine(dir));
    return empty ? load : null;
  }
  return load;
}

/** `brief list` without a database: every file read, then one line per article, or JSON. */
export async function listFromFiles(dir: string, json: boolean, io: Io): Promise<ExitCode> {
  const load = await loadForCli(dir, io, true);
  if (!load) return 1;
  const articles = newestFirst(load.articles);
  if (json) {
    io.out(`${toJson(articles.map(articleSummary))}\n`);
  } else {
    io.out(formatList(articles, io.terminal, io.columns));
  }
  return exitFor(load);
}

/** Plain-text table of articles, one `formatRow` each. */
export function formatList(articles: Article[], terminal = false, columns?: number): string {
  return articles.map((a) => formatRow(a, terminal, columns)).join('');
}

/** The rules behind each decision of an analysis, grouped by what was decided, one line each. */
function formatTrace(trace: readonly TraceEntry[]): string {
  const out: string[] = [];
  let stage = '';
  for (const t of trace) {
    if (t.stage !== stage) out.push(`${(stage = t.stage)}:`);
    out.push(`  ${t.subject} → ${t.outcome}  [${t.rules.join(', ')}]${t.detail ? `  (${t.detail})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

/** What `show` says after an id no article has: the ids it may have meant, or where to see them. */
function meantIds(typed: string, ids: readonly string[]): string {
  const like = idsLike(typed, ids);
  const named = like.ids.map((id) => `'${showName(id)}'`);
  if (like.count === 0) return 'see brief list';
  if (like.count > named.length) return `${like.count} ids hold '${showName(typed.trim())}'; see brief list`;
  const last = named.pop() ?? '';
  return `did you mean ${named.length > 0 ? `${named.join(', ')} or ` : ''}${last}?`;
}

/** `brief show ID`: the whole analysis (title, meta, summary, facts, quotes, names), then the text. */
export async function showCommand(dir: string, id: string, json: boolean, io: Io): Promise<ExitCode> {
  // With --json, no article shown is `null` on stdout (the reason on stderr): a script's JSON parser gets JSON.
  const fail = (message: string): ExitCode => {
    io.err(`brief: ${message}\n`);
    if (json) io.out('null\n');
    return 1;
  };
  // Said as every command says it, with the same exit code (a folder named that is not there is 2).
  const refused = articlesFolderRefusal(dir);
  if (refused) {
    io.err(refused.line);
    if (json) io.out('null\n');
    return refused.code;
  }
  let found;
  try {
    // An id as `list` shows it (controls spelt out) finds the article too: that is the form a person can type. The
    // folder resolved, so that --json's path is absolute as list --json's is ("articles/x.txt" beside "/home/…").
    found = await findArticleById(resolve(dir), id, (candidate) => showName(candidate) === id);
  } catch (err) {
    if (!(err instanceof LibraryError)) throw err;
    return fail(err.message);
  }
  if (found.files === 0)
    return fail(`no articles in ${showName(resolve(dir))} (brief reads .txt, .md and .html files)`);
  if (!found.read) return fail(`no article with id '${showName(id)}' (${meantIds(id, found.ids ?? [])})`);
  if (!found.read.ok)
    return fail(`skipped ${showName(found.read.skipped.path)}: ${found.read.skipped.reason}`);
  const article = found.read.article;
  for (const w of found.read.warnings) io.err(`brief: warning: ${showName(article.path)}: ${w}\n`);
  // Extracted here, as `extract` does: the same result without depending on an index being built; in a worker,
  // under the index's time budget. An article that cannot be analysed is still shown, with the reason.
  const {analyseForShow} = await import('./show-analysis.js');
  const analysed = await analyseForShow(article);
  const analysis = analysed.ok ? analysed.analysis : unanalysable(analysed.reason);
  const incomplete = failureText(analysis);
  if (incomplete) io.err(`brief: ${showName(article.path)}: analysis incomplete: ${incomplete}\n`);
  if (json) {
    const {paragraphs} = article;
    io.out(
      `${toJson({...articleMeta(article), ...analysis, paragraphs, paragraphCount: paragraphs.length})}\n`,
    );
  } else {
    const text = `${formatHeader(article)}\n${formatAnalysis(analysis)}Text\n\n${article.paragraphs.join('\n\n')}\n`;
    io.out(io.terminal ? wrapForTerminal(text, io.columns ?? 80) : text);
  }
  return incomplete ? 1 : 0;
}

/** `brief extract FILE...`: the extraction contract of shared/eval/README.md, one object per readable file. */
export async function extractCommand(
  files: string[],
  json: boolean,
  io: Io,
  withTrace = false,
): Promise<ExitCode> {
  // The extractor itself only to trace it here: the worker has its own.
  const tracer = withTrace ? await import('../extract/index.js') : null;
  // "-" is standard input (stdin-article.ts), read once however often it is named.
  if (files.includes('-') && isatty(0))
    io.err('brief: reading the article from standard input, the terminal: Ctrl+D ends it\n');
  const stdin: StdinFile | null = files.includes('-') ? stdinFile() : null;
  const pathOf = (file: string): string => (file === '-' && stdin?.ok ? stdin.path : file);
  try {
    return await extractFiles(files, pathOf, stdin, json, io, tracer);
  } finally {
    if (stdin?.ok) stdin.remove();
  }
}

async function extractFiles(
  files: string[],
  pathOf: (file: string) => string,
  stdin: StdinFile | null,
  json: boolean,
  io: Io,
  tracer: typeof import('../extract/index.js') | null,
): Promise<ExitCode> {
  const withTrace = tracer !== null;
  await loadHtmlReaderFor(files.map(pathOf));
  // In a worker, under the index's time budget, as `show` analyses: a hostile file says so in one line instead of
  // holding the terminal. (--explain traces the rules in this thread, without a budget.)
  const {createAnalyser} = await import('./show-analysis.js');
  const analyser = withTrace ? null : await createAnalyser();
  let failed = false;
  const results = [];
  try {
    for (const file of files) {
      const read: ReadResult =
        file === '-' && stdin && !stdin.ok
          ? {ok: false, skipped: {path: file, reason: stdin.reason}}
          : readArticleFile(pathOf(file), file === '-' ? {id: 'stdin', named: false} : {});
      if (!read.ok) {
        io.err(`brief: skipped ${showName(file)}: ${read.skipped.reason}\n`);
        failed = true;
        continue;
      }
      for (const w of read.warnings) io.err(`brief: warning: ${showName(file)}: ${w}\n`);
      const a = read.article;
      const explained = tracer ? tracer.explain(tracer.toExtractInput(a)) : null;
      const analysed = explained ? null : await analyser?.analyse(a);
      const analysis =
        explained?.analysis ??
        (analysed?.ok ? analysed.analysis : unanalysable(analysed?.reason ?? 'not analysed'));
      const incomplete = failureText(analysis);
      if (incomplete) {
        io.err(`brief: ${file}: analysis incomplete: ${incomplete}\n`);
        failed = true;
      }
      // The article read from standard input is named as it was given, not by the file it was analysed from.
      results.push({
        ...articleMeta(a),
        ...(file === '-' ? {path: '-'} : {}),
        ...analysis,
        ...(explained ? {explain: explained.trace} : {}),
      });
    }
  } finally {
    await analyser?.close();
  }
  if (json) {
    io.out(`${toJson(results)}\n`);
  } else {
    const text = results
      .map((r) => `${formatHeader(r)}\n${r.explain ? formatTrace(r.explain) : formatAnalysis(r)}`)
      .join('\n');
    io.out(io.terminal ? wrapForTerminal(text, io.columns ?? 80) : text);
  }
  return failed ? 1 : 0;
}
