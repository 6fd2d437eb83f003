import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s39b (src/extract/entities/ERRORS.md): bodies the sentence types, in made-up text; each fix's positive case
// and a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('coordinated-kind: a list goes on past "the" after a comma, and past one rejected word', () => {
  it('reads ", The X" and ", and the X" as list members', () => {
    const outlets = ['After the tweet, Varnweek, Kelmico, The Brevik Times, and TMZ published stories.'];
    expect(kindOf(outlets, 'Kelmico')).toBe('organization');
    const firms = ['Firms such as Varnco Holdings, Kelmico, and the Brevik Group left the market.'];
    expect(kindOf(firms, 'Kelmico')).toBe('organization');
  });

  it('not "X and the Y" with no comma: a work\'s title', () => {
    const firms = ['Firms such as Varnco Holdings, Kelmico and the Brevik Group left the market.'];
    expect(kindOf(firms, 'Kelmico')).toBe('dropped');
    const works = ['The artist Anna Holm (Ardo Pell, Jemko and the Varnettes) told of her start.'];
    expect(kindOf(works, 'Jemko')).not.toBe('person');
  });

  it('a word the rules rejected among many typed mates does not silence the list', () => {
    const outlets = [
      'After the tweet, Varnweek, Kelmico, The Hill, Brevik Magazine, The Independent, and TMZ published stories.',
    ];
    expect(kindOf(outlets, 'Kelmico')).toBe('organization');
    expect(kindOf(outlets, 'Varnweek')).toBe('organization');
    // One typed mate against one rejected: nothing said.
    expect(kindOf(['Kelmico, The Independent and Varnco Holdings grew.'], 'Kelmico')).not.toBe(
      'organization',
    );
  });
});

describe('paired-body: a name after a body in a pair', () => {
  it('is a body', () => {
    const text = ['Scientists from the University of Varnby and UC Kelmora took part in the study.'];
    expect(kindOf(text, 'UC Kelmora')).toBe('organization');
    expect(entityTrace(text).find((e) => e.subject === 'UC Kelmora')?.rules).toContain('paired-body');
  });

  it('not before the body (a name cut at its "and"), nor after a place or a person', () => {
    expect(kindOf(["Turkey's Brelin and Emergency Management Presidency reported it."], 'Brelin')).toBe(
      'dropped',
    );
    expect(kindOf(['Russia and Kelmora signed a deal on Monday.'], 'Kelmora')).toBe('dropped');
    expect(kindOf(['Talks between Varnia and Kelmora stalled.'], 'Kelmora')).not.toBe('organization');
    // A body's name of common words after "and" is no name of its own ("Officials Committee for Domestic and
    // External Security Coordination").
    expect(
      kindOf(
        ['The Varnco Holdings and External Security Coordination met.'],
        'External Security Coordination',
      ),
    ).not.toBe('organization');
  });
});

describe("body-last-word: a company form of another country closes a firm's name", () => {
  it.each([
    ['He worked for Brevik S.A., which owns the restaurant, for ten years.', 'Brevik S.A.'],
    ['Shares of Varnstal AG fell on Monday.', 'Varnstal AG'],
    ['The deal went to Tolvan Ipari Kft last year.', 'Tolvan Ipari Kft'],
    ['Kelmo GmbH and its rival cut prices.', 'Kelmo GmbH'],
  ])('%s', (text, name) => {
    expect(kindOf([text], name)).toBe('organization');
  });

  it("not a province's code after a town", () => {
    expect(kindOf(['The flights from Edmonton AB resumed.'], 'Edmonton AB')).not.toBe('organization');
  });
});

describe('acronym-body: an acronym used as a common noun is no body', () => {
  it('"the X <noun>": the noun\'s "the", not the acronym\'s', () => {
    const text = ['They collected VRX samples and found the VRX sequences from the birds were close.'];
    expect(kindOf(text, 'VRX')).not.toBe('organization');
    expect(kindOf(['He supports the KLQ community and KLQ rights.'], 'KLQ')).not.toBe('organization');
  });

  it('"X\'s of" and "X\'s," are a plural written with an apostrophe, not a possessive', () => {
    expect(kindOf(["He was offering VRD's of his films and posters."], 'VRD')).not.toBe('organization');
  });

  it('still a body where "the" is its own, before a verb or a body\'s noun, or where it owns something', () => {
    expect(kindOf(['Officials said the VTA banned him on Monday.'], 'VTA')).toBe('organization');
    expect(kindOf(['He joined the RMTX union in 2001, and the RMTX union grew.'], 'RMTX')).toBe(
      'organization',
    );
    expect(kindOf(["The strike was called by the VTA, and the VTA's chief spoke."], 'VTA')).toBe(
      'organization',
    );
  });
});

describe('told-common-words: an outlet of common words that is only told things', () => {
  it('"told Scientific American"-shaped names are bodies', () => {
    expect(kindOf(['"It was a surprise," he told Scientific American.'], 'Scientific American')).toBe(
      'organization',
    );
    expect(kindOf(['"It was a surprise," he told National Geographic.'], 'National Geographic')).toBe(
      'organization',
    );
  });

  it('not a person told, a word the lexicon lacks, nor a name modifying a noun', () => {
    expect(kindOf(['He told John Young the plan.'], 'John Young')).not.toBe('organization');
    expect(kindOf(['"It was a surprise," he told Brevik American.'], 'Brevik American')).not.toBe(
      'organization',
    );
    expect(kindOf(['He told African American voters to turn out.'], 'African American')).not.toBe(
      'organization',
    );
  });
});

describe('runs: "and" joins the remit of a committee "on" a field', () => {
  it('keeps "Committee on Ways and Means" whole', () => {
    const text = ["The Committee on Ways and Means asked for the president's returns."];
    expect(kindOf(text, 'Committee on Ways and Means')).toBe('organization');
    expect(kindOf(text, 'Committee on Ways')).toBe('absent');
  });

  it('not a person or a day after "and"', () => {
    const person = ['The Committee on Ethics and Anna Holm met.'];
    expect(kindOf(person, 'Anna Holm')).toBe('person');
    const days = ['The Committee on Ethics met on Monday and Tuesday.'];
    expect(kindOf(days, 'Committee on Ethics')).toBe('organization');
  });
});

describe("place-first-word: other languages' words for a point, a mound, a spring, and a fort", () => {
  it.each([
    ['Penguins say Punta Varnabo is the largest colony.', 'Punta Varnabo'],
    ['Fighting was reported near Tell Kelmar and the town.', 'Tell Kelmar'],
    ['The army entered Ain Varissa on Sunday.', 'Ain Varissa'],
    ['The base, Fort Kelmby, was closed last year.', 'Fort Kelmby'],
  ])('%s', (text, name) => {
    expect(kindOf([text], name)).toBe('place');
  });

  it("not a body's name opened by one", () => {
    expect(kindOf(['The Fort Kelmby Indian Community sued the state.'], 'Fort Kelmby Indian Community')).toBe(
      'organization',
    );
  });
});

describe("staff-after-name: a body's officer in lower case right after the name", () => {
  it('"X chair Anna Holm", "an X official" make X a body', () => {
    expect(kindOf(['Velmar Red Cross chair Anna Holm said the storm was weaker.'], 'Velmar Red Cross')).toBe(
      'organization',
    );
    expect(kindOf(['Victims included a Kelmar Hezbara official and a driver.'], 'Kelmar Hezbara')).toBe(
      'organization',
    );
  });

  it("not a place's officials, nor an adjective opening the sentence", () => {
    expect(kindOf(['Varnby Parish officials said they were not concerned.'], 'Varnby Parish')).toBe('place');
    expect(
      kindOf(['Previous Varnco pods relied on the arm. Varnco founder Anna Holm spoke.'], 'Previous Varnco'),
    ).not.toBe('organization');
    expect(kindOf(['He was not pressured by any Executive Branch official.'], 'Executive Branch')).not.toBe(
      'organization',
    );
  });
});

describe("merge: a body's first and last words alone are that body", () => {
  it('"Scripps Oceanography" joins "Scripps Institution of Oceanography"', () => {
    const text = [
      'He worked at the Varnby Institution of Oceanography for years.',
      'Varnby Oceanography director Anna Holm said he was a treasure.',
    ];
    const trace = entityTrace(text);
    expect(trace.find((e) => e.subject === 'Varnby Institution of Oceanography')?.outcome).toBe(
      'organization',
    );
    expect(trace.some((e) => e.subject === 'Varnby Oceanography')).toBe(false);
  });

  it('not the ends of a name joined by "and"', () => {
    const text = ['The Varnic and Kelmic Party split.', 'The Varnic Party won; Kelmic Party members left.'];
    expect(kindOf(text, 'Varnic Party')).toBe('organization');
  });
});
