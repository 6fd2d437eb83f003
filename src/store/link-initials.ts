import {placeNames} from '../extract/entities/place-names.js';
import {initialsOf} from '../search/forms.js';
import {countryOf} from './country-bodies.js';
import {countriesStep, notOneCountry, type ArticleCountries, type Node} from './link-nodes.js';

// The "initials" rule's reading of a body's name (link-rules.ts): which acronyms it may stand for, and which body of
// the library an acronym no article spells out is.

/** A body's record named by capitals alone ("AFP", "CIA"). */
export function isAcronymRecord(n: Node): boolean {
  return n.rec.kind === 'organization' && /^\p{Lu}{2,6}$/u.test(n.rec.name);
}

/**
 * The acronyms a body's name may be written as (folded): its initials, function words left out ("Agence
 * France-Presse" is AFP), and, for a name ending with "and <more>", the initials without that last conjunct: the
 * "Centers for Disease Control and Prevention" are the CDC (and the CDCP).
 */
export function bodyInitials(name: string): string[] {
  const all = initialsOf(name);
  const cut = Math.max(name.lastIndexOf(' and '), name.lastIndexOf(' & '));
  // (Three letters or more: "PG" of "Pacific Gas and Electric" is as often something else.)
  const short = cut > 0 && initialsOf(name.slice(0, cut)).length >= 3 ? initialsOf(name.slice(0, cut)) : '';
  return short === '' || short === all ? (all === '' ? [] : [all]) : all === '' ? [short] : [all, short];
}

// Fewest letters an acronym read from part of a body's name may have (looseInitials): two are anyone's.
const LOOSE_MIN = 3;

/**
 * Acronyms a body's name may be written as once words the acronym skips are left out: the opening words up to
 * "of" and the last word, either or both ("National Union of Rail, Maritime and Transport Workers" is the RMT);
 * only those of three letters or more that bodyInitials does not already give. Looser than a body's own initials,
 * they count only in the articles that name the body (link-parts.ts): the "CNA" of a US article (a research body)
 * is not the "Chinese National Academy of Sciences" of another.
 */
export function looseInitials(name: string): string[] {
  const plain = name.replace(/,/gu, '');
  const of = plain.indexOf(' of ');
  const opened = of > 0 ? plain.slice(of + ' of '.length) : null;
  const closed = (text: string | null): string | null =>
    text !== null && text.includes(' ') ? text.slice(0, text.lastIndexOf(' ')) : null;
  const own = new Set(bodyInitials(name));
  const out = new Set<string>();
  for (const part of [plain, opened, closed(plain), closed(opened)])
    if (part !== null)
      for (const initials of bodyInitials(part))
        if (initials.length >= LOOSE_MIN && !own.has(initials)) out.add(initials);
  return [...out];
}

/** The place a body's name opens with: its folded initials ("us" of "United States Postal Service") and country. */
export interface OpeningPlace {
  initials: string;
  country: string | null;
}

/**
 * The place or its people a name opens with ("United States Senate", "Christchurch District Court", "American
 * Broadcasting Company"), or null.
 */
export function openingPlace(name: string): OpeningPlace | null {
  const [first, second] = name.split(/\s+/u);
  const known = (text: string): OpeningPlace | null => {
    const country =
      placeNames().placeOf(text)?.country ?? placeNames().regionCountry(text) ?? countryOf(text);
    if (country === null) return null;
    const initials = text
      .split(/\s+/u)
      .map((w) => w[0] ?? '')
      .join('')
      .toLowerCase();
    return {initials, country};
  };
  return (
    (first !== undefined && known(first)) || (second !== undefined && known(`${first} ${second}`)) || null
  );
}

// An acronym of a body named after a place stands for it only with this many letters after the place's: "USS" (the
// United States Senate's initials) is a ship's prefix ("USS Ronald Reagan"), while "USPS" and "USGS" are the
// Postal Service and the Geological Survey. (A body of one word after its country is named by that word: the Senate.)
const AFTER_PLACE_MIN = 2;

/**
 * Whether an acronym (folded) may stand for a body whose name opens with `place`: it spells the place's initials and
 * two letters more, and every article naming the acronym is about the place's country (the "USPS" of US news, not
 * the "CDC" of a US article for the Christchurch District Court). Never without the articles' countries.
 */
export function placeFits(
  acronym: string,
  place: OpeningPlace,
  countries: readonly (string | null)[] | undefined,
): boolean {
  return (
    place.country !== null &&
    acronym.startsWith(place.initials) &&
    acronym.length - place.initials.length >= AFTER_PLACE_MIN &&
    countries !== undefined &&
    countries.length > 0 &&
    countries.every((c) => c === place.country)
  );
}

/**
 * Initials (folded, "afp") → the one body of the library whose name they abbreviate (bodyInitials), as search reads
 * initials; initials two bodies fit are no one's. A body named after a place fits only as placeFits says, and only
 * when no body named otherwise fits: the "CDC" of a US article is the Centers for Disease Control and Prevention, not
 * the California Department of Corrections and Rehabilitation, though both read so without their last conjunct.
 */
export function* initialsOwners(
  nodes: readonly Node[],
  due: () => boolean,
  countriesOf?: ArticleCountries,
): Generator<void, Map<string, number>> {
  // Only initials some acronym of the library spells are read further (the place look-ups are the dear part).
  const acronyms = new Map<string, string>();
  for (const n of nodes) if (isAcronymRecord(n)) acronyms.set(n.folded, n.rec.key);
  // Each acronym's articles' countries, asked of the store once, for acronyms a body named after a place may fit.
  const countriesByAcronym = new Map<string, readonly (string | null)[] | undefined>();
  function* countriesOfAcronym(acronym: string): Generator<void, readonly (string | null)[] | undefined> {
    if (!countriesByAcronym.has(acronym)) {
      const key = acronyms.get(acronym) as string;
      countriesByAcronym.set(
        acronym,
        // (placeFits asks that every article be about the place's country: a second country or none settles it.)
        countriesOf ? yield* countriesStep(countriesOf, key, notOneCountry()) : undefined,
      );
    }
    return countriesByAcronym.get(acronym);
  }
  // Per acronym, the bodies named otherwise that fit it, and those named after a place (null: two or more).
  const plain = new Map<string, number | null>();
  const placed = new Map<string, number | null>();
  const fit = (fits: Map<string, number | null>, initials: string, i: number): void => {
    const seen = fits.get(initials);
    fits.set(initials, seen === undefined || seen === i ? i : null);
  };
  yield;
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    if (n.rec.kind !== 'organization' || !n.folded.includes(' ')) continue;
    const forms = bodyInitials(n.rec.name).filter((f) => acronyms.has(f));
    if (forms.length === 0) continue;
    const place = openingPlace(n.rec.name);
    for (const initials of forms) {
      if (place === null) fit(plain, initials, i);
      else if (!plain.has(initials) && placeFits(initials, place, yield* countriesOfAcronym(initials)))
        fit(placed, initials, i);
    }
  }
  const owners = new Map<string, number>();
  for (const [initials, i] of placed) if (i !== null && !plain.has(initials)) owners.set(initials, i);
  for (const [initials, i] of plain) if (i !== null) owners.set(initials, i);
  return owners;
}
