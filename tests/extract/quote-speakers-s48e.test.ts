import {describe, expect, it} from 'vitest';
import {speakers} from '../helpers/quote-speakers.js';

// Round s48e (src/extract/quotes/ERRORS.md): speakers named in sport and assembly reports by an age, or behind a
// parliament's letters. Made-up stories throughout; each `it` failed before the round unless marked as a guard.

describe('"the 24-year-old said": an age no one is given stands for the person just named', () => {
  it('the one person named in the sentence before', () => {
    const match = [
      'Striker Kofi Boateng scored twice on his return from injury.',
      '“It felt like my first game,” the 24-year-old said.',
    ];
    expect(speakers(match)).toEqual(['Kofi Boateng ← It felt like']);
  });

  it('guard: not a person the text gives another age', () => {
    const crash = [
      'Tom Reed, 45, was driving the van when it left the road.',
      '“I saw everything from the bus stop,” the 19-year-old said.',
    ];
    expect(speakers(crash)).toEqual(['null ← I saw everything']);
  });

  it('guard: the person given that age, wherever named ("Ines Calloway, 54,")', () => {
    const story = [
      'Ines Calloway, 54, has run the bakery since 1998. Her landlord, Piet Moss, wants to sell the building.',
      '“I will not go quietly,” the 54-year-old said.',
    ];
    expect(speakers(story)).toEqual(['Ines Calloway ← I will not']);
  });

  it('guard: two people named in the sentence before, or a sentence naming no one between: unnamed', () => {
    const two = [
      'Coach Ivo Marsh praised striker Kofi Boateng after the match.',
      '“It felt like my first game,” the 24-year-old said.',
    ];
    expect(speakers(two)).toEqual(['null ← It felt like']);
    const between = [
      'Striker Kofi Boateng scored twice.',
      'The crowd of 8,000 stayed long after the whistle.',
      '“It felt like my first game,” the 24-year-old said.',
    ];
    expect(speakers(between)).toEqual(['null ← It felt like']);
  });
});

describe('a member of a parliament or assembly by its letters ("Sinn Féin TD", "Ward MCA") is no part of the name', () => {
  it('"Sinn Féin TD Eoin Ó Broin", then "Mr Ó Broin said"', () => {
    const housing = [
      'Sinn Féin TD Eoin Ó Broin said the figures were shocking. “This is a housing emergency,” Mr Ó Broin said.',
    ];
    expect(speakers(housing)).toEqual(['Eoin Ó Broin ← This is a']);
  });

  it('"tabled by Kerio Ward MCA Ruth Chepkoech", then "Ms Chepkoech told the House"', () => {
    const motion = [
      'The motion, tabled by Kerio Ward MCA Ruth Chepkoech, accused the governor of misconduct.',
      '“The people have waited long enough,” Ms Chepkoech told the House.',
    ];
    expect(speakers(motion)).toEqual(['Ruth Chepkoech ← The people have']);
  });
});

describe('named-after: lower-case title words before the name ("the verdict of head teacher X")', () => {
  it('a person\'s noun between "of" and the name', () => {
    const school = [
      '“It is the best result we have had in ten years.” That was the verdict of head teacher Gareth Bowen.',
    ];
    expect(speakers(school)).toEqual(['Gareth Bowen ← It is the']);
  });

  it('guard: a phrase that is no title ("the lawyer for X", "local resident X") names no speaker', () => {
    const lawyer = [
      '“It is the best result we have had in ten years.” That was the verdict of the lawyer for Gareth Bowen.',
    ];
    expect(speakers(lawyer)).toEqual(['null ← It is the']);
    const resident = [
      '“It is the best result we have had in ten years.” That was the verdict of local resident Ada Brill.',
    ];
    expect(speakers(resident)).toEqual(['null ← It is the']);
  });
});

describe('in-words-of: "In the words of X," / "In X\'s words," / "In his words," before the quote', () => {
  it('the name the phrase ends on, a possessive name, a pronoun', () => {
    const club = [
      'In the words of the club’s chairman, Howard Finch, “this is the biggest day in our history”.',
    ];
    expect(speakers(club)).toEqual(['Howard Finch ← this is the']);
    const mayor = [
      'In Mayor Ruth Fenwick’s words, “nobody should have to live through a night like that in this city”.',
    ];
    expect(speakers(mayor)).toEqual(['Ruth Fenwick ← nobody should have']);
    const coach = [
      'Coach Ivo Marsh was delighted with the win. In his words, “the boys ran until they dropped and deserved every point”.',
    ];
    expect(speakers(coach)).toEqual(['Ivo Marsh ← the boys ran']);
  });

  it('guard: "In other words," and the words of a song name no speaker', () => {
    const other = ['In other words, “the boys ran until they dropped and deserved every point”.'];
    expect(speakers(other)).toEqual(['null ← the boys ran']);
    const song = ['In the words of the old song, “the river keeps rolling and we keep rowing along”.'];
    expect(speakers(song)).toEqual(['null ← the river keeps']);
  });
});
