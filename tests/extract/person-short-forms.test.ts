import {describe, expect, it} from 'vitest';
import type {Doc} from '../../src/extract/pipeline.js';
import {runQuotes} from '../helpers/entities.js';

// One person, one entry: the short forms a tester found left apart from the full name ("Xi said" after "Xi
// Jinping", "Sisi said" after "Abdel Fattah el-Sisi", "López Obrador" after "Andrés Manuel López Obrador"), so the
// short form was dropped or listed twice and a quote it said had no speaker. Names below are made up; each rule has
// a look-alike where the forms are two people and must stay apart.
const run = runQuotes;

// Each person as their name and aliases, for the people any of whose forms holds `word`.
const peopleWith = (doc: Doc, word: string): string[][] =>
  doc.people
    .map((e) => [e.name, ...e.aliases].sort())
    .filter((forms) => forms.some((f) => f.includes(word)))
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));

describe('a family name written first, alone (family-name-first)', () => {
  it('joins the one person whose name it opens, and speaks as that person', () => {
    const doc = run([
      'Ardo Pell met Voh Tranlin in Varnby on Monday.',
      '“Our relations are improving,” Voh said after the meeting.',
    ]);
    expect(peopleWith(doc, 'Voh')).toEqual([['Voh', 'Voh Tranlin']]);
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['Voh Tranlin']);
  });

  it('does not join when two people open with it', () => {
    const doc = run([
      'Voh Tranlin met Voh Minsa in Varnby on Monday.',
      '“Our relations are improving,” Voh said after the meeting.',
    ]);
    expect(peopleWith(doc, 'Voh').filter((p) => p.includes('Voh'))).toEqual([]);
  });

  it('does not join a relative named after a kin noun', () => {
    const doc = run([
      'Jon Vardell died on Saturday. In March, he debuted as the heel Brodie Lannik, leader of the faction.',
      'His love for his wife Amanda, and children Brodie and Nolan, was evident.',
    ]);
    expect(peopleWith(doc, 'Lannik')).toEqual([['Brodie Lannik']]);
  });

  it("does not join the word a body's name ends in (its field or short name)", () => {
    const doc = run([
      'Marek Holm met Ardo Pell in Varnby on Monday.',
      'Holm works at the Varnby Institute of Tarvo, and Tarvo Lindqvist said the talks went well.',
      'Later the staff of Tarvo cheered.',
    ]);
    expect(peopleWith(doc, 'Lindqvist')).toEqual([['Tarvo Lindqvist']]);
  });
});

describe('a surname after an Arabic article (surname-article)', () => {
  it('is the surname without it: "Varsi", "al-Varsi" and "el-Varsi" are one person', () => {
    const doc = run([
      'Abdel Karim el-Varsi visited Varnby on Monday.',
      '“Varnby is our brother,” Varsi said.',
      'Abdel Karim al-Varsi later met Ardo Pell.',
    ]);
    expect(peopleWith(doc, 'Varsi')).toEqual([['Abdel Karim al-Varsi', 'Abdel Karim el-Varsi', 'Varsi']]);
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['Abdel Karim el-Varsi']);
  });

  it('keeps two people of that surname apart', () => {
    const doc = run(['Hadi el-Varsi met his brother Omar al-Varsi in Varnby on Monday.']);
    expect(peopleWith(doc, 'Varsi')).toHaveLength(2);
  });
});

describe('the ending of a longer name (long-tail)', () => {
  it('is the one person whose name ends in it, named in full first', () => {
    const doc = run([
      'Rocío Amparo Varga Lindqvist met Ardo Pell in Varnby on Thursday.',
      'Varga Lindqvist said she agreed.',
    ]);
    expect(peopleWith(doc, 'Lindqvist')).toEqual([['Rocío Amparo Varga Lindqvist', 'Varga Lindqvist']]);
  });

  it('stays apart when it opens with a known given name, or came before the longer name', () => {
    const given = run(['Mary Ann Ostrova met her cousin Ann Ostrova in Varnby on Monday.']);
    expect(peopleWith(given, 'Ostrova')).toHaveLength(2);
    const later = run([
      'Varga Lindqvist met Ardo Pell in Varnby on Thursday.',
      'Prime Minister Narvi Varga Lindqvist spoke later.',
    ]);
    expect(peopleWith(later, 'Lindqvist').map((p) => p.filter((f) => !f.startsWith('Prime')))).toEqual([
      ['Narvi Varga Lindqvist'],
      ['Varga Lindqvist'],
    ]);
  });
});
