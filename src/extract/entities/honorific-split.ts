// "Robert Hale and Maria Hale … Mr. Hale wants … Ms. Hale disagreed": a surname two people share is written with
// an honorific that says which of them it is. The spans whose title gives a gender go to the one sharer of that
// gender; the rest of the form stays with whoever the surname rule chose.
import {
  givenNameGender,
  titleGender,
  weighGender,
  type Gender,
  type GenderClue,
  type WeighedGender,
} from './gender.js';
import type {Form} from './kind-features.js';

/**
 * The gender of a person known by these forms, summed over their mentions (entities/gender.ts): the titles before
 * them, nouns of kin, the pronoun after each (not after a possessive: in "Leo Han's wife … she" the pronoun is the
 * wife's), and the lexicon's reading of the given name opening the longest form. Null when nothing tells or the
 * clues cancel out. A pronoun counts only when none of `names` (the article's people) is written before it.
 */
export function formsGender(forms: readonly Form[], names: ReadonlySet<string> = new Set()): WeighedGender {
  const longest = forms.reduce<Form | undefined>(
    (a, f) => (a && a.text.split(/\s+/).length >= f.text.split(/\s+/).length ? a : f),
    undefined,
  );
  const clues: GenderClue[] = [];
  const given = longest ? givenNameGender(longest.text) : null;
  if (given) clues.push({given});
  for (const f of forms)
    f.spans.forEach((s, i) => {
      const c = f.contexts[i];
      const pronoun = c?.pronounPast?.(names) ?? undefined;
      clues.push({
        titles: s.titles,
        kin: c?.kin ?? undefined,
        pronoun: c?.possessive ? undefined : pronoun,
      });
    });
  return weighGender(clues);
}

/**
 * Splits a surname form shared by several people by the gender its spans' titles give: each part whose gender
 * exactly one sharer may have goes to that sharer; `apart` holds the spans whose gender no sharer may have ("Leo Han
 * … he said … Ms. Han said": she is someone else, named only so), null when there are none; `rest` keeps the other
 * spans (null when none are left). Contexts follow their spans. A sharer whose gender nothing tells may be either,
 * so without evidence every span stays where the surname rule put it.
 */
export function splitByHonorific<G>(
  form: Form,
  sharers: readonly G[],
  genderOf: (g: G) => Pick<WeighedGender, 'gender' | 'byText'>,
): {parts: {to: G; form: Form}[]; apart: Form | null; rest: Form | null} {
  const none = {parts: [], apart: null, rest: form};
  if (sharers.length < 1 || !form.spans.some((s) => s.titles.length > 0)) return none;
  // A sharer whose gender nothing tells may be either ("Ginger Baker" beside "Peter Edward Baker"): a gender picks
  // its sharer only when no other sharer may have it.
  const read = sharers.map((g) => genderOf(g));
  const known = new Map<G, Gender | null>(sharers.map((g, i) => [g, read[i]?.gender ?? null]));
  const written = new Set(form.spans.map((s) => titleGender(s.titles)));
  // A span leaves them all only when the text itself shows each sharer's gender ("Chris Varga … Ms. Varga": the
  // lexicon's "Chris" is no reason to make her someone else), or when the surname is written with both titles beside
  // one sharer, who can be only one of the two ("Ingrid Halvorsen … Ms. Halvorsen … Mr. Halvorsen").
  const both = written.has('m') && written.has('f') && sharers.length === 1 && read[0]?.gender != null;
  const shown = both || read.every((r) => r.byText);
  // Each gender's one possible sharer, null when several may have it; absent when none may.
  const owners = () => {
    const out = new Map<Gender, G | null>();
    for (const [g, gender] of known)
      for (const may of gender ? [gender] : (['m', 'f'] as const)) out.set(may, out.has(may) ? null : g);
    return out;
  };
  let owner = owners();
  // "João Ferreira" (a given name the lexicon does not know) beside "Maria Ferreira": a "Mr. Ferreira" only João may
  // be tells he is the man, so a "Mrs. Ferreira" is then Maria's alone. Each round settles one more sharer.
  for (let round = 1; round < sharers.length; round++) {
    const settled = (['m', 'f'] as const).find((g) => {
      const to = owner.get(g);
      return written.has(g) && to != null && known.get(to) == null;
    });
    const to = settled ? owner.get(settled) : undefined;
    if (!settled || to == null) break;
    known.set(to, settled);
    owner = owners();
  }
  const picked = new Map<G, number[]>();
  const away: number[] = [];
  const rest: number[] = [];
  form.spans.forEach((s, i) => {
    const g = titleGender(s.titles);
    const to = g ? owner.get(g) : undefined;
    // (One sharer keeps what it may have, as the surname rule chose: only the spans it may not have leave it.)
    if (to && sharers.length > 1) picked.set(to, [...(picked.get(to) ?? []), i]);
    else if (g && !owner.has(g) && shown) away.push(i);
    else rest.push(i);
  });
  if (picked.size === 0 && away.length === 0) return none;
  const part = (idx: readonly number[]): Form => ({
    ...form,
    spans: idx.flatMap((i) => form.spans[i] ?? []),
    contexts: idx.flatMap((i) => form.contexts[i] ?? []),
  });
  return {
    parts: [...picked].map(([to, idx]) => ({to, form: part(idx)})),
    apart: away.length > 0 ? part(away) : null,
    rest: rest.length > 0 ? part(rest) : null,
  };
}
