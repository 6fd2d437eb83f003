import {STATE_BODY_HEADS} from '../extract/entities/cues.js';
import {placeNames} from '../extract/entities/place-names.js';
import type {Entity} from '../extract/types.js';
import {articleCountry} from './country-bodies.js';
import {normaliseName} from './entity-key.js';

// A state's or territory's legislature and courts are named as the nation's are ("the Senate", "the House of
// Representatives"), and an article about a country keys a body it names without its country by that country
// (country-bodies.ts). The article's own words tell a state's apart: "North Carolina's state Senate", "passed the
// Senate of the state". Such a body is keyed by its state, never as the nation's.

// What says, just before a body's name, that it is a state's: "state Senate", "the commonwealth's House".
const BEFORE = /(?:\bstate|\bcommonwealth['’]s|\bterritory['’]s)\s+$/iu;
// A state's name and its possessive just before: "North Carolina's state Senate", "Alabama's Senate".
const REGION_BEFORE = /((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)['’]s\s+(?:state\s+)?$/u;
// Just after: "the Senate of the state", "the House of the commonwealth".
const AFTER = /^\s+of\s+the\s+(?:state|commonwealth|territory)\b/iu;

// Characters of a sentence read before a body's name for its qualifier.
const LOOK_BEHIND = 40;

/** A bare body's name of a head a state also has ("Senate", "State House", "Supreme Court"). */
export function isStateHead(name: string): boolean {
  return normaliseName(name)
    .split(' ')
    .some((w) => STATE_BODY_HEADS.has(w));
}

/** The folded name of a region (state, province, territory) of `country` that `text` names, or null. */
function regionOf(text: string, country: string): string | null {
  const names = placeNames();
  return names.regionCountry(text) === country && !names.placeOf(text)?.id.startsWith('country:')
    ? normaliseName(text)
    : null;
}

/**
 * The article's one region of `country` (the one it names most, more than any other of that country's), folded;
 * null when it names none or two as often.
 */
function articleRegion(places: readonly Entity[], country: string): string | null {
  let best: string | null = null;
  let most = 0;
  let tie = false;
  for (const p of places) {
    const region = regionOf(p.name, country);
    if (region === null) continue;
    if (p.mentions > most) [best, most, tie] = [region, p.mentions, false];
    else if (p.mentions === most && region !== best) tie = true;
  }
  return tie ? null : best;
}

/**
 * How the body `forms` name is qualified in one sentence: the region the text gives ("North Carolina's state
 * Senate"), '' for a state's whose text names none ("the Senate of the state"), or null when not a state's.
 */
function qualifier(sentence: string, forms: readonly string[], country: string): string | null {
  for (const form of forms) {
    for (let at = sentence.indexOf(form); at !== -1; at = sentence.indexOf(form, at + 1)) {
      const before = sentence.slice(Math.max(0, at - LOOK_BEHIND), at);
      const after = sentence.slice(at + form.length);
      const region = REGION_BEFORE.exec(before)?.[1];
      const named = region === undefined ? null : regionOf(region, country);
      if (named !== null) return named;
      if (BEFORE.test(before) || AFTER.test(after)) return '';
    }
  }
  return null;
}

/**
 * The folded region whose body `entity` is, when the article's own words make it a state's (or a territory's) in
 * more than half the sentences naming it: "North Carolina's state Senate" of a former US senator's obituary is North
 * Carolina's, "the Senate of the state" of an article about Alabama's governor Alabama's. '' for a state's body
 * whose state the article does not tell; null for a body not a state's (the nation's "Senate" of a US article).
 */
export function stateBodyRegion(
  entity: Entity,
  sentences: readonly string[],
  places: readonly Entity[],
  country: string,
): string | null {
  if (!isStateHead(entity.name)) return null;
  const forms = [entity.name, ...entity.aliases];
  // "State Senate", "State House": the name itself says so.
  const ownWord = forms.some((f) => /^state\s/iu.test(normaliseName(f)));
  let stated = 0;
  let given: string | null = null;
  for (const s of sentences) {
    const q = qualifier(s, forms, country);
    if (q === null) continue;
    stated++;
    if (q !== '') given ??= q;
  }
  if (!ownWord && (sentences.length === 0 || 2 * stated <= sentences.length)) return null;
  return given ?? articleRegion(places, country) ?? '';
}

/**
 * The territory (ISO code) most of the article's places are in when the gazetteer has it as a region of `country`
 * too: an article about Puerto Rico that names the "U.S. Senate" means Puerto Rico's own by "the Senate" (extraction
 * keeps the two apart there, territory-home.ts). Null for an article about `country` itself, or another.
 */
export function articleTerritory(places: readonly Entity[], country: string): string | null {
  const home = articleCountry(places);
  if (home === null || home === country) return null;
  const name = placeNames().countryName(home);
  return name !== null && placeNames().regionCountry(name) === country ? home : null;
}
