import {describe, expect, it} from 'vitest';
import {findFacts} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';

// One sentence per string, so these tables do not depend on the sentence splitter.
const sentences = (texts: string[]): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: index, start: 0, index}));

describe('key facts: each reads as a clause with its subject', () => {
  const textOf = (sentence: string): string | undefined => findFacts(sentences([sentence]), '')[0]?.text;
  it.each([
    [
      'An hourslong barrage of Russian missiles and drones killed at least 15 people in Ukraine’s capital, including four children, early on Thursday, officials said.',
      'An hourslong barrage of Russian missiles and drones killed at least 15 people',
    ],
    [
      'Mr Ali, a baker in the town, said his takings fell by 40 per cent.',
      'Mr Ali said his takings fell by 40 per cent',
    ],
    [
      'The attack, which they said also injured at least 45, was the largest.',
      'The attack also injured at least 45',
    ],
    [
      'A deadly boat fire earlier this week near an island off the coast of a state, resulted in the death of all 33 passengers.',
      'A deadly boat fire resulted in the death of all 33 passengers',
    ],
  ])('%s', (sentence, expected) => {
    expect(textOf(sentence)).toContain(expected);
  });

  it('ends a text that had to be cut before a phrase, not inside one ("had a top")', () => {
    const facts = findFacts(
      sentences([
        'It weighed about ten lbs and the researchers estimate it had a top speed of about 18 mph.',
      ]),
      '',
    );
    expect(facts.map((f) => f.text)).toContain('It weighed about ten lbs');
    expect(facts.map((f) => f.text).join(' | ')).not.toMatch(/a top$|a top \|/);
  });

  it('never ends a cut text on a word that opens a phrase or before its head noun', () => {
    const textsOf = (sentence: string): string[] => findFacts(sentences([sentence]), '').map((f) => f.text);
    // From articles/ (Sunshine Coast rugby, a state funeral, a typhoon): a quantity noun, a modifier, "according".
    const couple = textsOf(
      'Caloundra opened the game with two tries before Wynnum hit back with a couple of tries of their own.',
    );
    expect(couple).toContain(
      'Caloundra opened the game with two tries before Wynnum hit back with a couple of tries',
    );
    const mourning = textsOf(
      'Mukherjee was cremated on Tuesday with full state honors as the nation began observing a seven day mourning period.',
    );
    expect(mourning.join(' | ')).toMatch(/a seven day mourning period$/);
    // A number's unit cut before its "of" phrase takes the phrase ("36% of the vote", "cubic meters of gas").
    expect(
      textsOf(
        'In the small northern county on Tuesday night the former governor earned the other two delegates with about 36% of the vote.',
      ).join(' | '),
    ).toMatch(/with about 36% of the vote$/);
    expect(
      textsOf(
        'The state fined the old mill owners for dumping two billion cubic meters of gas per year into the lake.',
      ).join(' | '),
    ).toMatch(/two billion cubic meters of gas$/);
    // A noun's "of" phrase that is a short name is taken whole, or not at all.
    expect(
      textsOf(
        'There was a 4.2% swing against the Varn Party in the state of Varnland at the last state poll, which the party lost.',
      ),
    ).toContain('There was a 4.2% swing against the Varn Party in the state of Varnland');
    expect(
      textsOf(
        'In two studies presented on Monday at the annual meeting of the Varnland Society for Slime Biology in Orlando, 12 scientists spoke of glue made by slugs.',
      ).join(' | '),
    ).not.toMatch(/Varnland Society(?: \||$)/);
    // From articles/ (a helicopter crash): a clause opened by "when" is left whole or out, not cut before its verb.
    expect(
      textsOf(
        'Three occupants of the helicopter died and three firefighters were injured when their appliance rolled responding to an ensuing wildfire.',
      ).join(' | '),
    ).not.toMatch(/when their appliance(?: \||$)/);
    // A word taken on to finish the number's phrase is not trimmed again.
    expect(
      textsOf('Officials in the port said the blast killed nine people and injured at least 50 more.'),
    ).toContain('Officials in the port said the blast killed nine people and injured at least 50 more');
    const dangling = /\b(?:a|an|the|of|with|couple|this|according|day)$/;
    for (const made of [
      'The storm hit the coast on Monday night, killing at least 20 according to officials in the province.',
      'Two people in the city and one in the port have died of this new and unusual fever.',
      'The club signed three players before the rival side hit back with a couple of players of their own.',
    ])
      for (const text of textsOf(made)) expect(text, made).not.toMatch(dangling);
  });

  it('drops a number whose text cannot be given a subject', () => {
    expect(
      findFacts(sentences(['basically working seven days a week, for the last eight years.']), ''),
    ).toEqual([]);
  });

  it('keeps no hypothetical or quoted guess as a fact', () => {
    const facts = findFacts(
      sentences([
        '“It would have been more than a thousand,” the mayor said.',
        'If 20 more trucks arrive, the camp can stay open.',
        '“Maybe we could build 300 homes,” he said.',
        'The storm destroyed 40 homes.',
      ]),
      '',
    );
    expect(facts.flatMap((f) => f.values.map((v) => v.value))).toEqual([40]);
  });
});

describe('key facts: an age the title states is the news', () => {
  it('keeps "He was 95." under "… dies aged 95", and skips it under another title', () => {
    const text = ['The former leader died on Friday in a hospital.', 'He was 95.'];
    const under = (title: string) =>
      findFacts(sentences(text), title).flatMap((f) => f.values.map((v) => v.value));
    expect(under('Former leader dies aged 95')).toContain(95);
    expect(under('Former leader dies in hospital')).not.toContain(95);
  });
});

describe('key facts: a text starts and ends on a whole phrase', () => {
  const textsOf = (sentence: string, title = ''): string[] =>
    findFacts(sentences([sentence]), title).map((f) => f.text);

  // From articles/ (a new Congress sworn in): numbers joined by "and" stay together, and the numbers left for
  // another fact take their whole clause with them.
  it('keeps joined numbers together and never starts between them', () => {
    const texts = textsOf(
      'The new members of the House of Representatives, which include 235 Democrats and 199 Republicans, voted for Pelosi to serve as Speaker with 220 votes.',
    );
    expect(texts).toContain(
      'The new members of the House of Representatives voted for Pelosi to serve as Speaker with 220 votes',
    );
    expect(texts).toContain(
      'The new members of the House of Representatives, which include 235 Democrats and 199 Republicans',
    );
    for (const text of texts) expect(text).not.toMatch(/^(?:Democrats|Republicans|include)\b/);
  });

  it.each([
    // The verb after "who" or "which" is no subject.
    [
      'Unlike the senators, who serve six-year terms, members of the lower house are elected for two-year terms.',
      'Unlike the senators, who serve six-year terms, members of the lower house are elected for two-year terms',
    ],
    // An acronym opening the sentence is a name, not the pronoun "us".
    [
      'US singer Jane Varn, who performed for decades under the stage name Lady Slate, died on Saturday aged 41.',
      'US singer Jane Varn died on Saturday aged 41',
    ],
    // A participle phrase between the subject and its verb goes whole ("followed by …"), not cut after the participle.
    [
      'A road accident followed by a fire on a highway near the town on Thursday killed five children in a church bus and two truck drivers.',
      'A road accident killed five children in a church bus and two truck drivers',
    ],
    // A text opening on a name's apposition takes the name.
    [
      'Cummings, the Democratic chairman of the House Oversight and Reform Committee, was 68.',
      'Cummings, the Democratic chairman of the House Oversight and Reform Committee, was 68',
    ],
  ])('%s', (sentence, expected) => {
    expect(textsOf(sentence, 'Singer Jane Varn dies aged 41; Cummings dies at 68')).toContain(expected);
  });

  it('leaves out a clause taken on for length once the text has its subject', () => {
    expect(
      textsOf(
        'Former intelligence agent Tony Mendez died Saturday, aged 78, at a Frederick, Maryland assisted living facility.',
        'Tony Mendez dies at 78',
      ),
    ).toContain('Former intelligence agent Tony Mendez died Saturday, aged 78');
  });
});

describe('key facts: which numbers make one', () => {
  const valuesOf = (texts: string[], title = ''): number[] =>
    findFacts(sentences(texts), title).flatMap((f) => f.values.map((v) => v.value));

  it('skips a list of ages, but not a count inside it', () => {
    expect(valuesOf(['The deceased were aged nine, ten, thirteen, two aged fourteen, 49, and 59.'])).toEqual(
      [],
    );
    expect(valuesOf(['The dead were the pilot aged 41, his daughter aged 13, and seven others.'])).toContain(
      7,
    );
  });

  it('skips the age of a thing and a code, not a count', () => {
    expect(valuesOf(['We are six days old and we keep hitting the limits of our chat service.'])).toEqual([]);
    expect(valuesOf(['The system will run on both x86-64 and ARM-based processors.'])).toEqual([]);
    expect(valuesOf(['He said he left home four–five hours ago after leaving a note.'])).toEqual([]);
  });

  it('keeps the age at death when the title reports a death', () => {
    const text = ['He was 101 and died of pneumonia in La Jolla, California.'];
    expect(valuesOf(text, 'Pioneering oceanographer dies of pneumonia in California')).toEqual([101]);
    expect(valuesOf(text, 'Pioneering oceanographer remembered in California')).toEqual([]);
  });
});
