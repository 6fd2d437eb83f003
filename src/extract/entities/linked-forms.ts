// Forms the text itself says name one thing are typed by their evidence together, before grouping: a name and the
// acronym it defines in brackets ("the Orvane Geological Survey (OGS)" … "Tom Reel of OGS"), and a firm's name and
// its opening words used alone later ("Velmora Minerals Corporation …", later "Velmora said in a statement").
// Typed one by one, each had too little to go on (the long name no cue at all, the acronym one "of"; the short form
// a speaker's, so a person's) and they never met: a form no kind clears is dropped before grouping.
import type {Weighed} from '../rules.js';
import {decideKind, isAcronym, type Form, type Kind} from './classify.js';
import {INDUSTRY_LAST, PLACE_WORDS, THING_WORDS} from './cues.js';
import {features, placeByData} from './kind-features.js';
import {DEFINED_ACRONYM, FIRM_SHORT_FORM} from './kind-rules.js';
import {nameKey} from './gazetteer.js';
import {hasAnyTag} from '../nlp.js';
import {atEnd, endsWithMatch} from '../matches.js';

/**
 * A firm's legal or corporate last word ("Harrow Minerals Corporation", "Sahyadri Agro Industries Ltd"): the words
 * before it are the firm's own name, which the text may use alone. Shared with merge.ts, which files a firm under
 * its name without the word.
 */
export const CORPORATE =
  /\s+(?:Group|Holdings|Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Limited|LLC|LLP|Incorporated|plc|PLC|AG|SA|S\.A\.|A\/S|GmbH)$/u;
/** CORPORATE for `test`, tried once at the name's end (matches.ts atEnd). */
export const CORPORATE_END = atEnd(CORPORATE);

const GIVEN_TAGS: readonly string[] = ['FirstName', 'MaleName', 'FemaleName'];

const wordsOf = (text: string): string[] => text.split(SPACES).filter(Boolean);
const SPACES = /\s+/u;
const SPACE = /\s/u;
const firstSentence = (f: Form): number => Math.min(...f.spans.map((s) => s.sentence));

/** Adds a rule's votes to a form's evidence, recorded for --explain. */
function vote(w: Weighed<Kind>, rule: string, votes: Partial<Record<Kind, number>>): void {
  w.fired.push({rule, votes});
  for (const [k, v] of Object.entries(votes) as [Kind, number][]) w.scores[k] = (w.scores[k] ?? 0) + v;
}

/** The sum of two forms' evidence (a new record: neither form's own is changed). */
function pooled(a: Weighed<Kind>, b: Weighed<Kind>): Weighed<Kind> {
  const out: Weighed<Kind> = {scores: {...a.scores}, fired: [...a.fired, ...b.fired]};
  for (const [k, v] of Object.entries(b.scores) as [Kind, number][]) out.scores[k] = (out.scores[k] ?? 0) + v;
  return out;
}

/**
 * Types each linked pair of forms by their summed evidence: both take the kind the pair's evidence decides. The long
 * form keeps the link's own vote in its evidence (so the entity's summed evidence, in merge.ts, counts it once); the
 * short form keeps its own.
 */
export function typeLinkedForms(
  forms: readonly Form[],
  kinds: Map<Form, Kind>,
  evidence: Map<Form, Weighed<Kind>>,
  defined: ReadonlyMap<string, string>,
): void {
  let byText: Map<string, Form> | undefined;
  const formOf = (text: string): Form | undefined =>
    (byText ??= new Map(forms.map((f) => [nameKey(f.text), f]))).get(nameKey(text));
  const link = (long: Form, short: Form | undefined, rule: string, votes: Partial<Record<Kind, number>>) => {
    const own = evidence.get(long);
    const shortOwn = short ? evidence.get(short) : undefined;
    if (!own) return;
    // (A definition confirms a body one of the two is treated as; it makes none of a term's or a title's words:
    // "Internet Relay Chat (IRC)", "International Master (IM)".)
    if (
      rule === DEFINED_ACRONYM.id &&
      !((own.scores.organization ?? 0) + (shortOwn?.scores.organization ?? 0) > 0)
    )
      return;
    vote(own, rule, votes);
    const kind = decideKind(shortOwn ? pooled(own, shortOwn) : own);
    kinds.set(long, kind);
    if (short) kinds.set(short, kind);
  };
  for (const long of forms) {
    // (A name without white space has one word at most: no split and copy for it, most names.)
    if (!SPACE.test(long.text)) continue;
    const w = wordsOf(long.text);
    if (w.length < 2) continue;
    // DEFINED_ACRONYM: the name the text abbreviates in brackets, unless a place's or a thing's (a law, a treaty)
    // or a person's name: those have their own cues.
    const acronym = defined.get(nameKey(long.text));
    if (acronym !== undefined && definesBody(long)) {
      const short = forms.find(
        (f) => isAcronym(f.text) && f.text.replace(/[.&]/g, '').toUpperCase() === acronym && !f.spelledAsTerm,
      );
      link(long, short, DEFINED_ACRONYM.id, DEFINED_ACRONYM.votes);
      continue;
    }
    // FIRM_SHORT_FORM: a firm's name (a corporate last word, or one word and its trade's: "Kessel Logistics"), and
    // each opening of it the text uses alone later.
    const firm =
      endsWithMatch(CORPORATE_END, long.text) ||
      (w.length === 2 && INDUSTRY_LAST.has((w[1] ?? '').toLowerCase()));
    if (!firm || kinds.get(long) !== 'organization') continue;
    for (let k = w.length - 1; k >= 1; k--) {
      const short = formOf(w.slice(0, k).join(' '));
      if (!short || !firmShortForm(short, long, forms, kinds)) continue;
      link(long, short, FIRM_SHORT_FORM.id, FIRM_SHORT_FORM.votes);
    }
  }
}

// A name an acronym may stand for as a body's: not a place the data know or named by a place's word, not a thing's
// ("the Varna Act (VA)"), not a person's (a given name first).
function definesBody(long: Form): boolean {
  const f = features(long);
  return (
    !placeByData(long.text) &&
    !PLACE_WORDS.has(f.lastWord) &&
    !THING_WORDS.has(f.lastWord) &&
    !f.firstIsName &&
    f.titled + f.aged === 0
  );
}

// The opening words of a firm's name used alone after it, typed a person (by speaking: "Velmora said") or nothing,
// never a place: no title, age or given name, and no other name of the article a person bears with them ("Tom
// Velmora").
function firmShortForm(
  short: Form,
  long: Form,
  forms: readonly Form[],
  kinds: ReadonlyMap<Form, Kind>,
): boolean {
  const kind = kinds.get(short);
  if (kind !== 'person' && kind !== 'none') return false;
  if (firstSentence(short) < firstSentence(long)) return false;
  const f = features(short);
  if (f.titled + f.aged > 0 || hasAnyTag(f.first, GIVEN_TAGS)) return false;
  const key = nameKey(short.text);
  return !forms.some(
    (o) =>
      o !== long && o !== short && kinds.get(o) === 'person' && ` ${nameKey(o.text)} `.includes(` ${key} `),
  );
}
