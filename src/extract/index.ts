import {entitiesStage} from './entities.js';
import {factsStage} from './facts.js';
import {checkStages, runStages, toAnalysis, type Stage} from './pipeline.js';
import {quotesStage} from './quotes.js';
import {splitSentences} from './sentences.js';
import {summaryStage} from './summary.js';
import type {Analysis, ExtractInput} from './types.js';

export {toExtractInput} from './input.js';
export type {Analysis, Entity, EntityKind, ExtractInput, Fact, FactValue, Quote} from './types.js';

/** Bumped whenever extraction output changes, so stored analyses are redone. */
export const EXTRACTOR_VERSION = 9;

const sentencesStage: Stage = {
  name: 'sentences',
  needs: ['input'],
  fills: ['sentences'],
  run: (doc) => {
    doc.sentences = splitSentences(doc.input.paragraphs);
  },
};

/** The pipeline, in order; checked at load time that each stage's needs are filled before it. */
export const STAGES: readonly Stage[] = [
  sentencesStage,
  entitiesStage,
  quotesStage,
  factsStage,
  summaryStage,
];
checkStages(STAGES);

/** Extracts summary, entities, quotes and facts from an article. Never throws. */
export function extract(input: ExtractInput): Analysis {
  return toAnalysis(runStages(STAGES, input));
}
