import {hasTag, isOrgWord, isPlaceWord, lexiconTags} from '../nlp.js';
import {
  NOBLE_RANKS,
  OFFICE_QUALIFIERS,
  ORG_LAST_WORDS,
  ORG_WORDS,
  PERSON_NOUNS,
  PLACE_WORDS,
  FACILITY_WORDS,
  PORTFOLIO_TITLES,
  PORTFOLIO_WORDS,
  SAINT_WORDS,
  SHIP_PREFIXES,
  THING_WORDS,
  TITLES,
} from './cues.js';
import {isCity, isDemonym, knownPlace} from './gazetteer.js';
import type {Token} from './tokens.js';
import {isCue, isInitialPosition, isTitle, KIN, knownPlaceOrRegion} from './words.js';

// "Scientist Anna Holm said…": an ordinary noun for a person, capitalised because it opens the sentence.
/** True for a person noun opening a sentence before a name ("Scientist Rebecca Falconer"). */
export function isOpeningRoleNoun(text: string, t: Token, next: Token | undefined): boolean {
  const w = t.text.toLowerCase();
  if (!t.cap || KIN.has(w) || !isInitialPosition(text, t)) return false;
  if (PERSON_NOUNS.has(w) || hasTag(w, 'Actor')) return true;
  if (hasTag(w, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Demonym') || isDemonym(w))
    return false;
  // "Voter Kitty Mak", "Broadcaster Ardo Pell": an agent noun; or any ordinary word before a first name.
  if (/(?:er|or|ist|ian)$/u.test(w)) return true;
  return !!next && hasTag(next.text, 'FirstName', 'MaleName', 'FemaleName') && lexiconTags(w).length > 0;
}

function isLeadingPlace(tokens: Token[], at: number): boolean {
  const prefix = tokens
    .slice(0, at)
    .map((t) => t.text)
    .join(' ');
  const first = tokens[at];
  return !!first && knownPlaceOrRegion(prefix) && hasTag(first.text, 'FirstName', 'MaleName', 'FemaleName');
}

// A capitalised adjective of no name, place, body or office ("Virtual" of "Virtual Private Server"); not a noun
// naming the office's field ("Fire" of "Fire Chief Gunderson").
function plainAdjective(t: Token): boolean {
  const w = t.text.toLowerCase();
  if (
    !/^\p{Lu}\p{Ll}+$/u.test(t.text) ||
    isTitle(t) ||
    PERSON_NOUNS.has(w) ||
    isDemonym(w) ||
    isCue(w) ||
    knownPlaceOrRegion(t.text)
  )
    return false;
  const tags = lexiconTags(t.text);
  return tags.length > 0
    ? tags.every((tag) => tag === 'Adjective')
    : /(?:al|ic|ous|ive|able|ible|ary|ful|less)$/u.test(w);
}

/**
 * Whether the title word before a lone last word is a word of a thing's name, not a person's title: a portfolio
 * ("Canadian Public Health Infobase": "Health" is no office alone), or a rank that is also an adjective of the
 * lexicon after a capitalised adjective ("Virtual Private Server", not "Attorney General Barr", "Fire Chief Ann").
 */
function titleInsideThing(run: readonly Token[], lastTitle: number): boolean {
  const title = run[lastTitle]?.text.toLowerCase() ?? '';
  if (PORTFOLIO_TITLES.has(title)) return true;
  const before = run[lastTitle - 1];
  return !!before && hasTag(title, 'Adjective') && plainAdjective(before);
}

/** Whether the title words up to `lastTitle` stay titles of the name after them (false: the run is one name). */
function keepsTitle(run: Token[], lastTitle: number): boolean {
  // "Saint Louis", "Prince Varnholm": a place whose name begins with a title word.
  if (isCity(run.map((t) => t.text).join(' ')) || knownPlaceOrRegion(run.map((t) => t.text).join(' ')))
    return false;
  // "Saint Francis Hospital", "Saint Louis Chess Club": a saint's title opens the name of the body or place that
  // bears it, though a given name follows it; so does "Saint Francis" alone, the short name of one ("Dr. Wolf at
  // Saint Francis said"). A person's full name keeps it off ("Saint John Henry Newman").
  const end = run[run.length - 1]?.text.toLowerCase() ?? '';
  if (
    run.slice(0, lastTitle + 1).every((t) => SAINT_WORDS.has(t.text.toLowerCase())) &&
    (run.length - lastTitle === 2 ||
      ORG_WORDS.has(end) ||
      PLACE_WORDS.has(end) ||
      isOrgWord(end) ||
      isPlaceWord(end))
  )
    return false;
  // What follows a title must look like a personal name: not an acronym, not an institution or a thing.
  const rest = run.slice(lastTitle + 1);
  if (rest.length === 1 && titleInsideThing(run, lastTitle)) return false;
  const restLast = rest.at(-1)?.text.toLowerCase() ?? '';
  const plainWord =
    rest.length === 1 &&
    !honorificOnly(run.slice(0, lastTitle + 1)) &&
    !looksLikeSurname(rest[0]?.text ?? '');
  // ("Actor Doris Day dies": after a person noun opening the sentence, a given name and one more word are a name
  // even when that word ends names of things too.)
  // ("Fan Expo Canada 2019 offers …": an opening noun before words ending in a country names an event or a body.)
  const countryAfterRole =
    !!run[lastTitle]?.roleNoun && knownPlace(rest.at(-1)?.text ?? '')?.kind === 'country';
  const givenAfterRole =
    !!run[lastTitle]?.roleNoun &&
    rest.length === 2 &&
    hasTag(rest[0]?.text ?? '', 'FirstName', 'MaleName', 'FemaleName');
  // ("GNU General Public License": words the lexicon knows, an adjective that is no name ("Rich", "Frank" are)
  // first and no name last, are no personal name after a title; "Judge Gray Miller", "YouTuber Lovely Lor" are.)
  const restTags = (t: Token | undefined): readonly string[] => lexiconTags(t?.text ?? '');
  const adjectiveOpens =
    rest.length >= 2 &&
    restTags(rest[0]).length > 0 &&
    restTags(rest[0]).every((tag) => tag === 'Adjective') &&
    restTags(rest.at(-1)).length > 0 &&
    !hasTag(rest.at(-1)?.text ?? '', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person');
  if (
    adjectiveOpens ||
    rest.every((t) => /^[\p{Lu}\d.&]+$/u.test(t.text)) ||
    // ("Institute for Health Metrics and Evaluation": a connector is no part of a personal name.)
    rest.some((t) => /^(?:and|of|for|on|the)$/u.test(t.text)) ||
    (THING_WORDS.has(restLast) && !givenAfterRole) ||
    countryAfterRole ||
    plainWord
  )
    return false;
  const lastWord = run[run.length - 1]?.text.toLowerCase() ?? '';
  // "Foreign Ministry of Iraq": the word before "of" heads the name, and it is an institution's.
  const ofAt = run.findIndex((t, i) => i > lastTitle + 1 && t.text.toLowerCase() === 'of');
  const headWord = ofAt > 0 ? (run[ofAt - 1]?.text.toLowerCase() ?? '') : '';
  if (headWord && (ORG_WORDS.has(headWord) || isOrgWord(headWord))) return false;
  // "Directorate General of Civil Aviation": an institution's word opens the run and "of" follows the title word.
  const opener = run[0]?.text.toLowerCase() ?? '';
  if (ORG_WORDS.has(opener) && run[lastTitle + 1]?.text.toLowerCase() === 'of') return false;
  // "General Varnics", "State Department": a title word that opens an institution's name.
  const afterTitle = run[lastTitle + 1];
  // ("General Varno Petrik Base": a facility named after a titled person keeps the title; FACILITY_WORDS.)
  const namedAfter =
    !!afterTitle &&
    !FACILITY_WORDS.has(lastWord) &&
    run.length - lastTitle > 2 &&
    hasTag(afterTitle.text, 'FirstName', 'MaleName', 'FemaleName');
  if ((ORG_WORDS.has(lastWord) || PLACE_WORDS.has(lastWord) || isOrgWord(lastWord)) && !namedAfter)
    return false;
  return true;
}

/** Splits a run into names: titles come off the front ("Sheriff Bill Brown"), and what preceded a title becomes a name of its own ("Santa Barbara County"). */
const HONORIFIC_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'madam',
  'madame',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  'rev',
]);

function honorificOnly(titles: Token[]): boolean {
  return (
    titles.length > 0 && titles.every((t) => HONORIFIC_WORDS.has(t.text.toLowerCase().replace(/\.$/, '')))
  );
}

// After an office word ("Foreign Affairs", "Health Security", "Chief Technological") a lone word must look like a
// surname: a name in the lexicon, or an unknown word without the endings of ordinary nouns and adjectives.
function looksLikeSurname(word: string): boolean {
  if (hasTag(word, 'LastName', 'Person', 'FirstName', 'MaleName', 'FemaleName')) return true;
  if (knownPlaceOrRegion(word) || PERSON_NOUNS.has(word.toLowerCase()) || TITLES.has(word.toLowerCase()))
    return false;
  return lexiconTags(word).length === 0 && !/(?:s|ity|al|ion|ment|ure|ness|ate|ive|ics|ing)$/u.test(word);
}

// "Secretary of State Mike Pompeo", "First Minister of Scotland Nicola Sturgeon", "Commissioner for Environment Sofia
// Lindqvist": the office's domain, then the name.
const OFFICE_HEAD = /\b(\p{Lu}\p{Ll}+)\s+(?:of|for)\s+(?:the\s+)?$/u;
// A capitalised word right before another word of an office ("European" before "Commissioner").
const WORD_BEFORE = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}-]*)[ \u00a0]+$/u;
// What OFFICE_HEAD needs at the end of the text before `at`: white space after "of", "for" or "the". Asked first of
// every run: the pattern, anchored at its end, is tried from every offset of that text.
function endsOfOrFor(text: string, at: number): boolean {
  const end = Math.min(at, text.length);
  let i = end;
  while (i > 0 && /\s/u.test(text[i - 1] ?? '')) i--;
  return i < end && (text.endsWith('of', i) || text.endsWith('for', i) || text.endsWith('the', i));
}

/** Splits "State Mike Pompeo" after "Secretary of" into the office's domain and the name. */
export function splitOfficeDomain(
  text: string,
  run: Token[],
): {name: Token[]; titles: Token[]}[] | undefined {
  const first = run[0];
  // (The split below leaves a domain of a word or more and a name of two words or more: a shorter run has none.)
  if (!first || run.length < 3 || !endsOfOrFor(text, first.start)) return undefined;
  const head = OFFICE_HEAD.exec(text.slice(0, first.start));
  const office = head?.[1] ?? '';
  if (!head || !TITLES.has(office.toLowerCase())) return undefined;
  let k = run.findIndex((t, i) => i > 0 && hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName'));
  // "Minister of State for Health Tan Mei Ling": a word after the portfolio, before a given name and one more
  // word, that is no portfolio's word opens a name written surname first.
  if (k > 2 && k === run.length - 2 && surnameFirst(run[k - 1], run[k - 2])) k--;
  // "Minister of Information Moammar al-Eryani": else the first word the lexicon lacks, after a domain of words it
  // knows (or a known place).
  if (k < 1) {
    k = run.findIndex(
      (t, i) =>
        i > 0 &&
        /^\p{Lu}\p{Ll}/u.test(t.text) &&
        lexiconTags(t.text).length === 0 &&
        // ("Minister of Foreign Affairs Ardo Pell": a portfolio's word the lexicon lacks is the domain's.)
        !PORTFOLIO_WORDS.has(t.text.toLowerCase()) &&
        !run.slice(i).some((r) => isCue(r.text)),
    );
    const domain = run.slice(0, Math.max(k, 0));
    const known = (t: Token): boolean =>
      lexiconTags(t.text).length > 0 ||
      PORTFOLIO_WORDS.has(t.text.toLowerCase()) ||
      knownPlaceOrRegion(t.text);
    if (!domain.every(known)) k = -1;
  }
  if (k < 1 || k > run.length - 2) return undefined;
  // The title reaches back to the office word, so the role reads "Secretary of State"; and over the words of the
  // office before it ("European Commissioner for Environment", "UN High Commissioner for Refugees").
  const officeEnd = head.index + office.length;
  let officeAt = head.index;
  for (let m = WORD_BEFORE.exec(text.slice(0, officeAt)); m; m = WORD_BEFORE.exec(text.slice(0, officeAt))) {
    const w = m[1] ?? '';
    const lower = w.toLowerCase();
    if (!(
      TITLES.has(lower) ||
      OFFICE_QUALIFIERS.has(lower) ||
      PORTFOLIO_WORDS.has(lower) ||
      /^\p{Lu}{2,}$/u.test(w)
    ))
      break;
    officeAt = m.index;
  }
  const officeToken: Token = {
    text: text.slice(officeAt, officeEnd),
    start: officeAt,
    end: officeEnd,
    cap: true,
    possessive: false,
    roleNoun: false,
  };
  return [
    {name: run.slice(0, k), titles: []},
    {name: run.slice(k), titles: [officeToken, ...run.slice(0, k)]},
  ];
}

// A short capitalised word after a portfolio's word ("Health", a word of TITLES too) that is no portfolio's,
// office's, cue or common word: a one-syllable surname as East Asian names open with ("Tan", "Lim", "Goh"), not
// "Health Services Anna Holm" or "Health Care".
function surnameFirst(t: Token | undefined, before: Token | undefined): boolean {
  if (!t || !before || !/^\p{Lu}\p{Ll}{1,3}$/u.test(t.text) || t.text.endsWith('s')) return false;
  if (hasTag(t.text, 'Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective')) return false;
  const lower = t.text.toLowerCase();
  return (
    (PORTFOLIO_WORDS.has(before.text.toLowerCase()) || TITLES.has(before.text.toLowerCase())) &&
    !PORTFOLIO_WORDS.has(lower) &&
    !TITLES.has(lower) &&
    !OFFICE_QUALIFIERS.has(lower) &&
    !isCue(t.text) &&
    !knownPlaceOrRegion(t.text)
  );
}

// A word that may open a personal name: a given name the lexicon knows, or a capitalised word it does not know at
// all that is no place and says no kind ("Sacha"). Not a place, a party or an office ("Varna Duke Anders").
function givenNameLike(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || isCue(t.text) || knownPlaceOrRegion(t.text)) return false;
  return hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName') || lexiconTags(t.text).length === 0;
}

/** A noble rank between given names and a surname is a word of the name ("Sacha Baron Cohen"), not a title. */
function rankInsideName(run: Token[], k: number): boolean {
  const next = run[k + 1];
  return (
    k > 0 &&
    !!next &&
    NOBLE_RANKS.has(run[k]?.text.toLowerCase() ?? '') &&
    next.text.toLowerCase() !== 'of' &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    run.slice(0, k).every(givenNameLike)
  );
}

const isAcronymToken = (t: Token | undefined): boolean => !!t && /^\p{Lu}{2,}$/u.test(t.text);

// "National Security Adviser", "Environment Minister": the portfolio before a title, words of the vocabulary that a
// lexicon names no one or no place with.
function isPortfolioWord(t: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    PORTFOLIO_WORDS.has(t.text.toLowerCase()) &&
    !hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place')
  );
}

/** Splits a run into names: titles come off the front, and what preceded a title becomes a name of its own. */
export function splitRun(run: Token[]): {name: Token[]; titles: Token[]}[] {
  // A title needs a word after it, and each split below two words or more: one word (most runs) is one name.
  if (run.length < 2) return [{name: run, titles: []}];
  let lastTitle = -1;
  for (let k = 0; k < run.length - 1; k++) {
    const t = run[k];
    const next = run[k + 1];
    // "Divisional Railway Manager Aparna Garg": a person noun inside a run, before a two-word name.
    const innerRole =
      k > 0 &&
      k <= run.length - 3 &&
      PERSON_NOUNS.has(t?.text.toLowerCase() ?? '') &&
      !KIN.has(t?.text.toLowerCase() ?? '');
    if (t && next && (isTitle(t) || t.roleNoun || innerRole) && !isTitle(next) && !rankInsideName(run, k))
      lastTitle = k;
  }
  // Each test below can only take back a title found (most runs have none): asked only then.
  if (lastTitle >= 0 && !keepsTitle(run, lastTitle)) lastTitle = -1;
  const lastWord = run[run.length - 1]?.text.toLowerCase() ?? '';
  if (lastTitle >= 0) {
    let firstTitle = lastTitle;
    // "Minority Whip", "Press Secretary": a qualifier of the office is part of the title.
    while (
      firstTitle > 0 &&
      run[firstTitle - 1] &&
      (isTitle(run[firstTitle - 1] as Token) ||
        OFFICE_QUALIFIERS.has(run[firstTitle - 1]?.text.toLowerCase() ?? ''))
    )
      firstTitle--;
    // "National Security Adviser John Bolton": words that name no one, no place and no body before the title are
    // its portfolio, when they reach back to the run's start (or to a body's acronym there).
    let domainAt = firstTitle;
    while (domainAt > 0 && isPortfolioWord(run[domainAt - 1] as Token)) domainAt--;
    // ("United States Federal District Judge Ana Holm": the portfolio after a place the gazetteer knows whole, which
    // stays a name of its own.)
    if (
      domainAt === 0 ||
      (domainAt === 1 && isAcronymToken(run[0])) ||
      (domainAt < firstTitle &&
        knownPlaceOrRegion(
          run
            .slice(0, domainAt)
            .map((t) => t.text)
            .join(' '),
        ))
    )
      firstTitle = domainAt;
    const before = run.slice(0, firstTitle);
    // "UN Under-Secretary-General Marcus Whitfield": a body's acronym before the title names the body and is part of
    // the office too.
    const titleFrom = before.length === 1 && isAcronymToken(before[0]) ? 0 : firstTitle;
    const parts: {name: Token[]; titles: Token[]}[] = [];
    if (before.length > 0) parts.push({name: before, titles: []});
    parts.push({name: run.slice(lastTitle + 1), titles: run.slice(titleFrom, lastTitle + 1)});
    return parts;
  }
  const lead = run[0];
  // "IAAF World Athletics Championships", "VFA World Cup": a body's acronym opening an event's name.
  if (
    lead &&
    run.length > 1 &&
    /^\p{Lu}{3,}$/u.test(lead.text) &&
    THING_WORDS.has(lastWord) &&
    // "UCLA School of Law" is one body.
    !run.some((t) => ORG_WORDS.has(t.text.toLowerCase()))
  )
    return [
      {name: [lead], titles: []},
      {name: run.slice(1), titles: []},
    ];
  if (
    lead &&
    run.length > 2 &&
    /^\p{Lu}{2,}$/u.test(lead.text) &&
    // ("the USS Ronald Reagan": a ship's prefix opens the vessel's name, which a person's is.)
    !SHIP_PREFIXES.test(lead.text) &&
    hasTag(run[1]?.text ?? '', 'FirstName', 'MaleName', 'FemaleName') &&
    // ("SANTA RITA DO PARDO —", "SAN PEDRO SULA —": a dateline set all in capitals has no acronym to set apart.)
    !run.every((t) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(t.text))
  ) {
    return [
      {name: [lead], titles: []},
      {name: run.slice(1), titles: []},
    ];
  }
  // "United States Hamdullo Mirzak", "Refugee Council Envar Soloman": a place or a body, then a two-word name.
  const cueLast =
    ORG_WORDS.has(lastWord) ||
    PLACE_WORDS.has(lastWord) ||
    THING_WORDS.has(lastWord) ||
    isOrgWord(lastWord) ||
    isPlaceWord(lastWord);
  if (!cueLast && run.length >= 3) {
    for (let k = 1; k <= run.length - 2; k++) {
      const prefix = run.slice(0, k);
      const prev = prefix.at(-1)?.text.toLowerCase() ?? '';
      const wholePlace = knownPlaceOrRegion(run.map((t) => t.text).join(' '));
      const rest = run.slice(k);
      const restFirst = rest[0]?.text ?? '';
      const personal =
        rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !isCue(t.text) && !knownPlaceOrRegion(t.text)) &&
        (hasTag(restFirst, 'FirstName', 'MaleName', 'FemaleName') || lexiconTags(restFirst).length === 0);
      // ("Hospital Pulau Pinang", "Hospital Kuala Dantu": a body's word alone opening the run, or after "The", is the
      // first word of a body named in Malay or Spanish word order, not a body before a person, unless a given name
      // or a title follows it.)
      const bareHead =
        (k === 1 || (k === 2 && /^(?:The|A|An)$/u.test(run[0]?.text ?? ''))) &&
        !hasTag(restFirst, 'FirstName', 'MaleName', 'FemaleName') &&
        // ("The Senate Minority Leader,": an office after a chamber's word is its title, no name of the body.)
        !rest.some((t) => isTitle(t));
      if (
        !wholePlace &&
        personal &&
        (knownPlace(prefix.map((t) => t.text).join(' ')) ||
          (ORG_WORDS.has(prev) && !bareHead) ||
          // "Amnesty International Man-kei Tam", not "Commission on International Religious Freedom".
          (ORG_LAST_WORDS.has(prev) && prefix.every((t) => t.cap)))
      ) {
        return [
          {name: prefix, titles: []},
          {name: run.slice(k), titles: []},
        ];
      }
    }
  }
  for (let k = 1; k < run.length - 1; k++) {
    if (isLeadingPlace(run, k))
      return [
        {name: run.slice(0, k), titles: []},
        {name: run.slice(k), titles: []},
      ];
  }
  return [{name: run, titles: []}];
}
