import {describe, expect, it} from 'vitest';
import {occurrenceLines} from '../../src/ui/state/entity-lines.js';
import type {EntityOccurrence} from '../../src/store/index.js';

const text = (lines: ReturnType<typeof occurrenceLines>) =>
  lines.map((l) => l.segments.map((s) => s.text).join(''));

// "Russia's Navalny airlifted to Germany" names Russia in its title and "Russian" in its text: the entity view of
// Russia listed it with nothing under its title, which read as a fault.
describe('an article in an entity view with no sentence naming the entity', () => {
  const occurrence = (title: string): EntityOccurrence => ({
    articleId: 'navalny',
    title,
    date: '2020-08-22',
    mentions: 1,
    sentences: [],
    quotes: [],
  });
  it('says it is named in the title only, and highlights it there', () => {
    const lines = occurrenceLines([occurrence("Russia's Navalny airlifted to Germany")], ['Russia'], 76);
    expect(text(lines)).toEqual([
      "  Russia's Navalny airlifted to Germany  2020-08-22",
      '    named in the title only',
      '',
    ]);
    expect(lines[0]?.segments.find((s) => s.text === 'Russia')?.role).toBe('highlight');
  });
  it('says the article names it otherwise when its title does not either', () => {
    const lines = occurrenceLines([occurrence('Navalny airlifted to Germany')], ['Russia'], 76);
    expect(text(lines)[1]).toBe('    no sentence names it as written here (Enter opens the article)');
  });
  it('adds nothing under an article whose sentences name it', () => {
    const named = {...occurrence("Russia's Navalny airlifted"), sentences: ['Russia denied it.']};
    expect(text(occurrenceLines([named], ['Russia'], 76))).toEqual([
      "  Russia's Navalny airlifted  2020-08-22",
      '  · Russia denied it.',
      '',
    ]);
  });
});
