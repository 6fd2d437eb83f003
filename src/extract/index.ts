import {entitiesStage} from './entities.js';
import {factsStage} from './facts.js';
import {checkStages, runStages, toAnalysis, type Stage} from './pipeline.js';
import {quotesStage} from './quotes.js';
import {splitSentences} from './sentences.js';
import {summaryStage} from './summary.js';
import {createTracer, type TraceEntry, type Tracer} from './rules.js';
import type {Analysis, ExtractInput, StageFailure} from './types.js';

export {failureText} from './failures.js';
export type {TraceEntry} from './rules.js';
export {toExtractInput} from './input.js';
export type {
  Analysis,
  Entity,
  EntityKind,
  ExtractInput,
  Fact,
  FactValue,
  Quote,
  StageFailure,
} from './types.js';

/**
 * A fingerprint of the extractor's code and data (scripts/extractor-version.mjs), defined by the build and by the
 * test setup: a change to any rule or word list re-extracts stored analyses, an unchanged extractor never does.
 * 0 only in a bundle made without it (the bench), which stores nothing.
 */
export const EXTRACTOR_VERSION: number = Number(process.env.BRIEF_EXTRACTOR_VERSION ?? 0);

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

/**
 * Extracts summary, entities, quotes and facts from an article. Never throws: a stage that throws leaves its
 * fields empty and is listed, with its error, in `failures` (absent when every stage ran).
 */
export function extract(input: ExtractInput): Analysis {
  return run(input, createTracer(false));
}

/** Extracts as `extract` does and also returns the trace: which rules decided each entity, speaker and fact. */
export function explain(input: ExtractInput): {analysis: Analysis; trace: TraceEntry[]} {
  const tracer = createTracer(true);
  return {analysis: run(input, tracer), trace: tracer.entries};
}

function run(input: ExtractInput, tracer: Tracer): Analysis {
  const failures: StageFailure[] = [];
  // BRIEF_FAIL_STAGE makes the named stage throw, BRIEF_STALL_TITLE makes extraction of an article with that
  // title never end: how the tests drive the failure and time-budget paths through the built CLI and the index
  // workers, where no real article is known to break a stage and none should take long.
  const broken = process.env.BRIEF_FAIL_STAGE;
  if (process.env.BRIEF_STALL_TITLE && input.title === process.env.BRIEF_STALL_TITLE) stallOnPurpose();
  const stages = broken
    ? STAGES.map((s) => (s.name === broken ? {...s, run: () => failOnPurpose(broken)} : s))
    : STAGES;
  const analysis = toAnalysis(
    runStages(
      stages,
      input,
      (stage, err) => failures.push({stage, reason: err instanceof Error ? err.message : String(err)}),
      tracer,
    ),
  );
  return failures.length > 0 ? {...analysis, failures} : analysis;
}

function stallOnPurpose(): never {
  for (;;) {
    // Busy, like a runaway stage: only the worker's time budget ends it.
  }
}

function failOnPurpose(stage: string): never {
  throw new Error(`${stage} made to fail (BRIEF_FAIL_STAGE)`);
}
