import {describe, expect, it} from 'vitest';
import {wordCount} from '../../src/library/words.js';

// Keyed by the script rule that counts them; 'spaced' is every other text.
const CASES: [string, string, number][] = [
  ['spaced', 'The Milltown bridge was closed on Tuesday — police said.', 10],
  ['spaced', 'Kyiv’s mayor, Vitali Klitschko, said 15 people died.', 8],
  ['han-kana', '議会が港湾計画を承認した。', 6],
  ['han-kana', '里弗顿市议会周二批准了港口计划。', 8],
  ['han-kana', 'BBCによると、3人が負傷した。', 2 + 5],
  ['southeast-asian', 'สภาได้อนุมัติแผนท่าเรือแล้ว', 6],
];

describe('wordCount', () => {
  it.each(CASES)('%s: %s is %i words', (_id, text, words) => {
    expect(wordCount(text)).toBe(words);
  });
});
