// "the State of France" is France, and "the State of Virginia" the Virginia of the same article: a place named as a
// state is one place with its bare name. merge.ts files a place's forms under the key placeKey gives.
import {STATE_OF} from './cues.js';
import {knownPlace, nameKey} from './gazetteer.js';
import {placeNames} from './place-names.js';
import {transliterated} from './spelling.js';

/** The key of the place "State of X" and a bare "X" share when X is no country of the gazetteer. */
export const stateKey = (x: string): string => `state:${nameKey(x)}`;

/**
 * The key a place's form is filed under when forms are merged: its gazetteer entry's id; for "State of X", the
 * country X's id, or the key it shares with a bare "X" (stateKey); undefined for another unknown name.
 * A city's other names that spell its name another way ("Kiev" and "Kyiv", "Odessa" and "Odesa") share the id of
 * the one GeoNames city they name (place-names.ts), so one article's two spellings of one city are one place. Not
 * an other name of another shape: GeoNames lists a state's name among its capital's ("Penang" for George Town).
 */
export function placeKey(text: string): string | undefined {
  const own = knownPlace(text);
  if (own?.kind === 'country') return own.id;
  // A country's other names in GeoNames ("America" for the United States, as the gold guide has it) are the
  // country's. (Not a state's or province's name that a city elsewhere has: "Virginia" is the state of "the State of
  // Virginia".)
  const names = placeNames();
  const named = names.placeOf(text);
  if (named?.id.startsWith('country:')) return named.id.slice('country:'.length);
  if (named?.id.startsWith('city:') && (own !== undefined || names.regionCountry(text) === null)) {
    const key = nameKey(text);
    const main = nameKey(named.name);
    if (key === main || transliterated(key, main)) return named.id;
  }
  if (own) return own.id;
  const x = STATE_OF.exec(text)?.[1];
  if (x === undefined) return undefined;
  const place = knownPlace(x);
  return place?.kind === 'country' ? place.id : place ? undefined : stateKey(x);
}
