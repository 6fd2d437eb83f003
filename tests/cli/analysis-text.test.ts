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
    expect(text).toContain('Olena Petrenko — “We will rebuild,”');
    expect(text).toContain('unattributed — “The sirens went on all night.”');
    expect(text).not.toContain('unnamed');
  });
});
