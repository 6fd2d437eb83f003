import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// Places only the story's own shapes say are places (made-up text): the region after a wire dateline's town, towns
// retaken or shelled in a war report and the names listed with them, a plural division after two names, a seat in
// a parliament. Each with a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe("the region after a wire dateline's town", () => {
  it('is a place, known or not', () => {
    const text = ['TERVALE, Ostravia (Northern Wire) — Ostravian forces said on Monday they had advanced.'];
    expect(kindOf(text, 'Ostravia')).toBe('place');
    expect(kindOf(text, 'Tervale')).toBe('place');
  });

  it('not a name later in the first sentence, nor one after a town not in capitals', () => {
    const text = ['Tervale, Ostravia and Kelm were named in the report — all three said so.'];
    expect(kindOf(text, 'Ostravia')).not.toBe('place');
  });
});

describe('towns retaken or shelled, and the names listed with them', () => {
  it('are places', () => {
    const text = [
      'The army said it had recaptured Holvek, Strannik and Mirova after two days of fighting.',
      'Artillery shelled Dravenko overnight.',
    ];
    for (const name of ['Holvek', 'Strannik', 'Mirova', 'Dravenko']) expect(kindOf(text, name)).toBe('place');
  });

  it('not a person captured, who speaks later', () => {
    const text = ['Soldiers captured Ardo Velk near the border.', 'Velk said he had been beaten.'];
    expect(kindOf(text, 'Ardo Velk')).toBe('person');
  });
});

describe('a plural division after two names', () => {
  it('makes each a place', () => {
    const text = ['Drones were shot down over the Kesvar and Dolmen regions overnight, the ministry said.'];
    expect(kindOf(text, 'Kesvar')).toBe('place');
    expect(kindOf(text, 'Dolmen')).toBe('place');
  });
});

describe('a seat in a parliament', () => {
  it('"the MP for X" places X', () => {
    const text = ['The MP for Lindqvist, Anna Berg, said residents were afraid.'];
    expect(kindOf(text, 'Lindqvist')).toBe('place');
    expect(kindOf(text, 'Anna Berg')).toBe('person');
  });
});

describe('a name owning what only a state has', () => {
  it('is a place', () => {
    const text = [
      "Kesh's defence ministry said its units had repelled 14 attacks.",
      'Kesh has said it will not negotiate.',
    ];
    expect(kindOf(text, 'Kesh')).toBe('place');
  });

  it('not a leader whose army it is', () => {
    const text = [
      'General Ardo Velk said the offensive had begun.',
      "Velk's army crossed the river at dawn.",
    ];
    expect(kindOf(text, 'Ardo Velk')).toBe('person');
  });
});

describe("a journey's end", () => {
  it('"ferry sailings to X", "flights to X" place X', () => {
    const text = ['Ferry sailings to Holmsby have been suspended.', 'Flights to Tarvenik resume on Monday.'];
    expect(kindOf(text, 'Holmsby')).toBe('place');
    expect(kindOf(text, 'Tarvenik')).toBe('place');
  });
});
