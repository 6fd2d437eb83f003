import {hasTag, lexiconTags} from '../nlp.js';
import {
  CLUB_OPENERS,
  COMPASS_ADJECTIVES,
  ORG_LAST_WORDS,
  ORG_WORDS,
  PLACE_WORDS,
  PORTFOLIO_TITLES,
} from './cues.js';
import {placeNounBeside} from './context-words.js';
import {isDemonym} from './gazetteer.js';
import {isSurnameLike, leadReading} from './given-names.js';
import {splitLeadingNouns} from './leading-nouns.js';
import {opensKnownPlace} from './place-particles.js';
import {isCommonOpener, isFunctionWord, runs, splitAtFunctionWords} from './runs.js';
import {isOpeningRoleNoun, splitOfficeDomain, splitRun} from './titles.js';
import {tokenize, type Token} from './tokens.js';
import {atEnd, endsWithMatch} from '../matches.js';
import {
  isFirstName,
  isInitialPosition,
  isTitle,
  knownPlaceOrRegion,
  singularTitle,
  withoutNickname,
} from './words.js';

// What joins the names of a list: ", ", " and ", ", and ".
const LIST_JOIN = /^(?:,\s*|,?\s+and\s+)$/u;

// The span a list's next name follows: the last one, or the one before it when the last is its domain ("of Varnia").
function listBefore(text: string, out: readonly Span[]): Span | undefined {
  const last = out.at(-1);
  const before = out.at(-2);
  if (last?.listTitle || !before?.listTitle || !last) return last;
  return /^\s+of\s+(?:the\s+)?$/u.test(text.slice(before.end, last.start))
    ? {...last, listTitle: before.listTitle}
    : last;
}

/**
 * One capitalised name as written in a sentence, with what its surroundings say about it. (Every span is made with
 * all its fields, the optional ones undefined, in this order: one hidden class, so the code reading spans, every
 * stage after this one, reads them with monomorphic look-ups and V8 never drops its compiled code for a span of
 * another shape.)
 */
export interface Span {
  /** The name without titles or possessive ("Volodymyr Zelensky"). */
  text: string;
  /** The name with the titles that preceded it ("President Volodymyr Zelensky"), when there were any. */
  titled?: string;
  /** Title words that preceded the name, lower case ("president", "mr."). */
  titles: string[];
  /** Number of words in `text`. */
  words: number;
  /** Index of the sentence. */
  sentence: number;
  /** Offset of `text` in the sentence. */
  start: number;
  end: number;
  /**
   * The one title of a plural title before the name, or before a list the name is in ("Justices Rui Tavares and
   * Inês Barros": "Justice" of each). Such a name has no `titled` form: "Justices Rui Tavares" names no one.
   */
  listTitle?: string;
  /** First word of its sentence (or of a quotation), where capitals say nothing. */
  initial: boolean;
  /** Preceded mid-sentence by a capitalised "The" ("according to The Guardian"), a sign of a proper name. */
  theCap: boolean;
  /** The first word is a given name although it is also a common word ("Will Varner", "Hope Hicks"). */
  givenName?: boolean;
  /**
   * Offset where the name starts if the common word opening it (kept, or dropped before it) is a given name, which
   * only the rest of the article can tell: "Hope Hicks …" at the start of a sentence.
   */
  lead?: number;
  /**
   * Offset of a surname-like word after a body's acronym ("told MSNBC Cummings"): the two are split when the article
   * names that surname elsewhere.
   */
  acronymBefore?: number;
}

// "United States Geological Survey", "Civil Varna Authority": an adjective opening a sentence stays when it opens a
// known place or a body's name, which ends in an organization's word.
// "Former United States Central Intelligence Agency": adjectives of time describe the body, they do not name it.
const TEMPORAL = /^(?:former|late|then|current|new|old|ex|recent|future|previous|present)$/u;

function opensBody(run: Token[]): boolean {
  const [first, second] = run;
  if (!first || !second) return false;
  if (knownPlaceOrRegion(`${first.text} ${second.text}`)) return true;
  // ("Real Valmora moved top": a club's opener before a word that is no common word.)
  if (
    CLUB_OPENERS.has(first.text.toLowerCase()) &&
    (lexiconTags(second.text).length === 0 || knownPlaceOrRegion(second.text))
  )
    return true;
  const last = run.at(-1)?.text.toLowerCase() ?? '';
  return (
    hasTag(first.text, 'Adjective') &&
    !hasTag(first.text, 'Adverb') &&
    !TEMPORAL.test(first.text.toLowerCase()) &&
    ORG_WORDS.has(last)
  );
}

// "Northern Ireland voted", "Western Australia agreed": a compass adjective opening a sentence before a place the
// gazetteer or lexicon knows names a region of it, not a sentence's ordinary opening word.
function regionOfPlace(run: Token[]): boolean {
  const [first, ...rest] = run;
  return (
    !!first &&
    rest.length > 0 &&
    COMPASS_ADJECTIVES.test(first.text.toLowerCase()) &&
    knownPlaceOrRegion(rest.map((t) => t.text).join(' '))
  );
}

// "NEW KELMORE —": a dateline set in capitals is one name whole; "NEW" there is no sentence's opening adjective.
// (Every word in capitals, one of four letters or more, so "US FBI" and the like are not read.)
function shoutedRun(run: readonly Token[]): boolean {
  return run.every((t) => /^\p{Lu}[\p{Lu}'’.-]+$/u.test(t.text)) && run.some((t) => t.text.length >= 4);
}

// What stands before a body's or a place's office, not before a person: "the Chelsea Manager", "its Mayor".
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|its|their|our|his|her)\s+$/iu;

/**
 * "Michel Mayor", "John Major", "Winston Duke": a title word after a known given name, the two alone, is that
 * person's surname, unless the given name is also a place ("Victoria Premier") or a determiner shows an office of
 * something named ("the Chelsea Manager").
 */
function titleAsSurname(text: string, name: readonly Token[]): boolean {
  const [first, second] = name;
  return (
    name.length === 2 &&
    !!first &&
    !!second &&
    isFirstName(first.text) &&
    !isTitle(first) &&
    !knownPlaceOrRegion(first.text) &&
    !DETERMINER_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))
  );
}

const NICKNAME_AFTER = /^\s*\(\s*["“]?\p{Lu}[\p{L}.'’-]*["”]?\s*\)\s+\p{Lu}\p{Ll}/u;
const DOMAIN = /^\.(?:com|org|net|info|co\.uk|[a-z]{2})(?![\p{L}\p{N}.]|\.\p{L})/u;

/** Every capitalised name in a sentence, with titles split off. */
// "… Environmental Sciences (CIRES)": an acronym in brackets after a word is mid-sentence, though "(" opens it.
// (A bracket before the name is asked first: the pattern after the slice is tried from every offset of it.)
const bracketedAcronym = (text: string, name: readonly Token[]): boolean =>
  name.length === 1 &&
  text.lastIndexOf('(', name[0]?.start) !== -1 &&
  /^\p{Lu}{2,}$/u.test(name[0]?.text ?? '') &&
  endsWithMatch(OPEN_BRACKET_AFTER_WORD, text.slice(0, name[0]?.start));
const OPEN_BRACKET_AFTER_WORD = atEnd(/\p{L}\s*\(\s*$/u);

export function findSpans(text: string, sentence: number): Span[] {
  const out: Span[] = [];
  // Indexed loops rather than for-of and flatMap: this runs for every sentence in V8's interpreter, where the
  // iterators and the callback per run cost more than the loops' bodies.
  const found = runs(text, tokenize(text));
  for (let i = 0; i < found.length; i++) {
    const pieces = splitAtFunctionWords(found[i] as Token[]);
    for (let j = 0; j < pieces.length; j++) {
      const piece = pieces[j] as Token[];
      // (A one-word piece, most, is what splitLeadingNouns would give back whole, in an array of its own.)
      if (piece.length < 2) {
        addSpans(text, sentence, piece, out);
        continue;
      }
      const split = splitLeadingNouns(piece);
      for (let k = 0; k < split.length; k++) addSpans(text, sentence, split[k] as Token[], out);
    }
  }
  return out;
}

// "Four Navy ships are searching", "Two Varna officials said": a number word opening the sentence counts the plural
// noun after the name, so it is no part of the name. ("One" is left: "One Nation", "One Direction" open names.)
const COUNTED_NOUN_AFTER = /^\s+\p{Ll}+[^s\s]s\b/u;
function countsNounAfter(text: string, run: readonly Token[]): boolean {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last || run.length < 2 || /^(?:one|zero)$/iu.test(first.text)) return false;
  if (!hasTag(first.text, 'TextValue', 'Cardinal')) return false;
  const after = COUNTED_NOUN_AFTER.exec(text.slice(last.end, last.end + 40));
  return !!after && !/(?:us|is)$/u.test(after[0]);
}

/** The spans of one run of capitalised words, added to `out`. */
function addSpans(text: string, sentence: number, run: Token[], out: Span[]): void {
  const theCap = run.length > 1 && run[0]?.text === 'The' && !isInitialPosition(text, run[0]);
  // "Will Varner", "Hope Hicks": a function word or an opener that is a given name before a surname stays.
  let reading = leadReading(text, sentence, run);
  let lead: number | undefined;
  // ("El Paso", "Le Havre": an article opening a place the gazetteer knows whole is the place's own. Not "The":
  // the gazetteer's keys drop it, so "The Philippines" would keep it.)
  const placeArticle =
    run.length > 1 &&
    !!run[0] &&
    run[0].text !== 'The' &&
    isFunctionWord(run[0]) &&
    opensKnownPlace(run.map((t) => t.text));
  while (run.length > 0 && run[0] && isFunctionWord(run[0]) && reading !== 'given' && !placeArticle) {
    lead = reading === 'maybe' ? run[0].start : undefined;
    run.shift();
    reading = leadReading(text, sentence, run);
  }
  // At the start of a sentence a capitalised verb or adjective ("Remarked", "Earlier") is not part of a name;
  // but a title word before another and a name ("Prime Minister Ada Brill", "Vice Chancellor …") opens the
  // office, which must keep its whole phrase.
  const officeOpens = run.length > 2 && !!run[0] && !!run[1] && isTitle(run[0]) && isTitle(run[1]);
  if (
    reading !== 'given' &&
    run.length > 1 &&
    run[0] &&
    isInitialPosition(text, run[0]) &&
    (isCommonOpener(run[0]) || countsNounAfter(text, run)) &&
    !officeOpens &&
    // (The run's words joined only here, for the few runs the tests before leave.)
    !knownPlaceOrRegion(run.map((t) => t.text).join(' ')) &&
    !regionOfPlace(run) &&
    !opensBody(run) &&
    !shoutedRun(run)
  ) {
    lead = reading === 'maybe' ? run[0].start : undefined;
    run.shift();
    reading = 'no';
  }
  if (reading === 'maybe') lead = run[0]?.start;
  const runStart = run[0]?.start;
  if (run.length > 2 && run[0] && isOpeningRoleNoun(text, run[0], run[1])) {
    // ("Developer Northgate Living must build": an agent's noun before a name a firm's last word ends is the firm's
    // trade, no title and no word of the name.)
    if (ORG_LAST_WORDS.has(run[run.length - 1]?.text.toLowerCase() ?? '')) run.shift();
    else run[0] = {...run[0], text: run[0].text, cap: true, roleNoun: true};
  }
  let named = splitOfficeDomain(text, run) ?? splitRun(run);
  // ("Sultan Varnak province", "the province of Sultan Varnak": a title word opening a place's name is a word of
  // it. Asked only when a title opens the whole run.)
  const only = named[0];
  if (named.length === 1 && only && only.titles.length > 0 && run[0] && run.length > 1) {
    const end = run[run.length - 1]?.end ?? run[0].end;
    if (placeNounBeside(text, run[0].start, end)) named = [{name: run, titles: []}];
  }
  for (let n = 0; n < named.length; n++) {
    const {name, titles} = named[n] as {name: Token[]; titles: Token[]};
    // Trailing particles, connectors ("Bank of") and titles ("Labour MP") are not part of a name; a portfolio's
    // word is ("School of Public Health").
    while (
      name.length > 1 &&
      (!name[name.length - 1]?.cap ||
        (isTitle(name[name.length - 1] as Token) &&
          name[name.length - 2]?.cap &&
          !PORTFOLIO_TITLES.has(name[name.length - 1]?.text.toLowerCase() ?? '') &&
          // ("at Skerrow Head": a title word that is a place's last word ends the place, when no name follows it.)
          !(PLACE_WORDS.has(name[name.length - 1]?.text.toLowerCase() ?? '') && n === named.length - 1) &&
          !titleAsSurname(text, name)))
    )
      name.pop();
    if (name.length > 0 && name.every(isTitle)) continue;
    const first = name[0];
    const last = name[name.length - 1];
    if (!first || !last) continue;
    const titleFirst = titles[0];
    // "Portfolio.hu", "Amazon.com": a website's domain ending belongs to its name.
    const end =
      last.end + (text[last.end] === '.' ? (DOMAIN.exec(text.slice(last.end))?.[0].length ?? 0) : 0);
    const span: Span = {
      // (A nickname in quotation marks inside the name, which runs.ts joined across, is cut out of its text.)
      text: withoutNickname(text.slice(first.start, end)),
      titled: undefined,
      titles: titles.map((t) => t.text.toLowerCase()),
      words: name.length,
      sentence,
      start: first.start,
      end,
      listTitle: undefined,
      initial: titleFirst || bracketedAcronym(text, name) ? false : isInitialPosition(text, first),
      theCap,
      givenName: undefined,
      lead: undefined,
      acronymBefore: undefined,
    };
    // "Ethiopians Dejene Debela": a nationality's plural is no form of the one name.
    const pluralRole =
      titles.length === 1 &&
      !!titleFirst?.roleNoun &&
      /s$/u.test(titleFirst.text) &&
      isDemonym(titleFirst.text.slice(0, -1));
    const listTitle = titles.length === 1 && titleFirst ? singularTitle(titleFirst.text) : undefined;
    if (listTitle) span.listTitle = listTitle;
    else if (titleFirst && !pluralRole) span.titled = withoutNickname(text.slice(titleFirst.start, last.end));
    // ("… Rui Tavares and Inês Barros", "Presidents Ardo Pell of Varnia and Anna Holm": the next name of the list
    // the plural title opens, past the domain of the one before.)
    const listed = listBefore(text, out);
    if (!titleFirst && listed?.listTitle && LIST_JOIN.test(text.slice(listed.end, first.start)))
      span.listTitle = listed.listTitle;
    if (first.start === runStart && reading === 'given') span.givenName = true;
    if (first.start === runStart && lead !== undefined && !titleFirst) span.lead = lead;
    if (name.length === 2 && !titleFirst && /^\p{Lu}{3,}$/u.test(first.text) && isSurnameLike(last))
      span.acronymBefore = last.start;
    // "James (Jim) Hedges": a given name before a nickname in parentheses opens the name after them; alone it
    // names no one.
    if (name.length === 1 && text.includes('(', end) && NICKNAME_AFTER.test(text.slice(end))) continue;
    out.push(span);
  }
}
