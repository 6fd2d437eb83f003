import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {tokenize} from '../../src/extract/entities/tokens.js';

// A wire story's dateline sets its place in capitals: the entity shows it in ordinary case, the capitals an alias.
const placesOf = (paragraphs: string[]) =>
  extract({title: 'Storm cuts power', paragraphs, authors: []}).places.map((p) => [p.name, p.aliases]);

describe('a place named only in capitals', () => {
  it('is shown in ordinary case, its capitals kept as an alias', () => {
    const places = placesOf([
      'WILMINGTON, N.C. (AP) — A fast-moving storm knocked out power to more than 120,000 homes along the coast Thursday, officials said.',
      'Crews from six states were on their way, the utility said.',
    ]);
    expect(places).toContainEqual(['Wilmington', ['WILMINGTON']]);
  });

  it('gives way to the ordinary form when the text has both', () => {
    const places = placesOf([
      'WILMINGTON, N.C. (AP) — A fast-moving storm knocked out power to more than 120,000 homes along the coast Thursday, officials said.',
      'Crews gathered in Wilmington on Friday.',
    ]);
    expect(places.find(([name]) => name === 'Wilmington')).toBeDefined();
    expect(places.find(([name]) => name === 'WILMINGTON')).toBeUndefined();
  });

  it('is a place when the lexicon knows the word as one, not a word in capitals', () => {
    const places = placesOf([
      'RALEIGH, N.C. (AP) — A storm cut power to 120,000 homes on Thursday, officials said.',
      'Crews from six states were on their way, the utility said.',
    ]);
    expect(places).toContainEqual(['Raleigh', ['RALEIGH']]);
  });

  it('leaves a short acronym of a place as written', () => {
    const places = placesOf(['Troops left the UAE on Monday, officials in the UAE said.']);
    expect(places.map(([name]) => name)).toContain('UAE');
  });
});

describe('"then-" before a name', () => {
  it('is no part of the name: "then-New Jersey Governor" names New Jersey, not Jersey', () => {
    const doc = extract({
      title: 'Court rules on bridge case',
      paragraphs: [
        'Kelly, then-New Jersey Governor Chris Christie’s deputy chief of staff, was convicted in 2016.',
        'Christie denied any role.',
      ],
      authors: [],
    });
    const places = doc.places.map((p) => p.name);
    expect(places).toContain('New Jersey');
    expect(places).not.toContain('Jersey');
  });

  it('keeps the title after it as a title ("then-Secretary Vázquez")', () => {
    const tokens = tokenize('He met then-Secretary Anna Holm.');
    expect(tokens.map((t) => [t.text, t.cap])).toContainEqual(['Secretary', true]);
    expect(tokens.find((t) => t.text === 'Secretary')?.start).toBe('He met then-'.length);
  });
});
