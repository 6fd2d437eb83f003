// An analysis as a batch index stores it, made in the worker that extracted it: the main thread writes its JSON
// and counts and reports its failures, and never reads the analysis itself, which was cloned between threads object
// by object (and collected on the main thread after its write) only to be turned into that JSON there.
import type {Analysis} from '../extract/types.js';
import {failureText} from '../extract/failures.js';
import {analysisCounts} from './rows.js';

/** What the store keeps of one analysis: its JSON, the counts the list shows, and what failed in it. */
export interface StoredAnalysis {
  json: string;
  counts: {people: number; quotes: number; facts: number};
  /** What failed in the extraction (failureText), null when nothing did. */
  failure: string | null;
}

/** The stored form of an analysis. */
export function storedAnalysis(analysis: Analysis): StoredAnalysis {
  return {json: JSON.stringify(analysis), counts: analysisCounts(analysis), failure: failureText(analysis)};
}
