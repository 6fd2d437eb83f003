import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s45a (src/extract/entities/ERRORS.md): people and places of sports, court, local and fire reports, in
// made-up text, typed from the evidence of their mentions; each class's positive cases and a look-alike.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('a match\'s or a court\'s role opening a sentence before a name ("Substitute X", "Defender Lowe")', () => {
  it("is the role, not the name's first word, before a full name", () => {
    const report = [
      'Substitute Marek Halloran restored the lead on the hour.',
      'Halloran, 19, was making only his third appearance.',
    ];
    expect(kindOf(report, 'Marek Halloran')).toBe('person');
    expect(kindOf(report, 'Substitute Marek Halloran')).toBe('absent');
  });

  it('is split off a lone surname, which is a person', () => {
    const report = ['Defender Lowe was sent off in stoppage time.', 'Winger Ferrand hit the post twice.'];
    expect(kindOf(report, 'Lowe')).toBe('person');
    expect(kindOf(report, 'Ferrand')).toBe('person');
  });

  it('a wider word for people stays a name\'s word ("Candidate Questionnaire")', () => {
    const text = ['Candidate Questionnaire answers were published on Monday.'];
    expect(kindOf(text, 'Questionnaire')).not.toBe('person');
  });
});

describe('a lone surname that does what only a player or a defendant does', () => {
  it('"turned in by X", "X was booked", "X\'s header", "X denied the charges": a person', () => {
    const match = [
      'Kelmouth replied through a cross that was turned in by Okafor.',
      "Brightwell's header sealed it in the final minute.",
      'Nothing else was said of them; Okafor was booked for dissent.',
    ];
    expect(kindOf(match, 'Okafor')).toBe('person');
    expect(kindOf(match, 'Brightwell')).toBe('person');
    const court = [
      'The trial heard that 31 fake suppliers were created.',
      'Marlowe denied the charges and Marlowe pleaded not guilty to a second count.',
    ];
    expect(kindOf(court, 'Marlowe')).toBe('person');
  });

  it('what a team does as a player does ("X equalised", "X scored twice") says nothing', () => {
    const match = ['Kelmouth equalised after the break.', 'Then Kelmouth scored twice in ten minutes.'];
    expect(kindOf(match, 'Kelmouth')).not.toBe('person');
  });
});

describe('places a local report names by address, list and rim', () => {
  it('the town after a street in an address ("of Linfield Road, Aldersby,")', () => {
    const court = ['Shona Pryce, 39, of Linfield Road, Aldersby, used cards belonging to her clients.'];
    expect(kindOf(court, 'Aldersby')).toBe('place');
  });

  it('not a speaker after a street ("the closure of Linfield Road, Kelmo said")', () => {
    const text = ['The council approved the closure of Linfield Road, Kelmo said on Monday.'];
    expect(kindOf(text, 'Kelmo')).not.toBe('place');
  });

  it('the later names of a list a preposition of place opens', () => {
    const fire = [
      'The agency advised people in Eastquay, Harbourside and parts of Northfleet to stay inside.',
      'The MP for Saltmere and Eastquay, Fiona Brandt, says residents deserve answers.',
    ];
    expect(kindOf(fire, 'Eastquay')).toBe('place');
    expect(kindOf(fire, 'Harbourside')).toBe('place');
    expect(kindOf(fire, 'Northfleet')).toBe('place');
  });

  it('not a name after a comma that no list\'s "and" follows ("In Varnby, Holm said")', () => {
    const text = ['In Varnby, Holm said the ferry would sail.', 'Holm said it would sail at noon.'];
    expect(kindOf(text, 'Holm')).not.toBe('place');
  });

  it('a name modifying a noun after a determiner says nothing against a place ("its Tarrow plant")', () => {
    const recall = [
      'Testing found bacteria at its plant in Tarrow, the Food Standards Authority said on Thursday.',
      'Norvale employs about 1,100 people at its Tarrow plant.',
    ];
    expect(kindOf(recall, 'Tarrow')).toBe('place');
  });

  it('nor does such a mention after a preposition place the name ("around the Herbig Ae star")', () => {
    const text = ['Few planets are known around the Varnic Ae star, Anna Holm said.'];
    expect(kindOf(text, 'Varnic Ae')).not.toBe('place');
  });

  it('the first names of a list before a plural division ("the X, Y and Z neighborhoods")', () => {
    const budget = [
      'The ordinance limits rentals in the Harbor Flats, Eastgate and Linden Hill neighborhoods.',
    ];
    expect(kindOf(budget, 'Harbor Flats')).toBe('place');
  });

  it('a town that a given name opens, at the rim of which people live ("Harlan Springs, home to …")', () => {
    const fire = [
      'Evacuation warnings were issued for the northern edge of Harlan Springs, home to about 5,200 people.',
    ];
    expect(kindOf(fire, 'Harlan Springs')).toBe('place');
    // (A person's age after the same shape of name keeps it a person.)
    expect(kindOf(['Harlan Springs, 54, said the road was shut.'], 'Harlan Springs')).toBe('person');
  });
});

describe('places a feature and a wire story name in lists and datelines', () => {
  it('the places a plural place noun lists ("the towns of Ardee, Kilcoole and Rathvane")', () => {
    const text = ['Martin Chester said the towns of Ardee, Kilcoole and Rathvane had all lost ferries.'];
    expect(kindOf(text, 'Ardee')).toBe('place');
    expect(kindOf(text, 'Kilcoole')).toBe('place');
    expect(kindOf(text, 'Rathvane')).toBe('place');
  });

  it('an abbreviation after a dateline\'s town is the town\'s, no place of its own ("WASHINGTON, D.C. —")', () => {
    const text = [
      'WASHINGTON, D.C. (AP) — Tomas Kerrigan has crossed the strait every morning for 41 years.',
    ];
    expect(kindOf(text, 'Washington')).toBe('place');
    expect(kindOf(text, 'D.C.')).not.toBe('place');
  });

  it('a town after a person\'s name and "of" does not speak ("Mayor Phil Easton of Tillman said")', () => {
    const text = [
      'Crews rescued 14 people from cars near Tillman.',
      'Residents of Tillman were told to leave.',
      'Mayor Phil Easton of Tillman said the town would open a shelter.',
    ];
    expect(kindOf(text, 'Tillman')).toBe('place');
    expect(kindOf(text, 'Phil Easton')).toBe('person');
  });
});

describe("a list's mate that a place now types", () => {
  it('a plural of a trade\'s word is no place ("and Egyptologists have reported")', () => {
    const text = [
      'Birds were found in catacombs in Varnak and Tuna el-Kelm, and Egyptologists have reported they were offered.',
      'Samples came from sites at Abyrdos, Varnak, and Tuna el-Kelm.',
    ];
    expect(kindOf(text, 'Varnak')).toBe('place');
    expect(kindOf(text, 'Egyptologists')).not.toBe('place');
  });
});

describe('a numbered road ("Highway 49", "Route 9", "Interstate 75")', () => {
  it('is one place with its number', () => {
    const fire = [
      'Evacuation orders now cover Pinecrest east of Highway 49.',
      'Crews closed Route 9 and a stretch of Interstate 75 overnight.',
    ];
    expect(kindOf(fire, 'Highway 49')).toBe('place');
    expect(kindOf(fire, 'Route 9')).toBe('place');
    expect(kindOf(fire, 'Interstate 75')).toBe('place');
  });

  it('a number after any other word joins no name ("Flight 49")', () => {
    expect(kindOf(['Flight 49 landed at Kelby at noon.'], 'Flight 49')).toBe('absent');
  });
});

describe('a people\'s noun after "the" that is also a given name ("the Scot said")', () => {
  it('is no person, where the same word as a name speaking still is', () => {
    const noun = [
      'Callum Reid scored twice for the visitors at Kelmouth.',
      '“We showed character,” the Scot said after the match.',
    ];
    expect(kindOf(noun, 'Scot')).not.toBe('person');
    expect(kindOf(noun, 'Callum Reid')).toBe('person');
    const name = ['“We showed character,” Scot said after the match.'];
    expect(kindOf(name, 'Scot')).toBe('person');
  });
});
