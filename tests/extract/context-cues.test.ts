import {describe, expect, it} from 'vitest';
import {readContext} from '../../src/extract/entities/context.js';
import type {Context} from '../../src/extract/entities/context-types.js';

// The cues few rules read are worked out when read (context-later.ts): each still says what it did when made at once.
// Each row: a cue, a made-up sentence, the name in it, and what the cue says of that name.
const CASES: [keyof Context, string, string, boolean][] = [
  ['acts', 'Ardo Pell won the race on Sunday.', 'Ardo Pell', true],
  ['acts', 'Ardo Pell spoke on Sunday.', 'Ardo Pell', false],
  ['modifies', 'The Varnholm district was flooded.', 'Varnholm', true],
  ['modifiesThing', 'The Varnholm film opened.', 'Varnholm', true],
  ['modifiesThing', 'The Varnholm district was flooded.', 'Varnholm', false],
  ['fromCountry', 'The winner was Ardo Pell of Estonia.', 'Ardo Pell', true],
  ['fromCountry', 'The winner was Ardo Pell of Varnby.', 'Ardo Pell', false],
  ['afterName', 'He met New Varnby officials.', 'Varnby', true],
  ['institutional', 'Varnews reported the fire.', 'Varnews', true],
  ['institutional', 'Varnews is a paper.', 'Varnews', false],
  ['afterTown', 'She lives in Varnby, Ontario.', 'Ontario', true],
  ['afterTown', 'She lives in Ontario.', 'Ontario', false],
  ['theYear', 'He ran at the 2019 IAAF meeting.', 'IAAF', true],
  ['bodyNoun', 'He broke IAAF rules.', 'IAAF', true],
  ['theBefore', 'The IAAF banned him.', 'IAAF', true],
  ['reports', 'Varnews estimated the cost.', 'Varnews', true],
  ['listener', 'He told Varnews about it.', 'Varnews', true],
  ['listener', 'He called Varnews about it.', 'Varnews', false],
  ['afterAnd', 'He studied Volcanology and Seismology there.', 'Seismology', true],
  ['determined', 'She sent a CV to them.', 'CV', true],
  ['determined', 'She sent a CV form yesterday.', 'CV', false],
];

describe('readContext’s seldom-read cues', () => {
  it.each(CASES)('%s in “%s” for %s is %s', (cue, sentence, name, expected) => {
    const start = sentence.indexOf(name);
    const ctx = readContext(sentence, start, start + name.length);
    expect(ctx[cue]).toBe(expected);
    // The same answer when read again.
    expect(ctx[cue]).toBe(expected);
  });
});
