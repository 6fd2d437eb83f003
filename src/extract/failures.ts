import type {Analysis} from './types.js';

/** One line saying why an analysis is incomplete ("stage quotes failed: …"), or null when it is complete. */
export function failureText(analysis: Pick<Analysis, 'failures'>): string | null {
  const first = analysis.failures?.[0];
  if (!first) return null;
  const more = (analysis.failures?.length ?? 1) - 1;
  const what = first.stage === 'budget' ? first.reason : `stage ${first.stage} failed: ${first.reason}`;
  return `${what.replace(/\s+/g, ' ').trim()}${more > 0 ? ` (and ${more} more)` : ''}`;
}

/** The analysis stored for an article that could not be analysed at all: empty, with the reason. */
export function unanalysable(reason: string): Analysis {
  return {
    summary: [],
    people: [],
    places: [],
    organizations: [],
    quotes: [],
    facts: [],
    failures: [{stage: 'budget', reason}],
  };
}
