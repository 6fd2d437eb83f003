import nlp from 'compromise';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {
  isNameSwitch,
  isOrgWord,
  isPlaceWord,
  lexiconTags,
  nameGender,
  suffixGuess,
} from '../../src/extract/nlp.js';

// The extractor reads compromise's model from lexicon.json (scripts/build-lexicon.mjs) instead of loading the
// library; these tests fail when the file no longer matches the installed compromise (run npm run build:data).
interface World {
  model: {
    one: {lexicon: Record<string, string | string[]>};
    two: {
      orgWords: Record<string, unknown>;
      placeWords: Record<string, unknown>;
      suffixPatterns: (Record<string, string> | null | undefined)[];
      switches: Record<string, string>;
    };
  };
}
const {one, two} = (nlp.world() as World).model;

describe('lexicon.json, compromise’s model as a data file', () => {
  it('was written from the installed compromise', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../src/extract/entities/lexicon.json', import.meta.url), 'utf8'),
    ) as {source: string};
    const pkg = JSON.parse(
      readFileSync(new URL('../../node_modules/compromise/package.json', import.meta.url), 'utf8'),
    ) as {version: string};
    expect(file.source).toBe(`compromise@${pkg.version}`);
  });
  it('gives every word of compromise’s lexicon the same tags', () => {
    const differ = Object.entries(one.lexicon).filter(([word, tags]) => {
      const want = Array.isArray(tags) ? tags : [tags];
      return lexiconTags(word).join('|') !== want.join('|');
    });
    expect(differ).toEqual([]);
    expect(lexiconTags('no-such-word-xyz')).toEqual([]);
  });
  it('answers the cue-word, switch, suffix and gender questions as compromise’s model does', () => {
    for (const w of Object.keys(two.orgWords)) expect(isOrgWord(w)).toBe(true);
    for (const w of Object.keys(two.placeWords)) expect(isPlaceWord(w)).toBe(true);
    expect(isOrgWord('river')).toBe(false);
    const named = new Set(['Person|Noun', 'Person|Adj', 'Person|Verb']);
    const switches = Object.entries(two.switches);
    expect(switches.filter(([, v]) => named.has(v)).length).toBeGreaterThan(10);
    for (const [w, v] of switches) expect(isNameSwitch(w)).toBe(named.has(v));
    // An ending the lexicon lacks: the tagger's own guess for a made-up word.
    const n = two.suffixPatterns.findIndex((p) => p && Object.keys(p).length > 0);
    const [ending, tag] = Object.entries(two.suffixPatterns[n] ?? {})[0] ?? ['', ''];
    expect(suffixGuess(`qqzx${ending}`)).toBe(tag);
    expect(nameGender('Maria')).toBe('f');
    expect(nameGender('John')).toBe('m');
  });
});
