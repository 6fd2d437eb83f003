import type {Analysis, Entity, EntityKind} from '../extract/types.js';
import {splitSentences} from '../extract/sentences.js';
import type {Article} from '../library/types.js';
import {entityKey} from './entity-key.js';
import type {EntityOccurrence, EntityRecord} from './types.js';

const KINDS: readonly [EntityKind, 'people' | 'places' | 'organizations'][] = [
  ['person', 'people'],
  ['place', 'places'],
  ['organization', 'organizations'],
];

/** Each entity of one analysis with its library-wide key. */
export function entitiesOf(analysis: Analysis): {key: string; kind: EntityKind; entity: Entity}[] {
  return KINDS.flatMap(([kind, field]) => analysis[field].map((entity) => ({key: entityKey(kind, entity.name), kind, entity})));
}

/** Merges per-article entities into library-wide records (aliases unioned, mentions summed). */
export function mergeEntities(analyses: Iterable<Analysis>): EntityRecord[] {
  const byKey = new Map<string, EntityRecord & {aliasSet: Set<string>}>();
  for (const analysis of analyses) {
    for (const {key, kind, entity} of entitiesOf(analysis)) {
      let rec = byKey.get(key);
      if (!rec) {
        rec = {key, kind, name: entity.name, aliases: [], articleCount: 0, mentions: 0, aliasSet: new Set()};
        byKey.set(key, rec);
      }
      rec.articleCount += 1;
      rec.mentions += entity.mentions;
      if (entity.name.length > rec.name.length) {
        rec.aliasSet.add(rec.name);
        rec.name = entity.name;
      } else if (entity.name !== rec.name) {
        rec.aliasSet.add(entity.name);
      }
      for (const alias of entity.aliases) rec.aliasSet.add(alias);
    }
  }
  return [...byKey.values()].map(({aliasSet, ...rec}) => {
    aliasSet.delete(rec.name);
    return {...rec, aliases: [...aliasSet]};
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where one entity appears in one article: sentences naming any of its forms, and its quotes. */
export function occurrenceIn(article: Article, analysis: Analysis, key: string): EntityOccurrence | null {
  const found = entitiesOf(analysis).find((e) => e.key === key);
  if (!found) return null;
  const forms = [found.entity.name, ...found.entity.aliases].filter((f) => f.trim() !== '');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  const sentences = splitSentences(article.paragraphs)
    .map((s) => s.text)
    .filter((s) => pattern.test(s));
  return {
    articleId: article.id,
    title: article.title,
    date: article.date,
    mentions: found.entity.mentions,
    sentences,
    quotes: analysis.quotes.filter((q) => q.speaker === found.entity.name),
  };
}
