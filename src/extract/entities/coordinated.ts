// Names of one coordinated list of three or more ("X, Y and Z", "X, Y or Z") are mostly of one kind: "firms
// including Varnco Holdings, Kelmora, and Telstar Group", "in Varnby, Holmsted and Kelm". A name nothing in the
// article types (no rule gave any answer weight, 'none' included) takes the one kind its list's typed names share,
// as weak evidence; a list whose names are of several kinds, or that holds a name the rules rejected, says nothing.
// Two names are too often of two kinds ("Russia and Gazprom", "Anna Holm and Gazprom agreed"), or one body's name
// cut at its "and" ("Disaster and Emergency Management Presidency"): a pair is no list here.
import {lexiconTags, suffixGuess, tagsInclude} from '../nlp.js';
import type {Weighed} from '../rules.js';
import {ABSTRACT, NOT_NAME_WORDS, PROPER_NAME_TAGS, PERSON_NOUNS, TITLES} from './cues.js';
import type {Context} from './context-types.js';
import {nameKey} from './gazetteer.js';
import type {Form} from './kind-features.js';
import type {Kind} from './kind-weights.js';
import {COORDINATED_KIND} from './kind-rules.js';
import type {Group, Grouped} from './merge.js';
import type {Span} from './spans.js';
import {isCue} from './words.js';

/** One mention as collected (entities.ts Found): its span, its sentence and its context. */
interface Mention {
  span: Span;
  sentence: string;
  context: Context;
}

// What joins two names of a list: ", ", " and ", ", and ", " or ". A list is one only if "and"/"or" joins it
// somewhere: "In Varnby, Holm said, Kelm" is no list.
const LIST_GAP = /^(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/u;
const CONJUNCTION = /(?:^|\s)(?:and|or)\s+$/u;

/** Marks each mention of a coordinated list with its mates' name keys (Context.listMates). */
export function markListMates(found: readonly Mention[]): void {
  let chain: Mention[] = [];
  let joined = false;
  const close = (): void => {
    if (joined && chain.length > 2)
      for (const m of chain)
        m.context.listMates = chain.filter((o) => o !== m).map((o) => nameKey(o.span.text));
    chain = [];
    joined = false;
  };
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1] as Mention;
    const b = found[i] as Mention;
    const gap =
      a.sentence === b.sentence && a.span.sentence === b.span.sentence
        ? b.sentence.slice(a.span.end, b.span.start)
        : '';
    if (gap === '' || !LIST_GAP.test(gap)) {
      close();
      continue;
    }
    if (chain.length === 0) chain.push(a);
    chain.push(b);
    if (CONJUNCTION.test(gap)) joined = true;
  }
  close();
}

// The lexicon's tags of proper names: a word it knows only so may be a name's.
const PROPER_TAGS: readonly string[] = [...PROPER_NAME_TAGS, 'ProperNoun'];
// Endings by which the lexicon's tagger reads an unknown word as a common one ("Introduction", "Democratic").
const COMMON_GUESS =
  /^(?:Singular|Plural|Uncountable|Adjective|Adverb|PastTense|PresentTense|Gerund|Infinitive)$/u;

// A word that may be part of a name: capitalised, no contraction ("I'm"), no title, cue or people's noun, and
// either known only as a proper name or unknown and read as no common word by its ending ("Intelligence" and
// "Robotics", capitalised in a longer name's list of fields, are common nouns).
function properWord(w: string): boolean {
  const lower = w.toLowerCase();
  if (!/^\p{Lu}/u.test(w) || /['’]\p{Ll}/u.test(w)) return false;
  if (
    NOT_NAME_WORDS.has(lower) ||
    TITLES.has(lower) ||
    PERSON_NOUNS.has(lower.replace(/s$/u, '')) ||
    isCue(lower)
  )
    return false;
  const tags = lexiconTags(w);
  if (tags.length > 0) return tags.every((t) => tagsInclude([t], PROPER_TAGS));
  return !ABSTRACT.test(lower) && !COMMON_GUESS.test(suffixGuess(w) ?? '');
}

// A person's name is written in words of a capital and small letters ("C-MORE", "First MSMU" are not).
const personWords = (words: readonly string[]): boolean => words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));

// No rule gave any answer weight: nothing for or against a kind.
const untyped = (w: Weighed<Kind>): boolean => Object.values(w.scores).every((v) => (v ?? 0) <= 0);

/**
 * The one kind the typed mates of the form's lists share; undefined when they share none or a mate was rejected.
 * Only mentions away from a sentence's first word, and that modify no noun after them ("the Foreign Affairs and
 * Intelligence committees": a list of a name's words, not of names).
 */
function mateKind(form: Form, kinds: ReadonlyMap<string, Kind>): Exclude<Kind, 'none'> | undefined {
  let found: Kind | undefined;
  for (let i = 0; i < form.contexts.length; i++) {
    const c = form.contexts[i] as Context;
    if (!c.listMates || form.spans[i]?.initial || c.modifies) continue;
    for (const key of c.listMates) {
      const k = kinds.get(key);
      if (k === undefined) continue;
      if (found !== undefined && k !== found) return undefined;
      found = k;
    }
  }
  return found === 'none' ? undefined : found;
}

/**
 * COORDINATED_KIND: each dropped name that nothing typed, listed with names of one kind, becomes an entity of that
 * kind (its forms dropped together stay one entity).
 */
export function shareListKinds(grouped: Grouped): Grouped {
  if (!grouped.dropped.some((d) => d.form.contexts.some((c) => c.listMates))) return grouped;
  // Each name's kind by key: the typed groups', and 'none' for a name the rules rejected (positive weight for none).
  const kinds = new Map<string, Kind>();
  for (const {form, evidence} of grouped.dropped)
    if (!untyped(evidence)) kinds.set(nameKey(form.text), 'none');
  for (const g of grouped.groups) for (const f of g.forms) kinds.set(nameKey(f.text), g.kind);
  const made = new Map<Weighed<Kind>, Group>();
  const dropped: Grouped['dropped'] = [];
  for (const d of grouped.dropped) {
    const words = d.form.text.split(/\s+/u);
    const kind = untyped(d.evidence) && words.every(properWord) ? mateKind(d.form, kinds) : undefined;
    if (!kind || (kind === 'person' && !personWords(words))) {
      dropped.push(d);
      continue;
    }
    const g = made.get(d.evidence);
    if (g) {
      g.forms.push(d.form);
      continue;
    }
    const votes = {[kind]: COORDINATED_KIND.vote};
    const evidence: Weighed<Kind> = {
      scores: {...d.evidence.scores, ...votes},
      fired: [...d.evidence.fired, {rule: COORDINATED_KIND.id, votes}],
    };
    made.set(d.evidence, {kind, forms: [d.form], evidence});
  }
  if (made.size === 0) return grouped;
  return {groups: [...grouped.groups, ...made.values()], dropped};
}
