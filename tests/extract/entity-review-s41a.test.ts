import {describe, expect, it} from 'vitest';
import {peopleOf} from '../helpers/entities.js';
import {entityTrace} from '../helpers/explain-entities.js';

// Round s41a (src/extract/entities/ERRORS.md): kind errors left by s40b, in made-up text; each fix's positive case
// and a look-alike it must leave alone.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('a full name between "the" and the noun it modifies', () => {
  it('is a person: the "the" is the noun\'s ("the Tomas Virkholm quote that …")', () => {
    const text = [
      'Hall cited the Tomas Virkholm quote that every artist has a thousand bad drawings in them.',
    ];
    expect(peopleOf(text)).toContain('Tomas Virkholm');
  });

  it('leaves a name before two nouns, and a thing\'s word after it ("the Anna Holmvik oil field")', () => {
    expect(
      kindOf(['Crews were stranded after a visit to the Anna Holmvik oil field.'], 'Anna Holmvik'),
    ).not.toBe('person');
    expect(kindOf(['Astronomers await the Tomas Virkholm telescope.'], 'Tomas Virkholm')).not.toBe('person');
  });
});
