import type {Stage} from './pipeline.js';

/** Picks the summary sentences. */
export const summaryStage: Stage = {
  name: 'summary',
  needs: ['sentences'],
  fills: ['summary'],
  run: () => {},
};
