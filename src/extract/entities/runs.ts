import {hasAnyTag, hasTag, isOrgWord, isPlaceWord, lexiconTags, tagsInclude} from '../nlp.js';
import {isModifierWord} from './lower-party.js';
import {
  FIRM_WORDS,
  FUNCTION_WORD_TAGS,
  HONOUR_BODY,
  IRREGULAR_PLURALS,
  MONTHS,
  NAME_PARTICLES,
  ORG_WORDS,
  PLACE_WORDS,
  PROPER_NAME_TAGS,
  ROAD_NUMBERED,
  SAINT_WORDS,
  UNIT_WORDS,
} from './cues.js';
import {knownPlace} from './gazetteer.js';
import {opensKnownPlace, placeParticlesJoin} from './place-particles.js';
import {joinRun} from './run-joins.js';
import type {Token} from './tokens.js';
import {
  gapIsSpace,
  isCue,
  isGuessedAdverb,
  isInitialPosition,
  isPluralNoun,
  isTitle,
  knownPlaceOrRegion,
} from './words.js';

const OF_LIKE = new Set(['of', 'for', '&']);
const AGENT_PLURAL = /^\p{Lu}\p{Ll}+(?:er|or|ist|ant|ent|ian)s$/u;
/** A legislature's chamber, whose word opens its committees' names ("House Ways and Means Committee"). */
const CHAMBERS = new Set(['house', 'senate', 'assembly', 'parliament', 'congress']);
const COMMITTEES = new Set(['committee', 'subcommittee', 'commission', 'caucus']);
/**
 * Most tokens one run may hold. The longest name in the shipped library and the corpus takes 11 ("United States
 * District Court for the Southern District of New York"); a longer stretch of capitals (a hostile or shouting
 * file) is cut into runs of this size, so the work on each run, which grows with the square of its length, stays
 * bounded.
 */
export const MAX_RUN_TOKENS = 24;
const PUBLISHED_IN =
  /\b(?:published|appeared|printed)\s+(?:\S+\s+){0,3}in\s+(?:the\s+)?(?:(?:scientific|academic|medical|peer-reviewed)\s+)?(?:journal\s+)?$|\bjournal\s+$/u;

/** Labels of a picture's caption and credit ("Image: Jane Doe"), which the lexicon does not list as nouns. */
const CAPTION_LABEL = /^(?:Image|Photo|Picture|Photograph|Caption|Credit|Source|File)$/u;

// "of"/"for"/"and" join two capitalised parts only after an institutional word: "Bank of Varnia",
// "Center for Astrophysics", but not "Putin of Russia".
function joinsAfter(left: Token): boolean {
  const w = left.text.toLowerCase();
  return (
    ORG_WORDS.has(w) ||
    PLACE_WORDS.has(w) ||
    isOrgWord(w) ||
    isPlaceWord(w) ||
    w === 'republic' ||
    w === 'kingdom' ||
    w === 'states'
  );
}

// "Institute of Allergy", "Centers for Disease Control": the run holds an institution's word and then "of"/"for"
// ("on" for a committee's or a commission's remit: "Committee on Ways and Means").
function institutionOf(run: Token[]): boolean {
  const at = run.findIndex((t) => ORG_WORDS.has(t.text.toLowerCase()) || isOrgWord(t.text.toLowerCase()));
  return at >= 0 && run.slice(at + 1).some((t) => t.text === 'of' || t.text === 'for' || t.text === 'on');
}

// "Voice of America": a common noun capitalised mid-sentence opens a name that "of" continues.
function isPlainNoun(t: Token): boolean {
  return (
    hasTag(t.text, 'Singular', 'Uncountable') &&
    !isTitle(t) &&
    !hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName', 'LastName')
  );
}

// The index of the word after a nickname of one or two capitalised words in quotation marks that opens at token
// `at`, when a capitalised word follows the closing mark: 'Tavita "Tav" Moananu'; 0 when there is none. Not after a
// function word ('In "Titanic" Winslet …').
function nicknameEnd(text: string, tokens: Token[], at: number, prev: Token): number {
  if (prev.possessive || hasAnyTag(prev.text, FUNCTION_WORD_TAGS)) return 0;
  for (let k = at; k < at + 2 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const after = tokens[k + 1];
    if (!t.cap || !after) return 0;
    const gap = text.slice(t.end, after.start);
    if (gap === '" ' || gap === '” ') return after.cap && /^\p{Lu}\p{Ll}/u.test(after.text) ? k + 1 : 0;
    if (gap !== ' ') return 0;
  }
  return 0;
}

/** Groups a sentence's tokens into runs of capitalised words, joined by particles and institutional "of". */
export function runs(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !t.cap) {
      i++;
      continue;
    }
    const run = [t];
    let j = i + 1;
    while (j < tokens.length && run.length < MAX_RUN_TOKENS) {
      const prev = run[run.length - 1];
      const cur = tokens[j];
      if (!prev || !cur) break;
      // A comma or "and"/"at"/"in" that a body's name goes on past (run-joins.ts).
      const sep = text.slice(prev.end, cur.start);
      // 'Jesús "Chuy" Ramírez Soto': a nickname in quotation marks inside a name is no part of it (spans.ts cuts
      // it out of the name's text); the name goes on after it.
      const nick = sep === ' "' || sep === ' “' ? nicknameEnd(text, tokens, j, prev) : 0;
      if (nick > 0) {
        run.push(tokens[nick] as Token);
        j = nick + 1;
        continue;
      }
      if (sep === ', ' || (sep === ' ' && (cur.text === 'and' || cur.text === 'at' || cur.text === 'in'))) {
        const joined = joinRun({text, tokens, run, at: j});
        if (joined) {
          run.push(...tokens.slice(j, joined.verdict));
          j = joined.verdict;
          continue;
        }
      }
      // "Kurdistan Workers' Party", "Doctors' Hospital": a plural's possessive inside an institution's name (not
      // after a whole one: "House of Representatives' Committee").
      // ("Independent Workers' Union": an adjective the vocabulary also lists as a newspaper's word is no body
      // before the possessive.)
      const pluralOwner =
        prev.possessive &&
        !run.slice(0, -1).some((t) => isCue(t.text) && !isModifierWord(t.text)) &&
        cur.cap &&
        (isPluralNoun(prev.text) || pluralActor(prev.text) || agentPlural(prev.text)) &&
        /^['’][ \u00a0]+$/u.test(text.slice(prev.end, cur.start)) &&
        isCue(cur.text);
      // "Alachua Sheriff's Office", "the Varna Governor's Office": an office's holder owns the body's name.
      const officeOwner =
        prev.possessive &&
        isTitle(prev) &&
        /^['’]s[ \u00a0]+$/u.test(text.slice(prev.end, cur.start)) &&
        /^(?:Office|Department)$/u.test(cur.text);
      // "People's Protection Units", "Women's March": an irregular plural's possessive opens a body's name; inside
      // one, before a body's or a building's word ("Wellmont Children's Hospital", "the Varna Women's Fund").
      const groupOwner =
        prev.possessive &&
        (run.length === 1 || isCue(cur.text)) &&
        IRREGULAR_PLURALS.has(prev.text.toLowerCase()) &&
        /^['’]s[ \u00a0]+$/u.test(text.slice(prev.end, cur.start)) &&
        cur.cap;
      // "St. John's Episcopal Church", "Saint Mary's Hospital": a saint's possessive opens what is named after them.
      const saintOwner =
        prev.possessive &&
        run.length === 2 &&
        SAINT_WORDS.has(run[0]?.text.toLowerCase() ?? '') &&
        /^['’]s[ \u00a0]+$/u.test(text.slice(prev.end, cur.start)) &&
        cur.cap &&
        !isTitle(cur);
      // "Hawke's Bay", "Martha's Vineyard": a possessive inside a place the gazetteer knows whole.
      const placeOwner =
        prev.possessive &&
        run.length <= 2 &&
        cur.cap &&
        /^['’]s[ \u00a0]+$/u.test(text.slice(prev.end, cur.start)) &&
        opensKnownPlace([...run.map((t) => t.text).slice(0, -1), `${prev.text}'s`, cur.text]);
      // "Rock & Roll Hall of Fame", "Redfield & Wilton Strategies": an ampersand between capitalised words is inside
      // one name, unless it joins two given names, a list of people ("Deirdre, Wyatt & Zach").
      const ampersand =
        sep === ' & ' &&
        cur.cap &&
        /^\p{Lu}/u.test(cur.text) &&
        !(
          hasTag(prev.text, 'FirstName', 'MaleName', 'FemaleName') &&
          hasTag(cur.text, 'FirstName', 'MaleName', 'FemaleName')
        );
      if (
        !ampersand &&
        !pluralOwner &&
        !officeOwner &&
        !groupOwner &&
        !saintOwner &&
        !placeOwner &&
        // (A gap of one space, most, is one gapIsSpace accepts.)
        (prev.possessive || (sep !== ' ' && !gapIsSpace(text, prev, cur)))
      )
        break;
      // "Ardo Pell Image: …": a caption label glued to the name before it.
      if (
        cur.cap &&
        text[cur.end] === ':' &&
        (hasTag(cur.text, 'Singular', 'Noun', 'Plural') || CAPTION_LABEL.test(cur.text))
      )
        break;
      // "Santos Doctors' tour": a plural noun's possessive does not belong to the surname before it.
      const after = tokens[j + 1];
      if (
        cur.cap &&
        cur.possessive &&
        !(after && isCue(after.text)) &&
        isPluralNoun(cur.text) &&
        after?.cap &&
        /^['’]?[ \u00a0]+$/u.test(text.slice(cur.end, after.start)) &&
        hasTag(prev.text, 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person')
      )
        break;
      if (cur.cap) {
        run.push(cur);
        j++;
        continue;
      }
      const lower = cur.text.toLowerCase();
      // A chain of particles ("von der") joins when a capitalised word follows it.
      let k = j;
      while (
        k - j < MAX_RUN_TOKENS &&
        tokens[k] &&
        NAME_PARTICLES.has(tokens[k]?.text ?? '') &&
        tokens[k + 1] &&
        gapIsSpace(text, tokens[k] as Token, tokens[k + 1] as Token)
      )
        k++;
      // "São Benedito do Tapuru": Portuguese "do" inside a place's name, after two capitalised words (English "do"
      // follows one subject: "Where do Americans", "Democrats do Better" in a title's capitals).
      if (
        k === j &&
        cur.text === 'do' &&
        run.length >= 2 &&
        tokens[j + 1]?.cap &&
        gapIsSpace(text, cur, tokens[j + 1] as Token) &&
        !run.some((r) => isFunctionWord(r))
      )
        k = j + 1;
      const afterParticles = tokens[k];
      if (k > j && afterParticles?.cap) {
        run.push(...tokens.slice(j, k + 1));
        j = k + 1;
        continue;
      }
      // "Dar es Salaam", "Newcastle upon Tyne": lower-case words inside a place the gazetteer knows whole.
      const placeJoin = prev.possessive ? undefined : placeParticlesJoin(text, tokens, run, j);
      if (placeJoin !== undefined) {
        run.push(...tokens.slice(j, placeJoin + 1));
        j = placeJoin + 1;
        continue;
      }
      const next = tokens[j + 1];
      const next2 = tokens[j + 2];
      // "Securities and Exchange Commission", "Commission on Varna Affairs": "and"/"on" inside an institution.
      if (
        (lower === 'and' || lower === 'on' || lower === 'for') &&
        next?.cap &&
        gapIsSpace(text, cur, next)
      ) {
        let k2 = j + 1;
        while (
          k2 - j < MAX_RUN_TOKENS &&
          tokens[k2 + 1]?.cap &&
          gapIsSpace(text, tokens[k2] as Token, tokens[k2 + 1] as Token)
        )
          k2++;
        // ("Manchester and Salford Magistrates' Court": the part after "and" goes on past a plural's possessive
        // before a body's word.)
        const owned = tokens[k2 + 1];
        if (
          owned &&
          tokens[k2]?.possessive &&
          ORG_WORDS.has(owned.text.toLowerCase()) &&
          /^['’][ \u00a0]+$/u.test(text.slice(tokens[k2]?.end ?? 0, owned.start)) &&
          isPluralNoun(tokens[k2]?.text ?? '')
        )
          k2++;
        const tail = tokens.slice(j + 1, k2 + 1);
        // ("Varna and Folk Hall of Fame": the part after "and" ends in a body's name once "of Fame" follows.)
        const tailEnd = tail.at(-1)?.end ?? 0;
        const endsInOrg =
          ORG_WORDS.has(tail.at(-1)?.text.toLowerCase() ?? '') ||
          HONOUR_BODY.test(text.slice(cur.end, tailEnd + ' of Fame'.length));
        const opensOrg = run.some((t) => ORG_WORDS.has(t.text.toLowerCase()));
        // "Securities and Exchange Commission" joins; "Institute of Technology and … University" are two bodies.
        // ("MSNBC and CBS Radio": an acronym is a whole name.)
        // ("House Oversight and Reform Committee", "Senate Energy and Commerce Committee": a chamber's word opens the
        // name of one of its committees, whose subject joins its words with "and".)
        const chamberCommittee =
          CHAMBERS.has(run[0]?.text.toLowerCase() ?? '') &&
          run.length > 1 &&
          !run.slice(1).some((t) => ORG_WORDS.has(t.text.toLowerCase())) &&
          COMMITTEES.has(tail.at(-1)?.text.toLowerCase() ?? '');
        const leftComplete =
          (opensOrg && !chamberCommittee) ||
          (run.length === 1 && /^\p{Lu}{2,}$/u.test(prev.text)) ||
          ORG_WORDS.has(prev.text.toLowerCase()) ||
          knownPlaceOrRegion(run.map((t) => t.text).join(' '));
        const dated = tail.some((t) => hasTag(t.text, 'WeekDay', 'Month'));
        // "the Democratic and Republican Party's primaries": two modifiers sharing one body's word name two bodies,
        // not one ("Securities and Exchange Commission", "Law and Justice Party": nouns join one name).
        const sharedHead =
          lower === 'and' &&
          run.length === 1 &&
          tail.length === 2 &&
          isModifierWord(prev.text) &&
          isModifierWord(tail[0]?.text ?? '');
        // "published in Environmental Science and Technology": a journal's name joins its parts with "and".
        const journal =
          lower === 'and' &&
          PUBLISHED_IN.test(text.slice(0, run[0]?.start ?? 0)) &&
          tail.length <= 3 &&
          !tail.some((t) => isTitle(t) || hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName', 'Person'));
        // "National Institute of Allergy and Infectious Diseases", "Centers for Disease Control and Prevention": after an
        // institution's word and its "of"/"for", "and" joins the field's last words (not a body, a place, a person or
        // an acronym: "Ministry of Health and Anna Holm", "University of Varnia and Varnby State University").
        const fieldAnd =
          lower === 'and' &&
          tail.length <= 2 &&
          institutionOf(run) &&
          !endsInOrg &&
          !tail.some(
            (t) =>
              isTitle(t) ||
              isCue(t.text) ||
              /^\p{Lu}+$/u.test(t.text) ||
              knownPlaceOrRegion(t.text) ||
              hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName'),
          );
        // "Cinema for Peace Foundation": "for" inside a body's name that ends in an institution's word, after words
        // that name no person ("Anna Holm for Varna Foundation" is two names).
        const forBody =
          lower === 'for' &&
          endsInOrg &&
          tail.length <= 3 &&
          !run.some(
            (t) => isTitle(t) || hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'),
          );
        if (
          !dated &&
          !sharedHead &&
          ((lower === 'and' &&
            (journal || fieldAnd || (endsInOrg && (!leftComplete || twinTowns(run, tail))))) ||
            (lower === 'on' && opensOrg) ||
            forBody)
        ) {
          run.push(cur, ...tail);
          j = k2 + 1;
          continue;
        }
      }
      const plainNoun =
        lower === 'of' &&
        run.length === 1 &&
        isPlainNoun(prev) &&
        (!isInitialPosition(text, prev) || (!!next && knownPlaceOrRegion(next.text)));
      // "Directorate General of Civil Aviation": a two-word run an institution's word opens.
      const bodyOpened =
        lower === 'of' && run.length === 2 && ORG_WORDS.has(run[0]?.text.toLowerCase() ?? '');
      if (
        next?.cap &&
        OF_LIKE.has(lower) &&
        gapIsSpace(text, cur, next) &&
        !firmOfPlace(text, tokens, prev, j) &&
        (joinsAfter(prev) ||
          plainNoun ||
          bodyOpened ||
          // "International Committee on Taxonomy of Viruses": a body's name goes on with "of" after its "on";
          // "Tunisian League for the Defence of Human Rights", "Council of Ex-Muslims of Britain": and after its
          // own "of"/"for" (not before a person's name or a title: "… of Britain Anna Holm" is cut later).
          (lower === 'of' &&
            (institutionOf(run) || (run.some((t) => t.text === 'on') && institutionOf([...run, cur]))) &&
            !isTitle(next) &&
            !hasTag(next.text, 'FirstName', 'MaleName', 'FemaleName', 'Person')))
      ) {
        run.push(cur, next);
        j += 2;
        continue;
      }
      // "Committee to Protect Journalists": "to" and a verb inside an institution's name.
      if (
        lower === 'to' &&
        next?.cap &&
        joinsAfter(prev) &&
        (hasTag(next.text, 'Infinitive') ||
          // "Coalition to Defeat ISIS": a verb the lexicon files as a noun, with its capitalised object.
          (hasTag(next.text, 'Singular') && !!next2?.cap && gapIsSpace(text, next, next2))) &&
        gapIsSpace(text, cur, next)
      ) {
        run.push(cur, next);
        j += 2;
        continue;
      }
      // ("Court of Appeals for the Third Circuit": "for the" after an institution's name that already holds "of".)
      if (
        (lower === 'of' || lower === 'for') &&
        next?.text === 'the' &&
        next2?.cap &&
        (joinsAfter(prev) || (lower === 'for' && institutionOf(run))) &&
        gapIsSpace(text, next, next2)
      ) {
        run.push(cur, next, next2);
        j += 3;
        continue;
      }
      break;
    }
    // "1st Fleet Command", "101st Airborne Division": an ordinal before a unit's name is part of it (not before a
    // legislature's: "the 116th United States Congress" is one term of the Congress).
    const before = tokens[i - 1];
    if (
      before &&
      ORDINAL.test(before.text) &&
      gapIsSpace(text, before, t) &&
      run.some((w) => UNIT_WORDS.has(w.text.toLowerCase()))
    )
      run.unshift(before);
    // "Highway 49", "Route 9", "Interstate 75", "U.S. Route 2": a road's number ends its name (a named road is a
    // place: ../shared/gold/GUIDE.md), where the run stops at the number.
    const last = run[run.length - 1];
    const num = tokens[j];
    if (
      last &&
      num &&
      ROAD_NUMBERED.test(last.text) &&
      !last.possessive &&
      ROAD_NUMBER.test(num.text) &&
      text.slice(last.end, num.start) === ' '
    ) {
      // (Marked capitalised, as the name's own word: spans.ts trims lower-case words off a name's end.)
      run.push({...num, cap: true});
      j++;
    } else if (
      // "of WESH 2 news", "KTVX 4 News": a broadcaster's call letters and its channel's number, before "news".
      last &&
      num &&
      run.length === 1 &&
      CHANNEL_NUMBER.test(num.text) &&
      /^\p{Lu}{3,5}$/u.test(last.text) &&
      text.slice(last.end, num.start) === ' ' &&
      CHANNEL_NEWS.test(text.slice(num.end, num.end + 6))
    ) {
      run.push({...num, cap: true});
      j++;
    }
    out.push(run);
    i = j;
  }
  return out;
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;
const ROAD_NUMBER = /^\d{1,4}[A-Z]?$/u;
const CHANNEL_NUMBER = /^\d{1,2}$/u;
const CHANNEL_NEWS = /^ [Nn]ews\b/u;

// Capitalised function words open sentences and titles ("The", "In", "But"); they never start a name.
const FUNCTION_OR_MODAL_TAGS: readonly string[] = [...FUNCTION_WORD_TAGS, 'Modal'];

const CAPITALS_ONLY = /^[\p{Lu}.]{2,}$/u;

/** True for a capitalised function word ("The", "In", "But"), which never starts a name. */
export function isFunctionWord(t: Token): boolean {
  // (The lexicon first: most capitalised words are no function word, and need no acronym test.)
  return hasAnyTag(t.text, FUNCTION_OR_MODAL_TAGS) && !CAPITALS_ONLY.test(t.text); // "US", "IT" as acronyms
}

// "Chair In Varna Studies", "Friday Ford Motor Company": a capitalised function word or a date inside a run
// separates names (headlines capitalise everything).
const FIRST_NAME_TAGS: readonly string[] = ['FirstName', 'FemaleName', 'MaleName'];
const DATE_TAGS: readonly string[] = ['WeekDay', 'Month'];
const LOWER_JOINERS = /^(?:of|the|and|for|on|to)$/;

/** Splits a run at capitalised function words and dates inside it. */
export function splitAtFunctionWords(run: Token[]): Token[][] {
  // Most runs are one word, which only a date drops (nothing splits before a run's first word).
  if (run.length === 1) {
    const t = run[0] as Token;
    const tags = lexiconTags(t.text);
    const dated =
      (tagsInclude(tags, DATE_TAGS) || MONTHS.has(t.text.toLowerCase())) &&
      !tagsInclude(tags, FIRST_NAME_TAGS);
    return dated ? [] : [run];
  }
  const out: Token[][] = [[]];
  // Whether the word before is a given name, carried from one word to the next rather than asked again.
  let afterFirstName = false; // "Theresa May"
  for (let i = 0; i < run.length; i++) {
    const t = run[i] as Token;
    const tags = lexiconTags(t.text);
    const firstName = tagsInclude(tags, FIRST_NAME_TAGS);
    const lower = t.text.toLowerCase();
    // "Rocky De La Fuente": a capitalised particle between two capitalised words is part of a name.
    const particle =
      i > 0 && !!run[i + 1]?.cap && NAME_PARTICLES.has(lower) && /^\p{Lu}\p{Ll}*$/u.test(t.text);
    // ("Mayor Oikawa Jun": a month's three letters without their period, ending a run after a capitalised word, are
    // a given name written after the family name.)
    const dated =
      (tagsInclude(tags, DATE_TAGS) || MONTHS.has(lower)) &&
      !firstName &&
      !afterFirstName &&
      // (Not after a dateline's town in capitals: "WASHINGTON Oct 5 —".)
      !(i > 0 && i === run.length - 1 && t.text.length === 3 && /\p{Ll}/u.test(run[i - 1]?.text ?? ''));
    // (isFunctionWord of the tags already read, not looked up again.)
    const splits =
      i > 0 &&
      t.cap &&
      ((tagsInclude(tags, FUNCTION_OR_MODAL_TAGS) &&
        !CAPITALS_ONLY.test(t.text) &&
        !afterFirstName &&
        !particle) ||
        dated) &&
      !LOWER_JOINERS.test(t.text);
    afterFirstName = firstName;
    if (splits) out.push(dated ? [] : [t]);
    else if (!dated) out[out.length - 1]?.push(t);
  }
  // (A new array only when a split left an empty piece: most runs split nowhere.)
  for (let i = 0; i < out.length; i++)
    if ((out[i] as Token[]).length === 0) return out.filter((r) => r.length > 0);
  return out;
}

// "Citizens' Movement", "Pensioners' Party": a plural the lexicon tags only as someone who does something.
const pluralActor = (w: string): boolean =>
  /^\p{Lu}\p{Ll}+s$/u.test(w) && hasTag(w, 'Actor') && hasTag(w.slice(0, -1), 'Actor');

// "Nandgaon Hawkers' Union", "Tessaly Growers' Association": a word the lexicon lacks, shaped as a plural of a
// doer (-ers, -ors, -ists, -ants, -ents, -ians), before a bare apostrophe; a known name ("Summers'") is not one.
const agentPlural = (w: string): boolean => AGENT_PLURAL.test(w) && lexiconTags(w.toLowerCase()).length === 0;

// "Haneul Systems of Seoul": a firm's head word, then "of" and capitalised words that are a place the gazetteer
// knows and end the run: the place says where the firm is (cues.ts FIRM_WORDS). `at` is the index of "of".
function firmOfPlace(text: string, tokens: Token[], prev: Token, at: number): boolean {
  if (tokens[at]?.text !== 'of' || !FIRM_WORDS.has(prev.text.toLowerCase())) return false;
  let end = at + 1;
  while (
    end - at <= 3 &&
    tokens[end]?.cap &&
    gapIsSpace(text, tokens[end - 1] as Token, tokens[end] as Token)
  )
    end++;
  const place = tokens.slice(at + 1, end);
  return place.length > 0 && place.length <= 3 && knownPlaceOrRegion(place.map((t) => t.text).join(' '));
}

// "Manchester and Salford Magistrates' Court", "Brighton and Hove City Council": a town the gazetteer knows (no
// country: "Iran and Iraq Foreign Ministries" are two nations' bodies), "and" and another town name one body that
// serves both, when the second town opens words ending in a body's word.
function twinTowns(run: readonly Token[], tail: readonly Token[]): boolean {
  const left = run.at(-1);
  const right = tail[0];
  if (run.length !== 1 || !left || !right || tail.length < 2 || tail.length > 4) return false;
  const town = (t: Token): boolean =>
    knownPlaceOrRegion(t.text) && knownPlace(t.text)?.kind !== 'country' && !hasTag(t.text, 'Country');
  // (The second may be a town the lexicon does not know at all: "Salford".)
  return town(left) && (town(right) || lexiconTags(right.text).length === 0);
}

/** True for a capitalised verb or adjective that opens a sentence. */
// ("Born Anna Holm in Varna, she …": "born", a participle the lexicon tags only 'Verb', opens the clause; the name
// after it stays, without "Born" as its title.)
export function isCommonOpener(t: Token): boolean {
  if (hasAnyTag(t.text, PROPER_NAME_TAGS)) return false;
  return (
    hasTag(
      t.text,
      'Verb',
      'PastTense',
      'Gerund',
      'PresentTense',
      'Participle',
      'Adjective',
      'Comparative',
      'Superlative',
      'Adverb',
    ) || isGuessedAdverb(t.text) // "Afterwards Trump visited…"
  );
}
