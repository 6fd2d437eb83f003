// The made-up shapes of quote errors measured on unseen news (tests/extract/quote-shapes.ts): every row must get
// the speaker it states, or be dropped when it is no quote. A speaker given where the row expects none (or another)
// is the error the issue calls worse than none.
import {describe, expect, it} from 'vitest';
import {entitiesStage} from '../../src/extract/entities.js';
import {newDoc} from '../../src/extract/pipeline.js';
import {quotesStage} from '../../src/extract/quotes.js';
import {splitSentences} from '../../src/extract/sentences.js';
import {EXTRA, MISSED, WRONG, type Shape} from './quote-shapes.js';
import {AUDIT} from './quote-shapes-audit.js';
import {ROUND6} from './quote-shapes-round6.js';
import {ROUND7} from './quote-shapes-round7.js';
import {ROUND_S38C} from './quote-shapes-s38c.js';
import {ROUND_S39C} from './quote-shapes-s39c.js';
import {ROUND_S40B} from './quote-shapes-s40b.js';
import {ROUND_S42B} from './quote-shapes-s42b.js';
import {ROUND_S43D} from './quote-shapes-s43d.js';

/** The quote opening with `row.quote` as brief keeps it (undefined: dropped or never found). */
function keptQuote(row: Shape) {
  const doc = newDoc({title: '', paragraphs: row.text, authors: row.authors});
  doc.sentences = splitSentences(row.text);
  entitiesStage.run(doc);
  quotesStage.run(doc);
  return doc.quotes.find((q) => q.text.startsWith(row.quote));
}

for (const [group, rows] of [
  ['missed quotes', MISSED],
  ['wrong speakers', WRONG],
  ['extra quotes', EXTRA],
  ['library audit', AUDIT],
  ['sixth round', ROUND6],
  ['seventh round', ROUND7],
  ['round s38c', ROUND_S38C],
  ['round s39c', ROUND_S39C],
  ['round s40b', ROUND_S40B],
  ['round s42b', ROUND_S42B],
  ['round s43d', ROUND_S43D],
] as const) {
  describe(`quote shapes: ${group}`, () => {
    rows.forEach((row, i) => {
      const expected = row.speaker === false ? 'dropped' : (row.speaker ?? 'unattributed');
      // A row brief does not get yet is expected to fail, so the day it passes the table says so.
      const test = row.open ? it.fails : it;
      test(`${row.shape} (#${i + 1}): ${expected}${row.open ? ` (open: ${row.open})` : ''}`, () => {
        const quote = keptQuote(row);
        if (row.speaker === false) expect(quote, 'not a quote').toBeUndefined();
        else {
          expect(quote, 'kept as a quote').toBeDefined();
          expect(quote?.speaker ?? null).toBe(row.speaker);
        }
      });
    });
  });
}
