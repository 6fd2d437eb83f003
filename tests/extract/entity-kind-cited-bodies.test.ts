import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// A body named by one word the lexicon lacks, which a reader knows is a body from how it is cited: "published by
// X", "polled by X", "according to X" twice, or an apposition naming an office ("X, the statistical office of …").
const outcome = (lines: string[], name: string): string | undefined =>
  entityTrace(lines).find((e) => e.subject === name)?.outcome;

describe('a one-word body known by how it is cited', () => {
  it.each([
    [['Prices rose 2% in May, according to figures published on Monday by Velstat.'], 'Velstat'],
    [['Economists polled by Korvane had expected growth of 0.5%.'], 'Korvane'],
    [['In an interview with Velnews, the mayor said so. According to Velnews, she will resign.'], 'Velnews'],
    [
      [
        'Exports fell, according to Velstat, the statistical office of Varnia. Velstat said the fall was small.',
      ],
      'Velstat',
    ],
    [["Prices rose 2% in May, said the country's statistics bureau, Velstat."], 'Velstat'],
  ])('%j → %s is an organization', (lines, name) => {
    expect(outcome(lines, name)).toBe('organization');
  });

  it.each([
    // The cited noun is the coach; the name before it only says whose coach.
    [['The match was hard, according to Varnby assistant coach Ardo Pell.'], 'Varnby'],
    // Cited once by "according to", a surname alone may be a person's.
    [['According to al-Varani, the rebels are armed by Varnia.'], 'al-Varani'],
    // "himself" is a person's pronoun as much as "he".
    [
      [
        'According to Tolvik, the code runs on old machines. Tolvik said it took a year, according to Tolvik himself.',
      ],
      'Tolvik',
    ],
  ])('%j → %s is no organization', (lines, name) => {
    expect(outcome(lines, name)).not.toBe('organization');
  });
});
