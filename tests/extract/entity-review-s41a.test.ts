import {describe, expect, it} from 'vitest';
import {namesOf, peopleOf, runEntities} from '../helpers/entities.js';
import {entityTrace} from '../helpers/explain-entities.js';
import {pronounAfter} from '../../src/extract/entities/context-words.js';
import type {Token} from '../../src/extract/entities/tokens.js';
import {isTitle} from '../../src/extract/entities/words.js';

// Round s41a (src/extract/entities/ERRORS.md): kind errors left by s40b, in made-up text; each fix's positive case
// and a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('a full name between "the" and the noun it modifies', () => {
  it('is a person: the "the" is the noun\'s ("the Tomas Virkholm quote that …")', () => {
    const text = [
      'Hall cited the Tomas Virkholm quote that every artist has a thousand bad drawings in them.',
    ];
    expect(peopleOf(text)).toContain('Tomas Virkholm');
  });

  it('leaves a name before two nouns, and a thing\'s word after it ("the Anna Holmvik oil field")', () => {
    expect(
      kindOf(['Crews were stranded after a visit to the Anna Holmvik oil field.'], 'Anna Holmvik'),
    ).not.toBe('person');
    expect(kindOf(['Astronomers await the Tomas Virkholm telescope.'], 'Tomas Virkholm')).not.toBe('person');
  });
});

describe('a trade noun of firms and people before one unknown word', () => {
  it('makes a firm of "the Varnian gas producer Kelmergy"', () => {
    const text = ['The Varnian gas producer Kelmergy signed a letter of intent on Tuesday.'];
    expect(kindOf(text, 'Kelmergy')).toBe('organization');
    expect(peopleOf(text)).toEqual([]);
  });

  it('leaves a full name, and a noun with no traded thing before it, to the person', () => {
    expect(
      kindOf(['The album was made with record producer Tomas Virkholm in Varnby.'], 'Tomas Virkholm'),
    ).toBe('person');
    expect(kindOf(['The film was made by executive producer Kelmark, who won.'], 'Kelmark')).not.toBe(
      'organization',
    );
  });
});

describe('a person noun before a name that modifies a noun the lexicon lacks', () => {
  it('gives no role: "an official Varnix version." is a version, not an official', () => {
    const text = ['There are forks on phones, even though we do publish an official Varnix version.'];
    expect(peopleOf(text)).toEqual([]);
  });

  it('leaves a role before a name that a verb or a known noun follows', () => {
    expect(kindOf(['The order was signed by an official Kelmark yesterday.'], 'Kelmark')).toBe('person');
    expect(peopleOf(['Police spokesman Tomas Virkholm confirmed the arrest.'])).toContain(
      'Tomas Virkholm · spokesman',
    );
  });
});

describe('"Caucus" a body\'s last word', () => {
  it('makes a body of a group of lawmakers ("the Varnish Freedom Caucus")', () => {
    expect(kindOf(['She chaired the Varnish Freedom Caucus for two years.'], 'Varnish Freedom Caucus')).toBe(
      'organization',
    );
  });

  it('leaves the vote held in a place ("the Iowa Caucus", "the New Hampshire Primary")', () => {
    expect(kindOf(['Kelmark narrowly won the Iowa Caucus on Monday.'], 'Iowa Caucus')).not.toBe(
      'organization',
    );
    expect(kindOf(['Kelmark won the New Hampshire Primary easily.'], 'New Hampshire Primary')).not.toBe(
      'organization',
    );
  });
});

describe('a pronoun after a reported clause with a subject of its own', () => {
  it('is that subject\'s, not the source\'s ("The Varnby Sun reported Kelmark had been sick; his …")', () => {
    const text = [
      'The Varnby Sun reported Kelmark had been sick and was missing from the chamber; his last vote was in May. In a statement, Anna Kelmark, his wife, said he "worked until his last breath".',
    ];
    expect(kindOf(text, 'Varnby Sun')).toBe('organization');
  });

  it('leaves the pronoun to a name no other subject follows', () => {
    const reported = 'Ardo Pell reported that the road was shut; he said it would stay so.';
    expect(pronounAfter(reported, '', 'Ardo Pell'.length)).toBe('he');
    const other = 'The Varnby Sun reported that Kelmark had been sick; his last vote was in May.';
    expect(pronounAfter(other, '', 'The Varnby Sun'.length)).toBeUndefined();
  });
});

describe('an apposition "the <body noun> of <place>, the X,"', () => {
  it('makes a body of X ("the legislature of Varnia, the Kelmar Yuan, voted")', () => {
    const text = ['On Friday the legislature of Varnia, the Kelmar Yuan, voted 66 to 27 to pass the bill.'];
    expect(kindOf(text, 'Kelmar Yuan')).toBe('organization');
  });

  it('leaves a region after a town ("an agency in Varnby, Ontario") and a person noun\'s apposition', () => {
    expect(kindOf(['She works for an agency in Varnby, Ontario, since May.'], 'Ontario')).not.toBe(
      'organization',
    );
    expect(kindOf(['The mayor of Varnby, the Kelmar Yuan, resigned.'], 'Kelmar Yuan')).not.toBe(
      'organization',
    );
  });
});

describe('"the ruling" or "the opposition" before a name', () => {
  it('makes a body of it ("the ruling Democratic Rally in Varnia hailed …")', () => {
    const text = ['In Varnia, the ruling Democratic Rally in Varnia hailed the pipeline as an advance.'];
    expect(kindOf(text, 'Democratic Rally')).toBe('organization');
    expect(kindOf(['The bill was blocked by the main opposition Kelmar Union.'], 'Kelmar Union')).toBe(
      'organization',
    );
  });

  it('leaves a court\'s ruling before a person ("a ruling Tomas Virkholm wrote")', () => {
    expect(kindOf(['In a ruling Tomas Virkholm wrote, the court agreed.'], 'Tomas Virkholm')).toBe('person');
  });
});

describe("an ordinal before a unit's name", () => {
  it('is part of the name ("the 3rd Varnian Fleet Command said")', () => {
    const text = [
      '"We will keep searching," 3rd Varnian Fleet Command\'s information office said on Monday.',
    ];
    expect(kindOf(text, '3rd Varnian Fleet Command')).toBe('organization');
  });

  it('leaves a legislature\'s term out of its name ("the 116th Varnian Congress")', () => {
    const text = ['The bill died with the 116th Varnian Congress in January.'];
    expect(kindOf(text, '116th Varnian Congress')).toBe('absent');
  });
});

describe('a name with its own capitalised "The" mid-sentence', () => {
  it('is a body after a body\'s noun, or a person\'s noun or name and "for"/"of"', () => {
    expect(
      kindOf(
        ['In a 2006 interview with magazine The Varnish Bark, Kelm said she was happy.'],
        'Varnish Bark',
      ),
    ).toBe('organization');
    expect(kindOf(['She was spokesperson for The Kelmar Greens until 2019.'], 'Kelmar Greens')).toBe(
      'organization',
    );
    expect(kindOf(['Tomas Virkholm of The Rolling Varnstones also reacted.'], 'Rolling Varnstones')).toBe(
      'organization',
    );
  });

  it('leaves a work after other words, and a place with its "The"', () => {
    expect(kindOf(['He later titled his memoir The Master of Varnguise.'], 'Master of Varnguise')).not.toBe(
      'organization',
    );
    expect(kindOf(['Anna Holm of The Gambia said the vote would go ahead.'], 'Gambia')).toBe('place');
  });
});

describe("a land's kind in lower case after a name", () => {
  it('makes a place of a firm\'s name used for a forest ("the Amazon rainforest")', () => {
    const text = [
      'Fires are destroying the Amazon rainforest.',
      'About a million people live in the Amazon rainforest.',
    ];
    expect(kindOf(text, 'Amazon')).toBe('place');
  });

  it('leaves the firm where no land follows it', () => {
    expect(kindOf(['Amazon said it would hire 1,000 drivers in Varnby.'], 'Amazon')).toBe('organization');
  });
});

describe('a letter ending a name with a body word inside', () => {
  it('labels a class, no body ("our Group D staff are so talented")', () => {
    const text = ['We found that even our Group D staff are so talented, some of them.'];
    expect(kindOf(text, 'Group D')).not.toBe('organization');
  });

  it('leaves a body word with no letter last ("the Kelmar Group")', () => {
    expect(kindOf(['The staff of the Kelmar Group said the plant would close.'], 'Kelmar Group')).toBe(
      'organization',
    );
  });
});

describe('a long title misspelt by one letter', () => {
  it('is still a title before the name ("Represenative Anna Holmvik")', () => {
    const text = [
      'The chair of the committee, Represenative Anna Holmvik, questioned the plan. Holmvik called it "a non-starter".',
    ];
    expect(kindOf(text, 'Anna Holmvik')).toBe('person');
  });

  it('leaves a word two letters from a title, and a known word one letter from it', () => {
    expect(isTitle({text: 'Represntatve', start: 0, end: 12, cap: true} as Token)).toBe(false);
    expect(isTitle({text: 'Representative', start: 0, end: 14, cap: true} as Token)).toBe(true);
  });
});

describe('"collaborated with" a meeting of people', () => {
  it('makes a person of a two-word name of unknown words ("collaborated with Kelo Varuti")', () => {
    const text = ['In Lagos he set up a studio, collaborated with Kelo Varuti and toured for a year.'];
    expect(kindOf(text, 'Kelo Varuti')).toBe('person');
  });

  it('leaves a name a body\'s word ends ("collaborated with Varnish Marine Labs")', () => {
    expect(
      kindOf(['The team collaborated with Varnish Marine Labs on the study.'], 'Varnish Marine Labs'),
    ).not.toBe('person');
  });
});

describe('a body\'s name that holds "of"/"for" goes on past a second "of"', () => {
  it('keeps the whole name ("the Varnian League for the Defence of Human Rights")', () => {
    const text = [
      'The president of the Varnian League for the Defence of Human Rights, Anna Holm, said the law was unjust.',
    ];
    expect(runEntities(text).organizations.map((o) => o.name)).toContain(
      'Varnian League for the Defence of Human Rights',
    );
    expect(
      runEntities(['He helps run the Council of Ex-Varnists of Kelmland.']).organizations.map((o) => o.name),
    ).toContain('Council of Ex-Varnists of Kelmland');
  });

  it('leaves a person\'s name after the second "of" out of the body', () => {
    const text = ['She met the Council of Elders of Tomas Virkholm in May.'];
    expect(
      runEntities(text)
        .organizations.map((o) => o.name)
        .join(),
    ).not.toContain('Tomas');
  });
});

describe("a body's name before its field, named alone later", () => {
  it('is one body ("Kelmar Institute for Evolutionary Studies", then "the Kelmar Institute")', () => {
    const text = [
      'She is a researcher at the Kelmar Institute for Evolutionary Studies in Varnby.',
      'Several of the authors are also affiliated with the Kelmar Institute.',
    ];
    expect(namesOf(text, 'organizations')).toEqual([
      ['Kelmar Institute', 'Kelmar Institute for Evolutionary Studies'],
    ]);
  });

  it('leaves a party of a place apart from the party ("Varnish Party of Idaho", "Varnish Party")', () => {
    const text = [
      'The Varnish Party of Idaho nominated Anna Holm on Tuesday.',
      'The Varnish Party held its national convention in May.',
    ];
    expect(namesOf(text, 'organizations')).toHaveLength(2);
  });
});
