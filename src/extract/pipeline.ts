import {createTracer, type Tracer} from './rules.js';
import type {Analysis, Entity, ExtractInput, Fact, Quote} from './types.js';

/** One sentence of the article, located in its paragraph. */
export interface Sentence {
  /** The sentence text, trimmed. */
  text: string;
  /** Index of the paragraph (0-based) in the input. */
  paragraph: number;
  /** Character offset of the sentence's start within its paragraph. */
  start: number;
  /** Position of the sentence in the whole article (0-based). */
  index: number;
}

/** The shared document every stage reads and writes. Stages that did not run leave empty arrays. */
export interface Doc extends Analysis {
  input: ExtractInput;
  sentences: Sentence[];
  /** Sentences whose key facts are only years that date a step of a life or an event ("In 1998, Clinton was
   * impeached"): background the summary does not favour as the news. */
  factBackground: ReadonlySet<string>;
  /** Where stages record which rules decided what (kept only when extraction is asked to explain itself). */
  trace: Tracer;
}

/** One declared stage: which fields it needs filled before it runs, which it fills. */
export interface Stage {
  name: string;
  needs: readonly (keyof Doc)[];
  fills: readonly (keyof Doc)[];
  run: (doc: Doc) => void;
}

/** A new document with every output field empty. */
export function newDoc(input: ExtractInput, trace: Tracer = createTracer(false)): Doc {
  return {
    input,
    trace,
    sentences: [],
    factBackground: new Set(),
    summary: [],
    people: [],
    places: [],
    organizations: [],
    quotes: [],
    facts: [],
  };
}

/** Checks at build time that every stage's needs are filled by an earlier stage. */
export function checkStages(stages: readonly Stage[]): void {
  const filled = new Set<keyof Doc>(['input', 'trace']);
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!filled.has(need))
        throw new Error(`stage ${stage.name} needs ${String(need)}, which no earlier stage fills`);
    }
    for (const f of stage.fills) filled.add(f);
  }
}

/**
 * Runs the stages in order. A stage that throws leaves its fields as they were (empty), so one bad article
 * degrades to fewer panels rather than an error.
 */
export function runStages(
  stages: readonly Stage[],
  input: ExtractInput,
  onError?: (stage: string, err: unknown) => void,
  trace?: Tracer,
): Doc {
  const doc = newDoc(input, trace);
  for (const stage of stages) {
    try {
      stage.run(doc);
    } catch (err) {
      onError?.(stage.name, err);
    }
  }
  return doc;
}

/** The public result: the contract fields only. */
export function toAnalysis(doc: Doc): Analysis {
  const {summary, people, places, organizations, quotes, facts} = doc;
  return {summary, people, places, organizations, quotes, facts};
}

export type {Entity, Fact, Quote};
