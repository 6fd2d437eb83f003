import {describe, expect, it} from 'vitest';
import {speakers} from '../helpers/quote-speakers.js';
import {newDoc} from '../../src/extract/pipeline.js';
import {entitiesStage} from '../../src/extract/entities.js';
import {splitSentences} from '../../src/extract/sentences.js';
import {styleRoles} from '../../src/extract/quotes/styles.js';

// Round s47g (src/extract/quotes/ERRORS.md): a speaker called later by the office a style or a title set off beside
// the name gives. Made-up stories throughout; each `it` failed before the round unless marked as a guard.

describe('a clergy style before the name gives the office a later "the archbishop said" names', () => {
  it('"The Archbishop of Varne, the Most Rev. Tobias Hale, told …": "the archbishop said"', () => {
    const synod = [
      'The Diocese of Varne will close 30 of its rural churches after its synod approved the plan on Saturday.',
      'The Archbishop of Varne, the Most Rev. Tobias Hale, told the synod that the diocese could no longer pay for empty buildings.',
      '“We are closing buildings so that the church can live,” the archbishop said.',
    ];
    expect(speakers(synod)).toEqual(['Tobias Hale ← We are closing']);
  });

  it('"The Bishop of Lister, the Rev. Paul Okafor," (a title set off before a styled name): "the bishop said"', () => {
    const hall = [
      'The Bishop of Lister, the Rev. Paul Okafor, opened the new parish hall in Kettle Cross on Sunday.',
      '“This hall belongs to everyone,” the bishop said.',
    ];
    expect(speakers(hall)).toEqual(['Paul Okafor ← This hall belongs']);
  });

  it('"The Most Rev." alone is an archbishop\'s style; "Father" a priest\'s; "Sister" a nun\'s', () => {
    const story = [
      'The Most Rev. Tobias Hale opened the synod in Varne on Friday.',
      '“The church will live,” the archbishop said.',
      'Father Liam Doyle has served the parish of Kettle Cross for 20 years.',
      '“My people have nowhere else to go,” the priest said.',
      'Sister Agnes Moll runs the food bank in the old school.',
      '“We feed 300 families a week,” the nun said.',
    ];
    expect(speakers(story)).toEqual([
      'Tobias Hale ← The church will',
      'Liam Doyle ← My people have',
      'Agnes Moll ← We feed 300',
    ]);
  });

  it('guard: "his father Alan Reed" is kin, not a priest', () => {
    const prize = [
      'Tom Reed, 12, was given the county prize for poetry by his father Alan Reed on Saturday.',
      '“He writes every night,” the priest said.',
    ];
    expect(speakers(prize)).toEqual(['null ← He writes every']);
  });

  it('guard: "the Rev." names no minister (a government minister is named too)', () => {
    const story = [
      'The Rev. Ruth Abley led the vigil outside the Tarno hospital, which Health Minister Karl Dunn has said will close.',
      '“The hospital will close in March,” the minister said.',
    ];
    expect(speakers(story)).toEqual(['Karl Dunn ← The hospital will']);
  });
});

describe("an article before a style opens the styled person's name, not an unnamed speaker", () => {
  it('"“…,” the Rev. Paul Okafor said"; "said the Rt Rev. Helen Stroud, Bishop of Calderbridge"', () => {
    const story = [
      'Tom Wells, a farmer, lost his barn to the flood on Sunday night.',
      '“We are ready to start the work on the church hall,” the Rev. Paul Okafor said.',
      '“The road will open on Friday,” said the Rt Rev. Helen Stroud, Bishop of Calderbridge.',
      '“The hall is open,” said the Very Rev. Anne Colley.',
    ];
    expect(speakers(story)).toEqual([
      'Paul Okafor ← We are ready',
      'Helen Stroud ← The road will',
      'Anne Colley ← The hall is',
    ]);
  });

  it('guard: "said the vicar" with no one styled stays unnamed; "the Harbour Authority said" is the body', () => {
    const story = [
      'Tom Wells, a farmer, lost his barn to the flood on Sunday night.',
      '“We will rebuild it together,” said the vicar.',
      '“The quay is closed until Friday,” the Harbour Authority said.',
    ];
    expect(speakers(story)).toEqual(['null ← We will rebuild', 'Harbour Authority ← The quay is']);
  });
});

describe('a capitalised office of a place set off after the name without an article', () => {
  it('"Anne Colley, Dean of Harwell," … "the dean said"; "Mark Olsen, Mayor of Brinton," … "the mayor said"', () => {
    const story = [
      'The Very Rev. Anne Colley, Dean of Harwell, said the cathedral would host the first service.',
      '“We will welcome everyone,” the dean said.',
      'Mark Olsen, Mayor of Brinton, said the town would pay for the roof.',
      '“We found the money,” the mayor said.',
    ];
    expect(speakers(story)).toEqual(['Anne Colley ← We will welcome', 'Mark Olsen ← We found the']);
  });
});

describe('styleRoles', () => {
  it.each([
    ['the Most Rev. ', 'archbishop'],
    ['The Rt Rev. ', 'bishop'],
    ['the Very Rev. ', 'dean'],
    ['the Rev. ', 'vicar'],
    ['Father ', 'priest'],
    ['Imam ', 'imam'],
  ])('%s → %s', (before, role) => {
    expect(styleRoles(before)).toContain(role);
  });
  it.each(['his father ', 'Mr. ', 'Sir ', ''])('guard: "%s" gives no priest', (before) => {
    expect(styleRoles(before)).not.toContain('priest');
  });
});

describe('a given name and patronymic address the one person whose full name opens with them', () => {
  const people = (paragraphs: string[]): string[] => {
    const doc = newDoc({title: '', paragraphs, authors: []});
    doc.sentences = splitSentences(paragraphs);
    entitiesStage.run(doc);
    return doc.people.map((p) => p.name).sort();
  };
  const council = [
    'City council deputy Irina Pavlovna Sokolova said the council had warned about the boiler plant three times.',
    '“We wrote to the company and nobody answered us,” Irina Pavlovna said.',
  ];

  it('"Irina Pavlovna said" after "Irina Pavlovna Sokolova": one person, and her quote', () => {
    expect(people(council)).toEqual(['Irina Pavlovna Sokolova']);
    expect(speakers(council)).toEqual(['Irina Pavlovna Sokolova ← We wrote to']);
  });

  it('guard: two people of that given name and patronymic leave the short form apart', () => {
    const two = [
      'Irina Pavlovna Sokolova and Irina Pavlovna Belova both sit on the Tarsk city council.',
      '“Nobody answered us,” Irina Pavlovna said.',
    ];
    expect(people(two)).toContain('Irina Pavlovna Sokolova');
    expect(people(two)).toContain('Irina Pavlovna Belova');
    expect(speakers(two)).toEqual(['Irina Pavlovna ← Nobody answered us,']);
  });
});
