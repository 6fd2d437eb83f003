import {demonymPlace} from '../extract/entities/gazetteer.js';
import {placeNames} from '../extract/entities/place-names.js';
import {fold} from './fold.js';

// Queries that name an entity by words no form of it holds: a country's adjective ("ukrainian" for Ukraine) and
// a body's name written out for the acronym the articles use ("federal bureau of investigation" for the FBI).

/**
 * The country's name (folded) a one-word query is the adjective of ("ukrainian" → "ukraine", "british" → "united
 * kingdom"), from the gazetteer's demonyms; null for any other query, or an adjective of several countries.
 */
export function adjectiveCountry(words: readonly string[]): string | null {
  if (words.length !== 1) return null;
  const place = demonymPlace(words[0] as string);
  if (place?.kind !== 'country') return null;
  const name = placeNames().countryName(place.id);
  return name === null ? null : fold(name);
}

// Words a body's name leaves out of its acronym: "of" and "the" in "Federal Bureau of Investigation" (FBI).
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'a', 'an', 'de', 'la', 'du']);

// Words a query needs to be read as a name written out: two are too often a phrase whose initials mean nothing
// ("quantum entanglement" → "qe").
const WRITTEN_OUT_MIN = 3;

/**
 * The acronym (folded) a query of three or more words spells out, small words left out ("north atlantic treaty
 * organization" → "nato"); null for a shorter query.
 */
export function spelledAcronym(words: readonly string[]): string | null {
  const content = words.filter((w) => !SMALL_WORDS.has(w));
  if (content.length < WRITTEN_OUT_MIN || content.length > 8) return null;
  return content.map((w) => w[0] ?? '').join('');
}

/** A form written as an acronym: capitals alone, or each followed by a period ("NATO", "U.N."). */
export function writtenAsAcronym(shown: string): boolean {
  return /^(?:\p{Lu}{2,8}|(?:\p{Lu}\.){2,8})$/u.test(shown.trim());
}
