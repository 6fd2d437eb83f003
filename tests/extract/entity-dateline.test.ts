import {describe, expect, it} from 'vitest';
import {namesOf} from '../helpers/entities.js';

// A wire story's dateline names where it was filed, in capitals, before a dash: "AUSTIN, Texas (AP) — ". The place
// was dropped when the text never wrote it again in ordinary case, or read as a body's acronym ("WESTFIELD").
// Made-up stories.
const kinds = (paragraphs: string[]) => ({
  places: namesOf(paragraphs, 'places').map((n) => n[0]),
  organizations: namesOf(paragraphs, 'organizations').map((n) => n[0]),
});

describe('a wire dateline', () => {
  it('keeps "(AP) —" after a region\'s abbreviation in the first sentence', () => {
    const found = kinds([
      'VARNBY, Ore. (AP) — A storm closed the port on Monday.',
      'It reopened on Tuesday.',
    ]);
    expect(found.places.map((n) => n?.toLowerCase())).toContain('varnby');
  });

  it.each([
    ['VARNBY, Texas (AP) — Velmar Inc. said on Monday it would buy Solwick Energy.', 'Varnby'],
    ['VARNBY, Texas -- Velmar Inc. said on Monday it would buy Solwick Energy.', 'Varnby'],
    // (The whole name: a run in capitals keeps its opening adjective, round s43a.)
    ['NEW KELMORE (Reuters) - Velmar Inc. said on Monday it would buy Solwick Energy.', 'New Kelmore'],
    ['VARNBY, Calif. (AP) — Velmar Inc. said on Monday it would buy Solwick Energy.', 'Varnby'],
    ['WESTBRIDGE — Velmar Inc. said on Monday it would buy Solwick Energy.', 'Westbridge'],
  ])('%s names a place', (lede, place) => {
    const found = kinds([lede, 'The deal closes next year, the company said.']);
    expect(found.places.map((n) => n?.toLowerCase())).toContain(place.toLowerCase());
    expect(found.organizations.map((n) => n?.toLowerCase())).not.toContain(place.toLowerCase());
  });

  it('is only the first sentence: capitals before a dash later in the story are no dateline', () => {
    const found = kinds([
      'Fares rose on Monday.',
      'VELTA — the transit agency — said fares would rise again.',
    ]);
    expect(found.places.map((n) => n?.toLowerCase())).not.toContain('velta');
  });
});
