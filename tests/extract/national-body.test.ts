import {describe, expect, it} from 'vitest';
import {namesOf} from '../helpers/entities.js';

// An institution's word alone ("the Congress") is the nation's body of that name the article names in full
// ("Kenyan National Congress"); an event's name ending in "Briefing" is no body.
const orgs = (paragraphs: string[]): string[][] => namesOf(paragraphs, 'organizations');

describe('a body named by its institution word alone', () => {
  it("joins the one body it ends after a people's adjective", () => {
    expect(
      orgs([
        'Ardo Pell joined the Kenyan National Congress in 1969.',
        'For the Congress, he was a loyal voice, his colleagues said.',
      ]),
    ).toEqual([['Congress', 'Kenyan National Congress']]);
  });

  it('stays apart from a body it ends after another word', () => {
    expect(
      orgs([
        'Ardo Pell joined the Varnby Youth Congress in 1969.',
        'For the Congress, he was a loyal voice, his colleagues said.',
      ]),
    ).toHaveLength(2);
  });
});

describe('an event named with a body before it', () => {
  it('"a White House Press Briefing" is no organization', () => {
    const names = orgs(['The president spoke during a Varnia House Press Briefing on Monday.']).flat();
    expect(names).not.toContain('Varnia House Press Briefing');
  });
});
