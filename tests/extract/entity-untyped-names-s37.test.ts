import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s37: names with no cue of their own that the sentence types (ERRORS.md, "Round s37"), in made-up text:
// each rule's positive case and a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('a title word after a known given name is the surname', () => {
  it('keeps "<given name> <title word>" whole as a person', () => {
    expect(kindOf(['The prize went to Michel Mayor and Tomas Virk.'], 'Michel Mayor')).toBe('person');
    expect(kindOf(['Former prime minister John Major accused him of lying.'], 'John Major')).toBe('person');
    expect(kindOf(['The actor Winston Duke paid tribute.'], 'Winston Duke')).toBe('person');
  });

  it('still cuts an office after a place, a title or a determiner', () => {
    // Look-alikes: a place's office ("Victoria Premier"), an office of two titles, a body's office after "the".
    expect(kindOf(['The plan was backed by the Victoria Premier on Monday.'], 'Victoria Premier')).toBe(
      'absent',
    );
    expect(kindOf(['Officials said the Lord Mayor would attend.'], 'Lord Mayor')).toBe('absent');
    expect(kindOf(['Fans cheered the Chelsea Mayor on Monday.'], 'Chelsea Mayor')).not.toBe('person');
    expect(kindOf(['Fans cheered the Chelsea Mayor on Monday.'], 'Chelsea')).not.toBe('person');
  });
});

describe('coordinated-kind: a name nothing types shares the kind of the names it is listed with', () => {
  it('takes the one kind of its typed mates', () => {
    const firms = ['German firms including Varnco Holdings, Kelmora, and Telstar Group pulled out.'];
    expect(kindOf(firms, 'Kelmora')).toBe('organization');
    const towns = ['The towns damaged were Varnholm, Kelby City, Ostrava and Brelin.'];
    expect(kindOf(towns, 'Brelin')).toBe('place');
    const sons = ['She is survived by her sons Anderson Cooper, Ardo Pell and Tomasz.'];
    expect(kindOf(sons, 'Tomasz')).toBe('person');
    expect(entityTrace(firms).find((e) => e.subject === 'Kelmora')?.rules).toContain('coordinated-kind');
  });

  it('leaves a name alone when the list is mixed, unjoined, a pair, or the word a common one', () => {
    // Mixed kinds: a person and a place.
    expect(kindOf(['Talks between Anna Holm, Berlin and Kelmora failed.'], 'Kelmora')).toBe('dropped');
    // Commas alone make no list: "In Varnby, Holm said".
    expect(kindOf(['In Ostrava, Kelmora said the plan failed, Brelin added.'], 'Kelmora')).toBe('dropped');
    // Two names are too often of two kinds, or one body's name cut at its "and".
    expect(kindOf(['Russia and Kelmora signed a deal on Monday.'], 'Kelmora')).toBe('dropped');
    expect(kindOf(['Prime Minister Anna Holm and Kelmora agreed.'], 'Kelmora')).toBe('dropped');
    expect(kindOf(["Turkey's Brelin and Emergency Management Presidency reported it."], 'Brelin')).toBe(
      'dropped',
    );
    // A list of a name's words before a noun.
    expect(
      kindOf(['The House Foreign Affairs, Judiciary and Intelligence committees met.'], 'Intelligence'),
    ).toBe('dropped');
    // Common words with a capital, and a contraction.
    expect(kindOf(['Firms such as Telstar Group, Varnco Holdings and Robotics grew.'], 'Robotics')).toBe(
      'dropped',
    );
    expect(kindOf(['Telstar Group, Varnco Holdings and Introduction ended.'], 'Introduction')).toBe(
      'dropped',
    );
  });
});

describe("party-before-mp: a line of an election's results names a party", () => {
  it('reads "X - 7 seats" and "X: 1 seat" as a party that won seats', () => {
    const legend = ['Velna Dall - 7 seats', 'Brevik Kolm: 1 seat', 'Turnout was low.'];
    expect(kindOf(legend, 'Velna Dall')).toBe('organization');
    expect(kindOf(legend, 'Brevik Kolm')).toBe('organization');
  });

  it('not a count of other things, nor seats the line does not end on', () => {
    expect(kindOf(['Velna Dall - 7 votes', 'Turnout was low.'], 'Velna Dall')).not.toBe('organization');
    expect(kindOf(['Ardo Pell - 7 seats were empty when he spoke.'], 'Ardo Pell')).not.toBe('organization');
  });
});
