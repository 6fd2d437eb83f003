import {entitiesStage} from '../../src/extract/entities.js';
import {newDoc} from '../../src/extract/pipeline.js';
import {createTracer, type TraceEntry} from '../../src/extract/rules.js';
import {splitSentences} from '../../src/extract/sentences.js';

/** Runs the entity stage over `paragraphs` with --explain's tracer on, and returns its decisions. */
export function entityTrace(paragraphs: string[], source: string | null = null): TraceEntry[] {
  const tracer = createTracer(true);
  const doc = newDoc({title: '', paragraphs, source}, tracer);
  doc.sentences = splitSentences(paragraphs);
  entitiesStage.run(doc);
  return tracer.entries.filter((e) => e.stage === 'entity');
}
