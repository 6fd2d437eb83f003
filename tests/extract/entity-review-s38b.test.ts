import {describe, expect, it} from 'vitest';
import {runEntities} from '../helpers/entities.js';
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

describe('a short form in brackets, of the long name\'s word beginnings or initials with "&", is the same body', () => {
  const orgs = (paragraphs: string[]) => runEntities(paragraphs).organizations;

  it('joins "CalFire"-shaped and "Penn State"-shaped short forms to the long name', () => {
    const text = [
      'The Varnian Department of Forestry and Fire Protection (VarFire) said acres burned.',
      'VarFire requested power cuts. Researchers from Kelmont State University (Kel State) spoke.',
    ];
    const found = orgs(text);
    expect(found.find((o) => o.name.endsWith('Fire Protection'))?.aliases).toContain('VarFire');
    expect(found.find((o) => o.name === 'Kelmont State University')?.aliases).toContain('Kel State');
    expect(found.map((o) => o.name)).not.toContain('VarFire');
  });

  it('joins "PG&E" to the company it abbreviates, with or without its corporate word', () => {
    const text = [
      'A helicopter of Varna Gas and Electric Company (VG&E) crashed.',
      'VG&E said power was restored.',
    ];
    expect(orgs(text).find((o) => o.name.startsWith('Varna Gas'))?.aliases).toContain('VG&E');
  });

  it('leaves a bracketed word that is no short form of the name apart', () => {
    const text = ['The Varna Power Board (Kelmor) met.', 'Kelmor said it would appeal.'];
    expect(orgs(text).find((o) => o.name === 'Varna Power Board')?.aliases ?? []).not.toContain('Kelmor');
  });
});

describe('a full name opening a sentence and speaking, its surname known, with no other mention, is a person', () => {
  it('finds "Bill Clinton said on Monday …" (the given name a common noun)', () => {
    const text = [
      'Bill Clinton said on Monday that the harbour plan was a mistake.',
      'The council voted for it.',
    ];
    expect(kindOf(text, 'Bill Clinton')).toBe('person');
  });

  it('leaves a sentence adverb before a surname, and a name that does not speak', () => {
    expect(kindOf(['Later Brown said the plan had failed.'], 'Later Brown')).not.toBe('person');
    expect(kindOf(['Rose Garden events were cancelled on Monday.'], 'Rose Garden')).not.toBe('person');
  });
});

describe('a chamber\'s committee whose subject joins two words with "and" is one name', () => {
  it('keeps "House Oversight and Reform Committee" whole', () => {
    const text = ['In April, the House Varnish and Reform Committee authorized subpoenas.'];
    expect(kindOf(text, 'House Varnish and Reform Committee')).toBe('organization');
    expect(kindOf(text, 'Reform Committee')).toBe('absent');
  });

  it("leaves a chamber's group and a party, or two whole bodies, apart", () => {
    const text = ['Senate Democrats and Republican Party leaders met on Monday.'];
    expect(kindOf(text, 'Senate Democrats and Republican Party')).toBe('absent');
    const two = ['The House Judiciary Committee and Senate Finance Committee met.'];
    expect(kindOf(two, 'House Judiciary Committee')).toBe('organization');
  });
});

describe('a region of the world the gazetteer lacks is a place', () => {
  it('places the Middle East and the Near East', () => {
    const text = ['The airline flies fighters across the Middle East.', 'Tools were found in the Near East.'];
    expect(kindOf(text, 'Middle East')).toBe('place');
    expect(kindOf(text, 'Near East')).toBe('place');
  });

  it('leaves an outlet named after one alone', () => {
    expect(kindOf(['Reporters from Middle East Eye said two died.'], 'Middle East Eye')).not.toBe('place');
  });
});

describe("a place's word opening a name makes it a place", () => {
  it('places "Mount X" and "County X"', () => {
    const text = [
      'Residents near Mount Varnapo were moved.',
      'Warnings covered County Kelmor and County Brask.',
    ];
    expect(kindOf(text, 'Mount Varnapo')).toBe('place');
    expect(kindOf(text, 'County Kelmor')).toBe('place');
  });

  it('leaves a body named after a mountain a body', () => {
    expect(kindOf(['Patients of Mount Varnai Hospital were moved.'], 'Mount Varnai Hospital')).toBe(
      'organization',
    );
  });
});

describe('a tribe named as one is a body, as its government is', () => {
  it('finds "the Northern X Tribe"', () => {
    const text = ['More than 100 members of the Northern Varnaho Tribe turned out to watch.'];
    expect(kindOf(text, 'Northern Varnaho Tribe')).toBe('organization');
  });

  it('leaves the people alone', () => {
    expect(kindOf(['The Varnaho hunted buffalo for centuries.'], 'Varnaho')).not.toBe('organization');
  });
});

describe("another language's word for a body opening a name makes it a body", () => {
  it('finds "Deutsche X" in a list and "Agence X" told things', () => {
    const text = ['German firms including Deutsche Varnbahn, Deutsche Kelmekom, Daimler, and Siemens left.'];
    expect(kindOf(text, 'Deutsche Varnbahn')).toBe('organization');
    expect(kindOf(['A police officer told Agence Varna-Presse that nine died.'], 'Agence Varna-Presse')).toBe(
      'organization',
    );
  });

  it('leaves a personal name with such a word inside it alone', () => {
    expect(kindOf(['Ardo Banco said the plan would fail.'], 'Ardo Banco')).not.toBe('organization');
  });
});

describe('a name after "the" that modifies a noun for a group only a body is, is that body', () => {
  it('finds "the X network"', () => {
    const text = ['The BBC said the suspects were linked to the Varnathi Daulah network, which was banned.'];
    expect(kindOf(text, 'Varnathi Daulah')).toBe('organization');
  });

  it('leaves a cause, an administration and a people alone', () => {
    expect(kindOf(['He backed the Varnexit movement on Monday.'], 'Varnexit')).not.toBe('organization');
    const admin = ['Officials of the Kelmor administration, led by Ardo Kelmor, said so.'];
    expect(kindOf(admin, 'Kelmor')).not.toBe('organization');
    expect(kindOf(['Fighters of the Kurdish militia withdrew.'], 'Kurdish')).not.toBe('organization');
  });
});

describe('an outlet whose verb follows what it cites is cited', () => {
  it('finds "X, citing anonymous sources, reported"', () => {
    const text = ['Varnters, citing anonymous sources, reported that exports had been disrupted.'];
    expect(kindOf(text, 'Varnters')).toBe('organization');
  });

  it('leaves a clause that is not a citation alone', () => {
    const text = ['Kelmor, a town of 5,000 people, reported no damage.'];
    expect(kindOf(text, 'Kelmor')).not.toBe('organization');
  });
});
