import {describe, expect, it} from 'vitest';
import {
  best,
  checkRules,
  createTracer,
  runSieve,
  weigh,
  type EvidenceRule,
  type SieveRule,
} from '../../src/extract/rules.js';

const rule = <V>(id: string, apply: (n: number) => V | undefined): SieveRule<number, V> => ({
  id,
  description: `rule ${id}`,
  example: 'made up',
  apply,
});

describe('runSieve', () => {
  it('returns the first verdict and its rule; later rules never overrule', () => {
    const rules = [rule('small', (n) => (n < 3 ? 'small' : undefined)), rule('any', () => 'big')];
    expect(runSieve(rules, 1)).toEqual({verdict: 'small', rule: 'small'});
    expect(runSieve(rules, 5)).toEqual({verdict: 'big', rule: 'any'});
  });
  it('is null when no rule applies, and a null verdict is a verdict (an unnamed speaker)', () => {
    expect(runSieve([rule('never', () => undefined)], 1)).toBeNull();
    expect(runSieve([rule('unnamed', () => null)], 1)).toEqual({verdict: null, rule: 'unnamed'});
  });
});

describe('weigh and best', () => {
  const ev = (id: string, apply: EvidenceRule<string, 'person' | 'place'>['apply']) => ({
    id,
    description: id,
    example: 'made up',
    apply,
  });
  it('sums what every applying rule adds and records which fired', () => {
    const w = weigh(
      [
        ev('titled', () => ({person: 2})),
        ev('after-in', (s) => (s.startsWith('in ') ? {place: 1.5} : undefined)),
        ev('gazetteer', () => ({place: 1})),
      ],
      'in Kyiv',
    );
    expect(w.scores).toEqual({person: 2, place: 2.5});
    expect(w.fired.map((f) => f.rule)).toEqual(['titled', 'after-in', 'gazetteer']);
    expect(best(w.scores, ['person', 'place'])).toBe('place');
    expect(best({person: 1, place: 1}, ['person', 'place'])).toBe('person');
    expect(best({person: -1}, ['person', 'place'])).toBeNull();
  });
});

describe('checkRules', () => {
  it('refuses duplicate, badly named or undocumented rules', () => {
    expect(() => checkRules('s', [rule('a-b', () => 1), rule('a-b', () => 2)])).toThrow(/twice/);
    expect(() => checkRules('s', [rule('A b', () => 1)])).toThrow(/kebab/);
    expect(() => checkRules('s', [{...rule('x', () => 1), example: ' '}])).toThrow(/example/);
    expect(() => checkRules('s', [rule('x', () => 1), rule('y-2', () => 1)])).not.toThrow();
  });
});

describe('createTracer', () => {
  it('keeps entries only when on', () => {
    const off = createTracer(false);
    off.add({stage: 'speaker', subject: 'q', outcome: 'x', rules: ['r']});
    expect(off.entries).toEqual([]);
    const on = createTracer(true);
    on.add({stage: 'speaker', subject: 'q', outcome: 'x', rules: ['r']});
    expect(on.entries).toHaveLength(1);
  });
});
