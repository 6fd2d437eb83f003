// Countries, capitals and demonyms from world-countries; other places come from compromise's lexicon (see nlp.ts).
import type {Countries} from 'world-countries';
import countriesModule from 'world-countries';

// The package's typings describe a CommonJS default; the ESM build exports the array itself.
const countries = ((countriesModule as unknown as {default?: Countries}).default ?? countriesModule) as unknown as Countries;

/** A place the gazetteer knows: `id` groups the forms of one country ("UK", "Britain", "United Kingdom"). */
export interface KnownPlace {
  id: string;
  kind: 'country' | 'city';
}

/** The comparison key for names: lower case, no accents, no dots, no leading "the". */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/ı/g, 'i')
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[-–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

const places = new Map<string, KnownPlace>();
const codes = new Map<string, KnownPlace>();
const WORD_CODES = new Set(['it', 'in', 'is', 'as', 'at', 'be', 'by', 'do', 'go', 'me', 'my', 'no', 'or', 'so', 'to', 'am', 'an', 'id', 'if', 'of', 'on', 'pe', 'ne', 'co', 'ad', 'al', 'ai', 'ag', 'ca', 'ma', 'mo', 'pa', 'pr', 'sa', 'tv', 'gb', 'la', 'ba', 'bo', 'ch', 'de', 'es', 'eu', 'fi', 'fr', 'hr', 'hu', 'ie', 'il', 'lt', 'mt', 'pm', 'pt', 're', 'st', 'td', 'ws']);
// ("US" in capitals is the country, so it is not in this list.)
const demonyms = new Set<string>();

function addPlace(form: string, place: KnownPlace): void {
  const key = nameKey(form);
  if (key !== '' && !places.has(key)) places.set(key, place);
}

for (const c of countries) {
  const country: KnownPlace = {id: c.cca2, kind: 'country'};
  addPlace(c.name.common, country);
  addPlace(c.name.official, country);
  // The first alternative spelling is the two-letter code: kept dotted ("U.S.", "U.K."), and bare unless it spells
  // an English word ("IT", "AS", "IN").
  codes.set(c.cca2.toLowerCase(), country);
  for (const alt of c.altSpellings.slice(1)) {
    if (!/^[\p{Script=Latin}\s,.'-]+$/u.test(alt) || alt.includes(',')) continue;
    addPlace(alt, country);
    // "Great Britain" is written "Britain" far more often than in full.
    if (alt.startsWith('Great ')) addPlace(alt.slice('Great '.length), country);
  }
  for (const capital of c.capital) addPlace(capital, {id: `${c.cca2}:${capital}`, kind: 'city'});
  const eng = c.demonyms['eng'];
  for (const d of eng ? [eng.m, eng.f] : []) {
    demonyms.add(nameKey(d));
    demonyms.add(nameKey(`${d}s`));
  }
}

/** The country or capital a name denotes, if the gazetteer knows it. */
export function knownPlace(name: string): KnownPlace | undefined {
  const key = nameKey(name);
  const found = places.get(key);
  if (found) return found;
  const dotted = /^(?:\p{Lu}\.){2}$/u.test(name);
  if (dotted || (/^\p{Lu}{2}$/u.test(name) && !WORD_CODES.has(key))) return codes.get(key);
  return undefined;
}

/** True for a demonym or its plural ("Russian", "Ukrainians"), which names people or an adjective, not a place. */
export function isDemonym(word: string): boolean {
  return demonyms.has(nameKey(word));
}
