import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s38b: patterns found by reading articles no label split holds (ERRORS.md, "Round s38b"), in made-up text:
// each rule's positive case and a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('an acronym the text spells out as a term, a law or a thing is no body', () => {
  it('drops an acronym spelt out in lower-case words', () => {
    const text = [
      'Cases of severe acute varnic syndrome (SAVS) rose.',
      'The SAVS outbreak of 2003 killed many.',
    ];
    expect(kindOf(text, 'SAVS')).toBe('dropped');
    const cortex = [
      'How was the anterior varnic cortex (AVC) deactivated?',
      'Without the AVC the rats froze.',
    ];
    expect(kindOf(cortex, 'AVC')).toBe('dropped');
  });

  it("drops the acronym of a law's name", () => {
    const text = [
      'They sued over the Ballot Varna Prevention Act (BVPA).',
      'Under BVPA, the number drops to six.',
      'Anna Holm said BVPA "is supported by voters."',
      'Tomas Virk said, "BVPA ignores the realities that face voters."',
      "An issue raised by the complaint was BVPA's definition of the term.",
    ];
    expect(kindOf(text, 'BVPA')).toBe('dropped');
  });

  it("keeps a body's acronym, whatever words spell it", () => {
    const text = ['The Varna Transit Agency (VTA) raised fares.', 'The VTA said costs rose.'];
    expect(kindOf(text, 'Varna Transit Agency')).toBe('organization');
    const wrestling = [
      'Huber wrestled for AEW (All Elite Wrestling) until May.',
      'An AEW press release said so.',
    ];
    expect(kindOf(wrestling, 'AEW')).not.toBe('dropped');
  });
});

describe('a country that no longer exists is a place', () => {
  it('places the Soviet Union', () => {
    const text = ['Leonov flew for the Soviet Union.', "He was the Soviet Union's first spacewalker."];
    expect(kindOf(text, 'Soviet Union')).toBe('place');
  });

  it('leaves a union of workers a body', () => {
    expect(kindOf(['The Varnian Union said it would strike.'], 'Varnian Union')).toBe('organization');
  });
});

describe('a court "for" a district is a body, not the district', () => {
  it('reads the body word before "for" as the head of the name', () => {
    const text = [
      'The case was filed in the United States District Court for the Western District of Varnia.',
    ];
    expect(kindOf(text, 'United States District Court for the Western District of Varnia')).toBe(
      'organization',
    );
  });

  it('leaves a district "of" a state a place', () => {
    const text = ['He was sentenced in the Western District of Varnia in 2014.'];
    expect(kindOf(text, 'Western District of Varnia')).toBe('place');
  });
});
