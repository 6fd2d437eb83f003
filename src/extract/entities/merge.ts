import type {Entity} from '../types.js';
import type {Weighed} from '../rules.js';
import {endsWithMatch} from '../matches.js';
import {decideKind, isAcronym, kindMargin, weighKind, type Form, type Kind} from './classify.js';
import {KIND_SURE_MARGIN} from './kind-weights.js';
import {NAMES_A_THING, OPENS_PLACE_NAME} from './kind-rules.js';
import {
  FIRM_OWN_WORDS,
  HONORIFICS,
  INDUSTRY_LAST,
  MEDIA,
  NAME_PARTICLES,
  ORG_WORDS,
  PLACE_KIND_SUFFIX,
  STATE_OF,
  THING_WORDS,
} from './cues.js';
import {hasAnyTag, hasTag, lexiconTags} from '../nlp.js';
import {demonymPlace, isDemonym, knownPlace, nameKey} from './gazetteer.js';
import {placeKey, stateKey} from './state-of.js';
import {placeShortKey} from './place-short-forms.js';
import {namesStateBody, territoryHome} from './territory-home.js';
import {GroupIndex} from './group-index.js';
import {nearSpelling, swappedSpellings} from './spelling.js';
import {longTails, surnameKey as surnameOf} from './person-names.js';
import {formsGender, splitByHonorific} from './honorific-split.js';
import {styledName} from './styled-name.js';
import {addressKey, patronymicKey} from './patronymic.js';
import {memoByText} from '../memo.js';
import {CORPORATE, CORPORATE_END, typeLinkedForms} from './linked-forms.js';
import {ownsByLead} from './owner-lead.js';
import {clubShortKeys} from './kind-rules-teams.js';
import {numbersIn} from '../numbers.js';

/** Forms that name one entity, before they are written out. */
export interface Group {
  kind: Exclude<Kind, 'none'>;
  forms: Form[];
  /** The evidence of all its forms, summed: what decided `kind`. */
  evidence?: Weighed<Kind>;
}

/** What grouping decided: the entities, and the forms dropped because no kind had evidence enough. */
export interface Grouped {
  groups: Group[];
  dropped: {form: Form; evidence: Weighed<Kind>}[];
}

/** Marks each acronym the article also writes with a plural "s" ("URL" beside "URLs") as a countable noun's. */
function markCountable(forms: readonly Form[]): void {
  let texts: Set<string> | undefined;
  for (const f of forms) {
    if (!isAcronym(f.text) || f.text.includes('.')) continue;
    texts ??= new Set(forms.map((g) => g.text));
    if (texts.has(`${f.text}s`)) f.countable = true;
  }
}

/** The evidence of several forms summed into one. */
export function sumEvidence(all: readonly Weighed<Kind>[]): Weighed<Kind> {
  const out: Weighed<Kind> = {scores: {}, fired: []};
  // (Indexed loops and `for in`, the keys in Object.entries' order: iterators and entries' pairs are objects made
  // per step where this is not optimised, and this sums every group's forms.)
  for (let i = 0; i < all.length; i++) {
    const w = all[i] as Weighed<Kind>;
    const fired = w.fired;
    for (let j = 0; j < fired.length; j++) out.fired.push(fired[j] as (typeof fired)[number]);
    const scores = w.scores;
    for (const k in scores) {
      const kind = k as Kind;
      out.scores[kind] = (out.scores[kind] ?? 0) + (scores[kind] as number);
    }
  }
  return out;
}

const words = memoByText((text: string): string[] => text.split(/\s+/).filter(Boolean));

// (Asked ~3 times per form and in the surname sorts' comparisons: one pattern and two key look-ups each.)
const surnameKey = memoByText((text: string): string => surnameOf(words(text)));

/** A surname with its particles and nothing else: "de Blasio", "La Riva", "van der Berg". */
function isParticledSurname(text: string): boolean {
  const w = words(text);
  return w.length > 1 && w.slice(0, -1).every((p) => NAME_PARTICLES.has(p.toLowerCase()));
}

/**
 * Initials of a multi-word name, dotted acronyms contributing all their letters ("U.S. Coast Guard" → "USCG").
 * (Asked two to four times of each longer form: two patterns a word.)
 */
const initials = memoByText(initialsOf);

function initialsOf(text: string): string {
  return words(text)
    .filter((w) => /^\p{Lu}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase()))
    .map((w) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/\./g, '') : w[0]))
    .join('')
    .toUpperCase();
}

function withoutLeadingPlace(text: string): string | undefined {
  const w = words(text);
  for (let k = 1; k < w.length; k++) {
    const lead = w.slice(0, k).join(' ');
    if (knownPlace(lead) || isDemonym(lead)) return w.slice(k).join(' ');
  }
  return undefined;
}

// A place the data know opens the words ("Idaho", "New York and New Jersey").
function placeOpens(text: string): boolean {
  const w = words(text);
  for (let k = 1; k <= Math.min(3, w.length); k++) {
    const lead = w.slice(0, k).join(' ');
    if (knownPlace(lead) || hasTag(lead, 'Country', 'City', 'Region', 'Place')) return true;
  }
  return false;
}

// The place that opens a name, by its id: "US" and "American" of "US Chess Federation", "American Chess Federation".
function leadingPlace(text: string): string | undefined {
  const w = words(text);
  for (let k = 1; k < w.length; k++) {
    const lead = w.slice(0, k).join(' ');
    const place = knownPlace(lead) ?? demonymPlace(lead);
    if (place) return place.id;
  }
  return undefined;
}

/**
 * Whether a form may join a group by its body's name without the place before it ("US Supreme Court" and "Supreme
 * Court"): not when each opens with a different place, "US Chess Federation" and "Iranian Chess Federation" being
 * two countries' bodies, and "New York Times" and "Los Angeles Times" two papers.
 */
function samePlaceLead(g: Group, lead: string | undefined): boolean {
  if (lead === undefined) return true;
  return g.forms.every((f) => {
    const other = leadingPlace(f.text);
    return other === undefined || other === lead;
  });
}

// A country's own name alone ("US" beside "US Marine Corp") is the country, never a body whose name it opens.
const isCountryName = (text: string): boolean => knownPlace(text)?.kind === 'country';

const DOMAIN_END = /\.(?:com|org|net|info|co\.uk|[a-z]{2})$/u;

/** "US Supreme Court", "United States Supreme Court", "Tunisian Parliament" → the body's own name. */
const core = memoByText((text: string): string => {
  // "Politics1.com" and "Politics1": a website's domain ending is not a different body.
  const bare = text.replace(DOMAIN_END, '');
  return nameKey(withoutLeadingPlace(bare) ?? bare);
});

/** "Parliament of Iraq", "Iraqi Parliament", "Iraq Parliament" → one key: the body's head and its country. */
function countryBodyKey(text: string): string | undefined {
  const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/u.exec(text);
  if (of?.[1] && of[2]) {
    const place = knownPlace(of[2]);
    return place?.kind === 'country' ? `${nameKey(of[1])}@${place.id}` : undefined;
  }
  const w = words(text);
  if (w.length < 2) return undefined;
  const place = knownPlace(w[0] ?? '') ?? demonymPlace(w[0] ?? '');
  return place?.kind === 'country' ? `${nameKey(w.slice(1).join(' '))}@${place.id}` : undefined;
}

// "the Sheriff's Office" after "Alachua Sheriff's Office": an office named by its holder alone.
// "Labour" beside "Labour Party", "Liberal National" beside "Liberal National Party": a body's name without its
// last word "Party" is that party. (Asked only of forms typed as bodies: "Republican Cory Gardner" is no alias.)
const PARTY_LAST = /\s+Party$/u;
const GROUP_OF = /^Group\s+of\s+(\S+)$/u;
const HOLDERS_OFFICE = /^\p{Lu}\p{Ll}+['’]s\s+(?:Office|Department)$/u;

// Whether two organization forms name the same body, as keys: forms `a` and `b` name one body when a key of
// bodyKeys(a) is among bodyQueries(b). Each pair of keys is one test: "Supreme Court" / "US Supreme Court" (same
// core); "Salling" / "Salling Group" (corporate word); "the Sheriff's Office" / "Alachua Sheriff's Office"
// (an office named by its holder alone); "Iraqi Parliament" / "Parliament of Iraq" (head and country); "the
// Parliament" / "Parliament of the United Kingdom" (the head alone).
const head = (k: string): string => k.slice(0, k.lastIndexOf('@'));

// Every ending of a key after one of its spaces ("a b c" → "b c", "c").
function tails(key: string): string[] {
  const out: string[] = [];
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) out.push(key.slice(i + 1));
  return out;
}

function bodyKeys(a: string): string[] {
  const key = nameKey(a);
  const ka = countryBodyKey(a);
  const keys = [`core:${core(a)}`, `plain:${key}`, ...tails(key).map((t) => `tail:${t}`)];
  if (endsWithMatch(CORPORATE_END, a)) keys.push(`corp:${nameKey(a.replace(CORPORATE, ''))}`);
  if (PARTY_LAST.test(a)) keys.push(`party:${nameKey(a.replace(PARTY_LAST, ''))}`);
  if (HOLDERS_OFFICE.test(a)) keys.push(`office:${key}`);
  if (ka !== undefined) keys.push(`country:${ka}`, `country-head:${head(ka)}`);
  else keys.push(`no-country:${key}`);
  return keys;
}

function bodyQueries(b: string): string[] {
  const key = nameKey(b);
  const kb = countryBodyKey(b);
  const keys = [`core:${core(b)}`, `corp:${key}`, `party:${key}`, ...tails(key).map((t) => `office:${t}`)];
  if (endsWithMatch(CORPORATE_END, b)) keys.push(`plain:${nameKey(b.replace(CORPORATE, ''))}`);
  if (HOLDERS_OFFICE.test(b)) keys.push(`tail:${key}`);
  if (kb !== undefined) keys.push(`country:${kb}`, `no-country:${head(kb)}`);
  else keys.push(`country-head:${key}`);
  return keys;
}

// (Only the forms that end in the surname count: "Hunter" alone names Hunter Biden, not one more "Biden".)
function spanCount(g: Group, surname: string): number {
  return g.forms.reduce((n, f) => n + (surnameKey(f.text) === surname ? f.spans.length : 0), 0);
}

function firstSentence(g: Group): number {
  return Math.min(...g.forms.flatMap((f) => f.spans.map((s) => s.sentence)));
}

const firstKey = (text: string): string => nameKey(words(text)[0] ?? '');
const endsKey = (w: readonly string[]): string => `${nameKey(w[0] ?? '')}|${nameKey(w.at(-1) ?? '')}`;

// The keys a form files its group under, for the look-ups of groupForms below.
function formKeys(g: Group, f: Form, multiWord: boolean, defined: ReadonlyMap<string, string>): string[] {
  const w = words(f.text);
  const keys: string[] = [];
  if (g.kind === 'person') {
    keys.push(`twin:${surnameKey(f.text)}|${firstKey(f.text)}`);
    if (w.length > 1) {
      keys.push(`first:${firstKey(f.text)}`, `surname:${surnameKey(f.text)}`);
      for (const inner of w.slice(1)) keys.push(`inner:${nameKey(inner)}`);
      // "Dierdre Coleman", later "Deirdre": the first word spelt with two letters swapped.
      for (const v of swappedSpellings(firstKey(f.text))) keys.push(`swapped:${v}`);
      // "Ye (Kanye West)": the word the text gives beside the name in brackets.
      const aka = defined.get(`aka:${nameKey(f.text)}`);
      if (aka !== undefined) for (const a of aka.split('|')) keys.push(`aka:${a}`);
    }
    for (const tail of longTails(w)) keys.push(`long-tail:${tail}`);
    const patronymic = patronymicKey(w, nameKey);
    if (patronymic) keys.push(patronymic);
    // "Bill de Blasio" is also "de Blasio", "Gloria La Riva" "La Riva": each ending opened by a particle.
    for (let i = 1; i < w.length - 1; i++)
      if (NAME_PARTICLES.has((w[i] ?? '').toLowerCase()))
        keys.push(`particled:${nameKey(w.slice(i).join(' '))}`);
  }
  if (g.kind === 'organization') {
    keys.push(...bodyKeys(f.text));
    if (w.length > 1) keys.push(`last:${nameKey(w.at(-1) ?? '')}`);
    const of = /^(\S+)\s+of\s/u.exec(f.text);
    if (of?.[1]) keys.push(`head:${nameKey(of[1])}`);
    // ("Facebook Ireland Limited" is a branch, not Facebook: not when a place stands among the name's words.)
    if (w.length > 1 && endsWithMatch(CORPORATE_END, f.text) && !w.slice(1, -1).some(placeOrPeople))
      keys.push(`company:${firstKey(f.text)}`);
    // "Sahyadri Agro" beside "Sahyadri Agro Industries Ltd": the opening words of a firm's name, its corporate word
    // and the word before it left off (without only the corporate word is `corp:`).
    if (endsWithMatch(CORPORATE_END, f.text))
      for (let k = 2; k < w.length - 1; k++) keys.push(`opens:${nameKey(w.slice(0, k).join(' '))}`);
    // "Solwick Energy", "Varnco Motors": a firm's name of its own word and its trade's.
    if (w.length === 2 && INDUSTRY_LAST.has(nameKey(w[1] ?? ''))) keys.push(`trade:${firstKey(f.text)}`);
    // "Marlow Athletic", later "Marlow" or "Athletic"; "Atlético Ribeira", later "Ribeira": a club's short name.
    for (const k of clubShortKeys(w)) keys.push(`club:${nameKey(k)}`);
    // "Kitamura Shuzo", later "Kitamura" typed a body by its own mentions: a firm's first word, when the second is
    // no body's word ("Reuters Institute" is not Reuters) but a carrier's ("Hokuryo Railway", "Velmar Air"), and
    // neither a place's or a people's ("Netflix Japan" is a branch).
    if (
      w.length === 2 &&
      (!ORG_WORDS.has(nameKey(w[1] ?? '')) || CARRIER_WORDS.test(nameKey(w[1] ?? ''))) &&
      !placeOrPeople(w[0] ?? '') &&
      !placeOrPeople(w[1] ?? '')
    )
      keys.push(`firm-first:${firstKey(f.text)}`);
    // "Quillon Labs", later "Quillon": a firm's own word ending its name (cues.ts FIRM_OWN_WORDS); the lone word
    // joins it only when the text gave the full name first (merge below).
    if (w.length === 2 && FIRM_OWN_WORDS.has(nameKey(w[1] ?? '')) && !placeOrPeople(w[0] ?? ''))
      keys.push(`firm-own:${firstKey(f.text)}`);
    // "Scripps Institution of Oceanography", later "Scripps Oceanography": its first and last words alone (not of a
    // name joined by "and", whose ends are two names': "Democratic and Republican Party").
    if (w.length > 2 && !w.some((x) => x === 'and' || x === '&')) keys.push(`ends:${endsKey(w)}`);
    // "Max Planck Institute for Evolutionary Anthropology", later "Max Planck Institute": the name before its
    // field. Not before a place ("Constitution Party of Idaho" is a state's branch of the Constitution Party).
    const field = /^(\S+(?:\s+\S+)+?)\s+(?:of|for)\s+(?:the\s+)?(.+)$/u.exec(f.text);
    if (field?.[1] && field[2] && !placeOpens(field[2])) keys.push(`lead:${nameKey(field[1])}`);
  }
  if (g.kind === 'place') {
    const short = f.text.includes(' ') ? placeShortKey(f.text) : undefined;
    if (short !== undefined) keys.push(`short-place:${short}`);
    const m = PLACE_KIND_SUFFIX.exec(f.text);
    if (m?.[1] && m[2])
      keys.push(
        `suffixed:${nameKey(m[1])}`,
        `suffix:${nameKey(m[1])}|${m[2].startsWith('D') ? 'district' : 'kind'}`,
      );
  }
  if (multiWord) {
    keys.push(`initials:${initials(f.text)}`);
    // "United States Central Intelligence Agency" is the "CIA" its text abbreviates without the country.
    const own = withoutLeadingPlace(f.text);
    if (g.kind === 'organization' && own !== undefined && words(own).length > 1)
      keys.push(`initials:${initials(own)}`);
    // "Pacific Gas and Electric Company" is the "PG&E" its text abbreviates without the corporate word.
    if (g.kind === 'organization' && words(f.text).length > 2 && endsWithMatch(CORPORATE_END, f.text))
      keys.push(`initials:${initials(f.text.replace(CORPORATE, ''))}`);
    const d = defined.get(nameKey(f.text));
    if (d !== undefined) keys.push(`initials:${d}`);
    // "the Group of Seven" is the "G7" (kind-rules-bodies.ts group-of-n).
    const n = GROUP_OF.exec(f.text)?.[1];
    const count =
      n === undefined ? undefined : /^\d+$/u.test(n) ? Number(n) : numbersIn(n.toLowerCase())[0]?.value;
    if (g.kind === 'organization' && count !== undefined && Number.isInteger(count))
      keys.push(`initials:G${count}`);
  }
  return keys;
}

// A name opened by a verb ("Make Melbourne", a slogan) borrows no kind but a person's.
function isPlainWordsBefore(f: Form): boolean {
  const tags = lexiconTags(words(f.text)[0] ?? '');
  return tags.includes('Infinitive') || tags.includes('Imperative') || tags.includes('PresentTense');
}

/**
 * NAMES_A_THING: one-word "persons" that are the short name of a thing the article names after someone (a word of
 * a name of three words or more ending in a thing's word: "Webb" of "James Webb Space Telescope"), when only the
 * lexicon made them people and no person's name in the article ends in them.
 */
function shortNamesOfThings(forms: Form[], kinds: Map<Form, Kind>, evidence: Map<Form, Weighed<Kind>>): void {
  const thingNames = new Set<string>();
  const surnames = new Set<string>();
  for (const f of forms) {
    const ws = words(f.text);
    if (ws.length < 2) continue;
    if (kinds.get(f) === 'person') surnames.add(surnameKey(f.text));
    const last = (ws.at(-1) ?? '').toLowerCase();
    if (kinds.get(f) === 'none' && THING_WORDS.has(last) && ws.length >= 3)
      for (const w of ws.slice(0, -1)) thingNames.add(nameKey(w));
  }
  if (thingNames.size === 0) return;
  for (const f of forms) {
    if (words(f.text).length !== 1 || kinds.get(f) !== 'person') continue;
    const key = nameKey(f.text);
    if (!thingNames.has(key) || surnames.has(key)) continue;
    const w = evidence.get(f);
    const personRules = (w?.fired ?? []).filter((r) => (r.votes.person ?? 0) > 0).map((r) => r.rule);
    if (!personRules.every((r) => NAMES_A_THING.weakPersonRules.includes(r))) continue;
    kinds.set(f, 'none');
    w?.fired.push({rule: NAMES_A_THING.id, votes: NAMES_A_THING.votes});
    if (w) w.scores.none = (w.scores.none ?? 0) + (NAMES_A_THING.votes.none ?? 0);
  }
}

/** Groups classified forms into entities: surnames join full names, acronyms join what they abbreviate, a country's forms join. */
export function groupForms(forms: Form[], defined: ReadonlyMap<string, string> = new Map()): Grouped {
  markCountable(forms);
  const evidence = new Map<Form, Weighed<Kind>>(forms.map((f) => [f, weighKind(f)]));
  const kinds = new Map<Form, Kind>(
    forms.map((f) => [f, decideKind(evidence.get(f) ?? {scores: {}, fired: []})]),
  );
  typeLinkedForms(forms, kinds, evidence, defined);
  // "Karsten Warholm" once, then "Warholm said…": what the surname's contexts say counts for the full name.
  const singles = new Map(
    forms.filter((f) => words(f.text).length === 1).map((f) => [surnameKey(f.text), f]),
  );
  // (Indexed loops over the forms here: an array's iterator is an object per step where this is not optimised.)
  for (let formAt = 0; formAt < forms.length; formAt++) {
    const f = forms[formAt] as Form;
    const surname = singles.get(surnameKey(f.text));
    if (words(f.text).length < 2 || kinds.get(f) !== 'none' || !surname) continue;
    const pooled = weighKind({
      ...f,
      spans: [...f.spans, ...surname.spans],
      contexts: [...f.contexts, ...surname.contexts],
      midSentence: true,
    });
    const kind = decideKind(pooled);
    // Only as a person: "Make Melbourne" does not become a place because "Melbourne, the city" is one.
    if (kind === 'person' || !isPlainWordsBefore(f)) {
      kinds.set(f, kind);
      evidence.set(f, pooled);
    }
  }
  // "landing at Calicut" beside "Calicut International Airport": an unknown word after a preposition of place
  // that opens a place's name in the same article is the town the place is named after.
  const placeFirsts = new Set(
    forms.filter((f) => words(f.text).length > 1 && kinds.get(f) === 'place').map((f) => firstKey(f.text)),
  );
  for (let formAt = 0; formAt < forms.length; formAt++) {
    const f = forms[formAt] as Form;
    if (words(f.text).length !== 1 || kinds.get(f) !== 'none' || !f.midSentence) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(f.text) || lexiconTags(f.text).length > 0) continue;
    if (!f.contexts.some((c, i) => c.locative && !f.spans[i]?.initial)) continue;
    if (!placeFirsts.has(nameKey(f.text))) continue;
    kinds.set(f, 'place');
    evidence.get(f)?.fired.push({rule: OPENS_PLACE_NAME.id, votes: OPENS_PLACE_NAME.votes});
    const w = evidence.get(f);
    if (w) w.scores.place = (w.scores.place ?? 0) + (OPENS_PLACE_NAME.votes.place ?? 0);
  }
  shortNamesOfThings(forms, kinds, evidence);
  // In an article about a territory (Puerto Rico), a body's name without a country that a territory's body may have
  // ("the Senate") is the territory's, not the body the article names with the nation's name ("U.S. Senate").
  const home = territoryHome(
    forms.filter((f) => kinds.get(f) === 'place').map((f) => ({text: f.text, mentions: f.spans.length})),
  );
  const nationsBody = (g: Group, form: Form, lead: string | undefined): boolean =>
    home !== null &&
    lead === undefined &&
    namesStateBody(form.text) &&
    g.forms.some((f) => leadingPlace(f.text) === home.of);
  const groups: Group[] = [];
  const index = new GroupIndex<Group>();
  const multiWordGroups = new Set<Group>();
  // Each written form's group, for a short form the text gives in brackets after the long one (`short:`).
  const byName = new Map<string, Group>();
  const mergeInto = (target: Group, form: Form): void => {
    target.forms.push(form);
    byName.set(nameKey(form.text), target);
    const keys = formKeys(target, form, multiWordGroups.has(target), defined);
    for (let i = 0; i < keys.length; i++) index.file(keys[i] as string, target);
  };
  const newGroup = (kind: Group['kind'], form: Form, multiWord: boolean): Group => {
    const g: Group = {kind, forms: []};
    groups.push(g);
    index.add(g);
    if (multiWord) multiWordGroups.add(g);
    mergeInto(g, form);
    return g;
  };
  // (Each form's word count read once, not twice in each of the sort's comparisons.)
  const sorted = forms
    .map((form) => ({form, n: words(form.text).length}))
    .sort((a, b) => b.n - a.n || b.form.text.length - a.form.text.length)
    .map((s) => s.form);
  const bodyEndings = new Set(
    forms
      .filter(
        (f) => words(f.text).length > 1 && (kinds.get(f) === 'organization' || kinds.get(f) === 'place'),
      )
      .map((f) => nameKey(words(f.text).at(-1) ?? '')),
  );
  const bySurname = new Map<string, Group>();
  // The people's written names, where a pronoun stops being a name's (read only when a titled surname is shared).
  let personTexts: Set<string> | undefined;
  const personForms = (): Set<string> =>
    (personTexts ??= new Set(forms.filter((f) => kinds.get(f) === 'person').map((f) => f.text)));
  const byPlace = new Map<string, Group>();
  // A place's key; a bare "Virginia" takes the key of the "State of Virginia" filed before it (longer forms first).
  const placeOfForm = (text: string): string | undefined =>
    placeKey(text) ?? (byPlace.has(stateKey(text)) ? stateKey(text) : undefined);
  const byKey = new Map<string, Group>();
  const pending: Form[] = [];
  // "Pennsylvania State University (Penn State)", "… Fire Protection (CalFire)": the short form the text gives in
  // brackets, of the long name's word beginnings, is that body or place, whatever its own mentions say.
  // (Longer forms come first, so the long one has its group.)
  const joinsLongForm = (form: Form): boolean => {
    const long = defined.get(`short:${nameKey(form.text)}`);
    const host = long === undefined ? undefined : byName.get(long);
    if (!host || host.kind === 'person') return false;
    mergeInto(host, form);
    return true;
  };
  // Forms split between people by their spans' honorifics: grouped through their parts, so never dropped.
  const replaced = new Set<Form>();
  for (let formAt = 0; formAt < sorted.length; formAt++) {
    const form = sorted[formAt] as Form;
    const kind = kinds.get(form) ?? 'none';
    if (joinsLongForm(form)) continue;
    const n = words(form.text).length;
    if (n === 1) {
      pending.push(form);
      continue;
    }
    // "de Blasio" after "Bill de Blasio": a surname with its particles is the one person whose name ends in it.
    if ((kind === 'person' || kind === 'none') && isParticledSurname(form.text)) {
      const owners = index.all(`particled:${nameKey(form.text)}`).filter((g) => g.kind === 'person');
      if (owners.length === 1 && owners[0]) {
        mergeInto(owners[0], form);
        continue;
      }
    }
    // "López Obrador" after "Andrés Manuel López Obrador": the ending of exactly one person's longer name, when it
    // opens with no given name the lexicon knows ("Ann Smith" is a name of its own beside "Mary Ann Smith") and the
    // longer name came first (not "Pranab Mukherjee …", later "Bharat Ratna Pranab Mukherjee", an honour before it).
    if ((kind === 'person' || kind === 'none') && !isGivenName(words(form.text)[0] ?? '')) {
      const owners = index.all(`long-tail:${nameKey(form.text)}`).filter((g) => g.kind === 'person');
      const since = Math.min(...form.spans.map((s) => s.sentence));
      if (owners.length === 1 && owners[0] && firstSentence(owners[0]) <= since) {
        mergeInto(owners[0], form);
        continue;
      }
    }
    // "Nadezhda Ivanovna" after "Nadezhda Ivanovna Rybakova": a given name and patronymic address the one person
    // whose full name opens with them.
    const address = kind === 'person' || kind === 'none' ? addressKey(words(form.text), nameKey) : undefined;
    const addressed = address ? index.all(address).filter((g) => g.kind === 'person') : [];
    if (addressed.length === 1 && addressed[0]) {
      mergeInto(addressed[0], form);
      continue;
    }
    // ("low-lying parts of San Roque" beside "Barangay San Roque": as for one word, below.)
    const shortOf = kind === 'none' && form.midSentence ? shorterPlace(form, 'place', index) : undefined;
    if (shortOf && !evidence.get(form)?.scores.none) {
      mergeInto(shortOf, form);
      continue;
    }
    if (kind === 'none') continue;
    if (kind === 'person') {
      const same = bySurname.get(surnameKey(form.text));
      const first = nameKey(words(form.text)[0] ?? '');
      // "Richard K. Guy" and "Richard Guy": the same first name and surname; "Hamza bin Ladin": one spelt otherwise.
      // 'Matiu "Matt" Ratana' and "Matt Ratana": a name and its nickname form (entities.ts files both as aka:).
      const twin =
        index.first([`twin:${surnameKey(form.text)}|${first}`]) ??
        misspeltTwin(form, first, index) ??
        nicknamed(form, index);
      if (twin) {
        mergeInto(twin, form);
        continue;
      }
      const g = newGroup(kind, form, false);
      if (!same) bySurname.set(surnameKey(form.text), g);
      continue;
    }
    const place = kind === 'place' ? placeOfForm(form.text) : undefined;
    // The place opening the form's name, looked up at most once and only when a body is found by its name.
    let lead: [string | undefined] | undefined;
    // "US Supreme Court" and "Supreme Court": a leading country does not make another body.
    const sameBody =
      kind === 'organization'
        ? index.firstWhere(bodyQueries(form.text), (g) => {
            const at = (lead ??= [leadingPlace(form.text)])[0];
            return samePlaceLead(g, at) && !nationsBody(g, form, at);
          })
        : undefined;
    const byInitials =
      initials(form.text).length >= 3 ? byKey.get(`${kind}:${initials(form.text)}`) : undefined;
    // "Judiciary Committee" after "House Judiciary Committee": the ending of one body's name alone, when what it
    // leaves off names the body's owner ("Christian Democratic Party" and "Democratic Party" are two parties).
    const tailHost = kind === 'organization' ? soleBody(index, [`tail:${nameKey(form.text)}`]) : undefined;
    const tailOf = tailHost && ownerLead(tailHost, nameKey(form.text), index) ? tailHost : undefined;
    // "Scripps Oceanography" beside "Scripps Institution of Oceanography": the two ends of exactly one body's name.
    const pair = kind === 'organization' ? words(form.text) : [];
    const endsOf = pair.length === 2 ? soleBody(index, [`ends:${endsKey(pair)}`]) : undefined;
    const leadOf = kind === 'organization' ? soleBody(index, [`lead:${nameKey(form.text)}`]) : undefined;
    const firmOf = kind === 'organization' ? soleBody(index, [`opens:${nameKey(form.text)}`]) : undefined;
    const existing =
      sameBody ??
      (place && byPlace.get(place)) ??
      byInitials ??
      tailOf ??
      endsOf ??
      leadOf ??
      firmOf ??
      shorterPlace(form, kind, index);
    if (existing && existing.kind === kind) {
      mergeInto(existing, form);
      continue;
    }
    const g = newGroup(kind, form, true);
    if (place) byPlace.set(place, g);
    byKey.set(`${kind}:${initials(form.text)}`, g);
  }
  for (let formAt = 0; formAt < pending.length; formAt++) {
    const form = pending[formAt] as Form;
    const kind = kinds.get(form) ?? 'none';
    // "Ye (Kanye West)": a word the text gives beside one person's name in brackets is that person, unless the
    // lexicon knows it as a common word ("Nancy Pelosi (Democrat)").
    // (Nor a word some rule says is none: "Democrat" is not-a-name-word, though the lexicon lacks it.)
    const unrejected = kind === 'person' || (kind === 'none' && !evidence.get(form)?.scores.none);
    if (unrejected && unknownOrName(form.text)) {
      const named = index.all(`aka:${nameKey(form.text)}`);
      if (named.length === 1 && named[0]?.kind === 'person') {
        mergeInto(named[0], form);
        continue;
      }
    }
    // "Princess Ubolratana", "Pope Francis": a titled first name joins the one person it opens; so does a given
    // name alone ("Terri Collins …", later "Terri said"), which is no other person of the article.
    // So is a word one weak cue alone made a body ("I've told Callum that …" beside "her son, Callum Varrow": told
    // things, as outlets are): the one person the article names with it outweighs one cue.
    const givenAlone =
      kind === 'person' ||
      (kind === 'none' && isGivenName(form.text)) ||
      (kind === 'organization' && !isAcronym(form.text) && weaklyTyped(evidence.get(form), kind));
    const titledFirst =
      form.spans.some((s) => s.titles.length > 0) || givenAlone
        ? index.all(`first:${nameKey(form.text)}`)
        : [];
    // A bare surname shared by several people goes to the one the article names most; on a tie, to the one it
    // names first ("Joe Biden …", later "his son Hunter Biden": "Biden" is Joe).
    // ("Sisi" and "al-Sisi" are the surname of "Abdel Fattah el-Sisi": the key leaves the article off.)
    const surname = surnameKey(form.text);
    const sharing = [...index.all(`surname:${surname}`)];
    const key = nameKey(form.text);
    const mostNamed = sharing.sort(
      (a, b) => spanCount(b, surname) - spanCount(a, surname) || firstSentence(a) - firstSentence(b),
    )[0];
    // "Rosselló" for "Ricardo Rosselló Nevares": a later word of exactly one person's name.
    const inner = index.all(`inner:${key}`);
    const capitalised = /^\p{Lu}\p{Ll}/u.test(form.text);
    // "in Washington, D.C." beside "George Washington": a name its own mentions make a place, each of them after a
    // preposition of place, is that place, not the person's surname ("at Iyambo's death" is the person's).
    const onlyPlaced = kind === 'place' && form.contexts.every((c) => c.locative && !c.possessive);
    const person = onlyPlaced
      ? undefined
      : (mostNamed ??
        (titledFirst.length === 1 ? titledFirst[0] : undefined) ??
        (inner.length === 1 && capitalised ? inner[0] : undefined) ??
        familyNameFirst(form, kind, index, inner.length === 0 && capitalised, bodyEndings));
    if (person && !isAcronym(form.text)) {
      // "Mr. Hale" beside Robert and Maria Hale: a span whose honorific gives a gender goes to the sharer of that
      // gender; the rest of the form (and its kind evidence) to the one chosen above.
      // "Leo Han … he said … Ms. Han said": spans of a gender no sharer may have name someone else, titled only.
      const split = mostNamed
        ? splitByHonorific(form, sharing, (g) => formsGender(g.forms, personForms()))
        : undefined;
      for (const part of split?.parts ?? []) mergeInto(part.to, part.form);
      if (split?.apart) {
        evidence.set(split.apart, evidence.get(form) ?? {scores: {}, fired: []});
        newGroup('person', split.apart, false);
      }
      const rest = split ? split.rest : form;
      if (rest && rest !== form) evidence.set(rest, evidence.get(form) ?? {scores: {}, fired: []});
      if (rest) mergeInto(person, rest);
      if (rest !== form) replaced.add(form);
      continue;
    }
    // "U.S." is the country even when "University of Sarnia" has the same initials.
    if ((isAcronym(form.text) || /^G\d{1,2}$/u.test(form.text)) && !knownPlace(form.text)) {
      // ("PG&E" is the initials of "Pacific Gas and Electric": the ampersand stands for the "and" left out.)
      const letters = form.text.replace(/[.&]/g, '').toUpperCase();
      const full = index.first([`initials:${letters}`]);
      if (full) {
        mergeInto(full, form);
        continue;
      }
    }
    // "The Telegraph" after "The Daily Telegraph": a newspaper's last word stands for the one paper.
    if (kind === 'organization' && MEDIA.has(nameKey(form.text))) {
      const papers = index.all(`last:${nameKey(form.text)}`);
      if (papers.length === 1 && papers[0]) {
        mergeInto(papers[0], form);
        continue;
      }
    }
    // "into Burisma" beside "Burisma Holdings": a company's name without its corporate word is that company,
    // whatever its own mentions say; the entity's summed evidence then decides.
    if (kind !== 'person' && !isCountryName(form.text)) {
      const company = index.first([`corp:${nameKey(form.text)}`]);
      if (company?.kind === 'organization') {
        mergeInto(company, form);
        continue;
      }
    }
    // "Ford" beside "Ford Motor Company": the first word of one company's name is that company.
    if (kind !== 'person' && !isCountryName(form.text)) {
      const company = soleBody(index, [`company:${key}`]);
      if (company) {
        mergeInto(company, form);
        continue;
      }
    }
    // "Solwick" beside "Solwick Energy": a body's one word that opens exactly one firm named by it and its trade
    // (not an acronym: "IBM" is the maker, "IBM Power" its line of servers).
    if (kind === 'organization' && !isAcronym(form.text)) {
      const firm = soleBody(index, [`trade:${key}`]);
      if (firm) {
        mergeInto(firm, form);
        continue;
      }
    }
    if (kind === 'organization' && !isAcronym(form.text)) {
      const firm = soleBody(index, [`firm-first:${key}`]);
      if (firm) {
        mergeInto(firm, form);
        continue;
      }
      // ("I chose Zorin because I also have another company called Zorin Industries": a word the text used before the
      // firm's full name names something else. The headline, sentence -1, is read after the body.)
      const own = soleBody(index, [`firm-own:${key}`]);
      const firstBody = Math.min(...form.spans.filter((s) => s.sentence >= 0).map((s) => s.sentence));
      if (own && firstSentence(own) <= firstBody) {
        mergeInto(own, form);
        continue;
      }
    }
    // "Ribeira stay fifth" beside "Atlético Ribeira": one word of exactly one club's two (kind-rules-teams.ts), not
    // typed a person or a place by its own mentions.
    if ((kind === 'organization' || kind === 'none') && !isAcronym(form.text)) {
      const club = soleBody(index, [`club:${key}`]);
      if (club) {
        mergeInto(club, form);
        continue;
      }
    }
    // "Stardom's official statement read" beside "World Wonder Ring Stardom": a word nothing else decides, acting as
    // a body does, that ends exactly one body's name of the article is that body.
    if (kind === 'none' && form.midSentence && form.contexts.some((c) => c.institutional)) {
      const bodies = index.all(`last:${nameKey(form.text)}`).filter((g) => g.kind === 'organization');
      if (bodies.length === 1 && bodies[0]) {
        mergeInto(bodies[0], form);
        continue;
      }
    }
    // "Dierdre Coleman … Deirdre", "Pierluisi Urrutia … Pierliusi": a word alone that opens no one's name but is
    // the first word of one person's name with two letters swapped, one of the two spellings unknown to the lexicon
    // (a slip, not "Marina" beside "Marian Holm").
    if (unrejected) {
      const misspelt = index.all(`swapped:${key}`).filter((g) => g.kind === 'person');
      const other = words(misspelt[0]?.forms[0]?.text ?? '')[0] ?? '';
      if (misspelt.length === 1 && misspelt[0] && !(isGivenName(form.text) && isGivenName(other))) {
        mergeInto(misspelt[0], form);
        continue;
      }
    }
    // "asked Kitagawa for help" beside "Kitagawa Prefecture": a word nothing spoke of, mid-sentence, that is the
    // everyday short form of one place of the article is that place.
    if (unrejected && kind === 'none' && form.midSentence) {
      const host = shorterPlace(form, 'place', index);
      if (host) {
        mergeInto(host, form);
        continue;
      }
    }
    if (kind === 'none') continue;
    const place = kind === 'place' ? placeOfForm(form.text) : undefined;
    const body =
      kind === 'organization'
        ? index.firstWhere(bodyQueries(form.text), (g) => !nationsBody(g, form, undefined))
        : undefined;
    // "Parliament" beside "Parliament of New South Wales": an institution's word alone is the one body of the
    // article it heads. (Not the one it ends: "Senate" is no "Republican Senate", "Navy" no "Four Navy".)
    const headed =
      kind === 'organization' && !body && ORG_WORDS.has(key) ? soleBody(index, [`head:${key}`]) : undefined;
    const existing =
      (place ? byPlace.get(place) : (body ?? headed ?? nationalBody(form, kind, key, index))) ??
      longerPlace(form, kind, index) ??
      shorterPlace(form, kind, index);
    if (existing) {
      mergeInto(existing, form);
      continue;
    }
    const g = newGroup(kind, form, false);
    if (place) byPlace.set(place, g);
    if (kind === 'person') bySurname.set(nameKey(form.text), g);
  }
  return decideGroups(groups, forms, evidence, replaced);
}

/**
 * "the Congress" beside "Indian National Congress", "Parliament" beside "Varnian Parliament": an institution's word
 * alone is the one body of the article it ends after a people's adjective (the nation's own body). Not after any
 * other word: "Senate" is no "Republican Senate", "Congress" no "Varnby Youth Congress".
 */
function nationalBody(form: Form, kind: Kind, key: string, index: GroupIndex<Group>): Group | undefined {
  if (kind !== 'organization' || !ORG_WORDS.has(key)) return undefined;
  const g = soleBody(index, [`last:${key}`]);
  const first = words(g?.forms[0]?.text ?? '')[0] ?? '';
  return g && isDemonym(first) ? g : undefined;
}

/**
 * "Carrow" beside "Carrow Island", "Washington" beside "Washington D.C.": a place's name alone is the one place of the
 * article named by it and its kind's word. Not a country beside its capital ("Mexico City"), nor a state or province
 * beside its city ("New York City", "Quebec City"); a district's "D.C." names the city wherever the state's name is
 * the same. (Only a word after the name: "South Georgia" is another place than "Georgia".)
 */
function longerPlace(form: Form, kind: Kind, index: GroupIndex<Group>): Group | undefined {
  if (kind !== 'place') return undefined;
  const key = nameKey(form.text);
  const longer = index.all(`suffixed:${key}`).filter((g) => g.kind === 'place');
  if (longer.length !== 1) return undefined;
  if (index.all(`suffix:${key}|district`).length === 1) return longer[0];
  const wider = knownPlace(form.text)?.kind === 'country' || hasTag(form.text, 'Country', 'Region');
  return wider ? undefined : longer[0];
}

/**
 * "Tabunok" beside "Barangay Tabunok", "São Benedito" beside "São Benedito do Tapuru", "Mkanda" beside "Mkanda Game
 * Reserve": the one place of the article whose longer name this one is the everyday form of (place-short-forms.ts).
 */
function shorterPlace(form: Form, kind: Kind, index: GroupIndex<Group>): Group | undefined {
  // (A river is not the land named after it: "the Benue river" beside "Benue State" is two places.)
  if (kind !== 'place' || form.contexts.some((c) => c.riverAfter)) return undefined;
  const longer = index.all(`short-place:${nameKey(form.text)}`).filter((g) => g.kind === 'place');
  return longer.length === 1 ? longer[0] : undefined;
}

const GIVEN_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const SURNAME_TAG: readonly string[] = ['LastName'];
/**
 * "Hamza bin Laden" and "Hamza bin Ladin", "Borna Derakhshani" and "Borna Deraskhsani": the one person whose name
 * has the same words but a last word spelt a little differently (nearSpelling) is the same person.
 */
function misspeltTwin(form: Form, first: string, index: GroupIndex<Group>): Group | undefined {
  const w = words(form.text);
  const last = nameKey(w.at(-1) ?? '');
  const rest = nameKey(w.slice(0, -1).join(' '));
  // (Two surnames the lexicon knows are two families: "John Smith" and "John Smyth".)
  const known = hasAnyTag(last, SURNAME_TAG);
  const akin = index.all(`first:${first}`).filter(
    (g) =>
      g.kind === 'person' &&
      g.forms.some((f) => {
        const v = words(f.text);
        return (
          v.length === w.length &&
          nameKey(v.slice(0, -1).join(' ')) === rest &&
          nearSpelling(last, nameKey(v.at(-1) ?? '')) &&
          !(known && hasAnyTag(v.at(-1) ?? '', SURNAME_TAG))
        );
      }),
  );
  return akin.length === 1 ? akin[0] : undefined;
}

const isGivenName = (word: string): boolean => hasAnyTag(word, GIVEN_TAGS);
// A word the lexicon lacks or knows only as a name.
// The one person whose name the text gives with a nickname in quotation marks that this form spells out
// (or whose nickname form this is).
function nicknamed(form: Form, index: GroupIndex<Group>): Group | undefined {
  const named = index.all(`aka:${nameKey(form.text)}`);
  return named.length === 1 && named[0]?.kind === 'person' ? named[0] : undefined;
}

const unknownOrName = (word: string): boolean =>
  lexiconTags(word).length === 0 || lexiconTags(word).every((t) => NAME_ONLY_TAGS.has(t));
// A kind decided by less than the sure margin (kind-weights.ts): one weak or fair cue.
function weaklyTyped(w: Weighed<Kind> | undefined, kind: Kind): boolean {
  return kind !== 'person' && !!w && kindMargin(w, kind) < KIND_SURE_MARGIN;
}

const NAME_ONLY_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

// "Xi" after "Xi Jinping", "Han" after "Han Kang": a family name written first, alone, is the one person whose
// name it opens. Not a given name the lexicon knows ("Donald" joins only titled or as a person: givenAlone), a
// common word that only opens sentences ("Peace has come" beside "Peace Ntuli"), a relative ("his children Brodie
// and Nolan" beside "Brodie Lee"), nor the word a body's or place's name ends in ("the department of Neurosurgery"
// beside "Federal Center for Neurosurgery": that body's field or short name, kept by `ending`).
function familyNameFirst(
  form: Form,
  kind: Kind,
  index: GroupIndex<Group>,
  alone: boolean,
  ending: ReadonlySet<string>,
): Group | undefined {
  if (!alone || (kind !== 'none' && kind !== 'person') || isGivenName(form.text)) return undefined;
  if (!form.midSentence && lexiconTags(form.text).length > 0) return undefined;
  if (ending.has(nameKey(form.text)) || form.contexts.some((c) => c.kinBefore)) return undefined;
  const opened = index.all(`first:${nameKey(form.text)}`);
  return opened.length === 1 ? opened[0] : undefined;
}

// What a body's name puts before `tail` names its owner: an institution ("House"), a place or people ("Mysuru"),
// or another body or place of the article ("CentOS Governing Board"), or what owner-lead.ts reads as one (a word
// the lexicon lacks, "National"). Words only the name has ("Christian") do not.
function ownerLead(host: Group, tail: string, index: GroupIndex<Group>): boolean {
  for (const f of host.forms) {
    const key = nameKey(f.text);
    if (!key.endsWith(` ${tail}`)) continue;
    const lead = key.slice(0, -tail.length - 1);
    if (index.all(`plain:${lead}`).some((g) => g !== host) || byPlaceKey(lead)) return true;
    if (lead.split(/[\s\u2010-\u2014-]+/u).every((w) => ORG_WORDS.has(w) || placeOrPeople(w))) return true;
    if (ownsByLead(lead, tail)) return true;
  }
  return false;
}

// A carrier's last word, a firm named by what it runs: its first word alone is the firm.
const CARRIER_WORDS = /^(?:railways?|railroad|airlines|airways)$/u;

const placeOrPeople = (w: string): boolean => knownPlace(w) !== undefined || isDemonym(w);
const byPlaceKey = (lead: string): boolean => knownPlace(lead) !== undefined;

// The one organization filed under any of the keys; none when no body or several are.
function soleBody(index: GroupIndex<Group>, keys: readonly string[]): Group | undefined {
  // (Loops, not a set of the groups: asked for many forms of every article.)
  let sole: Group | undefined;
  for (let k = 0; k < keys.length; k++) {
    const groups = index.all(keys[k] as string);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] as Group;
      if (g.kind !== 'organization' || g === sole) continue;
      if (sole !== undefined) return undefined;
      sole = g;
    }
  }
  return sole;
}

// The kind of an entity is what the evidence of all its forms says together ("Burisma" beside "Burisma Holdings"),
// so one name gets one kind in the whole article; an entity whose best answer is 'none' is dropped.
/**
 * A form's evidence within its group. A one-word form that is the last word of a longer form of the group which the
 * longer form's own evidence makes a person ("Prime Minister Luís Montenegro met … Montenegro disagreed") is that
 * person's surname there: what it says as a place (the country Montenegro in the gazetteer and lexicon) does not
 * count for the group.
 */
function asSurname(
  form: Form,
  forms: readonly Form[],
  evidence: ReadonlyMap<Form, Weighed<Kind>>,
): Weighed<Kind> {
  const own = evidence.get(form) ?? {scores: {}, fired: []};
  const place = own.scores.place ?? 0;
  if (place <= 0 || forms.length < 2 || words(form.text).length !== 1) return own;
  const ofPerson = forms.some((longer) => {
    const w = words(longer.text);
    const weighed = evidence.get(longer);
    return w.length > 1 && w.at(-1) === form.text && !!weighed && decideKind(weighed) === 'person';
  });
  if (!ofPerson) return own;
  return {
    scores: {...own.scores, place: 0},
    fired: [...own.fired, {rule: 'surname-of-person', votes: {place: -place}}],
  };
}

function decideGroups(
  groups: Group[],
  forms: Form[],
  evidence: ReadonlyMap<Form, Weighed<Kind>>,
  replaced: ReadonlySet<Form>,
): Grouped {
  const out: Grouped = {groups: [], dropped: []};
  const grouped = new Set<Form>(replaced);
  for (const g of groups) {
    for (const f of g.forms) grouped.add(f);
    g.evidence = sumEvidence(g.forms.map((f) => asSurname(f, g.forms, evidence)));
    const kind = decideKind(g.evidence);
    if (kind === 'none') {
      for (const form of g.forms) out.dropped.push({form, evidence: g.evidence});
      continue;
    }
    g.kind = kind;
    out.groups.push(g);
  }
  for (const form of forms)
    if (!grouped.has(form)) out.dropped.push({form, evidence: evidence.get(form) ?? {scores: {}, fired: []}});
  return out;
}

function titleOf(titled: string, name: string): string {
  return titled.slice(0, titled.length - name.length).trim();
}

/** A name set in capitals that is no acronym: no lower-case letter and a word of four letters or more ("WESTFIELD"). */
function shouted(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}{4}/u.test(text);
}

/** "NEW WESTFIELD" as "New Westfield", "WINSTON-SALEM" as "Winston-Salem". */
function ordinaryCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** `defined`'s key of a name the story gives as a person's birth, ring, stage or pen name ("born Y"). */
export const OTHER_NAME_KEY = 'other-name:';

/**
 * Writes a group out: the fullest form as name, every other written form as an alias, and a role if one is given.
 * Of a person's forms, one the story gives as their birth or ring name (`defined`'s OTHER_NAME_KEY) comes last:
 * "Jon Huber, who performed under the ring name Luke Harper" is shown as Jon Huber.
 */
export function toEntity(g: Group, defined?: ReadonlyMap<string, string>): Entity {
  const other = (f: Form): number =>
    g.kind === 'person' && defined?.has(`${OTHER_NAME_KEY}${nameKey(f.text)}`) ? 1 : 0;
  // ("the Channel" six times beside "the English Channel" twice: the full name, of which the other is the short form.)
  const shorts =
    g.kind === 'place' && g.forms.length > 1
      ? new Set(g.forms.map((f) => (f.text.includes(' ') ? placeShortKey(f.text) : undefined)))
      : undefined;
  const short = (f: Form): number => (shorts?.has(nameKey(f.text)) ? 1 : 0);
  // (One form needs no sorted copy.)
  const best = (
    g.forms.length === 1
      ? g.forms
      : [...g.forms].sort((a, b) => {
          const named = other(a) - other(b);
          if (named) return named;
          const acr = Number(isAcronym(a.text)) - Number(isAcronym(b.text));
          // "CBC" rather than "CBC.ca" when the article uses both.
          const site = Number(DOMAIN_END.test(a.text)) - Number(DOMAIN_END.test(b.text));
          // "India" named ten times beside "Bharat" once: of a place's names (one gazetteer entry), the one the text uses.
          // (Not a people's adjective that joined the place: "Thai" is no name of Thailand; nor "the State of France".)
          const used =
            g.kind === 'place'
              ? Number(shouted(a.text)) - Number(shouted(b.text)) ||
                Number(isDemonym(a.text)) - Number(isDemonym(b.text)) ||
                Number(STATE_OF.test(a.text)) - Number(STATE_OF.test(b.text)) ||
                short(a) - short(b) ||
                b.spans.length - a.spans.length
              : 0;
          return (
            acr ||
            site ||
            used ||
            words(b.text).length - words(a.text).length ||
            b.text.length - a.text.length
          );
        })
  )[0];
  // ("Sheikh Hasina": the style is part of the name when the article gives no other word of it.)
  const written = (g.kind === 'person' ? styledName(g.forms) : undefined) ?? best?.text ?? '';
  // A place named only in capitals ("EASTBROOK, N.C. (AP) —", a wire story's dateline) is shown in ordinary case.
  const name = g.kind === 'place' && shouted(written) ? ordinaryCase(written) : written;
  const aliases = new Set<string>();
  let mentions = 0;
  let titleRole: string | undefined;
  let contextRole: string | undefined;
  let listRole: string | undefined;
  // (Indexed loops: an array's iterator is an object per step where this is not optimised.)
  for (let i = 0; i < g.forms.length; i++) {
    const f = g.forms[i] as Form;
    if (f.text !== name) aliases.add(f.text);
    mentions += f.spans.length;
    for (let j = 0; j < f.spans.length; j++) {
      const s = f.spans[j] as (typeof f.spans)[number];
      if (s.text !== name) aliases.add(s.text);
      if (s.titled && s.titled !== name) aliases.add(s.titled);
      listRole ??= s.listTitle;
      if (
        !titleRole &&
        s.titled &&
        s.titled !== name &&
        !s.titles.every((t) => HONORIFICS.has(t.replace(/\.$/, '')))
      )
        titleRole = titleOf(s.titled, s.text);
    }
    for (let j = 0; j < f.contexts.length; j++) {
      const c = f.contexts[j] as (typeof f.contexts)[number];
      if (!contextRole && c.role && c.personRole) contextRole = c.role;
    }
  }
  const entity: Entity = {
    name,
    aliases: [...aliases].filter((a) => nameKey(a) !== nameKey(name) || a !== name),
    mentions,
  };
  const role = g.kind === 'person' ? (titleRole ?? listRole ?? contextRole) : undefined;
  if (role) entity.role = role;
  return entity;
}
