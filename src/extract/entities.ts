import type {Form} from './entities/classify.js';
import {readContext, titleOpensPlace, type Context} from './entities/context.js';
import {ORG_WORDS, PROPER_NAME_TAGS} from './entities/cues.js';
import {nameKey} from './entities/gazetteer.js';
import {groupForms, OTHER_NAME_KEY, toEntity, type Group, type Grouped} from './entities/merge.js';
import {decideKind, kindMargin, rulesFor, scoreText} from './entities/classify.js';
import {abbreviatedNames, bracketedNames, definedNames, type Defined} from './entities/defined.js';
import {termAcronyms} from './entities/term-acronyms.js';
import {bodyShortForms} from './entities/body-short-form.js';
import {headedBody, knownAsAcronyms} from './entities/known-as.js';
import {withLowerParty} from './entities/lower-party.js';
import {markListMates, shareListKinds} from './entities/coordinated.js';
import {findSpans, type Span} from './entities/spans.js';
import {metadataRanges, type MetaRange} from './entities/metadata.js';
import type {Doc, Stage} from './pipeline.js';
import type {Entity} from './types.js';
import {isFirstName, isNameShaped, knownPlaceOrRegion} from './entities/words.js';
import {hasAnyTag, hasTag} from './nlp.js';
import {forgetFeatures} from './entities/kind-features.js';

interface Found {
  span: Span;
  sentence: string;
  next: string;
  context: Context;
}

// "Hope Hicks" opening a sentence: its first word is a given name when the article reads the same two words as a
// name elsewhere ("aide Hope Hicks"), or uses the surname alone as a person's ("Hicks said", "Ms. Hicks").
function resolveLeads(found: Found[]): void {
  const given = new Set(found.filter((f) => f.span.givenName).map((f) => nameKey(f.span.text)));
  const personal = new Set<string>();
  for (const f of found) {
    const c = f.context;
    if (f.span.words === 1 && (f.span.titles.length > 0 || c.speaks || c.age))
      personal.add(nameKey(f.span.text));
  }
  for (const f of found) {
    const {span} = f;
    if (span.lead === undefined) continue;
    const full = f.sentence.slice(span.lead, span.end);
    const surname =
      /^\S+/u.exec(span.lead === span.start ? span.text.replace(/^\S+\s+/u, '') : span.text)?.[0] ?? '';
    const pairElsewhere = given.has(nameKey(full));
    const surnameElsewhere =
      personal.has(nameKey(surname)) &&
      found.some((o) => o !== f && o.span.words === 1 && nameKey(o.span.text) === nameKey(surname));
    if (!pairElsewhere && !surnameElsewhere) continue;
    span.givenName = true;
    if (span.lead < span.start) {
      span.words += 1;
      span.text = full;
      span.start = span.lead;
      f.context = readContext(f.sentence, span.start, span.end, f.next);
    }
  }
}

// "told MSNBC Cummings": a body's acronym run into a surname the article names elsewhere is two names.
function splitAcronyms(found: Found[]): Found[] {
  const lastWord = (text: string) => nameKey(text.split(/\s+/u).at(-1) ?? '');
  const endings = new Map<string, number>();
  for (const f of found) endings.set(lastWord(f.span.text), (endings.get(lastWord(f.span.text)) ?? 0) + 1);
  return found.flatMap((f) => {
    const {span} = f;
    const at = span.acronymBefore;
    if (at === undefined) return [f];
    const surname = f.sentence.slice(at, span.end);
    // Another name ending in the surname ("Elijah Cummings", "Cummings") besides this one.
    if ((endings.get(nameKey(surname)) ?? 0) < 2) return [f];
    const acronym = span.text.split(/\s+/u)[0] ?? '';
    const parts: Span[] = [
      {...span, text: acronym, words: 1, end: span.start + acronym.length, acronymBefore: undefined},
      {...span, text: surname, words: 1, start: at, initial: false, acronymBefore: undefined},
    ];
    return parts.map((p) => ({...f, span: p, context: readContext(f.sentence, p.start, p.end, f.next)}));
  });
}

// Most words of a person's name before a body's ("Barack Obama" of "the Barack Obama White House").
const OWNER_WORDS = 3;

/**
 * "The Trump White House", "the Brett Kavanaugh Supreme Court confirmation hearing": a person's name before a
 * body's name (ending in an institution's word) the article also writes alone, read as one run, is the two: the
 * person (the surname of one the article names in full, or a given name and a surname) and the body. Not a body
 * named after someone ("George Washington University", "Kennedy Space Center"): its rest is no name the article
 * writes alone.
 */
function splitOwners(found: Found[]): Found[] {
  let names: Set<string> | undefined;
  let surnames: Set<string> | undefined;
  let out: Found[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    const words = f.span.words >= 3 ? f.span.text.split(/\s+/u) : [];
    // (Only a name ending in a body's word is split, whatever its owner: asked once a name, before the article's
    // sets are made, which most articles then never need.)
    const bodyLast = words.length > 2 && ORG_WORDS.has((words.at(-1) ?? '').toLowerCase());
    let split: Found[] | undefined;
    for (let k = 1; bodyLast && k <= Math.min(OWNER_WORDS, words.length - 2) && !split; k++) {
      names ??= new Set(found.map((g) => nameKey(g.span.text)));
      // The surnames of the people the article names in full (a given name first).
      surnames ??= new Set(
        found
          .filter((g) => g.span.words > 1 && isFirstName(g.span.text.split(/\s+/u)[0] ?? ''))
          .map((g) => nameKey(g.span.text.split(/\s+/u).at(-1) ?? '')),
      );
      const owner = words.slice(0, k).join(' ');
      const body = words.slice(k).join(' ');
      if (!names.has(nameKey(body))) continue;
      // (Two or three words: a given name first, or a name the article writes alone that no place or body has.)
      const person =
        k === 1
          ? surnames.has(nameKey(owner))
          : isFirstName(words[0] ?? '') ||
            (names.has(nameKey(owner)) && !knownPlaceOrRegion(owner) && !hasAnyTag(owner, PROPER_NAME_TAGS));
      if (!person) continue;
      const {span, sentence} = f;
      const bodyAt = sentence.indexOf(body, span.start + owner.length);
      if (bodyAt < 0 || bodyAt >= span.end) continue;
      const parts: Span[] = [
        {...span, text: owner, words: k, end: span.start + owner.length},
        {
          ...span,
          text: body,
          words: words.length - k,
          start: bodyAt,
          initial: false,
          titles: [],
          titled: undefined,
        },
      ];
      split = parts.map((p) => ({...f, span: p, context: readContext(sentence, p.start, p.end, f.next)}));
      // ("in the Trump White House": the preposition is the body's, not the person's.)
      const ownerContext = split[0]?.context;
      if (ownerContext) ownerContext.locative = false;
    }
    if (split) (out ??= found.slice(0, i)).push(...split);
    else out?.push(f);
  }
  return out ?? found;
}

// "Notes from Poland (NFP)": the name an acronym defines is one span, small words and all, whatever the capitals say.
function withDefinedNames(text: string, index: number, spans: Span[], defined: Map<string, string>): Span[] {
  let out = spans;
  // (Indexed loops, each behind the test that says whether it can find anything: an array's iterator is an object
  // per step where this is not optimised, and this runs for every sentence.)
  const defs = definedNames(text);
  for (let k = 0; k < defs.length; k++) {
    const d = defs[k] as Defined;
    defined.set(nameKey(d.text), d.acronym.replace(/[.&]/g, '').toUpperCase());
    if (out.some((s) => s.start === d.start && s.end === d.end)) continue;
    // Only when the capitals found there lie wholly inside it: a title before a name is not part of a body.
    const inside = out.filter((s) => s.start >= d.start && s.end <= d.end);
    if (inside.length === 0 || out.some((s) => s.start < d.start && s.end > d.start)) continue;
    const first = inside[0];
    out = out.filter((s) => !inside.includes(s));
    out.push({
      text: d.text,
      titled: undefined,
      titles: [],
      words: d.text.split(/\s+/).length,
      sentence: index,
      start: d.start,
      end: d.end,
      listTitle: undefined,
      initial: first?.start === d.start ? first.initial : false,
      theCap: false,
      givenName: undefined,
      lead: undefined,
      acronymBefore: undefined,
    });
  }
  // "the Kurdistan Workers' Party (PKK)": an acronym in brackets right after a name of several words stands for it
  // even when its letters spell another language's words (only the grouping reads this, no span is made).
  const bracketed = text.includes('(');
  for (let k = 0; k < (bracketed ? out.length : 0); k++) {
    const s = out[k] as Span;
    const acronym = BRACKETED_ACRONYM.exec(text.slice(s.end, s.end + 16))?.[1];
    if (!acronym || s.words < 2 || defined.has(nameKey(s.text))) continue;
    // ("… Educational, Scientific and Cultural Organization (UNESCO)": a capitalised word right before the span says
    // the capitals cut a longer name, whose end the span is.)
    if (!CUT_BEFORE.test(text.slice(0, s.start))) defined.set(nameKey(s.text), acronym);
  }
  // 'Matiu "Matt" Ratana', later "Matt Ratana": the nickname and the name's last words are that person, filed as
  // `aka:` of the name without the nickname (runs.ts joins the name across it).
  const quoted = text.includes('"') || text.includes('“');
  for (let k = 0; k < (quoted ? out.length : 0); k++) {
    const s = out[k] as Span;
    const m = s.words > 1 ? NICKNAME_IN_NAME.exec(text.slice(s.start, s.end)) : null;
    if (!m) continue;
    // (Both ways: whichever form the grouping meets first holds the other's key.)
    const nick = nameKey(`${m[1]} ${m[2]}`);
    fileAka(defined, nameKey(s.text), nick);
  }
  // "Ginger Baker was born Peter Edward Baker", "Marten Vos, born Marten Hendrik Vosselaar,": a birth name; "the
  // wrestler Jon Huber, who performed under the ring name Luke Harper": a ring or stage name, of the first name
  // shaped as a person's (words.ts isNameShaped) before it in the sentence. One person, filed as aka: both ways.
  for (let i = 1; i < (text.includes('born ') || text.includes(' name ') ? out.length : 0); i++) {
    const b = out[i] as Span;
    if (b.words < 2) continue;
    const between = text.slice((out[i - 1] as Span).end, b.start);
    const owner = BORN_AS.test(between)
      ? out[i - 1]
      : OTHER_NAME.test(text.slice(0, b.start))
        ? out.slice(0, i).find((s) => s.words > 1 && isNameShaped(s.text))
        : undefined;
    if (owner && owner.words > 1) {
      fileAka(defined, nameKey(owner.text), nameKey(b.text));
      // (The person is shown by the name the story gives them, not their birth or ring name: merge.ts toEntity.)
      if (nameKey(owner.text) !== nameKey(b.text)) defined.set(`${OTHER_NAME_KEY}${nameKey(b.text)}`, '');
    }
  }
  // "Ye (Kanye West)": a word and a longer name in brackets beside it, filed as `aka:` of the longer (merge.ts).
  if (text.includes(' (')) {
    for (const b of bracketedNames(text, out)) fileAka(defined, nameKey(b.long), nameKey(b.short), false);
    // "Pennsylvania State University (Penn State)": a short form of word beginnings, filed as `short:` (merge.ts).
    for (const b of abbreviatedNames(text, out)) defined.set(`short:${nameKey(b.short)}`, nameKey(b.long));
    // "The Federal Environmental Protection Institute (Ifepa)": a body's one-word short form in its own language.
    for (const b of bodyShortForms(text, out))
      if (!defined.has(`short:${nameKey(b.short)}`))
        defined.set(`short:${nameKey(b.short)}`, nameKey(b.long));
  }
  // (Sorted only when out of order, mostly after a defined name was added: sorting copies the array each time.)
  for (let k = 1; k < out.length; k++)
    if ((out[k - 1] as Span).start > (out[k] as Span).start) return out.sort((a, b) => a.start - b.start);
  return out;
}

const BRACKETED_ACRONYM = /^\s*\((\p{Lu}{2,8})\)/u;
// (Appended, "|" between: a ring name and a stage name may both be one person's.)
function fileAka(defined: Map<string, string>, name: string, other: string, both = true): void {
  const add = (key: string, value: string): void => {
    const had = defined.get(`aka:${key}`);
    if (had === undefined) defined.set(`aka:${key}`, value);
    else if (!had.split('|').includes(value)) defined.set(`aka:${key}`, `${had}|${value}`);
  };
  // (Both ways, and between all the other names of one person: whichever form the grouping meets first holds
  // every other's key, "Jon Huber" with "Luke Harper" and "Brodie Lee".)
  const others = both ? (defined.get(`aka:${name}`)?.split('|') ?? []) : [];
  add(name, other);
  if (!both) return;
  add(other, name);
  for (const o of others) {
    if (o === other) continue;
    add(o, other);
    add(other, o);
  }
}
const BORN_AS = /^(?:,\s*|\s+was\s+|\s+\()born\s+$/u;
const OTHER_NAME = /\b(?:ring|stage|pen)\s+name\s+(?:of\s+)?$/u;
const NICKNAME_IN_NAME = /\s["“]([^"”]+)["”]\s(.+)$/u;
const CUT_BEFORE = /\p{Lu}[\p{L}'’-]*,?\s+(?:and\s+)?$/u;

// Evidence, in a span's own context, that it names a person.
function personal(f: Found): boolean {
  const c = f.context;
  return (
    f.span.titles.length > 0 ||
    c.age ||
    c.personRole ||
    !!c.acts ||
    (c.speaks && f.span.words > 1) ||
    (f.span.words > 1 && isFirstName(f.span.text.split(/\s+/u)[0] ?? ''))
  );
}

// One word the lexicon knows only as a given name, not placed, and not cut from a longer run ("Winston Duke").
const lonelyGiven = (f: Found): boolean =>
  f.span.words === 1 &&
  !/^\s+\p{Lu}/u.test(f.sentence.slice(f.span.end)) &&
  isFirstName(f.span.text) &&
  !hasTag(f.span.text, 'Place', 'Country', 'City', 'Region', 'Organization', 'Singular', 'Adjective') &&
  !f.context.locative &&
  !f.context.inPlace;

// "went to Ababel Yeshaneh and Gelete Burka", "Dejene Debela, 2:05:46, and Asefa Mengstu": a name-shaped span listed
// beside a person, or beside another name-shaped span, is a person too (the lexicon need not know the names).
function markLists(found: Found[]): void {
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1];
    const b = found[i];
    if (!a || !b || a.sentence !== b.sentence || a.span.sentence !== b.span.sentence) continue;
    const gap = a.sentence.slice(a.span.end, b.span.start);
    // ", 2:05:46, and": a result may sit between two names of a list.
    if (!/^(?:,\s*(?:\d{1,2}:\d{2}(?::\d{2})?,\s*)?(?:and\s+)?|\s+and\s+)$/u.test(gap)) continue;
    const shapedA = isNameShaped(a.span.text) && !a.context.locative && !a.context.inPlace;
    const shapedB = isNameShaped(b.span.text) && !b.context.locative && !b.context.inPlace;
    // "sons Wyatt and Zachary", "daughters, Nadine, Ashley, and Toni": a lone given name listed after a person (or
    // after a name so listed) is a person; "Tomasz and Marek Sekielski": a given name sharing the surname after it.
    const givenA = lonelyGiven(a);
    const givenB = lonelyGiven(b);
    if (shapedB && (shapedA || personal(a) || (givenA && /^\s+and\s+$/u.test(gap)))) b.context.listed = true;
    if (shapedA && (shapedB || personal(b))) a.context.listed = true;
    // (A list goes on or ends with "and": not "Prime Minister Ardo Pell, Brenton had …".)
    const inList = /\band\s+$/u.test(gap) || /^(?:\s*,|\s+and\s)/u.test(b.sentence.slice(b.span.end));
    if (givenB && inList && (personal(a) || a.context.listed)) b.context.listed = true;
  }
}

/** A name left out because it stands in the article's metadata (a credit, a link headline), and the rule. */
interface Credit {
  name: string;
  rule: string;
}

/** The metadata range holding the span, if any. */
function creditOf(meta: readonly MetaRange[], span: Span): MetaRange | undefined {
  return meta.find((r) => span.start >= r.start && span.end <= r.end);
}

/** Collects every capitalised name of the article, grouped by written form, with contexts. */
function collectForms(doc: Doc, defined: Map<string, string>, credits: Credit[]): Form[] {
  const forms = new Map<string, Form>();
  const sentences = [{text: doc.input.title, index: -1, paragraph: -1}, ...doc.sentences];
  const found: Found[] = [];
  const terms = new Set<string>();
  // Indexed loops and no callback per span: this runs for every sentence and name in V8's interpreter.
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as (typeof sentences)[number];
    const following = sentences[i + 1];
    const next = following && following.paragraph === sentence.paragraph ? following.text : '';
    const opensParagraph = sentences[i - 1]?.paragraph !== sentence.paragraph;
    const meta = metadataRanges({text: sentence.text, opensParagraph});
    const sentenceTerms = termAcronyms(sentence.text);
    for (let k = 0; k < sentenceTerms.length; k++) terms.add(sentenceTerms[k] as string);
    const spans = withDefinedNames(
      sentence.text,
      sentence.index,
      findSpans(sentence.text, sentence.index),
      defined,
    );
    withLowerParty(sentence.text, spans);
    for (let j = 0; j < spans.length; j++) {
      const span = spans[j] as Span;
      const credit = meta.length === 0 ? undefined : creditOf(meta, span);
      if (credit) {
        credits.push({name: span.text, rule: credit.rule});
        continue;
      }
      const context = readContext(sentence.text, span.start, span.end, next);
      if (span.titled && span.titled.endsWith(span.text))
        context.titlePlaced = titleOpensPlace(
          sentence.text,
          span.start - (span.titled.length - span.text.length),
          span.end,
        );
      found.push({span, sentence: sentence.text, next, context});
    }
    // "The authority, known by its Turkish initials RRK": the acronym of the one body named before that ends in the
    // head word (known-as.ts).
    const knownAs = knownAsAcronyms(sentence.text);
    for (let a = 0; a < knownAs.length; a++) {
      const k = knownAs[a] as (typeof knownAs)[number];
      const long = headedBody(
        found.map((f) => f.span.text),
        k.head,
      );
      if (long !== undefined && !defined.has(nameKey(long))) defined.set(nameKey(long), k.acronym);
    }
  }
  const source = nameKey(doc.input.source ?? doc.input.outlet ?? '');
  // (Indexed: a for-of in the interpreter makes a result object per name.)
  if (source !== '')
    for (let i = 0; i < found.length; i++) {
      const f = found[i] as Found;
      if (nameKey(f.span.text) === source) f.context.isSource = true;
    }
  if (found.some((f) => f.span.lead !== undefined)) resolveLeads(found);
  markLists(found);
  markListMates(found);
  const some = found.some((f) => f.span.acronymBefore !== undefined) ? splitAcronyms(found) : found;
  const all = splitOwners(some);
  for (let i = 0; i < all.length; i++) {
    const {span, context} = all[i] as Found;
    const key = nameKey(span.text);
    if (key === '') continue;
    let form = forms.get(key);
    if (!form) {
      form = {text: span.text, spans: [], contexts: [], midSentence: false};
      forms.set(key, form);
    }
    // A word set in capitals for typography (a dateline "HALIFAX —", a shouted word) that the text also writes
    // as a name mid-sentence goes by that spelling, and is not read as an acronym.
    if (SHOUTED.test(form.text) && !span.initial && /\p{Ll}/u.test(span.text)) form.text = span.text;
    form.spans.push(span);
    form.contexts.push(context);
    // Title words are capitalised in headlines, so the title never proves a capital meaningful.
    if (!span.initial && span.sentence >= 0) form.midSentence = true;
  }
  for (const t of terms) {
    const form = forms.get(nameKey(t));
    if (form) form.spelledAsTerm = true;
  }
  return [...forms.values()];
}

/** Capitals only, four letters or more in a word: too long for most acronyms to also be written as a name. */
const SHOUTED = /^(?=.*\p{Lu}{4})[\p{Lu}\s.'’-]+$/u;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Drops the article's own writers (bylines and contributors: metadata shown with the title, GUIDE.md) from its
 * people, unless the body names them. The library keeps byline lines out of the paragraphs, so a form of the
 * name in a paragraph is the story naming the person; a mention in the title alone is not.
 */
function dropAuthors(people: Entity[], authors: readonly string[], paragraphs: readonly string[]): Entity[] {
  const keys = new Set(authors.map(nameKey).filter((k) => k !== ''));
  if (keys.size === 0) return people;
  const body = paragraphs.join('\n');
  const inBody = (form: string): boolean =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u').test(body);
  return people.filter((p) => {
    const forms = [p.name, ...p.aliases];
    return !forms.some((f) => keys.has(nameKey(f))) || forms.some(inBody);
  });
}

/** The outlet named in a feed footer is an organization the file names, even though the footer is not body text. */
function addOutlet(organizations: Entity[], outlet: string | null | undefined): void {
  const key = outlet ? nameKey(outlet) : '';
  if (!outlet || key === '') return;
  const known = organizations.find(
    (o) => nameKey(o.name) === key || o.aliases.some((a) => nameKey(a) === key),
  );
  if (known) known.mentions += 1;
  else organizations.push({name: outlet.trim(), aliases: [], mentions: 1});
}

// How strongly the article's own text decided the entity's kind, kept for the library's linking (store/).
function withMargin(entity: Entity, g: Group): Entity {
  if (g.evidence) entity.kindMargin = kindMargin(g.evidence, g.kind);
  return entity;
}

// --explain: each entity with its kind and the rules that weighed for it, strongest first; each dropped name with
// the rules behind its best answer (none when nothing spoke for it).
function traceKinds(
  doc: Doc,
  groups: readonly Group[],
  dropped: Grouped['dropped'],
  defined: ReadonlyMap<string, string>,
): void {
  for (const g of groups) {
    const name = toEntity(g, defined).name;
    doc.trace.add({
      stage: 'entity',
      subject: name,
      outcome: g.kind,
      rules: g.evidence ? rulesFor(g.evidence, g.kind) : [],
      detail: g.evidence ? scoreText(g.evidence) : '',
    });
  }
  const seen = new Set<string>();
  for (const {form, evidence} of dropped) {
    if (seen.has(form.text)) continue;
    seen.add(form.text);
    const kind = decideKind(evidence);
    doc.trace.add({
      stage: 'entity',
      subject: form.text,
      outcome: 'dropped',
      rules: rulesFor(evidence, kind),
      detail: scoreText(evidence),
    });
  }
}

/** Finds people, places and organizations, merging the forms of each into one entry. */
export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['sentences'],
  fills: ['people', 'places', 'organizations'],
  run: (doc) => {
    // (The features cache holds this article's forms only: kind-features.ts.)
    forgetFeatures();
    const defined = new Map<string, string>();
    const credits: Credit[] = [];
    const {groups, dropped} = shareListKinds(groupForms(collectForms(doc, defined, credits), defined));
    if (doc.trace.on) {
      for (const c of credits)
        doc.trace.add({stage: 'entity', subject: c.name, outcome: 'metadata', rules: [c.rule]});
      traceKinds(doc, groups, dropped, defined);
    }
    const byMentions = (a: Entity, b: Entity) => b.mentions - a.mentions;
    const ofKind = (kind: Group['kind']): Entity[] =>
      groups
        .filter((g) => g.kind === kind)
        .map((g) => withMargin(toEntity(g, defined), g))
        .sort(byMentions);
    doc.people = ofKind('person');
    doc.places = ofKind('place');
    doc.organizations = ofKind('organization');
    doc.people = dropAuthors(doc.people, doc.input.authors ?? [], doc.input.paragraphs);
    addOutlet(doc.organizations, doc.input.outlet);
    forgetFeatures();
  },
};
