import {describe, expect, it} from 'vitest';
import {tokenize} from '../../src/extract/entities/tokens.js';
import {namesOf} from '../helpers/entities.js';

// "The Luxembourg-based court", "a San Jose-born engineer": where something is based or someone was born is a place
// the text names, often its only mention (tune's Luxembourg). Made-up text throughout.
const places = (paragraphs: string[]): string[] => namesOf(paragraphs, 'places').map((n) => n[0] ?? '');

describe('the first part of an "X-based" or "X-born" compound', () => {
  it('is a word of its own, capitalised, and "based" another', () => {
    const words = tokenize('The San Jose-based firm hired a Lisbon-born engineer.').map(
      (t) => `${t.text}:${t.cap}`,
    );
    expect(words).toEqual([
      'The:true',
      'San:true',
      'Jose:true',
      'based:false',
      'firm:false',
      'hired:false',
      'a:false',
      'Lisbon:true',
      'born:false',
      'engineer:false',
    ]);
  });

  it('names a place the gazetteer knows, a place of two words, and one the lexicon knows as a personal name', () => {
    const story = [
      'The Luxembourg-based court ruled on Tuesday that the Varnby Ferry Company must pay the fine.',
      'A San Jose-based analyst said the ruling was expected, and a Virginia-based rival welcomed it.',
    ];
    expect(places(story)).toEqual(expect.arrayContaining(['Luxembourg', 'San Jose', 'Virginia']));
  });

  it('is no place where it names a product or a language ("Oracle-based", "Lua-based")', () => {
    const story = [
      'The team rewrote its Oracle-based billing system and its Lua-based tools over the summer.',
    ];
    expect(places(story)).toEqual([]);
  });

  it('other compounds stay one lower-case modifier ("Award-winning", "Kyiv-led" is no place cue)', () => {
    expect(tokenize('The Award-winning crew').map((t) => `${t.text}:${t.cap}`)).toEqual([
      'The:true',
      'Award-winning:false',
      'crew:false',
    ]);
  });
});
