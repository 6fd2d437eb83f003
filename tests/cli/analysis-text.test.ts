import {describe, expect, it} from 'vitest';
import {formatAnalysis} from '../../src/cli/analysis-text.js';
import type {Analysis} from '../../src/extract/index.js';

const empty: Analysis = {summary: [], people: [], places: [], organizations: [], quotes: [], facts: []};

describe('brief show / extract text output', () => {
  it('names a quote’s speaker, and says “unattributed” when it has none', () => {
    const text = formatAnalysis({
      ...empty,
      quotes: [
        {text: 'We will rebuild,', speaker: 'Olena Petrenko'},
        {text: 'The sirens went on all night.', speaker: null},
      ],
    });
    // The clause's comma stays in the extracted text, not inside the marks of a quote shown on its own.
    expect(text).toContain('Olena Petrenko — “We will rebuild”');
    expect(text).toContain('unattributed — “The sirens went on all night.”');
    expect(text).not.toContain('unnamed');
  });

  it.each([
    ['Heartbroken and numb,', 'Heartbroken and numb'],
    ['We will rebuild ,', 'We will rebuild'],
    ['One, two, three', 'One, two, three'],
    ['Is it over?', 'Is it over?'],
  ])('shows the quote %j as “%s”', (quote, shown) => {
    expect(formatAnalysis({...empty, quotes: [{text: quote, speaker: 'Erick Rowan'}]})).toContain(
      `Erick Rowan — “${shown}”\n`,
    );
  });
});
