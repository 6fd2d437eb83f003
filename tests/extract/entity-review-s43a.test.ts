import {describe, expect, it} from 'vitest';
import {namesOf} from '../helpers/entities.js';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s43a (src/extract/entities/ERRORS.md): entity classes of wire, newspaper and sports copy (tests/gold/styles),
// in made-up text; each fix's positive case and a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';
const orgs = (paragraphs: string[]): string[] =>
  namesOf(paragraphs, 'organizations').map((n) => n.join(' | '));

describe("a sports club's or a firm's last word", () => {
  it('"Athletic", "United", "Rovers" end a club\'s name, with no other cue read', () => {
    const match = [
      'Varnby Rovers reached their first cup final on Saturday, beating Kelmore Athletic 2-1 at the Keston ground.',
      'The final will be played in May against holders Eastbridge United.',
    ];
    expect(kindOf(match, 'Varnby Rovers')).toBe('organization');
    expect(kindOf(match, 'Kelmore Athletic')).toBe('organization');
    expect(kindOf(match, 'Eastbridge United')).toBe('organization');
  });

  it('"Partners" ends a firm, even after a noun that describes people ("the developer, Northgate Partners,")', () => {
    const deal = ["The stadium's developer, Kelmgate Partners, had promised 1,200 construction jobs."];
    expect(kindOf(deal, 'Kelmgate Partners')).toBe('organization');
  });

  it('leaves "United" inside a longer name and at its start alone ("the United Varna Front")', () => {
    const text = ['Leaders of the United Varna Front met in Kelmore on Monday.'];
    expect(kindOf(text, 'United Varna Front')).toBe('organization');
    expect(kindOf(['Aid reached the United States on Monday.'], 'United States')).toBe('place');
  });
});

describe('names joined by "&"', () => {
  it('are a firm: "an analyst at Kelm & Tasker"', () => {
    const note = [
      'Hugo Varn, an analyst at Kelm & Tasker, wrote in a note that the price was full but fair.',
    ];
    expect(kindOf(note, 'Kelm & Tasker')).toBe('organization');
  });

  it('not single letters ("E & W", England and Wales in a results table)', () => {
    const table = ['Green Party (E & W) won one seat, and the Varna Party won two.'];
    expect(kindOf(table, 'E & W')).not.toBe('organization');
  });
});

describe("a firm's first word alone", () => {
  it('joins the one firm named by that word and its trade ("Solwick" beside "Solwick Energy")', () => {
    const deal = [
      'Veltrana to buy battery maker Solwick',
      'Veltrana Inc. said it had agreed to buy Solwick Energy, a maker of grid-scale batteries.',
      'Solwick, a maker of batteries, employs 900 people.',
    ];
    expect(orgs(deal)).toContain('Solwick | Solwick Energy');
  });

  it('not an acronym beside its product line ("VNX" and "VNX Power")', () => {
    const text = [
      'The software runs on machines from VNX, a maker of servers.',
      'Nobody from VNX Power, a maker of servers, has reached out to us.',
    ];
    expect(orgs(text).some((o) => o.includes('VNX |'))).toBe(false);
  });
});

describe('a place by the noun before it', () => {
  it('"the river X", "the small community of X", "in the north of X": unknown words there are places', () => {
    expect(kindOf(['The river Velna peaked at 6.4 metres early on Thursday.'], 'Velna')).toBe('place');
    const fire = ['Residents of the small community of Ashby Dell described a frantic escape.'];
    expect(kindOf(fire, 'Ashby Dell')).toBe('place');
    const buses = ['The minister plans to cut 140 rural bus routes in the north of Carrowvane.'];
    expect(kindOf(buses, 'Carrowvane')).toBe('place');
  });
});

describe('a school of children named as where', () => {
  it('is a place ("a shelter at Pell Ridge High School"), as hospitals are', () => {
    const text = ['She spoke by phone from an evacuation shelter at Pell Ridge High School.'];
    expect(kindOf(text, 'Pell Ridge High School')).toBe('place');
  });

  it('not a university\'s school ("at Varnby Law School")', () => {
    const text = ['She spoke by phone from an office at Varnby Law School.'];
    expect(kindOf(text, 'Varnby Law School')).toBe('organization');
  });
});

describe('a dateline in capitals whose first word is an adjective ("NEW KELMORE —")', () => {
  const places = (paragraphs: string[]): string[] => namesOf(paragraphs, 'places').map((n) => n.join(' | '));

  it('is the whole place, not "Kelmore"', () => {
    const wire = [
      'NEW KELMORE (Reuters) - The port reopened on Monday after a storm closed it for three days.',
    ];
    expect(places(wire)).toEqual(['NEW KELMORE | New Kelmore']);
  });

  it('and with the place named again in ordinary case ("The port of New Kelmore reopened")', () => {
    const wire = [
      'NEW KELMORE — The port of New Kelmore reopened on Monday after a storm closed it for three days.',
    ];
    expect(places(wire)).toEqual(['NEW KELMORE | New Kelmore']);
  });

  it('leaves a sentence opening with a capitalised adjective alone ("New rules for Varnby ferries")', () => {
    expect(places(['New Varnby ferries start on Monday, the port of Kelmby said.'])).not.toContain(
      'New Varnby',
    );
  });
});

describe("an irregular plural's possessive inside a name, before a body's or a building's word", () => {
  it('is part of the name ("at Varnby Children\'s Hospital"), not cut at it', () => {
    const text = [
      "A doctor who treated several of the children at Varnby Children's Hospital said they were recovering.",
    ];
    expect(kindOf(text, "Varnby Children's Hospital")).not.toBe('absent');
    expect(kindOf(text, 'Varnby Children')).toBe('absent');
  });

  it('not before a word that names no body ("the Kelmby Women\'s Final")', () => {
    const text = ["Ardo Pell won the Kelmby Women's Final on Sunday."];
    expect(kindOf(text, "Kelmby Women's Final")).toBe('absent');
  });
});
