import type {Entity} from '../types.js';
import {classify, isAcronym, MEDIA, type Form, type Kind} from './classify.js';
import {HONORIFICS, NAME_PARTICLES} from './cues.js';
import {lexiconTags} from '../nlp.js';
import {demonymPlace, isDemonym, knownPlace, nameKey} from './gazetteer.js';

/** Forms that name one entity, before they are written out. */
export interface Group {
  kind: Exclude<Kind, 'none'>;
  forms: Form[];
}

const wordsCache = new Map<string, string[]>();

function words(text: string): string[] {
  let w = wordsCache.get(text);
  if (!w) {
    if (wordsCache.size > 50_000) wordsCache.clear();
    w = text.split(/\s+/).filter(Boolean);
    wordsCache.set(text, w);
  }
  return w;
}

// Generational suffixes follow the surname: "Robert Downey Jr." is Downey.
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function surnameKey(text: string): string {
  const w = words(text);
  const last = w.at(-1) ?? '';
  return nameKey(w.length > 2 && SUFFIXES.has(nameKey(last)) ? (w.at(-2) ?? '') : last);
}

/** Initials of a multi-word name, dotted acronyms contributing all their letters ("U.S. Coast Guard" → "USCG"). */
function initials(text: string): string {
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

const DOMAIN_END = /\.(?:com|org|net|info|co\.uk|[a-z]{2})$/u;

const coreCache = new Map<string, string>();

/** "US Supreme Court", "United States Supreme Court", "Tunisian Parliament" → the body's own name. */
function core(text: string): string {
  let c = coreCache.get(text);
  if (c === undefined) {
    if (coreCache.size > 50_000) coreCache.clear();
    // "Politics1.com" and "Politics1": a website's domain ending is not a different body.
    const bare = text.replace(DOMAIN_END, '');
    c = nameKey(withoutLeadingPlace(bare) ?? bare);
    coreCache.set(text, c);
  }
  return c;
}

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

// "the Sheriff's Office" after "Alachua County Sheriff's Office": an office named by its holder alone.
const CORPORATE =
  /\s+(?:Group|Holdings|Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|plc|PLC|AG|SA|S\.A\.|A\/S|GmbH)$/u;
const HOLDERS_OFFICE = /^\p{Lu}\p{Ll}+['’]s\s+(?:Office|Department)$/u;

function sameBodyAs(a: string, b: string): boolean {
  if (core(a) === core(b)) return true;
  // "Salling" after "Salling Group": a company named without its corporate word.
  const corporate = (long: string, short: string) =>
    CORPORATE.test(long) && nameKey(long.replace(CORPORATE, '')) === nameKey(short);
  if (corporate(a, b) || corporate(b, a)) return true;
  if (HOLDERS_OFFICE.test(a) && nameKey(b).endsWith(` ${nameKey(a)}`)) return true;
  if (HOLDERS_OFFICE.test(b) && nameKey(a).endsWith(` ${nameKey(b)}`)) return true;
  const ka = countryBodyKey(a);
  const kb = countryBodyKey(b);
  if (ka !== undefined && ka === kb) return true;
  // "the Parliament" after "Parliament of the United Kingdom", as after "UK Parliament".
  const head = (k: string | undefined) => k?.slice(0, k.lastIndexOf('@'));
  return (!!ka && !kb && head(ka) === nameKey(b)) || (!!kb && !ka && head(kb) === nameKey(a));
}

function spanCount(g: Group): number {
  return g.forms.reduce((n, f) => n + f.spans.length, 0);
}

function firstSentence(g: Group): number {
  return Math.min(...g.forms.flatMap((f) => f.spans.map((s) => s.sentence)));
}

function mergeInto(target: Group, form: Form): void {
  target.forms.push(form);
}

// A name opened by a verb ("Make Melbourne", a slogan) borrows no kind but a person's.
function isPlainWordsBefore(f: Form): boolean {
  const tags = lexiconTags(words(f.text)[0] ?? '');
  return tags.includes('Infinitive') || tags.includes('Imperative') || tags.includes('PresentTense');
}

/** Groups classified forms into entities: surnames join full names, acronyms join what they abbreviate, a country's forms join. */
export function groupForms(forms: Form[], defined: ReadonlyMap<string, string> = new Map()): Group[] {
  const kinds = new Map<Form, Kind>(forms.map((f) => [f, classify(f)]));
  // "Karsten Warholm" once, then "Warholm said…": what the surname's contexts say counts for the full name.
  const singles = new Map(forms.filter((f) => words(f.text).length === 1).map((f) => [nameKey(f.text), f]));
  for (const f of forms) {
    const surname = singles.get(surnameKey(f.text));
    if (words(f.text).length < 2 || kinds.get(f) !== 'none' || !surname) continue;
    const kind = classify({
      ...f,
      spans: [...f.spans, ...surname.spans],
      contexts: [...f.contexts, ...surname.contexts],
      midSentence: true,
    });
    // Only as a person: "Make Melbourne" does not become a place because "Melbourne, the city" is one.
    if (kind === 'person' || !isPlainWordsBefore(f)) kinds.set(f, kind);
  }
  // "landing at Calicut" beside "Calicut International Airport": an unknown word after a preposition of place
  // that opens a place's name in the same article is the town the place is named after.
  const placeForms = forms.filter((f) => words(f.text).length > 1 && kinds.get(f) === 'place');
  for (const f of forms) {
    if (words(f.text).length !== 1 || kinds.get(f) !== 'none' || !f.midSentence) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(f.text) || lexiconTags(f.text).length > 0) continue;
    if (!f.contexts.some((c, i) => c.locative && !f.spans[i]?.initial)) continue;
    if (placeForms.some((p) => nameKey(words(p.text)[0] ?? '') === nameKey(f.text))) kinds.set(f, 'place');
  }
  const groups: Group[] = [];
  const sorted = [...forms].sort(
    (a, b) => words(b.text).length - words(a.text).length || b.text.length - a.text.length,
  );
  const bySurname = new Map<string, Group>();
  const byPlace = new Map<string, Group>();
  const byKey = new Map<string, Group>();
  const multiWord: Group[] = [];
  const pending: Form[] = [];
  for (const form of sorted) {
    const kind = kinds.get(form) ?? 'none';
    const n = words(form.text).length;
    if (n === 1) {
      pending.push(form);
      continue;
    }
    if (kind === 'none') continue;
    if (kind === 'person') {
      const same = bySurname.get(surnameKey(form.text));
      const first = nameKey(words(form.text)[0] ?? '');
      // "Richard K. Guy" and "Richard Guy": the same first name and surname.
      const twin = groups.find(
        (g) =>
          g.kind === 'person' &&
          g.forms.some(
            (f) => surnameKey(f.text) === surnameKey(form.text) && nameKey(words(f.text)[0] ?? '') === first,
          ),
      );
      if (twin) {
        mergeInto(twin, form);
        continue;
      }
      const g: Group = {kind, forms: [form]};
      groups.push(g);
      if (!same) bySurname.set(surnameKey(form.text), g);
      continue;
    }
    const place = kind === 'place' ? knownPlace(form.text) : undefined;
    // "US Supreme Court" and "Supreme Court": a leading country does not make another body.
    const sameBody =
      kind === 'organization'
        ? groups.find((g) => g.kind === 'organization' && g.forms.some((f) => sameBodyAs(f.text, form.text)))
        : undefined;
    const byInitials =
      initials(form.text).length >= 3 ? byKey.get(`${kind}:${initials(form.text)}`) : undefined;
    const existing = sameBody ?? (place && byPlace.get(place.id)) ?? byInitials;
    if (existing && existing.kind === kind) {
      mergeInto(existing, form);
      continue;
    }
    const g: Group = {kind, forms: [form]};
    groups.push(g);
    multiWord.push(g);
    if (place) byPlace.set(place.id, g);
    byKey.set(`${kind}:${initials(form.text)}`, g);
  }
  for (const form of pending) {
    const kind = kinds.get(form) ?? 'none';
    // "Princess Ubolratana", "Pope Francis": a titled first name joins the one person it opens.
    const titledFirst = form.spans.some((s) => s.titles.length > 0)
      ? groups.filter(
          (g) =>
            g.kind === 'person' &&
            g.forms.some(
              (f) => words(f.text).length > 1 && nameKey(words(f.text)[0] ?? '') === nameKey(form.text),
            ),
        )
      : [];
    // A bare surname shared by several people goes to the one the article names most; on a tie, to the one it
    // names first ("Joe Biden …", later "his son Hunter Biden": "Biden" is Joe).
    const sharing = groups.filter(
      (g) =>
        g.kind === 'person' &&
        g.forms.some((f) => words(f.text).length > 1 && surnameKey(f.text) === nameKey(form.text)),
    );
    const mostNamed = sharing.sort(
      (a, b) => spanCount(b) - spanCount(a) || firstSentence(a) - firstSentence(b),
    )[0];
    // "Rosselló" for "Ricardo Rosselló Nevares": a later word of exactly one person's name.
    const inner = groups.filter(
      (g) =>
        g.kind === 'person' &&
        g.forms.some((f) =>
          words(f.text)
            .slice(1)
            .some((w) => nameKey(w) === nameKey(form.text)),
        ),
    );
    const person =
      mostNamed ??
      (titledFirst.length === 1 ? titledFirst[0] : undefined) ??
      (inner.length === 1 && /^\p{Lu}\p{Ll}/u.test(form.text) ? inner[0] : undefined);
    if (person && !isAcronym(form.text)) {
      mergeInto(person, form);
      continue;
    }
    // "U.S." is the country even when "University of Sheffield" has the same initials.
    if (isAcronym(form.text) && !knownPlace(form.text)) {
      const letters = form.text.replace(/\./g, '').toUpperCase();
      const full = multiWord.find((g) =>
        g.forms.some((f) => initials(f.text) === letters || defined.get(nameKey(f.text)) === letters),
      );
      if (full) {
        mergeInto(full, form);
        continue;
      }
    }
    // "The Telegraph" after "The Daily Telegraph": a newspaper's last word stands for the one paper.
    if (kind === 'organization' && MEDIA.has(nameKey(form.text))) {
      const papers = groups.filter(
        (g) =>
          g.kind === 'organization' &&
          g.forms.some(
            (f) => words(f.text).length > 1 && nameKey(words(f.text).at(-1) ?? '') === nameKey(form.text),
          ),
      );
      if (papers.length === 1 && papers[0]) {
        mergeInto(papers[0], form);
        continue;
      }
    }
    if (kind === 'none') continue;
    const place = kind === 'place' ? knownPlace(form.text) : undefined;
    const body =
      kind === 'organization'
        ? groups.find((g) => g.kind === 'organization' && g.forms.some((f) => sameBodyAs(f.text, form.text)))
        : undefined;
    const existing = place ? byPlace.get(place.id) : body;
    if (existing) {
      mergeInto(existing, form);
      continue;
    }
    const g: Group = {kind, forms: [form]};
    groups.push(g);
    if (place) byPlace.set(place.id, g);
    if (kind === 'person') bySurname.set(nameKey(form.text), g);
  }
  return groups;
}

function titleOf(titled: string, name: string): string {
  return titled.slice(0, titled.length - name.length).trim();
}

/** Writes a group out: the fullest form as name, every other written form as an alias, and a role if one is given. */
export function toEntity(g: Group): Entity {
  const best = [...g.forms].sort((a, b) => {
    const acr = Number(isAcronym(a.text)) - Number(isAcronym(b.text));
    // "CBC" rather than "CBC.ca" when the article uses both.
    const site = Number(DOMAIN_END.test(a.text)) - Number(DOMAIN_END.test(b.text));
    return acr || site || words(b.text).length - words(a.text).length || b.text.length - a.text.length;
  })[0];
  const name = best?.text ?? '';
  const aliases = new Set<string>();
  let mentions = 0;
  let titleRole: string | undefined;
  let contextRole: string | undefined;
  for (const f of g.forms) {
    if (f.text !== name) aliases.add(f.text);
    mentions += f.spans.length;
    for (const s of f.spans) {
      if (s.text !== name) aliases.add(s.text);
      if (s.titled && s.titled !== name) aliases.add(s.titled);
      if (!titleRole && s.titled && !s.titles.every((t) => HONORIFICS.has(t.replace(/\.$/, ''))))
        titleRole = titleOf(s.titled, s.text);
    }
    for (const c of f.contexts) if (!contextRole && c.role && c.personRole) contextRole = c.role;
  }
  const entity: Entity = {
    name,
    aliases: [...aliases].filter((a) => nameKey(a) !== nameKey(name) || a !== name),
    mentions,
  };
  const role = g.kind === 'person' ? (titleRole ?? contextRole) : undefined;
  if (role) entity.role = role;
  return entity;
}
