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
