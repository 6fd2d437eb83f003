import {describe, expect, it} from 'vitest';
import {extract} from '../../src/extract/index.js';
import {
  features,
  featuresHeldForTest,
  forgetFeatures,
  type Form,
} from '../../src/extract/entities/kind-features.js';

// The features of a form are read once and held for the article only (kind-features.ts featureCache): a cache that
// outlived the article kept every form, with its spans and contexts, alive (s54c, scripts/bench/README.md).
const form = (text: string): Form => ({text, spans: [], contexts: [], midSentence: true});

describe('the features cache', () => {
  it('gives the same features for the same form until it is forgotten', () => {
    const harbour = form('Varnby Harbour');
    const first = features(harbour);
    expect(features(harbour)).toBe(first);
    expect(features(form('Varnby Harbour'))).not.toBe(first);
    forgetFeatures();
    expect(featuresHeldForTest()).toBe(0);
    const again = features(harbour);
    expect(again).not.toBe(first);
    expect(again.text).toBe('Varnby Harbour');
    expect({...again, count: null}).toEqual({...first, count: null});
  });

  it('holds nothing once an article is extracted', () => {
    const analysis = extract({
      title: 'Ferry runs again in Varnby',
      paragraphs: [
        'Anna Holm, the mayor of Varnby, said the ferry to Kelby would run again on Monday.',
        'Holm said Varnco had repaired the ramp.',
      ],
    });
    expect(analysis.people.map((p) => p.name)).toContain('Anna Holm');
    expect(featuresHeldForTest()).toBe(0);
  });
});
