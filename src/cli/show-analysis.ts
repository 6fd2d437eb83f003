import type {Analysis} from '../extract/types.js';
import type {Article} from '../library/index.js';
import {createWorkerPool, findWorkerScript} from '../store/worker-pool.js';
import {workerCacheDir} from './code-cache.js';

/** How `brief show` analyses: an extraction worker under a time budget (the index's, unless told). */
export interface ShowAnalysisOptions {
  /** Longest the analysis may take; the index's DEFAULT_BUDGET_MS when absent. */
  budgetMs?: number;
  /** The worker bundle; found beside the CLI when absent. */
  script?: string | null;
}

/**
 * Analyses one article for `brief show` in an extraction worker, under the time budget the index gives every
 * article, so a file whose analysis never ends says so in one line instead of holding the terminal. Runs in the
 * calling thread only when no worker bundle exists (the sources run without a build).
 */
export async function analyseForShow(
  article: Article,
  options: ShowAnalysisOptions = {},
): Promise<AnalysisResult> {
  const analyser = await createAnalyser(options);
  try {
    return await analyser.analyse(article);
  } finally {
    await analyser.close();
  }
}

/** An article's analysis, or why there is none. */
export type AnalysisResult = {ok: true; analysis: Analysis} | {ok: false; reason: string};

/**
 * Analyses articles one after another in one extraction worker, each under the time budget (`brief extract` of
 * many files starts one worker, not one a file). Inline when no worker bundle exists.
 */
export async function createAnalyser(options: ShowAnalysisOptions = {}): Promise<{
  analyse(article: Article): Promise<AnalysisResult>;
  close(): Promise<void>;
}> {
  const script = options.script === undefined ? findWorkerScript() : options.script;
  if (!script) {
    const {extract, toExtractInput} = await import('../extract/index.js');
    return {
      analyse: (article) => Promise.resolve({ok: true, analysis: extract(toExtractInput(article))}),
      close: () => Promise.resolve(),
    };
  }
  const pool = createWorkerPool({
    script,
    size: 1,
    cacheDir: workerCacheDir(),
    ...(options.budgetMs !== undefined ? {budgetMs: options.budgetMs} : {}),
  });
  return {
    async analyse(article) {
      const outcome = await pool.extract({path: article.path, id: article.id});
      return outcome.ok ? {ok: true, analysis: outcome.analysis} : {ok: false, reason: outcome.reason};
    },
    close: () => pool.close(),
  };
}
