// "Robert Hale and Maria Hale … Mr. Hale wants … Ms. Hale disagreed": a surname two people share is written with
// an honorific that says which of them it is. The spans whose title gives a gender go to the one sharer of that
// gender; the rest of the form stays with whoever the surname rule chose.
import {nameGender} from '../nlp.js';
import {FEMALE_TITLES, MALE_TITLES} from './cues.js';
import type {Form} from './kind-features.js';

type Gender = 'm' | 'f';

/** The gender a span's titles say ("mr." → m, "ms." → f), or null when they say none or both. */
export function titleGender(titles: readonly string[]): Gender | null {
  let g: Gender | null = null;
  for (const t of titles) {
    const word = t.replace(/\.$/u, '');
    const said = MALE_TITLES.has(word) ? 'm' : FEMALE_TITLES.has(word) ? 'f' : null;
    if (said && g && said !== g) return null;
    g = said ?? g;
  }
  return g;
}

/**
 * The gender of a person known by these forms: the given name opening its longest form as the lexicon knows it,
 * else the titles its spans carry when they agree. Null when nothing tells, or the titles disagree.
 */
export function formsGender(forms: readonly Form[]): Gender | null {
  const longest = forms.reduce<Form | undefined>(
    (a, f) => (a && a.text.split(/\s+/).length >= f.text.split(/\s+/).length ? a : f),
    undefined,
  );
  const words = longest?.text.split(/\s+/) ?? [];
  const given = words.length > 1 ? nameGender(words[0] ?? '') : null;
  if (given) return given;
  const said = new Set<Gender>();
  for (const f of forms)
    for (const s of f.spans) {
      const g = titleGender(s.titles);
      if (g) said.add(g);
    }
  return said.size === 1 ? ([...said][0] ?? null) : null;
}

/**
 * Splits a surname form shared by several people by the gender its spans' titles give: each part whose gender
 * exactly one sharer may have goes to that sharer; `rest` keeps the other spans (null when none are left). Contexts
 * follow their spans. Returns no parts when no span's title picks out one sharer.
 */
export function splitByHonorific<G>(
  form: Form,
  sharers: readonly G[],
  genderOf: (g: G) => Gender | null,
): {parts: {to: G; form: Form}[]; rest: Form | null} {
  if (sharers.length < 2 || !form.spans.some((s) => s.titles.length > 0)) return {parts: [], rest: form};
  // A sharer whose gender nothing tells may be either ("Ginger Baker" beside "Peter Edward Baker"): a gender picks
  // its sharer only when no other sharer may have it.
  const known = new Map<G, Gender | null>(sharers.map((g) => [g, genderOf(g)]));
  const owners = () => {
    const out = new Map<Gender, G | null>();
    for (const [g, gender] of known)
      for (const may of gender ? [gender] : (['m', 'f'] as const)) out.set(may, out.has(may) ? null : g);
    return out;
  };
  let owner = owners();
  // "João Ferreira" (a given name the lexicon does not know) beside "Maria Ferreira": a "Mr. Ferreira" only João may
  // be tells he is the man, so a "Mrs. Ferreira" is then Maria's alone. Each round settles one more sharer.
  const written = new Set(form.spans.map((s) => titleGender(s.titles)));
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
  const rest: number[] = [];
  form.spans.forEach((s, i) => {
    const g = titleGender(s.titles);
    const to = g ? owner.get(g) : undefined;
    if (to) picked.set(to, [...(picked.get(to) ?? []), i]);
    else rest.push(i);
  });
  if (picked.size === 0) return {parts: [], rest: form};
  const part = (idx: readonly number[]): Form => ({
    ...form,
    spans: idx.flatMap((i) => form.spans[i] ?? []),
    contexts: idx.flatMap((i) => form.contexts[i] ?? []),
  });
  return {
    parts: [...picked].map(([to, idx]) => ({to, form: part(idx)})),
    rest: rest.length > 0 ? part(rest) : null,
  };
}
