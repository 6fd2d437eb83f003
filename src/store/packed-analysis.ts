// An analysis as a worker sends it to the main thread: its JSON (what the analyses table stores) and the few
// figures the indexer reads, instead of the object. A string clones between threads as one copy, where the
// object's every array and field was walked by the serialiser, rebuilt object by object on the main thread, turned
// into JSON there for the write and collected: about 0.3 s of CPU over the 280 shipped articles' cold index (the
// serialiser's both ends and the main thread's JSON.stringify, against one JSON.stringify in the worker).
import {failureText} from '../extract/failures.js';
import type {Analysis} from '../extract/types.js';
import {analysisCounts} from './rows.js';

/** An analysis as its JSON with what the indexer reads of it. */
export interface PackedAnalysis {
  json: string;
  people: number;
  quotes: number;
  facts: number;
  /** failureText of the analysis: why it is incomplete, or null. */
  incomplete: string | null;
}

export function packAnalysis(analysis: Analysis): PackedAnalysis {
  return {json: JSON.stringify(analysis), ...analysisCounts(analysis), incomplete: failureText(analysis)};
}

/**
 * `fields` with `analysis` read from `packed` when first asked for (the indexer never asks: it stores the JSON as
 * sent), and `packed` kept beside it.
 */
export function withPacked<T extends object>(
  fields: T,
  packed: PackedAnalysis,
): T & {analysis: Analysis; packed: PackedAnalysis} {
  let analysis: Analysis | undefined;
  return Object.defineProperty({...fields, packed}, 'analysis', {
    enumerable: true,
    get: () => (analysis ??= JSON.parse(packed.json) as Analysis),
  }) as T & {analysis: Analysis; packed: PackedAnalysis};
}
