// Common nouns capitalised in front of a person's name: "Senior Advisors Jared Kushner", "Council on
// American-Islamic Relations Alia Salem", "Democrat Rod Blagojevich". The run builder joins every capitalised word,
// so the noun would become the name's first word; here it is split off, as a role when it names people.
import {hasTag, lexiconTags} from '../nlp.js';
import {LEADING_TRADE_NOUNS, MATCH_AND_COURT_ROLES, PARTY_MEMBERS, PERSON_NOUNS} from './cues.js';
import {isDemonym} from './gazetteer.js';
import {isSurnameLike} from './given-names.js';
import {isFunctionWord} from './runs.js';
import type {Token} from './tokens.js';
import {isCue, isFirstName, isNameShaped, isPluralNoun, isTitle, knownPlaceOrRegion} from './words.js';

const AGENT = /(?:er|or|ist|ian|ant|ent)s$/u;

// "Advisors", "Officials", "Senior": words for people (or titles), which read as the role of the name after them.
function namesPeople(t: Token): boolean {
  const w = t.text.toLowerCase();
  return (
    isTitle(t) ||
    isTitle({...t, text: t.text.replace(/s$/u, '')}) ||
    hasTag(w, 'Actor') ||
    PERSON_NOUNS.has(w.replace(/s$/u, '')) ||
    (isPluralNoun(t.text) && AGENT.test(w))
  );
}

// "Rod Blagojevich", "Zara Kay": two or more words that can be a personal name, none an institution's or a place's.
function personal(rest: Token[]): boolean {
  const first = rest[0];
  const last = rest.at(-1);
  if (!first || !last || rest.length < 2) return false;
  if (rest.some((t) => !t.cap || isTitle(t) || isCue(t.text) || knownPlaceOrRegion(t.text))) return false;
  return isFirstName(first.text) || lexiconTags(last.text).length === 0 || hasTag(last.text, 'LastName');
}

// "Countryman Lawrence Cherono", "Ethiopians Dejene Debela", "Eyewitness Ardo Pell": a word for a person, or a
// nationality's plural, opening a run before two or more words of a personal name is the name's role.
const NOT_ROLE_OPENERS = new Set([
  'national',
  'native',
  'official',
  'member',
  'head',
  'chief',
  'fellow',
  'host',
  'model',
  'partner',
  'client',
  'fan',
  'owner',
  'resident',
  'citizen',
  'victim',
  'survivor',
  'veteran',
]);

function opensPersonRole(t: Token): boolean {
  const w = t.text.toLowerCase();
  if (isFirstName(t.text) || hasTag(t.text, 'LastName')) return false;
  // "National Measles Response", "Native American": words for people that are also adjectives open other names.
  if (hasTag(t.text, 'Adjective') || NOT_ROLE_OPENERS.has(w)) return false;
  if ((PERSON_NOUNS.has(w) || PERSON_NOUNS.has(w.replace(/s$/u, ''))) && !isTitle(t)) return true;
  // "Taoiseach Leo Varadkar", "Sultan Qaboos bin Said": a noun the lexicon knows only as a word for a person (an
  // office or trade that the cue lists lack) is the role of the personal name after it.
  if (!isTitle(t) && lexiconTags(w).length === 1 && hasTag(w, 'Actor')) return true;
  return /\p{Ll}s$/u.test(t.text) && (isDemonym(t.text) || isDemonym(t.text.slice(0, -1)));
}

/** Splits off a plural noun before a first name and surname, and a party member's word before a name. */
export function splitLeadingNouns(run: Token[]): Token[][] {
  // One word has nothing to split off (each split below leaves a name of a word or more after a word); most runs
  // are one word, which the tests below would all ask about.
  if (run.length < 2) return [run];
  const head = run[0];
  // (The words after the first copied only for a run a person's role opens.)
  const rest = head && run.length >= 3 && opensPersonRole(head) ? run.slice(1) : null;
  if (head && rest && personal(rest) && isNameShaped(rest.map((t) => t.text).join(' ')))
    return [[{...head, roleNoun: true}, ...rest]];
  // "Defender Lowe was sent off", "Winger Ferrand": a role opening a sentence before a lone surname, as sports and
  // court reports name people on second reference (a given name alone is no surname: "Substitute Marek").
  const surname = run[1];
  if (
    head &&
    surname &&
    run.length === 2 &&
    isSurnameLike(surname) &&
    !isFirstName(surname.text) &&
    MATCH_AND_COURT_ROLES.has(head.text.toLowerCase()) &&
    opensPersonRole(head)
  )
    return [[{...head, roleNoun: true}, surname]];
  // A plural noun right before a given name and at least one more word ends what precedes the name.
  for (let k = 1; k < run.length - 1; k++) {
    const noun = run[k - 1];
    const name = run[k];
    // (The given name's look-up before the plural's test, which guesses an unknown word's kind by its ending.)
    if (!noun || !name || !isFirstName(name.text) || !run[k + 1]?.cap || !isPluralNoun(noun.text)) continue;
    const before = run.slice(0, k);
    if (before.every(namesPeople)) {
      // "Senior Advisors Jared Kushner": the words become the title, and so the role, of the name.
      return [[...run.slice(0, k - 1), {...noun, roleNoun: true}, ...run.slice(k)]];
    }
    return [before, ...splitLeadingNouns(run.slice(k))];
  }
  // "Retailer Bestmart said", "Carmaker Velko Motors": a firm's trade opening a sentence is no word of its name
  // (context.ts reads it as the name's body noun).
  if (head && LEADING_TRADE_NOUNS.has(head.text) && run[1]?.cap) return [[head], run.slice(1)];
  // "Democrat Rod Blagojevich", "Liberal Democrat Anna Holm": a party is the member's role, not a name. (Not
  // faiths: "Christian" is also a given name.)
  let p = 0;
  while (run[p] && isFunctionWord(run[p] as Token)) p++;
  let q = p;
  while (run[q] && PARTY_MEMBERS.test(run[q]?.text.toLowerCase() ?? '') && !isFirstName(run[q]?.text ?? ''))
    q++;
  // "Democrat Spearman": a party member's word before a lone surname is the role of the person it names.
  const lone = run.length === q + 1 && q > p && isSurnameLike(run[q]) && !isFirstName(run[q]?.text ?? '');
  if (q > p && (personal(run.slice(q)) || lone))
    return [[...run.slice(0, q - 1), {...(run[q - 1] as Token), roleNoun: true}, ...run.slice(q)]];
  return [run];
}
