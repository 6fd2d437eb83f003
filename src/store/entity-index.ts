import type {Analysis, Entity, EntityKind, Quote} from '../extract/types.js';
import {isKindWeak} from '../extract/entities/kind-weights.js';
import {sentenceTexts} from '../extract/sentences.js';
import type {Article} from '../library/types.js';
import {articleCountry, countryBodyKey, isBareBody} from './country-bodies.js';
import {entityKey} from './entity-key.js';
import {nicknameOwners} from './nicknames.js';
import {articleTerritory, isStateHead, stateBodyRegion} from './state-bodies.js';
import type {EntityOccurrence, EntityRecord} from './types.js';

const KINDS: readonly [EntityKind, 'people' | 'places' | 'organizations'][] = [
  ['person', 'people'],
  ['place', 'places'],
  ['organization', 'organizations'],
];

/**
 * Each entity of one analysis with its library-wide key. A body named without its country ("the Senate") in an
 * article about one country gets that country's key, so the Senate of a US article is not the Senate of an
 * Australian one (linking then joins it with "U.S. Senate").
 */
export function entitiesOf(
  analysis: Analysis,
  stateOf?: (entity: Entity, country: string) => string | null,
): {key: string; kind: EntityKind; entity: Entity}[] {
  const country = analysis.organizations.some((o) => isBareBody(o.name))
    ? articleCountry(analysis.places, analysis.organizations)
    : null;
  let home: string | null | undefined;
  const territory = (): string | null => {
    if (home === undefined) home = country ? articleTerritory(analysis.places, country) : null;
    return home;
  };
  const keyOf = (kind: EntityKind, entity: Entity): string => {
    if (kind !== 'organization' || !country || !isBareBody(entity.name)) return entityKey(kind, entity.name);
    // A state's body (state-bodies.ts) is its state's, or, of a state the article does not tell, no one's.
    const region = stateOf?.(entity, country) ?? null;
    // ("the Senate" of an article about Puerto Rico that names the "U.S. Senate" too: Puerto Rico's.)
    if (region === null)
      return countryBodyKey((isStateHead(entity.name) && territory()) || country, entity.name);
    return region === '' ? entityKey(kind, entity.name) : countryBodyKey(`${country}/${region}`, entity.name);
  };
  return KINDS.flatMap(([kind, field]) =>
    analysis[field].map((entity) => ({key: keyOf(kind, entity), kind, entity})),
  );
}

/** One article's entry for an entity, as merged into the library-wide record. */
export interface EntityForm {
  key: string;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  mentions: number;
  /** The article's own text barely decided the kind (extract's kindMargin below KIND_SURE_MARGIN). */
  weak?: boolean;
}

/** A library-wide record being gathered from per-article forms. */
interface Gathering extends Omit<EntityRecord, 'aliases'> {
  aliases: Set<string>;
  weakArticles: number;
}

/** A stored record to gather more forms into. */
export function gatheringFrom(rec: EntityRecord): Gathering {
  return {...rec, aliases: new Set(rec.aliases), weakArticles: rec.weakArticles ?? 0};
}

/** An empty record under the key, kind and name of its first form. */
function gatheringOf({key, kind, name}: EntityForm): Gathering {
  return {key, kind, name, aliases: new Set(), articleCount: 0, mentions: 0, weakArticles: 0};
}

/**
 * Adds one article's form to a record (a new one for its first form): the longer name is the record's (of two as long, the first in code-unit
 * order), the other an alias; mentions are summed and the form counts one article. Which name wins does not depend
 * on the order the articles came in (a cold index's workers finish in any order).
 */
export function gather(rec: Gathering | null, form: EntityForm): Gathering {
  rec ??= gatheringOf(form);
  rec.articleCount += 1;
  rec.mentions += form.mentions;
  if (form.weak) rec.weakArticles += 1;
  if (form.name.length > rec.name.length || (form.name.length === rec.name.length && form.name < rec.name)) {
    rec.aliases.add(rec.name);
    rec.name = form.name;
  } else if (form.name !== rec.name) {
    rec.aliases.add(form.name);
  }
  for (const alias of form.aliases) rec.aliases.add(alias);
  return rec;
}

/** The gathered record, its aliases in code-unit order (the same record whatever order its forms came in). */
export function gathered({aliases, weakArticles, ...rec}: Gathering): EntityRecord {
  aliases.delete(rec.name);
  return {...rec, aliases: [...aliases].sort(), ...(weakArticles ? {weakArticles} : {})};
}

/** Merges per-article forms into library-wide records, one per key (gather). */
export function mergeForms(forms: Iterable<EntityForm>): EntityRecord[] {
  const byKey = new Map<string, Gathering>();
  for (const form of forms) {
    byKey.set(form.key, gather(byKey.get(form.key) ?? null, form));
  }
  return [...byKey.values()].map(gathered);
}

/** Merges per-article entities into library-wide records (aliases unioned, mentions summed). */
export function mergeEntities(analyses: Iterable<Analysis>): EntityRecord[] {
  return mergeForms(
    (function* () {
      for (const analysis of analyses) {
        for (const {key, kind, entity} of entitiesOf(analysis))
          yield {key, kind, ...entity, weak: isKindWeak(entity)};
      }
    })(),
  );
}

/** One entity of one article with what the entity view shows: the sentences naming it and its quotes. */
export interface ArticleEntity extends EntityForm {
  sentences: string[];
  quotes: Quote[];
}

/** Every entity of an article with its sentences and quotes; the sentences are split once for all of them. */
export function articleEntities(article: Pick<Article, 'paragraphs'>, analysis: Analysis): ArticleEntity[] {
  // Two entries folding to one key (e.g. "the UN" and "UN") are one entity of this article.
  const byKey = new Map<
    string,
    {
      kind: EntityKind;
      name: string;
      forms: Set<string>;
      mentions: number;
      speakers: Set<string>;
      weak: boolean;
    }
  >();
  // The article's sentences, split once, and only when an entity needs them: every entity's for the view, a bare
  // body's for whether the article makes it a state's.
  let joined: JoinedSentences | null = null;
  const sentencesOf = (): JoinedSentences => (joined ??= joinSentences(sentenceTexts(article.paragraphs)));
  const stateOf = (entity: Entity, country: string): string | null =>
    stateBodyRegion(
      entity,
      sentencesNaming(sentencesOf(), [entity.name, ...entity.aliases]),
      analysis.places,
      country,
    );
  // `Jeremy "Spike" Cohen`: the form as written is an alias of the given name alone, for the nickname rule
  // (link-nicknames.ts) to join it with Spike Cohen. (Its key stays its own: the reader opens it by its name.)
  const nicknamed = analysis.people.some((p) => !p.name.includes(' '))
    ? nicknameOwners(analysis.people, sentencesOf().text)
    : null;
  for (const {key, kind, entity: found} of entitiesOf(analysis, stateOf)) {
    const written = nicknamed?.get(found)?.written;
    const entity = written === undefined ? found : {...found, aliases: [...found.aliases, written]};
    const entry = byKey.get(key);
    if (entry) {
      entry.mentions += entity.mentions;
      // Two entries of one key: weak only when neither was decided.
      entry.weak &&= isKindWeak(entity);
      entry.speakers.add(entity.name);
      for (const f of [entity.name, ...entity.aliases]) entry.forms.add(f);
      if (entity.name.length > entry.name.length) entry.name = entity.name;
    } else {
      byKey.set(key, {
        kind,
        name: entity.name,
        forms: new Set([entity.name, ...entity.aliases]),
        mentions: entity.mentions,
        speakers: new Set([entity.name]),
        weak: isKindWeak(entity),
      });
    }
  }
  if (byKey.size === 0) return [];
  const sentences = sentencesOf();
  return [...byKey].map(([key, e]) => {
    const forms = [...e.forms].filter((f) => f.trim() !== '');
    e.forms.delete(e.name);
    return {
      key,
      kind: e.kind,
      name: e.name,
      aliases: [...e.forms],
      mentions: e.mentions,
      weak: e.weak,
      // A sentence the article repeats (a caption, a standfirst written again) is shown under the entity once.
      sentences: [...new Set(sentencesNaming(sentences, forms))],
      quotes: analysis.quotes.filter((q) => q.speaker !== null && e.speakers.has(q.speaker)),
    };
  });
}

/** An article's sentences, and the same joined by SEPARATOR, with where each starts in it. */
export interface JoinedSentences {
  list: readonly string[];
  text: string;
  starts: readonly number[];
}

// Between two sentences in their joined text: no word character, so a form found beside it is a whole word there as
// at either end of its sentence; and a form without it cannot run from one sentence into the next.
const SEPARATOR = '\u0000';

/** Joins an article's sentences once for all its entities' searches (sentencesNaming). */
export function joinSentences(list: readonly string[]): JoinedSentences {
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    starts.push(at);
    at += (list[i] as string).length + SEPARATOR.length;
  }
  return {list, text: list.join(SEPARATOR), starts};
}

/**
 * The sentences naming one of `forms` as a whole word, in order: `list.filter((s) => namesAny(s, forms))`, found
 * with one search of the joined sentences per form instead of one per sentence and form (every entity of every
 * article asks).
 */
export function sentencesNaming(sentences: JoinedSentences, forms: readonly string[]): string[] {
  const {list, text, starts} = sentences;
  for (let f = 0; f < forms.length; f++)
    if ((forms[f] as string).includes(SEPARATOR)) return list.filter((s) => namesAny(s, forms));
  const named = new Uint8Array(list.length);
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f] as string;
    if (form === '') continue;
    let k = 0;
    for (let at = text.indexOf(form); at !== -1;) {
      while (k + 1 < starts.length && (starts[k + 1] as number) <= at) k++;
      if (named[k] === 0 && isWholeWord(text, at, form.length)) {
        named[k] = 1;
        // The rest of that sentence can only find it again.
        at = k + 1 < starts.length ? text.indexOf(form, starts[k + 1]) : -1;
      } else {
        at = text.indexOf(form, at + 1);
      }
    }
  }
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) if (named[k] === 1) out.push(list[k] as string);
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordAt(text: string, cp: number | undefined): boolean {
  return cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * True when `text` contains one of `forms` as a whole word (not inside a longer word). indexOf plus a look at
 * the two neighbouring characters: a Unicode regex with lookbehind per entity cost seconds per hundred articles.
 */
export function namesAny(text: string, forms: readonly string[]): boolean {
  for (const form of forms) {
    if (form === '') continue;
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1))
      if (isWholeWord(text, at, form.length)) return true;
  }
  return false;
}

// Whether the `length` characters at `at` in `text` are no part of a longer word.
function isWholeWord(text: string, at: number, length: number): boolean {
  // A low surrogate before `at` ends an astral character: read it from its high half.
  const low = at > 1 && text.charCodeAt(at - 1) >= 0xdc00 && text.charCodeAt(at - 1) <= 0xdfff;
  const before = at === 0 ? undefined : text.codePointAt(at - (low ? 2 : 1));
  return !isWordAt(text, before) && !isWordAt(text, text.codePointAt(at + length));
}

/** Where one entity appears in one article: sentences naming any of its forms, and its quotes. */
export function occurrenceIn(article: Article, analysis: Analysis, key: string): EntityOccurrence | null {
  // (Keyed as the store keys it: a bare body's key may depend on the article's sentences.)
  const entry = articleEntities(article, analysis).find((e) => e.key === key);
  if (!entry) return null;
  return {
    articleId: article.id,
    title: article.title,
    date: article.date,
    mentions: entry.mentions,
    sentences: entry.sentences,
    quotes: entry.quotes,
  };
}
