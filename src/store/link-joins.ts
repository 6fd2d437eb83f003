import {TITLES} from '../extract/entities/cues.js';
import {placeNames} from '../extract/entities/place-names.js';
import {stepClock} from '../library/steps.js';
import {bodyOf, isBareBody} from './country-bodies.js';
import {initialsOwners, isAcronymRecord} from './link-initials.js';
import {fullGivenName} from './given-names.js';
import {editDistance} from '../search/rank.js';
import {normaliseName} from './entity-key.js';
import {
  countriesStep,
  notOneCountry,
  prominence,
  words,
  type ArticleCountries,
  type KeyIndex,
  type Link,
  type Node,
  pushAt,
} from './link-nodes.js';

// The joins of link-rules.ts, each a stepwise pass over all records (it yields about every STEP_MS, so the reader
// can link while idle and still answer a key) returning its links (and near misses kept apart).

// A short form goes to the most prominent full form that claims it only when that one has this many times the
// articles of the next: "Trump" in 49 articles' Donald Trump beside 2 of Melania Trump; "Johnson" stays apart
// when two Johnsons are about as common.
const DOMINANT = 3;

// A bare name several people of the library share goes to the one person who uses it when that person is named in
// this many times the articles of every other person with the word in their name, and in at least PERSON_MIN: a
// person's bare surname is weaker evidence than a body's short form, and small counts are chance. "Obama" of an
// article's "Obama administration" is Barack Obama (15 articles) beside Michelle Obama (1); "Cohen" stays apart
// from Spike Cohen (3) beside Michael Cohen (1), as that article's Cohen is a third (Sacha Baron Cohen).
const PERSON_DOMINANT = 5;
const PERSON_MIN = 5;

// Spellings one letter apart are one person only in surnames long enough that a letter is a transliteration
// ("Zelensky", "Zelenskyy"), not another name ("Kelly", "Kelli").
const VARIANT_MIN = 6;

function* personNames(
  nodes: readonly Node[],
  due: () => boolean,
): Generator<void, {i: number; words: string[]}[]> {
  const out: {i: number; words: string[]}[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    if (n.rec.kind !== 'person' || !n.folded.includes(' ')) continue;
    const w = words(n);
    if (w.length >= 2) out.push({i, words: w});
  }
  return out;
}

function bucketed<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = buckets.get(key);
    if (list) list.push(item);
    else buckets.set(key, [item]);
  }
  return buckets;
}

/** One person's name spelt two ways; the less prominent spelling joins the other. */
export function* spellingLinks(nodes: readonly Node[], apart: Link[]): Generator<void, Link[]> {
  const due = stepClock();
  // Grouped by first word and word count, so only names that could match are compared.
  // ("Bill" and "William" in one bucket: a short given name is the full one's spelling.)
  const buckets = bucketed(
    yield* personNames(nodes, due),
    (p) => `${fullGivenName(p.words[0] as string)} ${p.words.length}`,
  );
  const links: Link[] = [];
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      if (due()) yield;
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as {i: number; words: string[]};
        const b = list[y] as {i: number; words: string[]};
        const [from, into] =
          prominence(nodes[a.i] as Node) >= prominence(nodes[b.i] as Node) ? [b.i, a.i] : [a.i, b.i];
        if (sameSpelling(a.words, b.words)) links.push({from, into, rule: 'spelling'});
        else if (a.words.at(-1) === b.words.at(-1)) apart.push({from, into, rule: 'apart:different-names'});
      }
    }
  }
  return links;
}

/**
 * "John Conway" and "John Horton Conway": the same first and last words, the longer with middle names. Joined
 * only when one fuller name in the library has those first and last words; two ("John Paul Smith", "John Allen
 * Smith") leave the short one apart from both.
 */
export function* middleNameLinks(nodes: readonly Node[], apart: Link[]): Generator<void, Link[]> {
  const due = stepClock();
  const names = yield* personNames(nodes, due);
  const byEnds = bucketed(names, (p) => `${p.words[0]} ${p.words.at(-1)}`);
  const links: Link[] = [];
  for (const list of byEnds.values()) {
    if (due()) yield;
    const short = list.filter((p) => p.words.length === 2);
    const long = list.filter((p) => p.words.length > 2);
    if (short.length === 0 || long.length === 0) continue;
    for (const s of short) {
      if (long.length === 1) links.push({from: s.i, into: (long[0] as {i: number}).i, rule: 'middle-name'});
      else
        for (const l of long)
          apart.push({
            from: s.i,
            into: l.i,
            rule: 'apart:different-names',
            why: `${long.length} fuller names`,
          });
    }
  }
  return links;
}

/**
 * Two names' words (initials dropped, as many of each) are one spelling or one-letter variants of the surname, the
 * first word a given name or its short form ("Bill", "William").
 */
function sameSpelling(wa: readonly string[], wb: readonly string[]): boolean {
  const last = wa.length - 1;
  for (let i = 0; i < last; i++)
    if (wa[i] !== wb[i] && !sameArticle(wa[i], wb[i]) && !sameGiven(i, wa[i], wb[i])) return false;
  const sa = wa[last] as string;
  const sb = wb[last] as string;
  return sa === sb || (Math.min(sa.length, sb.length) >= VARIANT_MIN && oneEditApart(sa, sb));
}

// The Arabic article as English spells it: "al-Sisi" and "el-Sisi" are one transliteration apart.
const ARABIC_ARTICLE = new Set(['al', 'el']);

/** A first word that is one given name, short or full ("bill", "william"). */
function sameGiven(at: number, a: string | undefined, b: string | undefined): boolean {
  return at === 0 && a !== undefined && b !== undefined && fullGivenName(a) === fullGivenName(b);
}

function sameArticle(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && ARABIC_ARTICLE.has(a) && ARABIC_ARTICLE.has(b);
}

/** True when one insertion, deletion or substitution turns `a` into `b` (and they differ). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A record whose name is a shorter form that one other record (of its kind) clearly owns joins that one. For a
 * person the library must leave no doubt: the full name is the only person of the library with that name at
 * all ("Buttigieg"), the only one the articles give the same titled form ("President Trump" beside Melania
 * and Ivanka Trump), or one named far more often than every other person of that name (namedFarMost). A body named without its country is left to the country rule: "Navy" of an article nobody
 * could place is not the US Navy because the library's other Navy is.
 */
export function* shortFormLinks(
  nodes: readonly Node[],
  apart: Link[],
  countriesOf?: ArticleCountries,
): Generator<void, Link[]> {
  const due = stepClock();
  // Folded short form → the records (longer than it) that use it.
  const claims = new Map<string, number[]>();
  const claim = (form: string, i: number): void => {
    const list = claims.get(form);
    if (!list) claims.set(form, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  // Folded word → the people whose names have it, for "is this the only person called so".
  const peopleWith = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    const kind = n.rec.kind;
    for (const alias of n.rec.aliases) {
      const folded = normaliseName(alias);
      if (folded !== '' && folded.length < n.folded.length) claim(`${kind}:${folded}`, i);
    }
    if (kind === 'person')
      for (const w of new Set(n.folded.split(' '))) {
        // (Pushed, not copied: a word many people share, such as a common given name, made each copy longer.)
        pushAt(peopleWith, w, i);
      }
  }
  const byInitials = yield* initialsOwners(nodes, due, countriesOf);
  const links: Link[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    if (n.rec.kind === 'organization' && isBareBody(n.rec.name)) continue;
    const claimed = (claims.get(n.rec.key) ?? []).filter((c) => c !== i);
    // An acronym no article spells out: the one body whose name it abbreviates (the "initials" rule).
    const spelt = claimed.length === 0 && isAcronymRecord(n) ? byInitials.get(n.folded) : undefined;
    const all = spelt === undefined || spelt === i ? claimed : [spelt];
    // A record naming more articles than the one claiming its form is not that one's short form: "Francis" of
    // four articles is not the "Francis Hospital" of one.
    // An acronym is still the short form when every article of both is about one country (oneCountry).
    const claimants: number[] = [];
    for (const c of all)
      if (
        (nodes[c] as Node).rec.articleCount >= n.rec.articleCount ||
        (isAcronymRecord(n) &&
          countriesOf !== undefined &&
          (yield* oneCountry(n, nodes[c] as Node, countriesOf)))
      )
        claimants.push(c);
    for (const c of all)
      if (!claimants.includes(c)) apart.push({from: i, into: c, rule: 'apart:more-articles'});
    const top = n.rec.kind === 'person' ? null : dominant(claimants, nodes);
    const owner =
      n.rec.kind === 'person'
        ? personOwner(n, i, claimants, nodes, peopleWith)
        : top === null
          ? null
          : {
              into: top,
              why: `${claimants.length === 1 ? 'the only record that uses it' : 'by far the most named'}${
                (nodes[top] as Node).rec.articleCount < n.rec.articleCount
                  ? ', named in fewer articles but all of both about one country'
                  : ''
              }`,
            };
    if (owner !== null && spelt !== undefined) links.push({from: i, into: owner.into, rule: 'initials'});
    else if (owner !== null) links.push({from: i, into: owner.into, rule: 'alias-owner', why: owner.why});
    else if (claimants.length > 0) {
      const namesakes = (peopleWith.get(n.folded) ?? []).filter((c) => c !== i);
      const many = Math.max(claimants.length, namesakes.length);
      for (const c of claimants)
        apart.push({from: i, into: c, rule: 'apart:shared-form', why: `${many} records use it`});
    }
  }
  return links;
}

/**
 * Every article naming the acronym and every article naming the body that claims it are about one country: "CIA" of
 * two US articles is the "United States Central Intelligence Agency" of a third, while "ABC" of a Tongan, a New
 * Zealand and a US article is not the American Broadcasting Company of one. (Asked only of an acronym named in more
 * articles than its claimant: a few look-ups of the store.)
 */
function* oneCountry(short: Node, claimant: Node, countriesOf: ArticleCountries): Generator<void, boolean> {
  const countries = [
    ...(yield* countriesStep(countriesOf, short.rec.key, notOneCountry())),
    ...(yield* countriesStep(countriesOf, claimant.rec.key, notOneCountry())),
  ];
  const first = countries[0];
  return first !== undefined && first !== null && countries.every((c) => c === first);
}

/** The one person a bare name belongs to, and why; null when the library names two people so. */
function personOwner(
  n: Node,
  i: number,
  claimants: readonly number[],
  nodes: readonly Node[],
  peopleWith: ReadonlyMap<string, number[]>,
): {into: number; why: string} | null {
  if (claimants.length === 0) return null;
  const namesakes = (peopleWith.get(n.folded) ?? []).filter((c) => c !== i);
  if (claimants.length === 1 && namesakes.every((c) => c === claimants[0]))
    return {into: claimants[0] as number, why: 'the only person of that name'};
  // "President Trump": a titled form of this record that exactly one claimant is also given (in any of its
  // titled forms: "President Donald Trump" counts).
  const titled = [...new Set(n.rec.aliases.map(normaliseTitled).filter((t) => t !== null))];
  for (const form of titled) {
    const sharing = claimants.filter((c) =>
      (nodes[c] as Node).rec.aliases.some((a) => normaliseTitled(a) === form),
    );
    if (sharing.length === 1) return {into: sharing[0] as number, why: `both are called “${form}”`};
  }
  return namedFarMost(claimants, namesakes, nodes);
}

/**
 * The claimant named far more often than every other person of that name (PERSON_DOMINANT times the articles of the
 * next, and at least PERSON_MIN), and why; null when none is.
 */
function namedFarMost(
  claimants: readonly number[],
  namesakes: readonly number[],
  nodes: readonly Node[],
): {into: number; why: string} | null {
  const people = [...new Set([...claimants, ...namesakes])].sort(
    (a, b) => prominence(nodes[b] as Node) - prominence(nodes[a] as Node),
  );
  const [first, second] = people;
  if (first === undefined || second === undefined || !claimants.includes(first)) return null;
  const top = (nodes[first] as Node).rec.articleCount;
  const next = (nodes[second] as Node).rec.articleCount;
  if (top < PERSON_MIN || top < PERSON_DOMINANT * next) return null;
  return {into: first, why: `named in ${top} articles, the next person of that name in ${next}`};
}

/**
 * A titled form's first title word and surname: "President Barack Obama" and "President Obama" are both
 * "president obama", "Mr. Trump" is "mr trump"; null for a form without a title.
 */
function normaliseTitled(alias: string): string | null {
  const words = alias
    .normalize('NFKD')
    .replace(/[\u0300-\u036f.]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const title = words[0];
  return words.length >= 2 && title !== undefined && TITLES.has(title) ? `${title} ${words.at(-1)}` : null;
}

function dominant(claimants: readonly number[], nodes: readonly Node[]): number | null {
  if (claimants.length === 0) return null;
  const ranked = [...claimants].sort((a, b) => prominence(nodes[b] as Node) - prominence(nodes[a] as Node));
  const [first, second] = ranked;
  if (second === undefined) return first as number;
  const top = (nodes[first as number] as Node).rec.articleCount;
  return top >= DOMINANT * (nodes[second] as Node).rec.articleCount ? (first as number) : null;
}

// A city's other name this short, and more than FAR letters from the name beside it, is as often another town's:
// the gazetteer gives Basel the name "Bala" (a Welsh town) and Jolo "Sulu" (its province). "Kiev" and "Kyiv" are
// two letters apart; an exonym of five letters or more ("Peking", "Bombay") is rarely a second town's name.
const SHORT_OTHER_NAME = 4;
const FAR = 2;

/** Two names of one city, one of them short and far from the other (SHORT_OTHER_NAME). */
function shortOtherName(a: string, b: string): boolean {
  return Math.min(a.length, b.length) <= SHORT_OTHER_NAME && editDistance(a, b, FAR) > FAR;
}

/**
 * A country's two-letter code alone ("PR", "NZ") names it only in an article about it: "multicultural PR services"
 * of an article about Melbourne is no Puerto Rico. True for any other name, and for a code some article naming it is
 * about that country (the "US" of US news).
 */
function* codeOfItsCountry(n: Node, id: string, countriesOf: ArticleCountries): Generator<void, boolean> {
  if (!id.startsWith('country:') || !/^\p{Lu}{2}$/u.test(n.rec.name)) return true;
  const country = id.slice('country:'.length);
  return (yield* countriesStep(countriesOf, n.rec.key, (c) => c === country)).includes(country);
}

/** True when one folded name is the other's opening words ("new york" of "new york city"). */
function opens(a: string, b: string): boolean {
  return a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/**
 * Places the gazetteer gives one id under two different names: "Czechia" and "Czech Republic", "USA" and
 * "United States", "Kiev" and "Kyiv". For a city, a name and a longer one that opens with it ("New York", "New
 * York City") are left to the other rules: the shorter is as often the state, or the region, as the city.
 */
export function* gazetteerLinks(
  nodes: readonly Node[],
  apart: Link[],
  countriesOf?: ArticleCountries,
): Generator<void, Link[]> {
  const due = stepClock();
  const byPlace = new Map<string, number[]>();
  const cities = new Set<string>();
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    if (n.rec.kind !== 'place') continue;
    const place = placeNames().placeOf(n.rec.name);
    if (!place) continue;
    if (place.id.startsWith('city:')) cities.add(place.id);
    pushAt(byPlace, place.id, i);
  }
  const links: Link[] = [];
  for (const [id, list] of byPlace) {
    if (list.length < 2) continue;
    if (due()) yield;
    const ranked = [...list].sort((a, b) => prominence(nodes[b] as Node) - prominence(nodes[a] as Node));
    const head = ranked[0] as number;
    for (const i of ranked.slice(1)) {
      const a = (nodes[i] as Node).folded;
      const b = (nodes[head] as Node).folded;
      if (cities.has(id) && opens(a, b)) continue;
      if (cities.has(id) && shortOtherName(a, b)) {
        apart.push({from: i, into: head, rule: 'apart:short-other-name'});
        continue;
      }
      if (countriesOf && !(yield* codeOfItsCountry(nodes[i] as Node, id, countriesOf))) {
        apart.push({from: i, into: head, rule: 'apart:code-elsewhere'});
        continue;
      }
      links.push({from: i, into: head, rule: 'gazetteer'});
    }
  }
  return links;
}

/** Bodies of one country named in different ways ("U.S. Senate", "United States Senate", a US article's "Senate"). */
export function* countryBodyLinks(nodes: readonly Node[]): Generator<void, Link[]> {
  const due = stepClock();
  const byBody = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    if (n.rec.kind !== 'organization') continue;
    const at = n.folded.lastIndexOf(' @');
    const body =
      at >= 0
        ? {country: n.folded.slice(at + 2).toUpperCase(), body: n.folded.slice(0, at)}
        : bodyOf(n.rec.name);
    if (!body) continue;
    const key = `${body.country}|${bodyOrder(body.body)}`;
    pushAt(byBody, key, i);
  }
  const links: Link[] = [];
  for (const list of byBody.values()) {
    const [head, ...rest] = list;
    for (const i of rest) links.push({from: i, into: head as number, rule: 'country-body'});
  }
  for (const [short, into] of openingBodies(byBody.keys()))
    links.push({
      from: (byBody.get(short) as number[])[0] as number,
      into: (byBody.get(into) as number[])[0] as number,
      rule: 'country-body',
      why: 'the one body of that country it opens',
    });
  return links;
}

// Heads a body's name may end with or open: "State Department" is the "Department of State".
const ORDERED_HEADS = new Set(['department', 'ministry']);

/** A body's folded words in one order: "<x> department" → "department of <x>", "of the" as "of". */
function bodyOrder(body: string): string {
  const words = body.split(' ');
  const head = words.at(-1) as string;
  const flipped =
    words.length > 1 && ORDERED_HEADS.has(head) ? `${head} of ${words.slice(0, -1).join(' ')}` : body;
  return flipped.replace(/ of the /g, ' of ');
}

/**
 * Pairs of body keys ("US|house", "US|house of representatives") where the first is the opening words of the one
 * body of its country that goes on with "of": "U.S. House" is the House of Representatives; a UK "House" beside the
 * House of Commons and the House of Lords is neither.
 */
function openingBodies(keys: Iterable<string>): [string, string][] {
  const all = [...keys];
  const longer = new Map<string, string[]>();
  for (const key of all) {
    const at = key.indexOf(' of ');
    if (at < 0) continue;
    const opening = key.slice(0, at);
    const list = longer.get(opening);
    if (list) list.push(key);
    else longer.set(opening, [key]);
  }
  const out: [string, string][] = [];
  for (const key of all) {
    const list = longer.get(key);
    if (list?.length === 1) out.push([key, list[0] as string]);
  }
  return out;
}

// A country's name opening a body's name is at most this many words ("United States", "U.S.", "UK").
const COUNTRY_WORDS_MAX = 3;

/**
 * A body's name with its country before it joins the record of the name without it: "US White House" joins "White
 * House", "United States General Services Administration" joins "General Services Administration". Only a
 * country's name or code counts (not a demonym: the "Irish Times" is not the "Times"), and only a rest of two words
 * or more, or one the record's own article also used for it; bare bodies ("Senate", "Green Party") are the country
 * rule's, which keys them by the article's country.
 */
export function* countryNameLinks(nodes: readonly Node[], byKey: KeyIndex): Generator<void, Link[]> {
  const due = stepClock();
  const links: Link[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const rec = (nodes[i] as Node).rec;
    if (rec.kind !== 'organization') continue;
    const nameWords = rec.name.trim().split(/\s+/u);
    for (let k = Math.min(COUNTRY_WORDS_MAX, nameWords.length - 1); k >= 1; k--) {
      const rest = nameWords.slice(k);
      const restName = rest.join(' ');
      const into = byKey.get(`organization:${normaliseName(restName)}`);
      if (into === undefined || into === i || isBareBody(restName)) continue;
      const usedAlone = rec.aliases.some((a) => normaliseName(a) === normaliseName(restName));
      if (rest.length < 2 && !usedAlone) continue;
      if (!placeNames().placeOf(nameWords.slice(0, k).join(' '))?.id.startsWith('country:')) continue;
      links.push({from: i, into, rule: 'country-name'});
      break;
    }
  }
  return links;
}

// British spellings of words in bodies' and places' names, and the American ones they join: "World Health
// Organisation" and "World Health Organization" are one body. (Not "Labour"/"Labor": those parties are two.)
// prettier-ignore
const AMERICAN_SPELLING = new Map([
  ['organisation', 'organization'], ['organisations', 'organizations'], ['centre', 'center'], ['centres', 'centers'],
  ['defence', 'defense'], ['programme', 'program'], ['theatre', 'theater'], ['licence', 'license'],
]);

// Abbreviations a body's or place's name may open with, and the word they stand for: "St. Louis" is "Saint Louis".
// (Only opening the name: "Main St" ends with a street.)
const OPENING_WORDS = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['mt', 'mount'],
  ['ft', 'fort'],
]);

/**
 * A name of a body or place written in British and in American spelling joins the American one's record, and one
 * opening with an abbreviation ("St. Louis", "Mt. Apo") the record of the word written out.
 */
export function* britishSpellingLinks(nodes: readonly Node[], byKey: KeyIndex): Generator<void, Link[]> {
  const due = stepClock();
  const british: {i: number; american: string}[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    if (n.rec.kind === 'person') continue;
    const words = n.folded.split(' ');
    const opening = words.length > 1 ? OPENING_WORDS.get(words[0] as string) : undefined;
    if (opening !== undefined || words.some((w) => AMERICAN_SPELLING.has(w))) {
      const spelt = words.map((w) => AMERICAN_SPELLING.get(w) ?? w);
      if (opening !== undefined) spelt[0] = opening;
      british.push({i, american: `${n.rec.kind}:${spelt.join(' ')}`});
    }
  }
  const links: Link[] = [];
  for (const {i, american} of british) {
    const into = byKey.get(american);
    if (into !== undefined) links.push({from: i, into, rule: 'spelling'});
  }
  return links;
}

/**
 * A body or place named after a city by two of the city's names: "Mysore Division" and "Mysuru Division", the
 * "Mysore–Bangalore" and "Mysuru–Bengaluru Tippu Express". Each word or two the gazetteer gives as a city's name is
 * read as the city's main name; records whose names then read the same are one.
 */
export function* cityNameLinks(nodes: readonly Node[], byKey: KeyIndex): Generator<void, Link[]> {
  const due = stepClock();
  const renamed = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const n = nodes[i] as Node;
    if (n.rec.kind === 'person' || !n.folded.includes(' ')) continue;
    const words = n.folded.split(' ');
    const out: string[] = [];
    let kept = 0;
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string;
      const next = words[w + 1];
      const pair = next === undefined ? null : cityMainName(`${word} ${next}`);
      const one = pair === null ? cityMainName(word) : null;
      out.push(pair ?? one ?? word);
      if (pair !== null) w++;
      if (pair === null && one === null) kept++;
    }
    // (A name that is all city, "New York", is the gazetteer rule's: it may be the state as well as the city.)
    if (kept === 0 || kept === out.length) continue;
    const key = `${n.rec.kind}:${out.join(' ')}`;
    pushAt(renamed, key, i);
  }
  const links: Link[] = [];
  for (const [key, list] of renamed) {
    const into = byKey.get(key) ?? (list[0] as number);
    for (const i of list) if (i !== into) links.push({from: i, into, rule: 'gazetteer'});
  }
  return links;
}

/** The folded main name of the city `folded` names, or null. */
function cityMainName(folded: string): string | null {
  const place = placeNames().placeOf(folded);
  return place?.id.startsWith('city:') ? normaliseName(place.name) : null;
}
