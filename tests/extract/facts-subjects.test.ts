// Key facts keep their subject and whole phrases, on made-up sentences: a number governed by a verb or a
// preposition is no subject, a number left for another fact does not cut the text's clause in half, and a range
// keeps both ends.
import {describe, expect, it} from 'vitest';
import {explainFacts, findFacts} from '../../src/extract/facts.js';

const textsOf = (sentence: string): string[] =>
  findFacts([{text: sentence, paragraph: 0, start: 0, index: 0}], '').map((f) => f.text);

describe('a fact opening on a number its verb or preposition governs is widened to the subject', () => {
  it.each([
    [
      'The output of dairy farms grew by 3.5% in the second half of 2025 compared with the previous six months, officials said.',
      'The output of dairy farms grew by 3.5%',
    ],
    [
      'The krone fell 1.2% against the euro to 7.46 after the vote, and the yield on five-year Danish bonds rose to 3.1%.',
      'The krone fell 1.2% against the euro to 7.46 after the vote',
    ],
  ])('%s', (sentence, start) => {
    const texts = textsOf(sentence);
    expect(texts.some((t) => t.startsWith(start))).toBe(true);
  });

  it('--explain does not call a text opening on the object "subject-shown"', () => {
    const {trace} = explainFacts(
      [
        {
          text: 'The output of dairy farms grew by 3.5% in the second half of 2025 compared with the previous six months.',
          paragraph: 0,
          start: 0,
          index: 0,
        },
      ],
      '',
    );
    const kept = trace.find((e) => e.outcome.startsWith('kept'));
    expect(kept?.subject).toMatch(/^The output/);
    expect(kept?.rules).not.toContain('subject-shown');
  });
});

describe('numbers left for another fact leave whole clauses and phrases', () => {
  it('a statement of its own after ", and" is another fact, not the tail of this one', () => {
    const texts = textsOf(
      'The krone fell 1.2% against the euro to 7.46 after the vote, and the yield on five-year Danish bonds rose to 3.1%.',
    );
    expect(texts.join(' | ')).not.toMatch(/five-year(?: \||$)/);
    expect(texts).toContain('the yield on five-year Danish bonds rose to 3.1%');
  });

  it.each([
    [
      'Youth unemployment in the 9 regions that share the border fell to 11.2% in May, down from 12.5% in April.',
      'Youth unemployment in the 9 regions',
    ],
    [
      'Annual turnover in the 14 towns that host the fair rose by 3.4% in June, up from 2.9% in May.',
      'Annual turnover in the 14 towns',
    ],
  ])(
    'a number inside the subject stays in it, and no second fact repeats the sentence: %s',
    (sentence, start) => {
      const texts = textsOf(sentence);
      expect(texts.some((t) => t.startsWith(start))).toBe(true);
      expect(texts).toHaveLength(1);
    },
  );

  it('parallel statements with one verb are still one list', () => {
    expect(textsOf('Ana Ruiz won 8 seats, Li Wen won 6, and Omar Haddad won the remaining 2.')).toContain(
      'Ana Ruiz won 8 seats, Li Wen won 6, and Omar Haddad won the remaining 2',
    );
  });
});

describe('a range keeps both ends', () => {
  it('"between 2018 and 2020" is not cut after its first year', () => {
    const texts = textsOf(
      'Ms. Ortega said the mayor accepted £12,500 in gifts and a small boat between 2018 and 2020.',
    );
    expect(texts.some((t) => t.endsWith('between 2018 and 2020'))).toBe(true);
  });
});
