import {demonymPlace} from '../extract/entities/gazetteer.js';
import {placeNames} from '../extract/entities/place-names.js';
import type {Entity} from '../extract/types.js';
import {normaliseName} from './entity-key.js';

/**
 * Words of a nation's institutions that do not say which nation: "the Senate", "Supreme Court", "House of
 * Representatives". A name made only of these (and small words) means the body of the country the article is
 * about.
 */
// prettier-ignore
const BODY_WORDS = new Set([
  'senate', 'congress', 'parliament', 'supreme', 'court', 'house', 'representatives', 'commons', 'lords',
  'cabinet', 'national', 'assembly', 'federal', 'constitutional', 'high', 'legislature', 'legislative', 'council',
  'department', 'ministry', 'of', 'the', 'and', 'for', 'state', 'justice', 'defense', 'defence', 'foreign',
  'affairs', 'interior', 'treasury', 'army', 'navy', 'air', 'force', 'coast', 'guard', 'reserve', 'election',
  'commission',
  // Parties named by a common political word: "the Liberal Party" of a Canadian and of an Australian article.
  'party', 'liberal', 'democratic', 'republican', 'conservative', 'labour', 'labor', 'green', 'greens',
  'libertarian', 'socialist', 'communist', 'progressive', 'reform', 'constitution', 'prohibition', 'unity',
  'workers', 'people', 'peoples', 'christian', 'social', 'democrats', 'independence', 'solidarity', 'new',
]);

// Words that make a body of the rest (a name of political words alone is a slogan, not a body).
const HEADS = new Set([
  'senate',
  'congress',
  'parliament',
  'court',
  'house',
  'cabinet',
  'assembly',
  'legislature',
  'council',
  'department',
  'ministry',
  'army',
  'navy',
  'force',
  'guard',
  'reserve',
  'commission',
  'party',
  // A party named for its members: the British and the Australian "Liberal Democrats" are two parties.
  'greens',
  'democrats',
]);

/** True for a body named without its country ("Senate", "House of Representatives", "Liberal Party"). */
export function isBareBody(name: string): boolean {
  const words = normaliseName(name).split(' ');
  return words.some((w) => HEADS.has(w)) && words.every((w) => BODY_WORDS.has(w));
}

/** The country (ISO code) a word or phrase names: a country's name or code, or its demonym ("American"). */
export function countryOf(text: string): string | null {
  const place = placeNames().placeOf(text);
  if (place?.id.startsWith('country:')) return place.country;
  return demonymPlace(text)?.kind === 'country' ? (demonymPlace(text)?.id ?? null) : null;
}

/**
 * A body's country and its institution words: "U.S. Senate" → US + "senate", "Parliament of the United Kingdom"
 * → GB + "parliament"; null when the name is not a country's body.
 */
export function bodyOf(name: string): {country: string; body: string} | null {
  const words = name.trim().split(/\s+/u);
  // "<country> <body>": the longest opening words that name a country.
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const body = words.slice(k).join(' ');
    if (!isBareBody(body)) continue;
    const country = countryOf(words.slice(0, k).join(' '));
    if (country) return {country, body: normaliseName(body)};
  }
  // "<body> of <country>"
  const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/iu.exec(name.trim());
  if (of?.[1] && of[2] && isBareBody(of[1])) {
    const country = countryOf(of[2]);
    if (country) return {country, body: normaliseName(of[1])};
  }
  return null;
}

// An article is about a country when more than this share of its place mentions the gazetteer can place are there.
const ABOUT_SHARE = 0.5;

/**
 * The country whose bodies an article means when it names one without a country: the one country of the bodies
 * it does name with theirs ("U.S. House" beside "the Senate", however often it names Ukraine); else the country
 * most of its places are in; else null.
 */
export function articleCountry(
  places: readonly Entity[],
  organizations: readonly Entity[] = [],
): string | null {
  const named = new Set(organizations.map((o) => bodyOf(o.name)?.country).filter((c) => c !== undefined));
  if (named.size === 1) return [...named][0] ?? null;
  if (named.size > 1) return null;
  const weight = new Map<string, number>();
  let total = 0;
  for (const p of places) {
    const country = placeNames().placeOf(p.name)?.country ?? placeNames().regionCountry(p.name);
    if (!country) continue;
    weight.set(country, (weight.get(country) ?? 0) + p.mentions);
    total += p.mentions;
  }
  let best: string | null = null;
  let most = 0;
  for (const [country, w] of weight) {
    if (w > most) [best, most] = [country, w];
  }
  return best && most > ABOUT_SHARE * total ? best : null;
}

/** The key of a bare body in an article about `country`: its own, never one a written name folds to. */
export function countryBodyKey(country: string, name: string): string {
  return `organization:${normaliseName(name)} @${country.toLowerCase()}`;
}
