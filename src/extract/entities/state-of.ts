// "the State of France" is France, and "the State of Virginia" the Virginia of the same article: a place named as a
// state is one place with its bare name. merge.ts files a place's forms under the key placeKey gives.
import {STATE_OF} from './cues.js';
import {knownPlace, nameKey} from './gazetteer.js';

/** The key of the place "State of X" and a bare "X" share when X is no country of the gazetteer. */
export const stateKey = (x: string): string => `state:${nameKey(x)}`;

/**
 * The key a place's form is filed under when forms are merged: its gazetteer entry's id; for "State of X", the
 * country X's id, or the key it shares with a bare "X" (stateKey); undefined for another unknown name.
 */
export function placeKey(text: string): string | undefined {
  const own = knownPlace(text);
  if (own) return own.id;
  const x = STATE_OF.exec(text)?.[1];
  if (x === undefined) return undefined;
  const place = knownPlace(x);
  return place?.kind === 'country' ? place.id : place ? undefined : stateKey(x);
}
