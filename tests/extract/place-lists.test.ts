import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {PLACE_PREPOSITIONS, PLACE_RELATIONS} from '../../src/extract/entities/cues.js';
import {
  conjunctBefore,
  forSkeleton,
  listGoesOn,
  relationBefore,
  skeleton,
} from '../../src/extract/entities/place-lists.js';

// place-lists.ts reads a skeleton of the text with ASCII letter classes (s55c): it must answer as the three patterns
// as they were written, with \p{Lu} and \p{L}, did.
const LISTED_NAME =
  "\\p{Lu}[\\p{L}'’-]*(?:\\s(?:(?:de|del|da|do|dos|das|di|du|des|la|las|los|le|el)\\s)?\\p{Lu}[\\p{L}'’-]*){0,2}";
const LIST_OPENER = `\\b(?:(?:${PLACE_PREPOSITIONS.join('|')})\\s+(?:the\\s+)?|(?:${PLACE_RELATIONS.join('|')})\\s+)${LISTED_NAME}(?:,\\s${LISTED_NAME})*`;
const AFTER_AND = new RegExp(`${LIST_OPENER},?\\s+(?:and|or)\\s+(?:parts\\s+of\\s+)?$`, 'u');
const AFTER_COMMA = new RegExp(`${LIST_OPENER},\\s$`, 'u');
const RELATION = new RegExp(
  `\\b(?:${PLACE_RELATIONS.join('|')})\\s+(?:${LISTED_NAME}(?:,\\s${LISTED_NAME})*,?\\s+(?:and|or)\\s+)?$`,
  'u',
);
const GOES_ON = new RegExp(`^(?:,\\s${LISTED_NAME})*,?\\s+(?:and|or)\\s+(?:parts\\s+of\\s+)?\\p{Lu}`, 'u');
// conjunctBefore is read only of text that ends in "and ", "or " or "parts of " (AFTER_AND) or in ", " (AFTER_COMMA).
const conjunctAsWritten = (near: string): boolean | undefined =>
  near.endsWith('and ') || near.endsWith('or ') || near.endsWith('parts of ')
    ? AFTER_AND.test(near)
    : near.endsWith(', ')
      ? AFTER_COMMA.test(near)
      : undefined;
const differs = (near: string): boolean => {
  const conjunct = conjunctAsWritten(near);
  return (
    (conjunct !== undefined && conjunctBefore(near) !== conjunct) ||
    relationBefore(near) !== RELATION.test(near)
  );
};

const afterDiffers = (after: string): boolean => listGoesOn(after) !== GOES_ON.test(after);

const library = (): string[] => {
  const dir = `${import.meta.dirname}/../../articles`;
  return readdirSync(dir).flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split(/\n\s*\n/));
};

describe('place lists', () => {
  it.each([
    ['people in Eastquay, Harbourside and parts of ', true, false],
    ['the MP for Saltmere and ', true, true],
    ['in San Isidro del Monte, Los Pinos and ', true, false],
    ['in Varnby, ', true, false],
    ['Flight 418 from Aldbridge to ', false, true],
    ['in Ørsted, Ærø and ', true, false],
    ['Residents of ', false, true],
    ['in the rain and ', false, false],
    ['to Varnby and ', false, false],
    ['mayor of Kelmoss, ', true, false],
  ])('“%s”: after a list %s, after a relation %s', (near, conjunct, relation) => {
    expect(conjunctBefore(near)).toBe(conjunct);
    expect(relationBefore(near)).toBe(relation);
    expect(differs(near)).toBe(false);
  });

  it('spells each character outside ASCII as its class', () => {
    expect(skeleton('in Ærø’s “Kø” and\u00a0')).toBe('in Àrà’s #Kà# and ');
    expect(forSkeleton(PLACE_RELATIONS.join('|'))).not.toContain('\\p{');
  });

  it('answers as the patterns as written beside every BMP character', () => {
    let differ = '';
    for (let c = 0; c < 0x10000 && differ === ''; c++) {
      const ch = String.fromCharCode(c);
      for (const near of [
        `in ${ch}arnby and `,
        `in V${ch}rnby, `,
        `in Varnby${ch} or `,
        `${ch}in Varnby, Holm and `,
        `from ${ch}ldbridge to `,
        `residents of Kel${ch} and `,
        `the mayor of Kelmoss,${ch}Varnoss and `,
        `in Varnby, Holm and${ch}`,
        `\u{1D400}${ch}in Varnby and `,
        `in \u{1D400}${ch} and `,
      ])
        if (differs(near)) differ = JSON.stringify(near);
      for (const after of [
        `, ${ch}arnby and Holm`,
        `, Holm${ch} and Varnby`,
        ` and ${ch}arnby`,
        `, Kel${ch}y, Holm or parts of Varnby`,
        `,${ch}Holm and Varnby`,
        ` and\u{1D400}${ch}Varnby`,
      ])
        if (afterDiffers(after)) differ = JSON.stringify(after);
    }
    expect(differ).toBe('');
  });

  it('answers as the patterns as written before every word of the library', () => {
    let differ = '';
    let read = 0;
    for (const text of library())
      for (let i = 1; i < text.length && differ === ''; i++) {
        if (!/\s/u.test(text.charAt(i - 1)) || /\s/u.test(text.charAt(i))) continue;
        read++;
        const near = text.slice(0, i).slice(-100);
        if (differs(near)) differ = JSON.stringify(near);
        const end = text.indexOf(' ', i);
        const after = end < 0 ? '' : text.slice(end, end + 160);
        if (afterDiffers(after)) differ = JSON.stringify(after);
      }
    expect(differ).toBe('');
    expect(read).toBeGreaterThan(100_000);
  });
});
