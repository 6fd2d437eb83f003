import {describe, expect, it} from 'vitest';
import {runEntities} from '../helpers/entities.js';

// A person's name before a body's name the article also writes alone ("the Trump White House"), read as one run
// of capitals, is the person and the body (entities.ts, splitOwners). Made-up text.
const found = (text: string) => {
  const doc = runEntities([text]);
  return {
    people: doc.people.map((p) => p.name),
    orgs: doc.organizations.map((o) => o.name),
    aliases: doc.people.flatMap((p) => p.aliases ?? []),
  };
};

describe('a person’s name before a body’s', () => {
  it('is the person and the body, the surname going to the person named in full', () => {
    const f = found(
      'Donald Trump spoke on Monday. Aides in the Trump White House said the plan was dead. The White House declined to comment.',
    );
    expect(f.orgs).toEqual(['White House']);
    expect(f.people).toEqual(['Donald Trump']);
    expect(f.aliases).toContain('Trump');
  });

  it('splits a given name and a surname before a body', () => {
    const f = found(
      'The Ada Brill Supreme Court confirmation hearing began in September. The Supreme Court ruled in June.',
    );
    expect(f.people).toContain('Ada Brill');
    expect(f.orgs).toContain('Supreme Court');
    expect(f.orgs).not.toContain('Ada Brill Supreme Court');
  });

  it.each([
    [
      'Students at George Washington University marched. The University said nothing.',
      'George Washington University',
    ],
    ['The Kennedy Space Center closed. Ada Brill flew from the Space Center later.', 'Kennedy Space Center'],
    [
      'The United States Supreme Court ruled. The Supreme Court had heard the case in May.',
      'United States Supreme Court',
    ],
  ])('keeps a body named after someone, or after its country, whole: %s', (text, name) => {
    expect(found(text).orgs).toContain(name);
  });
});
