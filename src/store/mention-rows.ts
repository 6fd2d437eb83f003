// An article's entity rows as the mentions table stores them. A worker makes them (extraction-server.ts): a row's
// sentences and quotes as one JSON string each clone between threads as a single copy, where their arrays were
// walked by the serialiser, rebuilt object by object on the main thread and collected there after the write.
import type {ArticleEntity, EntityForm} from './entity-index.js';

/** One entity of one article, its columns that hold lists already in JSON (`aliases` stays a list for the forms). */
export interface StoredEntity extends EntityForm {
  /** JSON of the entity's aliases (the mentions row's column). */
  aliasesJson: string;
  /** JSON of the sentences naming the entity. */
  sentencesJson: string;
  /** JSON of the entity's quotes. */
  quotesJson: string;
}

/** An article's entities with their list columns in JSON, as the mentions table takes them. */
export function storedEntities(entries: readonly ArticleEntity[]): StoredEntity[] {
  return entries.map((e) => ({
    key: e.key,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    mentions: e.mentions,
    ...(e.weak !== undefined ? {weak: e.weak} : {}),
    aliasesJson: JSON.stringify(e.aliases),
    sentencesJson: JSON.stringify(e.sentences),
    quotesJson: JSON.stringify(e.quotes),
  }));
}

/** A mention's columns after its file's id, as the insert takes them. */
export type MentionRow = [string, string, string, string, number, string, string, number];

/** The mentions rows of an article's entities (after the file's id). */
export function mentionRows(entries: readonly StoredEntity[]): MentionRow[] {
  return entries.map((e) => [
    e.key,
    e.kind,
    e.name,
    e.aliasesJson,
    e.mentions,
    e.sentencesJson,
    e.quotesJson,
    e.weak ? 1 : 0,
  ]);
}
