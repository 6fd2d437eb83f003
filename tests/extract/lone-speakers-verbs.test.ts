import {describe, expect, it} from 'vitest';
import {shippedBlocks} from '../helpers/made-up-texts.js';
import {LONE_SPEAKER_RULES} from '../../src/extract/quotes/lone-speakers.js';
import {VERB_ALT} from '../../src/extract/quotes/vocabulary.js';
import {matchesOf} from '../../src/extract/matches.js';

// lone-speakers.ts reads the speech verb by code between its shapes' small patterns (s58a): each shape must find
// what its pattern as written, the verbs' alternation inside, found: the same starts, ends and words.
const WRITTEN: Record<string, RegExp> = {
  'lone-word-after-quote': new RegExp(
    `(?:,\\s*[”"]|[”"]\\s*,)\\s*(\\p{Lu}\\p{Ll}{2,})\\s+(?:${VERB_ALT})(?![\\p{L}])`,
    'gu',
  ),
  'lone-word-verb-after-quote': new RegExp(
    `(?:,\\s*[”"]|[”"]\\s*,)\\s*(?:${VERB_ALT})\\s+(\\p{Lu}\\p{Ll}{2,})(?=\\s*[.,;])`,
    'gu',
  ),
  'lone-word-before-quote': new RegExp(
    `(?:,|(?<![\\p{L}\\p{N}])\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}{2,})\\s+(?:${VERB_ALT})(?:\\s+\\p{Ll}+){0,2}\\s*[,:]?\\s*[“"]`,
    'gu',
  ),
};

const written = (id: string, text: string) =>
  matchesOf(WRITTEN[id] as RegExp, text).map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    word: m[1],
  }));

const MADE_UP = [
  '“The river is rising faster than we expected,” Varnok said.',
  '“We will open on Friday,” said Grivik.',
  'On Tuesday, Varnok told reporters: “We expected worse.”',
  '“Ready,” Varnok told of the flood. “Soon,” Varnok saidé so. “Now,” Varnok says, “now.”',
  '“Yes,” told of Grivik; “no” , said  Grivik , and “maybe,”pointed \n out Grivik.',
  '“Yes,” Varnok pointed out. “No,” Varnok pointed outward. “So,” Varnok said-so.',
  '“Up,” Varnok sa id. “Down,” Varnok Said. “Left,” Varnok said, “right,” Grivik said.',
  'he Varnok told of them all “no”, and Grivik said: “yes”, but ſ Varnok said “x”.',
  'then Varnok told of them, “yes” and then Grivik told reporters angrily today “no”.',
  '“Done,” 𝑥 Varnok said. “Up,” Varnok said𝑥. 𝑎𝑏 Varnok said “z”. 14th Varnok said “z”.',
  '", Varnok said" and ,"Grivik told" and ”,Varnok according  to ”,according to Grivik.',
  '“A,” Varnok holding that “b,” held that Grivik; “c,” Varnok saying',
];

describe('the lone speakers’ shapes, the verb read by code', () => {
  it.each(MADE_UP)('“%s”', (text) => {
    for (const rule of LONE_SPEAKER_RULES) expect(rule.matches(text)).toEqual(written(rule.id, text));
  });

  it('finds in made-up text what the patterns find, some of it', () => {
    const found = MADE_UP.flatMap((t) => LONE_SPEAKER_RULES.flatMap((r) => r.matches(t)));
    expect(found.length).toBeGreaterThan(10);
  });

  it('finds what the patterns find in every paragraph of the library', () => {
    let found = 0;
    const differing: string[] = [];
    for (const para of shippedBlocks())
      for (const rule of LONE_SPEAKER_RULES) {
        const mine = rule.matches(para);
        found += mine.length;
        if (JSON.stringify(mine) !== JSON.stringify(written(rule.id, para)))
          differing.push(`${rule.id}: ${para.slice(0, 80)}`);
      }
    expect(differing).toEqual([]);
    expect(found).toBeGreaterThan(50);
  });
});
