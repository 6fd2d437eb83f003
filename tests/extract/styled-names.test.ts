import {describe, expect, it} from 'vitest';
import {runEntities} from '../helpers/entities.js';

// styled-name.ts, cues.ts NAMING_STYLES: a style of rank or honour before the one word an article gives of a person's
// name is part of the name; an office one person holds at a time is not. Names are made up.
const people = (text: string): string[] => runEntities([text]).people.map((p) => p.name);

describe('styles that are part of a name', () => {
  it('a naming style before the only word of the name stays in the name', () => {
    const text =
      "Varnia's prime minister Sheikh Morwena opened the bridge. Morwena said it would cut travel times.";
    expect(people(text)).toContain('Sheikh Morwena');
    expect(people(text)).not.toContain('Morwena');
  });

  it('a peer is named with the style', () => {
    const text = 'The judge, Lord Tavish, ruled on Friday. Tavish said the suspension was unlawful.';
    expect(people(text)).toContain('Lord Tavish');
  });

  it('an office held by one person at a time is not part of the name', () => {
    const text = 'Pope Orsino sent a message to the victims. Orsino said he prayed for them.';
    expect(people(text)).toContain('Orsino');
    expect(people(text)).not.toContain('Pope Orsino');
  });

  it('a fuller form of the name in the article names the person', () => {
    const text = 'Sheikh Morwena Varadi opened the bridge. Morwena said it would cut travel times.';
    expect(people(text)).not.toContain('Sheikh Morwena');
    expect(people(text).some((n) => n.endsWith('Morwena Varadi'))).toBe(true);
  });
});
