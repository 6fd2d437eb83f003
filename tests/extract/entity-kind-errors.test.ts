import {describe, expect, it} from 'vitest';
import {entitiesStage} from '../../src/extract/entities.js';
import {KIND_SURE_MARGIN} from '../../src/extract/entities/kind-weights.js';
import {newDoc} from '../../src/extract/pipeline.js';
import {splitSentences} from '../../src/extract/sentences.js';
import {entityTrace} from '../helpers/explain-entities.js';

// Kind errors of the shapes issue 9 lists from news brief had not seen (a faith typed as a place, a firm as a place,
// a paper as a person, an event as a body, a region as a person), each in made-up text: the general pattern, and
// the evidence that now weighs against the wrong kind.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('entity kinds: evidence against the wrong kind', () => {
  it('a faith after "in" is no place: its adjective is a faith\'s, or it is what one converts to', () => {
    expect(kindOf(['He was educated and nurtured in Islam.'], 'Islam')).toBe('dropped');
    expect(kindOf(['Others were raised in Hinduism.'], 'Hinduism')).toBe('dropped');
    expect(kindOf(['Amira Sadek converted to Velism in 2004 and was nurtured in Velism.'], 'Velism')).toBe(
      'dropped',
    );
    // Look-alike: an unknown word only ever after "in" is still a place.
    expect(kindOf(['Schools closed in Velmar, and roads in Velmar flooded.'], 'Velmar')).toBe('place');
  });

  it('a trade noun before a name outweighs a town of the same name in the city list', () => {
    const text = [
      'Engineers at Burnaby found cracks in the bridge in Oslo.',
      'The engineering firm Burnaby designed it.',
    ];
    expect(kindOf(text, 'Burnaby')).toBe('organization');
    // Look-alike: the same town without the noun stays a place.
    expect(kindOf(['Engineers in Burnaby found cracks in the bridge.'], 'Burnaby')).toBe('place');
  });

  it('a masthead word ("Weekly", "Daily") ends a paper\'s name, not a person\'s', () => {
    expect(kindOf(['Writing in LA Weekly, critic Ardo Pell praised the show.'], 'LA Weekly')).toBe(
      'organization',
    );
    expect(kindOf(['The Varnby Daily said the road would close.'], 'Varnby Daily')).toBe('organization');
    expect(kindOf(['Writing in LA Weekly, critic Ardo Pell praised the show.'], 'Ardo Pell')).toBe('person');
  });

  it('a name after "during" is an event, not a body, unless it modifies a noun', () => {
    const text = [
      'Pilgrims gathered during the Hajj.',
      'Millions attend the Hajj each year, and the Hajj ends on Friday.',
    ];
    expect(kindOf(text, 'Hajj')).toBe('dropped');
    expect(kindOf(['During the Varna Council meeting, the Varna Council voted.'], 'Varna Council')).toBe(
      'organization',
    );
  });

  it("a region after a town is the town's, not the holder of the role before the town", () => {
    const text = ['Tomas Virk, the former mayor of Kenosha, Indiana, came in first.'];
    expect(kindOf(text, 'Indiana')).toBe('place');
    expect(kindOf(text, 'Tomas Virk')).toBe('person');
    // Look-alike: an apposition before a name that is no region still makes a person.
    expect(kindOf(['Next came the chancellor of the college, Ardo Pell.'], 'Ardo Pell')).toBe('person');
  });

  it('a clause before a comma ("the man was a …,") is no apposition of the name after it', () => {
    const text = ['Police said the man was a 44-year-old contract worker from Varnshire, England.'];
    expect(kindOf(text, 'England')).toBe('place');
  });

  it('a person noun before a name that modifies a noun is an adjective ("his official Varnlink account")', () => {
    expect(kindOf(['The statement was posted to his official Varnlink account.'], 'Varnlink')).not.toBe(
      'person',
    );
    expect(kindOf(['The statement was read by official Ardo Pell.'], 'Ardo Pell')).toBe('person');
  });

  it('only a person dies: not a brand with an inner capital', () => {
    expect(kindOf(['Users called it the death of VarnOS.'], 'VarnOS')).toBe('organization');
    expect(kindOf(['Users mourned the death of Ardo Pell.'], 'Ardo Pell')).toBe('person');
  });

  it('the end of a journey ("from London to X") is a place', () => {
    expect(kindOf(['I was in the plane from London to Sydney.'], 'Sydney')).toBe('place');
  });

  it('an adjective\'s ending ("Geological") opens no personal name', () => {
    expect(kindOf(['The Geological Survey said the quake was strong.'], 'Geological Survey')).not.toBe(
      'person',
    );
  });
});

describe('entity kinds: an opening phrase', () => {
  it('"Speaking to X, the mayor said": the role after the comma is the subject\'s, not X\'s', () => {
    const text = ['Speaking to Varna Radio, the mayor of Varnby said the road was shut.'];
    expect(kindOf(text, 'Varna Radio')).toBe('organization');
  });
});

describe('entity kinds: how strongly the article decides (kindMargin, for the library)', () => {
  const marginOf = (paragraphs: string[], name: string): number | undefined => {
    const doc = newDoc({title: '', paragraphs});
    doc.sentences = splitSentences(paragraphs);
    entitiesStage.run(doc);
    return [...doc.people, ...doc.places, ...doc.organizations].find((e) => e.name === name)?.kindMargin;
  };

  it('is small where the cues of two kinds nearly balance, large where one kind has them all', () => {
    const weak = marginOf(['Pilgrims prayed in the Grand Mosque on Friday.'], 'Grand Mosque') ?? -1;
    const sure = marginOf(['The Grand Mosque said it would reopen.'], 'Grand Mosque') ?? -1;
    expect(weak).toBeGreaterThanOrEqual(0);
    expect(weak).toBeLessThan(KIND_SURE_MARGIN);
    expect(sure).toBeGreaterThanOrEqual(KIND_SURE_MARGIN);
  });
});
