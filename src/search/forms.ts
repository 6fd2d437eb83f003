import {NAME_PARTICLES, OFFICE_QUALIFIERS, TITLES} from '../extract/entities/cues.js';
import {placeNames} from '../extract/entities/place-names.js';
import type {EntityRecord} from '../store/types.js';
import {fold} from './fold.js';
import {editDistance} from './rank.js';

/** One way an entity can be found: the words matched (folded) and the form as written, for "as …" in results. */
export interface MatchForm {
  /** Folded words of the name itself: no titles or offices ("President Donald Trump" → "donald trump"). */
  words: string;
  /** The same words, split once (matching runs on every keystroke). */
  list: readonly string[];
  /** The form as the articles (or the gazetteer) write it. */
  shown: string;
  /** An other name of a place from the gazetteer ("Kiev" for Kyiv), not a form any article used. */
  alternate: boolean;
  /**
   * An other name one letter from the place's own ("Bejing" for Beijing, "Roma" for Rome): a spelling of the name
   * more than another name, so a match through it shows the own name, never the query echoed as an "also".
   */
  variant?: boolean;
  /** The initials of a body's or place's name ("un" for United Nations), shown as the name itself. */
  initials?: boolean;
  /**
   * The name's function words, as a bit per word of `list`: those written in lower case ("of", "the", "and" in
   * "Supreme Court of the United States"), which alone find nothing (functionWords).
   */
  links?: number;
  /**
   * Other forms of the articles with the same words once titles are off ("President Trump", "Mr. Trump" beside
   * "Trump"): what a query's titles are fitted to, and shown when they fit.
   */
  written?: string[];
}

// Words that may sit between an office and a name without being part of either: "Speaker of the House Nancy Pelosi".
const LINKS = new Set(['of', 'the', 'for', 'and', 'elect', 'designate', 'general']);

/** A title or a word qualifying an office ("president", "mr", "acting"), folded. */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word) || OFFICE_QUALIFIERS.has(word);
}

/**
 * The words of a person's form that are the person's name. A form that ends in the words of the canonical name
 * keeps only those ("Executive of Hong Kong Carrie Lam" → "carrie lam"), as does one that opens with a title and
 * goes on to them spelt another way ("President of Ukraine Volodymyr Zelenskyy" → "volodymyr zelenskyy": the
 * country of an office is no name of its holder); otherwise titles and offices come off its front ("Mr. Trump" →
 * "trump", "Vice President-elect Harris" → "harris").
 */
export function personWords(form: string, canonical: string | ReadonlySet<string>): string {
  const words = fold(form).split(' ').filter(Boolean);
  const own = typeof canonical === 'string' ? new Set(fold(canonical).split(' ').filter(Boolean)) : canonical;
  const first = words.findIndex((w) => own.has(w));
  if (first > 0 && (words.slice(first).every((w) => own.has(w)) || isTitleWord(words[0] ?? '')))
    return words.slice(first).join(' ');
  let k = 0;
  while (k < words.length - 1 && (isTitleWord(words[k] ?? '') || (k > 0 && LINKS.has(words[k] ?? '')))) k++;
  // A title alone ("President") is not a name at all.
  return k === words.length - 1 && isTitleWord(words[k] ?? '') ? '' : words.slice(k).join(' ');
}

/** Every form an entity is found by, its own name first; `alternates` are the gazetteer's other names for a place. */
export function matchForms(entity: EntityRecord, alternates: readonly string[] = []): MatchForm[] {
  const out: MatchForm[] = [];
  const seen = new Map<string, MatchForm>();
  const own = entity.kind === 'person' ? new Set(fold(entity.name).split(' ').filter(Boolean)) : null;
  const folded = fold(entity.name);
  const add = (shown: string, alternate: boolean, name = false): void => {
    let words = own ? personWords(shown, own) : fold(shown);
    // The entity's own name always finds it, even one whose every word is also a title ("Mp Lt"): the property
    // test of search met such a name and found nothing.
    if (words === '' && name) words = fold(shown);
    if (words === '') return;
    const same = seen.get(words);
    if (same) {
      if (alternate || same.alternate || shown === same.shown) return;
      // The form written as the words themselves shows ("Putin" rather than "Mr. Putin", whichever came first in
      // the aliases' order); a titled one stays in `written`, for a query with its titles.
      if (fold(shown) === words && fold(same.shown) !== words) {
        (same.written ??= []).push(same.shown);
        same.shown = shown;
        const links = functionWords(shown, same.list);
        if (links !== 0) same.links = links;
        else delete same.links;
      } else (same.written ??= []).push(shown);
      return;
    }
    const form: MatchForm = {words, list: words.split(' '), shown, alternate};
    const links = functionWords(shown, form.list);
    if (links !== 0) form.links = links;
    seen.set(words, form);
    if (alternate && editDistance(words, folded, 1) <= 1) form.variant = true;
    out.push(form);
  };
  add(entity.name, false, true);
  for (const a of entity.aliases) add(a, false);
  const members = entity.kind === 'organization' ? partyMembers(entity.name) : null;
  if (members) add(members, false);
  // Before the gazetteer's other names, which often hold the short form too ("US"), ranked after every form.
  const initials = own ? '' : initialsOf(entity.name);
  if (initials !== '' && !seen.has(initials)) {
    const form: MatchForm = {
      words: initials,
      list: [initials],
      shown: entity.name,
      alternate: false,
      initials: true,
    };
    seen.set(initials, form);
    out.push(form);
  }
  for (const a of alternates) add(a, true);
  return out;
}

/**
 * The words of `list` (a form's folded words) that the form as written has in lower case, as bits: a name's
 * function words ("of", "the", "and"), as initialsOf reads them too, but for a surname's particles ("von", "de");
 * none in a name written without capitals. A query of such
 * words alone ("the", "AND") is no search for the name (matchForm).
 */
export function functionWords(shown: string, list: readonly string[]): number {
  // A name written all in lower case ("ada varga" in a feed's metadata) has no capitals to tell its words apart.
  if (!/\p{Lu}/u.test(shown)) return 0;
  const lower = new Set(
    shown
      .split(/\s+/u)
      .filter((w) => /^\p{Ll}+$/u.test(w))
      .map(fold)
      // A surname's particles are the name's own words: "von der" finds Ursula von der Leyen.
      .filter((w) => !NAME_PARTICLES.has(w)),
  );
  let bits = 0;
  for (let k = 0; k < list.length && k < 31; k++) if (lower.has(list[k] ?? '')) bits |= 1 << k;
  return bits;
}

/**
 * The initials of a body's or place's name, its capitalised words' first letters ("United Nations" → "un",
 * "Federal Bureau of Investigation" → "fbi": lower-case words are the name's function words; "Agence France-Presse" →
 * "afp"); '' when the name
 * has fewer than two such words, or a word that is no plain capitalised word ("U.S. Senate" is no "us": its
 * short form is already written out).
 */
export function initialsOf(name: string): string {
  const words = name
    .replace(/\s*\([^)]*\)$/u, '')
    // Each part of a hyphenated word is a word of the initials: "Agence France-Presse" is AFP.
    .split(/[\s\u2010\u2011-]+/u)
    .filter((w) => w !== '' && !/^\p{Ll}+$/u.test(w));
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return '';
  return fold(words.map((w) => w[0] ?? '').join(''));
}

// Endings of the political words a party's members are called by, plural: "Democratic" → "Democrats",
// "Republican" → "Republicans", "Socialist" → "Socialists" (not "Labour", "Reform", "Unity": no one says "Reforms").
const MEMBER_ENDINGS: readonly [RegExp, string][] = [
  [/ic$/u, 's'],
  [/(?:an|ist|ive|al)$/u, '$&s'],
];

/**
 * What a party's members are called, which news writes for the party ("Democrats won the House"): "Democrats" for
 * "United States Democratic Party", "Christian Democrats" for the "Christian Democratic Party"; null for a name that
 * is no "… <word> Party" or whose word has no such plural.
 */
export function partyMembers(name: string): string | null {
  const words = name.replace(/\s*\([^)]*\)$/u, '').split(/\s+/u);
  if (words.length < 2 || words.at(-1) !== 'Party') return null;
  const word = words.at(-2) as string;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const ending = MEMBER_ENDINGS.find(([e]) => e.test(word));
  if (!ending) return null;
  // The words before it stay ("Christian Democrats"), but for the place a party is of ("Iowa Democrats" are
  // "Democrats" too, as are a country's).
  const before = words.slice(0, -2).join(' ');
  const place = before !== '' && (placeNames().placeOf(before) ?? placeNames().regionCountry(before));
  return `${place || before === '' ? '' : `${before} `}${word.replace(ending[0], ending[1])}`;
}
