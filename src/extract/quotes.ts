import type {Stage} from './pipeline.js';

/** Finds direct quotations and resolves their speakers to entity names. */
export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['sentences', 'people', 'organizations'],
  fills: ['quotes'],
  run: () => {},
};
