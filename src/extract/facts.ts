import type {Stage} from './pipeline.js';

/** Finds and ranks key numeric facts. */
export const factsStage: Stage = {
  name: 'facts',
  needs: ['sentences'],
  fills: ['facts'],
  run: () => {},
};
