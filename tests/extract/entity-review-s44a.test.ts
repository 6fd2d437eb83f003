import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s44a (src/extract/entities/ERRORS.md): places and organizations in news styles brief was not tuned on, in
// made-up text; each class's positive cases and a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('a hyphenated town with a lower-case particle inside ("-sur-", "-des-", "-upon-")', () => {
  it('is a place after a preposition of place, and by its shape alone', () => {
    const march = [
      'Several thousand people marched on Saturday in Saint-Julien-des-Prés, in central France, against the plan.',
      'Mothers will be sent to the hospital in Beaulieu-sur-Orne, 60 kilometres away.',
      'Marchers came from Villers-lès-Arbonne as well.',
    ];
    expect(kindOf(march, 'Saint-Julien-des-Prés')).toBe('place');
    expect(kindOf(march, 'Beaulieu-sur-Orne')).toBe('place');
    expect(kindOf(march, 'Villers-lès-Arbonne')).toBe('place');
    expect(
      kindOf(
        ['Kelby-upon-Varne said the ferry would sail.', 'It sailed from Kelby-upon-Varne.'],
        'Kelby-upon-Varne',
      ),
    ).toBe('place');
  });

  it('not an Arabic article inside a surname ("Abd-al-Varim"), nor a hyphenated given name', () => {
    const text = ['Abd-al-Varim said the talks had failed.', 'Jean-Varc Dumoulin said he would stay.'];
    expect(kindOf(text, 'Abd-al-Varim')).not.toBe('place');
    expect(kindOf(text, 'Jean-Varc Dumoulin')).toBe('person');
  });
});

describe('a headland: "Head" after a name where no one follows', () => {
  it('ends a place\'s name ("lived at Varrow Head")', () => {
    const story = [
      'Mara Quill has lived at Varrow Head for 30 years.',
      'The lighthouse at Varrow Head was built in 1850.',
    ];
    expect(kindOf(story, 'Varrow Head')).toBe('place');
  });

  it('stays a title before a name ("Head Coach Tom Varn")', () => {
    const text = ['Kelby Rovers Head Coach Tom Varn said the side was tired.'];
    expect(kindOf(text, 'Tom Varn')).toBe('person');
  });
});

describe('a party named as a plural ("the Greens") by the seats it takes', () => {
  it('"The Greens took 8.1% and six seats" is a party', () => {
    const result = [
      'The Centre Party won the most seats in the election to the Kelmoor regional assembly.',
      'The Greens took 8.1% and six seats, while the Varna Union fell to three seats.',
    ];
    expect(kindOf(result, 'Greens')).toBe('organization');
  });

  it('a place that took seats stays a place ("Varnia took three seats on the council")', () => {
    const text = [
      'Delegates from Varnia took three seats on the council in Kelmore.',
      'Varnia is a province of Kelm.',
    ];
    expect(kindOf(text, 'Varnia')).not.toBe('organization');
  });
});

describe('an adjective opening a sentence before "MP" ("Local MP")', () => {
  it('is no party when the article never writes it capitalised mid-sentence', () => {
    const text = [
      'Local MP Tom Varn said he had written to the minister.',
      'Farmers met in Kelmore on Monday.',
    ];
    expect(kindOf(text, 'Local')).not.toBe('organization');
  });

  it('a party word before "MP" mid-sentence still names the party ("said Varna Party MP")', () => {
    const text = ['The plan was backed by Varna Party MP Anna Holm.'];
    expect(kindOf(text, 'Varna Party')).toBe('organization');
  });
});

describe("a body's officer after its name, and a noun for a body before it", () => {
  it('"Varnet Water managing director Ana Holt" makes Varnet Water a body', () => {
    const text = ['Varnet Water managing director Ana Holt said the corporation would appeal.'];
    expect(kindOf(text, 'Varnet Water')).toBe('organization');
  });

  it('"according to industry body Kelmark Growers" makes it a body', () => {
    const text = ['Dairy farms fell to 640, according to industry body Kelmark Growers.'];
    expect(kindOf(text, 'Kelmark Growers')).toBe('organization');
  });
});

describe('a title\'s field before a person ("Police Chief Renata Voight")', () => {
  it('is no body of its own, nor is the word opening a story after its dateline ("KELBY — Police arrested")', () => {
    const text = [
      'KELBY — Police arrested a man on Saturday, the Kelby Police Department said.',
      '"This was not a random act," Police Chief Ada Brenn said at a news conference.',
    ];
    expect(kindOf(text, 'Police')).not.toBe('organization');
  });

  it('"Police" that acts mid-sentence stays a body ("said Police on Monday")', () => {
    const text = ['The road was closed, Police said on Monday.'];
    expect(kindOf(text, 'Police')).toBe('organization');
  });
});

describe('a given name alone, told things, of a person the article names in full', () => {
  it('is that person, not an outlet', () => {
    const text = [
      'Her son, Callum Varrow, a marine engineer in Kelby, visits every other month.',
      "\"I've told Callum that when it's time, he's to find me a place,\" she said.",
    ];
    expect(kindOf(text, 'Callum')).not.toBe('organization');
  });

  it('an unknown word told things, that opens no one\'s name, is still an outlet ("told Velmark")', () => {
    const text = ['One activist told Velmark the fire was arson.'];
    expect(kindOf(text, 'Velmark')).toBe('organization');
  });
});

describe('a name before the tier of its own government ("the Kelmoor regional assembly")', () => {
  it('is the place governed', () => {
    const text = [
      'The Centre Party won the most seats in the election to the Kelmoor regional assembly on Sunday.',
    ];
    expect(kindOf(text, 'Kelmoor')).toBe('place');
  });

  it('not before a firm\'s regional office ("Varnco regional manager")', () => {
    const text = ['Varnco regional manager Ana Holt said the plant would close.'];
    expect(kindOf(text, 'Varnco')).not.toBe('place');
  });
});

describe('a town placed by its people, its streets or a journey to it', () => {
  it('"Residents of Harrowby", "the streets of Harrowby", "drive to Ashwell" make places', () => {
    const flood = [
      'Residents of Harrowby say the flooding was the worst in living memory.',
      'Water rose through the streets of Harrowby overnight.',
      '"We\'ll have to drive to Ashwell," said Kay Birch, 61.',
    ];
    expect(kindOf(flood, 'Harrowby')).toBe('place');
    expect(kindOf(flood, 'Ashwell')).toBe('place');
  });

  it('not a firm one moves to ("she moved to Velgrove in 2019")', () => {
    const text = ['Dana Orme worked at a bank before she moved to Velgrove in 2019.'];
    expect(kindOf(text, 'Velgrove')).not.toBe('place');
  });
});

describe('what only a company has', () => {
  it('"Shares in Velgrove fell", "Velgrove\'s chief executive" make a company', () => {
    const text = [
      'Shares in Velgrove fell 12% on Monday after the company cut its forecast.',
      "Velgrove's chief executive, Dana Orme, is due to meet investors next week.",
    ];
    expect(kindOf(text, 'Velgrove')).toBe('organization');
  });

  it('not a person\'s possessions ("Dana Orme\'s shares")', () => {
    const text = ["Dana Orme's shares were sold in May, she said."];
    expect(kindOf(text, 'Dana Orme')).toBe('person');
  });
});

describe("upland, water and shore words end a place's name", () => {
  it('"Cauldron Fell", "Kessock Sound", "Marrow Cove"', () => {
    const text = [
      'The path along Marrow Cove would stay shut. Walkers on Cauldron Fell were warned of ice.',
      'The ferry across Kessock Sound was cancelled.',
    ];
    expect(kindOf(text, 'Marrow Cove')).toBe('place');
    expect(kindOf(text, 'Cauldron Fell')).toBe('place');
    expect(kindOf(text, 'Kessock Sound')).toBe('place');
  });

  it('a person whose surname is such a word stays a person ("Norman Fell said")', () => {
    const text = ['Norman Fell said the raid had worked, and he thanked his men.'];
    expect(kindOf(text, 'Norman Fell')).toBe('person');
  });
});

describe('an unknown word placed by most of its mentions, not all', () => {
  it('"Residents of Harrowby … the streets of Harrowby … between Harrowby and Cressley": a place', () => {
    const flood = [
      'Residents of Harrowby say the flooding was the worst in living memory.',
      'Water rose through the streets of Harrowby overnight, and the road between Harrowby and Cressley was shut.',
    ];
    expect(kindOf(flood, 'Harrowby')).toBe('place');
  });

  it('one placed mention against one that is not says nothing ("in Varnel" and "Varnel wrote")', () => {
    const text = ['The talks were held in Varnel.', 'Later that week, as Varnel wrote, the talks failed.'];
    expect(kindOf(text, 'Varnel')).not.toBe('place');
  });
});

describe('a constellation is no place on Earth', () => {
  it('"in the Varnessa constellation" is not reported as a place', () => {
    const text = [
      'Astronomers found a black hole in the Varnessa constellation.',
      'Varnessa is seen from the south.',
    ];
    expect(kindOf(text, 'Varnessa')).not.toBe('place');
  });
});

describe('a name after a party in a pair, each with its own "the" ("the Centre Party and the Greens")', () => {
  it('is a body too', () => {
    const text = [
      'The Centre Party led the count on Sunday.',
      'A coalition of the Centre Party and the Greens would hold 35 seats.',
    ];
    expect(kindOf(text, 'Greens')).toBe('organization');
  });

  it('not the second of a work\'s title, one "the" only ("Varna Records and the Misfits")', () => {
    const text = ['She sang in Varna Records and the Misfits as a girl.'];
    expect(kindOf(text, 'Misfits')).not.toBe('organization');
  });

  it('not a common word after a place ("the Varnel Valley and the Uplands")', () => {
    const text = ['Rain fell on the Varnel Valley and the Uplands overnight.'];
    expect(kindOf(text, 'Uplands')).not.toBe('organization');
  });
});

describe('a body\'s word after that body in a "the … and the …" pair', () => {
  it('is no second body ("the Varnix Governing Board and the Board had voted")', () => {
    const text = ['Kelm took the decision to the Varnix Governing Board and the Board had voted by May.'];
    expect(kindOf(text, 'Board')).not.toBe('organization');
  });
});

describe('a county\'s "-shire", and a town\'s own council in lower case', () => {
  it('"KELBY, Varnshire (Reuters)" and "Tarnside council has offered the site"', () => {
    const text = [
      'KELBY, Varnshire (Reuters) - Brackmoor Holdings agreed to buy a rival, the company said on Monday.',
      'The festival will be held near Tarnside next year, and Tarnside council has offered the riverside site.',
    ];
    expect(kindOf(text, 'Varnshire')).toBe('place');
    expect(kindOf(text, 'Tarnside')).toBe('place');
  });

  it('not a party\'s council ("the Labour council")', () => {
    const text = ['The Labour council said the Labour Party would fight the cuts.'];
    expect(kindOf(text, 'Labour')).not.toBe('place');
  });
});
