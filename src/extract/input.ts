import type {Article} from '../library/types.js';
import type {ExtractInput} from './types.js';

/** What extraction reads from a loaded article: one place, so the CLI and the indexer's workers agree. */
export function toExtractInput(article: Article): ExtractInput {
  return {
    title: article.title,
    paragraphs: article.analysed ?? article.paragraphs,
    authors: [...article.authors, ...article.contributors],
    outlet: article.sourceInText ? article.source : null,
    source: article.source,
  };
}
