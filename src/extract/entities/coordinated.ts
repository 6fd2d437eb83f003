// Names of one coordinated list of three or more ("X, Y and Z", "X, Y or Z") are mostly of one kind: "firms
// including Varnco Holdings, Kelmora, and Telstar Group", "in Varnby, Holmsted and Kelm". A name nothing in the
// article types (no rule gave any answer weight, 'none' included) takes the one kind its list's typed names share,
// as weak evidence; a list whose names are of several kinds says nothing, nor one that holds a name the rules
// rejected, unless its typed names outnumber the rejected by two ("Newsweek, Politico, The Hill, Time Magazine, The
// Independent, and TMZ": one word taken for a common one among four outlets).
// Two names are too often of two kinds ("Russia and Gazprom", "Anna Holm and Gazprom agreed"), or one body's name
// cut at its "and" ("Disaster and Emergency Management Presidency"): a pair says only what its first name, a body,
// says of the second ("the University of Bristol and UC Davis", "on NBC and ABC"): a body's name is cut at its "and"
// before the body's words, not after them, and a body and a person or a place are paired in that order rarely.
import {lexiconTags, suffixGuess, tagsInclude} from '../nlp.js';
import type {Weighed} from '../rules.js';
import {ABSTRACT, NOT_NAME_WORDS, PROPER_NAME_TAGS, PERSON_NOUNS, TITLES} from './cues.js';
import type {Context} from './context-types.js';
import {nameKey} from './gazetteer.js';
import type {Form} from './kind-features.js';
import type {Kind} from './kind-weights.js';
import {COORDINATED_KIND, PAIRED_BODY} from './kind-rules.js';
import type {Group, Grouped} from './merge.js';
import type {Span} from './spans.js';
import {isCue} from './words.js';

/** One mention as collected (entities.ts Found): its span, its sentence and its context. */
interface Mention {
  span: Span;
  sentence: string;
  context: Context;
}

// What joins two names of a list: ", ", " and ", ", and ", " or "; after a comma maybe "the" ("Politico, The
// Hill, and TMZ", ", and the Crow Tribe"; the span leaves "the" out), not after "and" alone ("Jem and the Misfits",
// "Harry Potter and the …": a work's title). A list is one only if "and"/"or" joins it somewhere: "In Varnby, Holm
// said, Kelm" is no list.
const LIST_GAP = /^(?:,\s*(?:(?:and|or)\s+)?(?:[Tt]he\s+)?|\s+(?:and|or)\s+)$/u;
const PAIR_THE_GAP = /^\s+(?:and|or)\s+the\s+$/u;
const THE_BEFORE = /(?:^|\s)the\s+$/u;
const CONJUNCTION = /(?:^|\s)(?:and|or)\s+(?:(?<=,\s*(?:and|or)\s+)[Tt]he\s+)?$/u;

/** Marks each mention of a coordinated list with its mates' name keys (Context.listMates). */
export function markListMates(found: readonly Mention[]): void {
  let chain: Mention[] = [];
  let joined = false;
  const close = (): void => {
    if (joined && chain.length > 2)
      for (const m of chain)
        m.context.listMates = chain.filter((o) => o !== m).map((o) => nameKey(o.span.text));
    else if (joined && chain.length === 2 && chain[0] && chain[1])
      chain[1].context.pairedAfter = nameKey(chain[0].span.text);
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
      // ("A coalition of the Centre Party and the Greens": a pair of two names each after its own lower-case
      // "the" is no title of a work, which writes one "the" ("Jem and the Misfits"): marked a pair, never a list.)
      if (gap !== '' && PAIR_THE_GAP.test(gap) && THE_BEFORE.test(a.sentence.slice(0, a.span.start))) {
        b.context.pairedAfter = nameKey(a.span.text);
        b.context.pairedThe = true;
      }
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
    // ("and Egyptologists have reported": a plural of a trade's word names a group of people.)
    /\p{Ll}ists$/u.test(lower) ||
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
 * The one kind the typed mates of the form's lists share; undefined when they share none, or when a mate was
 * rejected and the typed mates do not outnumber the rejected by two.
 * Only mentions away from a sentence's first word, and that modify no noun after them ("the Foreign Affairs and
 * Intelligence committees": a list of a name's words, not of names).
 */
function mateKind(form: Form, kinds: ReadonlyMap<string, Kind>): Exclude<Kind, 'none'> | undefined {
  let found: Exclude<Kind, 'none'> | undefined;
  let typed = 0;
  let rejected = 0;
  for (let i = 0; i < form.contexts.length; i++) {
    const c = form.contexts[i] as Context;
    if (!c.listMates || form.spans[i]?.initial || c.modifies) continue;
    for (const key of c.listMates) {
      const k = kinds.get(key);
      if (k === undefined) continue;
      if (k === 'none') {
        rejected++;
        continue;
      }
      if (found !== undefined && k !== found) return undefined;
      found = k;
      typed++;
    }
  }
  return typed > 0 && (rejected === 0 || typed > rejected + 1) ? found : undefined;
}

/**
 * True when every mention of the form that follows another name in a pair ("X and Y") follows a body's, and one
 * does: away from a sentence's first word and modifying no noun, as for lists.
 */
function pairedWithBody(form: Form, kinds: ReadonlyMap<string, Kind>): boolean {
  let found = false;
  for (let i = 0; i < form.contexts.length; i++) {
    const c = form.contexts[i] as Context;
    if (c.pairedAfter === undefined || form.spans[i]?.initial || c.modifies) continue;
    if (kinds.get(c.pairedAfter) !== 'organization') return false;
    found = true;
  }
  return found;
}

/**
 * COORDINATED_KIND: each dropped name that nothing typed, listed with names of one kind, becomes an entity of that
 * kind (its forms dropped together stay one entity); PAIRED_BODY: one named after a body in a pair, a body.
 */
export function shareListKinds(grouped: Grouped): Grouped {
  if (!grouped.dropped.some((d) => d.form.contexts.some((c) => c.listMates ?? c.pairedAfter))) return grouped;
  // Each name's kind by key: the typed groups', and 'none' for a name the rules rejected (positive weight for none).
  const kinds = new Map<string, Kind>();
  for (const {form, evidence} of grouped.dropped)
    if (!untyped(evidence)) kinds.set(nameKey(form.text), 'none');
  for (const g of grouped.groups) for (const f of g.forms) kinds.set(nameKey(f.text), g.kind);
  const made = new Map<Weighed<Kind>, Group>();
  const dropped: Grouped['dropped'] = [];
  for (const d of grouped.dropped) {
    const words = d.form.text.split(/\s+/u);
    // (A capitalised common word is a name where the pair writes "the" before each: "the Centre Party and the
    // Greens".)
    const free =
      untyped(d.evidence) &&
      (words.every(properWord) ||
        // (Not a body's word, "the CentOS Governing Board and the Board had voted": that body again.)
        (!words.some((w) => isCue(w.toLowerCase())) &&
          d.form.contexts.some((c) => c.pairedThe && !c.modifies)));
    const listed = free ? mateKind(d.form, kinds) : undefined;
    const paired = free && !listed && pairedWithBody(d.form, kinds);
    const kind = listed ?? (paired ? 'organization' : undefined);
    const rule = listed ? COORDINATED_KIND : PAIRED_BODY;
    if (!kind || (kind === 'person' && !personWords(words))) {
      dropped.push(d);
      continue;
    }
    const g = made.get(d.evidence);
    if (g) {
      g.forms.push(d.form);
      continue;
    }
    const votes = {[kind]: rule.vote};
    const evidence: Weighed<Kind> = {
      scores: {...d.evidence.scores, ...votes},
      fired: [...d.evidence.fired, {rule: rule.id, votes}],
    };
    made.set(d.evidence, {kind, forms: [d.form], evidence});
  }
  if (made.size === 0) return grouped;
  return {groups: [...grouped.groups, ...made.values()], dropped};
}
