import {checkStages, runStages, toAnalysis, type Stage} from './pipeline.js';
import {splitSentences} from './sentences.js';
import type {Analysis, ExtractInput} from './types.js';

export type {Analysis, Entity, EntityKind, ExtractInput, Fact, FactValue, Quote} from './types.js';

/** Bumped whenever extraction output changes, so stored analyses are redone. */
export const EXTRACTOR_VERSION = 1;

/** The pipeline, in order. Later stages read what earlier ones filled. */
export const STAGES: readonly Stage[] = [
  {name: 'sentences', needs: ['input'], fills: ['sentences'], run: (d) => void (d.sentences = splitSentences(d.input.paragraphs))},
];
checkStages(STAGES);

/** Extracts summary, entities, quotes and facts from an article. Never throws. */
export function extract(input: ExtractInput): Analysis {
  return toAnalysis(runStages(STAGES, input));
}
