import {hasTag, isOrgWord, isPlaceWord, lexiconTags} from '../nlp.js';
import {MONTHS, NAME_PARTICLES, ORG_WORDS, PERSON_NOUNS, PLACE_WORDS, THING_WORDS, TITLES} from './cues.js';
import {isCity, isDemonym, knownPlace} from './gazetteer.js';
import {tokenize, type Token} from './tokens.js';

/** One capitalised name as written in a sentence, with what its surroundings say about it. */
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
  /** First word of its sentence (or of a quotation), where capitals say nothing. */
  initial: boolean;
  /** Preceded mid-sentence by a capitalised "The" ("according to The Guardian"), a sign of a proper name. */
  theCap: boolean;
}

const OF_LIKE = new Set(['of', 'for', '&']);

// Kinship words are titles only in a few fixed uses ("Father", "Sister" for clergy, already in TITLES).
const KIN = new Set(['son', 'daughter', 'wife', 'husband', 'boyfriend', 'girlfriend', 'partner', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter', 'mother', 'brother', 'model', 'driver', 'runner']);

function isTitle(t: Token): boolean {
  if (!t.cap) return false;
  const w = t.text.toLowerCase().replace(/\.$/, '');
  // "Assemblywoman", "Spokesperson": office words built on -woman/-person (-man ends surnames too: Berman).
  return TITLES.has(w) || /^\p{L}{3,}(?:woman|person)$/u.test(w);
}

// "Scientist Rebecca Falconer said…": an ordinary noun for a person, capitalised because it opens the sentence.
function isOpeningRoleNoun(text: string, t: Token, next: Token | undefined): boolean {
  const w = t.text.toLowerCase();
  if (!t.cap || KIN.has(w) || !isInitialPosition(text, t)) return false;
  if (PERSON_NOUNS.has(w) || hasTag(w, 'Actor')) return true;
  if (hasTag(w, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Demonym') || isDemonym(w)) return false;
  // "Voter Kitty Mak", "Broadcaster Piers Morgan": an agent noun; or any ordinary word before a first name.
  if (/(?:er|or|ist|ian)$/u.test(w)) return true;
  return !!next && hasTag(next.text, 'FirstName', 'MaleName', 'FemaleName') && lexiconTags(w).length > 0;
}

// "of"/"for"/"and" join two capitalised parts only after an institutional word: "Bank of England",
// "Center for Astrophysics", but not "Putin of Russia".
function joinsAfter(left: Token): boolean {
  const w = left.text.toLowerCase();
  return ORG_WORDS.has(w) || PLACE_WORDS.has(w) || isOrgWord(w) || isPlaceWord(w) || w === 'republic' || w === 'kingdom' || w === 'states';
}

function isCue(word: string): boolean {
  const w = word.toLowerCase();
  return ORG_WORDS.has(w) || PLACE_WORDS.has(w) || THING_WORDS.has(w) || isOrgWord(w) || isPlaceWord(w);
}

// "Voice of America": a common noun capitalised mid-sentence opens a name that "of" continues.
function isPlainNoun(t: Token): boolean {
  return hasTag(t.text, 'Singular', 'Uncountable') && !isTitle(t) && !hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName', 'LastName');
}

function gapIsSpace(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]*$/.test(text.slice(a.end, b.start)) || /^[-–]$/.test(text.slice(a.end, b.start));
}

/** Groups a sentence's tokens into runs of capitalised words, joined by particles and institutional "of". */
function runs(text: string, tokens: Token[]): Token[][] {
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
    while (j < tokens.length) {
      const prev = run[run.length - 1];
      const cur = tokens[j];
      if (!prev || !cur || prev.possessive || !gapIsSpace(text, prev, cur)) break;
      // "Ahmed Mohamed Image: …": a caption label glued to the name before it.
      if (cur.cap && text[cur.end] === ':' && hasTag(cur.text, 'Singular', 'Noun', 'Plural')) break;
      if (cur.cap) {
        run.push(cur);
        j++;
        continue;
      }
      const lower = cur.text.toLowerCase();
      // A chain of particles ("von der") joins when a capitalised word follows it.
      let k = j;
      while (tokens[k] && NAME_PARTICLES.has(tokens[k]?.text ?? '') && tokens[k + 1] && gapIsSpace(text, tokens[k] as Token, tokens[k + 1] as Token)) k++;
      const afterParticles = tokens[k];
      if (k > j && afterParticles?.cap) {
        run.push(...tokens.slice(j, k + 1));
        j = k + 1;
        continue;
      }
      const next = tokens[j + 1];
      const next2 = tokens[j + 2];
      // "Securities and Exchange Commission", "Commission on Religious Freedom": "and"/"on" inside an institution.
      if ((lower === 'and' || lower === 'on') && next?.cap && gapIsSpace(text, cur, next)) {
        let k2 = j + 1;
        while (tokens[k2 + 1]?.cap && gapIsSpace(text, tokens[k2] as Token, tokens[k2 + 1] as Token)) k2++;
        const tail = tokens.slice(j + 1, k2 + 1);
        const endsInOrg = ORG_WORDS.has(tail.at(-1)?.text.toLowerCase() ?? '');
        const opensOrg = run.some((t) => ORG_WORDS.has(t.text.toLowerCase()));
        const leftComplete = ORG_WORDS.has(prev.text.toLowerCase()) || knownPlaceOrRegion(run.map((t) => t.text).join(' '));
        const dated = tail.some((t) => hasTag(t.text, 'WeekDay', 'Month'));
        if (!dated && ((lower === 'and' && endsInOrg && !leftComplete) || (lower === 'on' && opensOrg))) {
          run.push(cur, ...tail);
          j = k2 + 1;
          continue;
        }
      }
      const plainNoun = lower === 'of' && run.length === 1 && isPlainNoun(prev) && (!isInitialPosition(text, prev) || (!!next && knownPlaceOrRegion(next.text)));
      if (next?.cap && gapIsSpace(text, cur, next) && OF_LIKE.has(lower) && (joinsAfter(prev) || plainNoun)) {
        run.push(cur, next);
        j += 2;
        continue;
      }
      // "Committee to Protect Journalists": "to" and a verb inside an institution's name.
      if (lower === 'to' && next?.cap && joinsAfter(prev) && hasTag(next.text, 'Infinitive') && gapIsSpace(text, cur, next)) {
        run.push(cur, next);
        j += 2;
        continue;
      }
      if ((lower === 'of' || lower === 'for') && next?.text === 'the' && next2?.cap && joinsAfter(prev) && gapIsSpace(text, next, next2)) {
        run.push(cur, next, next2);
        j += 3;
        continue;
      }
      break;
    }
    out.push(run);
    i = j;
  }
  return out;
}

function isInitialPosition(text: string, t: Token): boolean {
  const before = text.slice(0, t.start);
  return /^[\s"“‘'([—–-]*$/.test(before) || /[“"‘(]\s*$/.test(before) || /[:;]\s*$/.test(before);
}

function isLeadingPlace(tokens: Token[], at: number): boolean {
  const prefix = tokens.slice(0, at).map((t) => t.text).join(' ');
  const first = tokens[at];
  return !!first && knownPlaceOrRegion(prefix) && hasTag(first.text, 'FirstName', 'MaleName', 'FemaleName');
}

function knownPlaceOrRegion(s: string): boolean {
  return knownPlace(s) !== undefined || hasTag(s, 'Country', 'City', 'Region');
}

/** Splits a run into names: titles come off the front ("Sheriff Bill Brown"), and what preceded a title becomes a name of its own ("Santa Barbara County"). */
const HONORIFIC_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev']);

function honorificOnly(titles: Token[]): boolean {
  return titles.length > 0 && titles.every((t) => HONORIFIC_WORDS.has(t.text.toLowerCase().replace(/\.$/, '')));
}

// After an office word ("Foreign Affairs", "Health Security", "Chief Technological") a lone word must look like a
// surname: a name in the lexicon, or an unknown word without the endings of ordinary nouns and adjectives.
function looksLikeSurname(word: string): boolean {
  if (hasTag(word, 'LastName', 'Person', 'FirstName', 'MaleName', 'FemaleName')) return true;
  if (knownPlaceOrRegion(word) || PERSON_NOUNS.has(word.toLowerCase()) || TITLES.has(word.toLowerCase())) return false;
  return lexiconTags(word).length === 0 && !/(?:s|ity|al|ion|ment|ure|ness|ate|ive|ics|ing)$/u.test(word);
}

// "Secretary of State Mike Pompeo", "First Minister of Scotland Nicola Sturgeon": the office's domain, then the name.
function splitOfficeDomain(text: string, run: Token[]): {name: Token[]; titles: Token[]}[] | undefined {
  const first = run[0];
  if (!first || !/\b(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u.test(text.slice(0, first.start))) return undefined;
  const office = /\b(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u.exec(text.slice(0, first.start))?.[1] ?? '';
  if (!TITLES.has(office.toLowerCase())) return undefined;
  const k = run.findIndex((t, i) => i > 0 && hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName'));
  if (k < 1 || k > run.length - 2) return undefined;
  // The title reaches back to the office word, so the role reads "Secretary of State".
  const officeAt = first.start - (/\b\p{Lu}\p{Ll}+\s+of\s+(?:the\s+)?$/u.exec(text.slice(0, first.start))?.[0].length ?? 0);
  const officeToken: Token = {text: office, start: officeAt, end: officeAt + office.length, cap: true, possessive: false};
  return [{name: run.slice(0, k), titles: []}, {name: run.slice(k), titles: [officeToken, ...run.slice(0, k)]}];
}

function splitRun(run: Token[]): {name: Token[]; titles: Token[]}[] {
  let lastTitle = -1;
  for (let k = 0; k < run.length - 1; k++) {
    const t = run[k];
    const next = run[k + 1];
    // "Divisional Railway Manager Aparna Garg": a person noun inside a run, before a two-word name.
    const innerRole = k > 0 && k <= run.length - 3 && PERSON_NOUNS.has(t?.text.toLowerCase() ?? '') && !KIN.has(t?.text.toLowerCase() ?? '');
    if (t && next && (isTitle(t) || t.roleNoun || innerRole) && !isTitle(next)) lastTitle = k;
  }
  // "Saint Louis", "Prince Rupert": a place whose name begins with a title word.
  if (lastTitle >= 0 && (isCity(run.map((t) => t.text).join(' ')) || knownPlaceOrRegion(run.map((t) => t.text).join(' ')))) lastTitle = -1;
  // What follows a title must look like a personal name: not an acronym, not an institution or a thing.
  const rest = run.slice(lastTitle + 1);
  const restLast = rest.at(-1)?.text.toLowerCase() ?? '';
  const plainWord = rest.length === 1 && !honorificOnly(run.slice(0, lastTitle + 1)) && !looksLikeSurname(rest[0]?.text ?? '');
  if (lastTitle >= 0 && (rest.every((t) => /^[\p{Lu}\d.&]+$/u.test(t.text)) || THING_WORDS.has(restLast) || plainWord)) lastTitle = -1;
  const lastWord = run[run.length - 1]?.text.toLowerCase() ?? '';
  // "General Motors", "State Department": a title word that opens an institution's name.
  const afterTitle = run[lastTitle + 1];
  const namedAfter = !!afterTitle && run.length - lastTitle > 2 && hasTag(afterTitle.text, 'FirstName', 'MaleName', 'FemaleName');
  if ((ORG_WORDS.has(lastWord) || PLACE_WORDS.has(lastWord) || isOrgWord(lastWord)) && !namedAfter) lastTitle = -1;
  if (lastTitle >= 0) {
    let firstTitle = lastTitle;
    while (firstTitle > 0 && run[firstTitle - 1] && isTitle(run[firstTitle - 1] as Token)) firstTitle--;
    const before = run.slice(0, firstTitle);
    const parts: {name: Token[]; titles: Token[]}[] = [];
    if (before.length > 0) parts.push({name: before, titles: []});
    parts.push({name: run.slice(lastTitle + 1), titles: run.slice(firstTitle, lastTitle + 1)});
    return parts;
  }
  const lead = run[0];
  if (lead && run.length > 2 && /^\p{Lu}{2,}$/u.test(lead.text) && hasTag(run[1]?.text ?? '', 'FirstName', 'MaleName', 'FemaleName')) {
    return [{name: [lead], titles: []}, {name: run.slice(1), titles: []}];
  }
  // "United States Hamdullah Mohib", "Refugee Council Enver Solomon": a place or a body, then a two-word name.
  const cueLast = ORG_WORDS.has(lastWord) || PLACE_WORDS.has(lastWord) || THING_WORDS.has(lastWord) || isOrgWord(lastWord) || isPlaceWord(lastWord);
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
      if (!wholePlace && personal && (knownPlace(prefix.map((t) => t.text).join(' ')) || ORG_WORDS.has(prev))) {
        return [{name: prefix, titles: []}, {name: run.slice(k), titles: []}];
      }
    }
  }
  for (let k = 1; k < run.length - 1; k++) {
    if (isLeadingPlace(run, k)) return [{name: run.slice(0, k), titles: []}, {name: run.slice(k), titles: []}];
  }
  return [{name: run, titles: []}];
}

// Capitalised function words open sentences and titles ("The", "In", "But"); they never start a name.
function isFunctionWord(t: Token): boolean {
  if (/^[\p{Lu}.]{2,}$/u.test(t.text)) return false; // "US", "IT" as acronyms
  return hasTag(t.text, 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Copula', 'Modal', 'QuestionWord', 'Possessive');
}

// "Chair In Global Politics", "Friday Ford Motor Company": a capitalised function word or a date inside a run
// separates names (headlines capitalise everything).
function splitAtFunctionWords(run: Token[]): Token[][] {
  const out: Token[][] = [[]];
  run.forEach((t, i) => {
    const prev = run[i - 1];
    const afterFirstName = !!prev && hasTag(prev.text, 'FirstName', 'FemaleName', 'MaleName'); // "Theresa May"
    const dated = (hasTag(t.text, 'WeekDay', 'Month') || MONTHS.has(t.text.toLowerCase())) && !hasTag(t.text, 'FirstName', 'FemaleName', 'MaleName') && !afterFirstName;
    if (i > 0 && t.cap && ((isFunctionWord(t) && !afterFirstName) || dated) && !/^(?:of|the|and|for|on|to)$/.test(t.text)) {
      out.push(dated ? [] : [t]);
      return;
    }
    if (dated) return;
    out[out.length - 1]?.push(t);
  });
  return out.filter((r) => r.length > 0);
}

function isCommonOpener(t: Token): boolean {
  if (hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'Country', 'City', 'Region', 'Organization')) return false;
  return hasTag(t.text, 'PastTense', 'Gerund', 'PresentTense', 'Participle', 'Adjective', 'Comparative', 'Superlative', 'Adverb');
}

/** Every capitalised name in a sentence, with titles split off. */
export function findSpans(text: string, sentence: number): Span[] {
  const out: Span[] = [];
  const tokens = tokenize(text);
  for (const found of runs(text, tokens)) for (const run of splitAtFunctionWords(found)) {
    const theCap = run.length > 1 && run[0]?.text === 'The' && !isInitialPosition(text, run[0]);
    while (run.length > 0 && run[0] && isFunctionWord(run[0])) run.shift();
    // At the start of a sentence a capitalised verb or adjective ("Remarked", "Earlier") is not part of a name.
    const whole = run.map((t) => t.text).join(' ');
    if (run.length > 1 && run[0] && isInitialPosition(text, run[0]) && isCommonOpener(run[0]) && !knownPlaceOrRegion(whole)) run.shift();
    if (run.length > 2 && run[0] && isOpeningRoleNoun(text, run[0], run[1])) run[0] = {...run[0], text: run[0].text, cap: true, roleNoun: true};
    for (const {name, titles} of splitOfficeDomain(text, run) ?? splitRun(run)) {
      // Trailing particles, connectors ("Bank of") and titles ("Labour MP") are not part of a name.
      while (name.length > 1 && (!name[name.length - 1]?.cap || (isTitle(name[name.length - 1] as Token) && name[name.length - 2]?.cap))) name.pop();
      if (name.length > 0 && name.every(isTitle)) continue;
      const first = name[0];
      const last = name[name.length - 1];
      if (!first || !last) continue;
      const titleFirst = titles[0];
      const span: Span = {
        text: text.slice(first.start, last.end),
        titles: titles.map((t) => t.text.toLowerCase()),
        words: name.length,
        sentence,
        start: first.start,
        end: last.end,
        initial: titleFirst ? false : isInitialPosition(text, first),
        theCap,
      };
      if (titleFirst) span.titled = text.slice(titleFirst.start, last.end);
      out.push(span);
    }
  }
  return out;
}
