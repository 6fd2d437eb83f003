import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s37b: people the role reader missed, and second entries for one person (ERRORS.md, "Round s37b"), in
// made-up text: each rule's positive case and a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('a word the lexicon knows only for a person opens a name as its role', () => {
  it('cuts the office off the personal name after it', () => {
    const text = ['Johnson spoke during a visit to Ireland with Taoiseach Leo Varnicek on Monday.'];
    expect(kindOf(text, 'Leo Varnicek')).toBe('person');
    expect(kindOf(text, 'Taoiseach Leo Varnicek')).toBe('absent');
    expect(kindOf(['Crowds greeted Sultan Omar Kelbari at the port.'], 'Omar Kelbari')).toBe('person');
  });

  it('leaves a body or a place whose first word is such a noun whole', () => {
    expect(kindOf(['Students at Saint Louis University protested.'], 'Saint Louis University')).toBe(
      'organization',
    );
    expect(kindOf(['Crowds filled Sultan Qaboos Grand Mosque on Friday.'], 'Qaboos Grand')).toBe('absent');
  });
});

describe('a personal name that owns what only a person has is a person', () => {
  it('types the owner of a character or a funeral', () => {
    const text = ['The dummy was nicknamed "Ripley" for Sigourney Weavell\'s character in the film Alien.'];
    expect(kindOf(text, 'Sigourney Weavell')).toBe('person');
    expect(kindOf(["Hundreds attended Ardo Pellick's funeral on Monday."], 'Ardo Pellick')).toBe('person');
  });

  it('leaves a body that has a leader, lawyers or characters', () => {
    expect(kindOf(["Talks with Sinn Fein's leader stalled."], 'Sinn Fein')).not.toBe('person');
    expect(kindOf(["The deal was signed by Varnco Telstar's lawyers."], 'Varnco Telstar')).not.toBe('person');
    expect(kindOf(["Fans loved Marvel's character Kelmor."], 'Marvel')).not.toBe('person');
    expect(kindOf(["He praised Hong Kong's character."], 'Hong Kong')).not.toBe('person');
  });
});
