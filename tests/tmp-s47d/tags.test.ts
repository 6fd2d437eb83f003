import {it} from 'vitest';
import {lexiconTags, suffixGuess} from '../../src/extract/nlp.js';
it('tags', () => {
  for (const w of ['Citizens', 'citizens', 'Farmers', 'Stallions', 'Herons', 'Indigenous', 'Savings', 'Real', 'Atlético', 'Ribeira', 'Thunder', 'Eagles'])
    console.log(w, JSON.stringify(lexiconTags(w)), suffixGuess(w));
});
