import {describe, expect, it} from 'vitest';
import {namesOf, runEntities} from '../helpers/entities.js';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s46b (src/extract/entities/ERRORS.md): people and places of news brief has never seen, in made-up text
// (invented names), typed from the evidence of all their mentions; each class's positive cases and a look-alike.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('a country known only by what it owns or neighbours', () => {
  it('"X\'s Ministry of Transport", "X\'s crown prince", "X\'s minister of economy": a state', () => {
    const pact = [
      'The railway was agreed on Wednesday after long talks.',
      "The deal was signed by Varnistan's Ministry of Transport on Monday.",
      'Under the agreement, Varnistan will pay 60% of the cost.',
    ];
    expect(kindOf(pact, 'Varnistan')).toBe('place');
    const prince = [
      "The deal was signed in the presence of Kelbaria's crown prince, and Kelbaria will pay 40%.",
    ];
    expect(kindOf(prince, 'Kelbaria')).toBe('place');
    const economy = ["Talks went on. Ostrelia's minister of economy, Rami Selou, said Ostrelia would pay."];
    expect(kindOf(economy, 'Ostrelia')).toBe('place');
  });

  it('"and neighbouring X": a place', () => {
    const pact = [
      'Varnistan and neighbouring Kelbaria signed a rail pact.',
      'Kelbaria will pay 40% of the cost.',
    ];
    expect(kindOf(pact, 'Kelbaria')).toBe('place');
  });

  it("a leader's cabinet is no state's (\"X's finance minister\"), nor a firm's capital spending", () => {
    const cabinet = ["Talks went on. Velk's finance minister resigned, and Velk said little."];
    expect(kindOf(cabinet, 'Velk')).not.toBe('place');
    const firm = ["Markets were calm. Kelmora's capital spending rose, and Kelmora said so."];
    expect(kindOf(firm, 'Kelmora')).not.toBe('place');
  });
});

describe('a capital named in apposition ("the provincial capital, X")', () => {
  it("is a place, even where the sentence opened with a person's noun", () => {
    const letter = [
      'The governor asked for a station in the provincial capital, Bir Tarifa, which the plans leave out.',
    ];
    expect(kindOf(letter, 'Bir Tarifa')).toBe('place');
    const line = ['The line links the port to the Kelbari capital, Umm Safra, in a big project.'];
    expect(kindOf(line, 'Umm Safra')).toBe('place');
  });

  it("a person's apposition before an age stays the person's", () => {
    const text = ['In the capital, Ardo Pell, 45, was hurt.'];
    expect(kindOf(text, 'Ardo Pell')).toBe('person');
  });
});

describe('a wire dateline with a date and a credit', () => {
  it('"AL-KASRA, April 22 (Gulf Wire) —": the town', () => {
    const wire = [
      'AL-KASRA, April 22 (Gulf Wire) — The two states signed an agreement on Wednesday.',
      'The deal was signed in Al-Kasra by the ministers.',
    ];
    expect(kindOf(wire, 'Al-Kasra')).toBe('place');
  });

  it('"KELBY (CR) —": the credit is the agency, not the country whose code it spells', () => {
    const wire = ['KELBY (CR) — The Senate voted 54-45 on Thursday to pass the bill.'];
    expect(kindOf(wire, 'CR')).not.toBe('place');
    const inText = ['Fighting went on. The team flew to CR on Monday.'];
    expect(kindOf(inText, 'CR')).toBe('place');
  });
});

describe('villages a list and a preposition place, whose first word is no given name', () => {
  it('"villages, including X, Y and Z", "outside X", "the mayor of Y": places, not people', () => {
    const flood = [
      'Floods have cut off several villages, including Los Arrecifes, San Telmo and La Quebrada, officials said.',
      'Residents of Los Arrecifes were moved to a school. The mayor of San Telmo, Ana Ribeiro, said the water rose.',
      'A farmer who keeps cattle outside La Quebrada said he had moved his animals.',
    ];
    expect(kindOf(flood, 'Los Arrecifes')).toBe('place');
    expect(kindOf(flood, 'San Telmo')).toBe('place');
    expect(kindOf(flood, 'La Quebrada')).toBe('place');
    expect(kindOf(flood, 'Ana Ribeiro')).toBe('person');
  });

  it('a name a given name opens, or one that speaks, stays a person ("a letter from Ana Ribeiro")', () => {
    const text = ['Fighting went on. A letter from Ana Ribeiro reached the mayor on Monday.'];
    expect(kindOf(text, 'Ana Ribeiro')).toBe('person');
    const speaks = ['The fund was set up in Los Arrecifes. Tomas Virk said it was needed, Oduya Kembe said.'];
    expect(kindOf(speaks, 'Oduya Kembe')).toBe('person');
  });

  it('an employer after a person\'s noun and "at" is no place ("an analyst at Bellwood Securities")', () => {
    const text = ['"The growth is real," said Priya Natarajan, an analyst at Kelmor Securities, in Kelby.'];
    expect(kindOf(text, 'Kelmor Securities')).not.toBe('place');
  });

  it('a journal after "published in" is no place', () => {
    const text = [
      'The study was published in Varnic Letters on Monday, and Varnic Letters said so in Kelby.',
    ];
    expect(kindOf(text, 'Varnic Letters')).not.toBe('place');
  });
});

describe('a nickname in quotation marks inside a name', () => {
  const people = (paragraphs: string[]): string[] =>
    entityTrace(paragraphs)
      .filter((e) => e.outcome === 'person')
      .map((e) => e.subject);

  it('makes one person of the name around it, not its given name alone', () => {
    const story = [
      'Sergeant Tavita "Tav" Moananu was honoured on Friday at a ceremony in Kelmouth.',
      'Moananu served for thirty years.',
    ];
    expect(people(story)).toContain('Tavita Moananu');
    expect(people(story)).not.toContain('Tavita');
  });

  it('keeps a double surname after the nickname whole', () => {
    const farm = [
      'Farmers said it was too early to know the damage.',
      'Jesús "Chuy" Ramírez Soto, who grows wheat near the river, said he had moved his animals.',
      '"The river is our life here," Ramírez said.',
    ];
    expect(people(farm)).toContain('Jesús Ramírez Soto');
    expect(people(farm)).not.toContain('Ramírez Soto');
  });

  it('joins the nickname form the text uses later to the same person', () => {
    const story = [
      'Police sergeant Matiu "Matt" Kerehoma was shot on Friday.',
      'Tributes were paid to Matt Kerehoma by his colleagues, and Kerehoma was praised.',
    ];
    const kept = entityTrace(story).filter((e) => e.outcome === 'person' && /Matiu|Kerehoma/.test(e.subject));
    expect(kept).toHaveLength(1);
  });

  it('a quoted title between a function word and a name is no nickname', () => {
    const text = ['Fighting went on. In "Tidewater" Anna Holm plays a sailor, Holm said.'];
    expect(people(text)).not.toContain('In Anna Holm');
  });
});

describe('a Singapore-style honorific and an office written before a name given surname first', () => {
  const people = (paragraphs: string[]): string[] =>
    entityTrace(paragraphs)
      .filter((e) => e.outcome === 'person')
      .map((e) => e.subject);

  it('"Madam X" is a title, not the name\'s first word', () => {
    const text = ['Madam Lim Siew Hoon, 72, a resident, welcomed the news on Monday.'];
    expect(people(text)).toContain('Lim Siew Hoon');
    expect(people(text)).not.toContain('Madam Lim Siew Hoon');
  });

  it('"Minister of State for Health Tan Mei Ling": the surname after the portfolio opens the name', () => {
    const text = [
      'Minister of State for Health Tan Mei Ling said on Monday that three new clinics would open next year.',
      'Madam Tan said the clinics would serve the eastern towns.',
    ];
    expect(people(text)).toContain('Tan Mei Ling');
    expect(people(text)).not.toContain('Mei Ling');
  });

  it('a given name right after the portfolio, or a second word of it, stays out ("… for Health Care Anna Holm")', () => {
    const text = ['Fighting went on. Minister of State for Health Anna Holm met the envoy on Monday.'];
    expect(people(text)).toContain('Anna Holm');
    const care = ['Fighting went on. Minister of State for Health Care Anna Holm met the envoy on Monday.'];
    expect(people(care)).not.toContain('Care Anna Holm');
  });
});

describe('where a flight goes', () => {
  it('"diverted to X", "flown on to X", "from X to Y": places', () => {
    const flight = [
      'A Northway Air jet diverted to Fennby on Tuesday when its cabin lost pressure.',
      'Flight 418 from Aldmere to Port Castel was cruising at 37,000 feet.',
      'Its passengers were flown on to Port Castel on Tuesday evening.',
      'The jet landed safely at Fennby International Airport.',
    ];
    expect(kindOf(flight, 'Fennby')).toBe('place');
    expect(kindOf(flight, 'Port Castel')).toBe('place');
  });
});

describe('a birth name, a ring name or a stage name is another name of one person', () => {
  const people = (paragraphs: string[]): string[][] => namesOf(paragraphs, 'people');

  it('"X was born Y", "X, born Y,": one person', () => {
    const story = [
      'Drummer Ginger Varlow died on Sunday.',
      'Ginger Varlow was born Peter Edward Varlow in Kelby in 1939.',
    ];
    expect(people(story)).toEqual([['Drummer Ginger Varlow', 'Ginger Varlow', 'Peter Edward Varlow']]);
    const singer = ['The singer Marten Vos, born Anders Hendrik Kolm, died on Tuesday, his family said.'];
    expect(people(singer)).toHaveLength(1);
  });

  it('"under the ring name Y" and another ring name later: one person', () => {
    const story = [
      'Wrestler Tomas Hurbek, who fought under the ring name Lukas Harrow and later under the ring name Brody Venn, died.',
      'As Lukas Harrow, Hurbek won two titles. Brody Venn said little in the ring.',
    ];
    expect(people(story)).toHaveLength(1);
  });

  it('is shown by the name the story gives, the birth or ring names its aliases', () => {
    const shown = (paragraphs: string[]) => runEntities(paragraphs).people.map((p) => p.name);
    expect(
      shown(['Ginger Varlow was born Peter Edward Varlow in Kelby in 1939. Varlow moved to Orsk.']),
    ).toEqual(['Ginger Varlow']);
    const ring = [
      'Wrestler Tomas Hurbek, who fought under the ring name Lukas Harrow and later under the ring name Brody Venn, died.',
      'Hurbek won two titles. Hurbek retired in 2019.',
    ];
    expect(shown(ring)).toEqual(['Tomas Hurbek']);
  });

  it('two people named in one sentence without "born" or a ring name stay two', () => {
    const story = ['Anna Varlow played with Peter Edward Holm in Kelby in 1966, Holm said.'];
    expect(people(story)).toHaveLength(2);
  });
});

describe('a name placed only after "the", ending in a plural', () => {
  it('is an event\'s, not a place ("participated in the Chess Olympiads")', () => {
    const chess = [
      'Have you participated in the Chess Olympiads? And are you looking forward to it?',
      'I am looking forward to participating in them.',
    ];
    expect(kindOf(chess, 'Chess Olympiads')).not.toBe('place');
    // (A place's word ending it still places it.)
    expect(kindOf(['She lives outside Los Pinos and works in the Kessel Islands.'], 'Kessel Islands')).toBe(
      'place',
    );
  });
});

describe('a town whose name ends in "s"', () => {
  it('is placed by a place\'s relation ("Residents of Greystead and Sevenholms")', () => {
    const flood = [
      'Flood warnings were issued on Monday for the coast.',
      'Residents of Greystead and Sevenholms were told to stay at home, and the mayor of Sevenholms agreed.',
    ];
    expect(kindOf(flood, 'Sevenholms')).toBe('place');
  });

  it('not by a bare preposition before a plural ("in Olympiads")', () => {
    const text = ['Fighting went on. She had to represent Varnia in Olympiads, she said.'];
    expect(kindOf(text, 'Olympiads')).not.toBe('place');
  });
});
