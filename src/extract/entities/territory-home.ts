import {knownPlace, nameKey} from './gazetteer.js';
import {placeNames} from './place-names.js';
import {STATE_BODY_HEADS} from './cues.js';

// An article about a territory the gazetteer has as a country of its own and also as a region of another (Puerto
// Rico, a region of the United States) names the territory's own Senate and House as "the Senate", "the House of
// Representatives", and the nation's with the nation's name ("U.S. Senate"): the two are different bodies.

/** A territory an article is about, and the country it is a region of: {territory: 'PR', of: 'US'}. */
export interface TerritoryHome {
  territory: string;
  of: string;
}

/**
 * The territory more than half of an article's place mentions are in (a city counts for its country: "San Juan" for
 * Puerto Rico), with the country the gazetteer gives it as a region of; null for an article about no territory.
 */
export function territoryHome(places: readonly {text: string; mentions: number}[]): TerritoryHome | null {
  const weight = new Map<string, number>();
  const nameOf = new Map<string, string>();
  let total = 0;
  for (const p of places) {
    const place = knownPlace(p.text);
    if (!place) continue;
    const country = place.kind === 'country' ? place.id : place.id.split(':')[0];
    if (country === undefined || country === '') continue;
    if (place.kind === 'country') nameOf.set(country, p.text);
    weight.set(country, (weight.get(country) ?? 0) + p.mentions);
    total += p.mentions;
  }
  for (const [country, w] of weight) {
    const name = nameOf.get(country);
    if (2 * w <= total || name === undefined) continue;
    const of = placeNames().regionCountry(name);
    return of !== null && of !== country ? {territory: country, of} : null;
  }
  return null;
}

/** A body's name a territory's body may have ("Senate", "House of Representatives"). */
export function namesStateBody(text: string): boolean {
  return nameKey(text)
    .split(' ')
    .some((w) => STATE_BODY_HEADS.has(w));
}
