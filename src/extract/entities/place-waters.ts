// Rivers a story names with no "river" (round s48g, src/extract/entities/ERRORS.md): "as the Tarrowe burst its
// banks", "the Lunda, which forms the border", "along the Rio Preto", "the banks of the Tarrowe". What the sentence
// says a river does or has is the cue, read only where the name follows "the" (or the preposition the
// shape needs), so the patterns run for few names.
import type {MentionTest} from './kind-features.js';
import {GOOD, again, type KindRule} from './kind-weights.js';

// What only a river does or has, right after its name: bursts or tops its banks, rises by a water level's measure,
// forms a border, or has banks, waters, a mouth, a source of its own.
const WATER_ACTS = new RegExp(
  [
    String.raw`^['’]s\s+(?:banks|waters|floodwaters|mouth|source|estuary|tributar(?:y|ies)|water\s+level)\b`,
    String.raw`^\s+(?:has\s+|had\s+)?(?:burst|broke(?:n)?|overtopped|breached|spilled\s+over)\s+its\s+banks\b`,
    String.raw`^\s+(?:has\s+|had\s+)?(?:rose|risen|peaked|crested|fell|dropped)\s+(?:(?:more\s+than|by|to|at|about|nearly|almost|over|some)\s+)*[\d.,]+\s*(?:metres|meters|m|feet|ft|centimetres|centimeters|cm|inches)\b`,
    String.raw`^\s+(?:has\s+|had\s+)?(?:(?:rose|risen)\s+above|(?:is|was)\s+in\s+(?:full\s+)?flood|flooded\s+(?:its|the)\s+(?:banks|valley|plain))\b`,
    String.raw`^,\s+which\s+(?:forms|marks)\s+(?:part\s+of\s+)?the\s+(?:border|boundary|frontier)\b`,
  ].join('|'),
  'u',
);

/** `after` (the text after a name) says what a river does: "burst its banks", "rose four metres", "'s banks". */
export function waterActs(after: string): boolean {
  const c = after.charCodeAt(0);
  return (c === 0x20 || c === 0x2c || c === 0x27 || c === 0x2019) && WATER_ACTS.test(after);
}

// Where a river is the way: "along the Rio Preto", "the banks of the Tarrowe", "the mouth of the Lunda" (and a
// road or a coast, places too).
const ALONG = /(?:^|\s)[Aa]long\s+(?:the\s+)?$/u;
// (A set of the words, not a pattern tried along `near`: many names follow "… of the ".)
const RIVER_PARTS = new Set(
  'banks bank mouth source waters shore shores estuary floodplain headwaters course length bed'.split(' '),
);

/** The words before a name (`near`) put it along a way or at a river's part ("along the X", "banks of the X"). */
export function placedAlong(near: string): boolean {
  if (near.endsWith('along ') || near.endsWith('along the ')) return ALONG.test(near);
  if (!near.endsWith(' of the ')) return false;
  const end = near.length - 8;
  return RIVER_PARTS.has(near.slice(near.lastIndexOf(' ', end - 1) + 1, end));
}

// (Made once: kind-features.ts MentionTest says why.)
const waterActsCue: MentionTest = (c) => c.waterActs === true;

/** The rule, tried with those of kind-rules-place-cues.ts. */
export const WATER_RULES: readonly KindRule[] = [
  {
    id: 'river-acts',
    description:
      'after "the", does or has what only a river does ("the Tarrowe burst its banks", "the Lunda rose four metres", "the Lunda, which forms the border"): a place',
    example: 'Homes were evacuated as the Tarrowe burst its banks on Sunday.',
    // (Nothing personal said of it: "the Holm family" is no name here, and a river has no title or age.)
    apply: (f) => {
      if (f.words.length > 3 || f.titled + f.aged + f.personRole + f.speaks > 0) return undefined;
      const n = f.count(waterActsCue);
      return n > 0 ? {place: again(n, GOOD)} : undefined;
    },
  },
];
