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
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[-–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

const places = new Map<string, KnownPlace>();
const demonyms = new Set<string>();

function addPlace(form: string, place: KnownPlace): void {
  const key = nameKey(form);
  if (key !== '' && !places.has(key)) places.set(key, place);
}

for (const c of countries) {
  const country: KnownPlace = {id: c.cca2, kind: 'country'};
  addPlace(c.name.common, country);
  addPlace(c.name.official, country);
  // The first alternative spelling is the two-letter code, which in running text is more often a word ("IT", "AS").
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
  return places.get(nameKey(name));
}

/** True for a demonym or its plural ("Russian", "Ukrainians"), which names people or an adjective, not a place. */
export function isDemonym(word: string): boolean {
  return demonyms.has(nameKey(word));
}
