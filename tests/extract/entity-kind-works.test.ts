import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// Names of works, products, groups and acronyms that read as places or people (context-later.ts fromName, context.ts
// workTitle, kind-features.ts isBrandShaped, kind-rules-places.ts place-data-placed). Each case has a look-alike
// that must keep its kind. Names are made up.
const outcome = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('works, products and acronyms are no places', () => {
  it('"from" right after a name: a character\'s work is no place; after a noun a town still is', () => {
    expect(outcome(['The costumes included Tessa from Quillory and a knight.'], 'Quillory')).not.toBe(
      'place',
    );
    expect(outcome(['A farmer from Quillory was hurt on Monday.'], 'Quillory')).toBe('place');
  });

  it("a title and its subtitle after a colon name a work, unless the name is a body's", () => {
    expect(outcome(['She came as a ranger from Vantor: New Dawn, the game.'], 'Vantor')).not.toBe('place');
    const body = 'Center for Varnic Oceanography';
    const text = `Anna Holm of the ${body}: Research and Education said the data were new.`;
    expect(outcome([text], body)).toBe('organization');
  });

  it('a brand spelt with inner capitals opens no place: "VarnOS Stream"', () => {
    expect(outcome(['Users moved from VarnOS Linux to VarnOS Stream last year.'], 'VarnOS Stream')).not.toBe(
      'place',
    );
    expect(outcome(['Fish died in the Varnby Stream last year.'], 'Varnby Stream')).toBe('place');
  });

  it('a word in capitals is no town the city list spells in lower case', () => {
    // "Sig" is a town in the city list; "SIG" an acronym.
    expect(outcome(['This included the expansion of the SIG program to more projects.'], 'SIG')).not.toBe(
      'place',
    );
  });
});
