import {describe, expect, it} from 'vitest';
import {peopleOf, runEntities} from '../helpers/entities.js';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s40b (src/extract/entities/ERRORS.md): an opening word or a title word taken into a name, in made-up text;
// each fix's positive case and a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('a verb opening the sentence is no title of the name after it', () => {
  it('keeps the person of "Born X in …", without "Born" as a role', () => {
    const text = ["Born Anna Holm in Varna on June 3, 1941, she took her stepfather's name as a child."];
    expect(peopleOf(text)).toContain('Anna Holm');
    expect(peopleOf(text).join()).not.toContain('Born');
  });

  it('leaves a person noun opening the sentence as the role it is', () => {
    expect(peopleOf(['Scientist Rebecca Varnholm said the samples were clean.'])).toContain(
      'Rebecca Varnholm · Scientist',
    );
  });
});

describe('a number word opening the sentence counts the noun after the name', () => {
  it('is no part of the body\'s name ("Four Navy ships")', () => {
    const text = ['Four Navy ships are searching the bay.', 'The Navy said the search would go on.'];
    expect(kindOf(text, 'Four Navy')).toBe('absent');
    expect(runEntities(text).organizations.map((o) => o.name)).not.toContain('Four Navy');
  });

  it('leaves "One" opening a name, and a number word with no plural noun after the name', () => {
    expect(kindOf(['One Nation candidates won three seats in Varnby.'], 'One Nation')).not.toBe('absent');
    expect(
      kindOf(['Three Rivers Council voted on Monday to close the bridge.'], 'Three Rivers Council'),
    ).not.toBe('absent');
  });
});

describe("a title word inside a thing's name before one last word", () => {
  it('a portfolio word is no office alone ("… Public Health Infobase")', () => {
    const text = ['Deaths rose, according to the Canadian Public Health Infobase.'];
    expect(peopleOf(text)).toEqual([]);
    expect(kindOf(text, 'Infobase')).toBe('absent');
  });

  it('a rank that is also an adjective, after a plain capitalised word ("Virtual Private Server")', () => {
    const text = ['The forum runs on a VPS [Virtual Private Server] rented by the month.'];
    expect(peopleOf(text)).toEqual([]);
  });

  it('leaves offices before one-word names: a title, a person noun or a body before the rank', () => {
    expect(peopleOf(['Attorney General Varnholm filed the suit.'])).toContain('Varnholm · Attorney General');
    expect(peopleOf(['The report was signed by Surgeon General Kelmark.']).join()).toMatch(/^Kelmark · /u);
    // (A noun naming the office's field before an adjective rank: "Drum Major", "Fire Chief".)
    expect(peopleOf(['The parade was led by Drum Major Kelmark on Monday.']).join()).toMatch(/^Kelmark · /u);
    expect(peopleOf(['The blaze was out by noon, Fire Chief Gunderson said.']).join()).toMatch(
      /^Gunderson · /u,
    );
    expect(peopleOf(['Health Minister Wiranto visited the ward on Monday.'])).toContain(
      'Wiranto · Health Minister',
    );
  });
});

describe('country-last-word: a country ending a name of no place, adjective or given name', () => {
  it('is a body or its branch in that country', () => {
    const text = ['He sued his tax preparer Varnmark USA to block the release of his returns.'];
    expect(kindOf(text, 'Varnmark USA')).toBe('organization');
    expect(kindOf(['Reports said Kelflix Japan had delayed the new episode.'], 'Kelflix Japan')).toBe(
      'organization',
    );
  });

  it('not a place before the country, a time word, an adjective, or "Island"', () => {
    expect(kindOf(['However, 21st Century Australia is much more diverse.'], 'Century Australia')).not.toBe(
      'organization',
    );
    expect(kindOf(['Ferries reached Kelmar Island on Monday.'], 'Kelmar Island')).not.toBe('organization');
    expect(kindOf(['The storm hit Melbourne Australia on Monday.'], 'Melbourne Australia')).not.toBe(
      'organization',
    );
  });
});

describe('body-word-inside: not before a gerund or a time noun heading the name', () => {
  it("an activity or an event named with a body's word is no body", () => {
    const packing = [
      'The plan would add a Constitutional Amendment to prevent future Court Packing, he said.',
    ];
    expect(kindOf(packing, 'Court Packing')).not.toBe('organization');
    expect(kindOf(['Photos were taken at the Varnby Media Days in June.'], 'Varnby Media Days')).not.toBe(
      'organization',
    );
  });

  it('leaves a body whose last word is its own ("… Broadcasting Corporation", "… Police Force")', () => {
    expect(kindOf(['The Varnby Police Force said it was searching.'], 'Varnby Police Force')).toBe(
      'organization',
    );
    expect(kindOf(['She studied at Imperial College London for a year.'], 'Imperial College London')).toBe(
      'organization',
    );
  });
});

describe('a possessive before an office term, after "during": its holder, no event', () => {
  it('reads "during X\'s Presidency" as a person\'s', () => {
    const text = ["Veils were banned in offices during Ardo Kelmani Ben Varno's Presidency."];
    expect(kindOf(text, 'Ardo Kelmani Ben Varno')).toBe('person');
  });

  it('leaves "during the X" an event', () => {
    expect(kindOf(['Pilgrims gathered during the Varnfest; the Varnfest ends on Friday.'], 'Varnfest')).toBe(
      'dropped',
    );
  });
});
