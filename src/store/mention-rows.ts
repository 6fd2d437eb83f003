// An article's entity rows as the mentions table stores them, one array per column. A worker makes them
// (extraction-server.ts): a row's sentences and quotes as one JSON string each clone between threads as a single
// copy, where their arrays were walked by the serialiser, rebuilt object by object on the main thread and collected
// there after the write. As columns rather than an object per entity, the reply holds no object per entity for the
// serialiser to walk property by property: over the 280 shipped articles' replies, serialising their entities took
// 38 M instructions as objects and 15 M as columns, reading them back on the main thread 63 M and 30 M.
import type {EntityKind} from '../extract/types.js';
import type {ArticleEntity, EntityForm} from './entity-index.js';

/** An article's entities as the mentions table takes them: entity `i` is the `i`th entry of every column. */
export interface EntityColumns {
  keys: string[];
  kinds: EntityKind[];
  names: string[];
  /** JSON of each entity's aliases (the mentions row's column; read back only for the entity records). */
  aliases: string[];
  mentions: number[];
  /** 1 when the article's own text barely decided the entity's kind (EntityForm's `weak`), else 0. */
  weak: number[];
  /** JSON of the sentences naming each entity. */
  sentences: string[];
  /** JSON of each entity's quotes. */
  quotes: string[];
}

/** An article's entities with their list columns in JSON, as the mentions table takes them. */
export function entityColumns(entries: readonly ArticleEntity[]): EntityColumns {
  const out: EntityColumns = {
    keys: [],
    kinds: [],
    names: [],
    aliases: [],
    mentions: [],
    weak: [],
    sentences: [],
    quotes: [],
  };
  for (const e of entries) {
    out.keys.push(e.key);
    out.kinds.push(e.kind);
    out.names.push(e.name);
    out.aliases.push(JSON.stringify(e.aliases));
    out.mentions.push(e.mentions);
    out.weak.push(e.weak ? 1 : 0);
    out.sentences.push(JSON.stringify(e.sentences));
    out.quotes.push(JSON.stringify(e.quotes));
  }
  return out;
}

/** A mention's columns after its file's id, as the insert takes them. */
export type MentionRow = [string, string, string, string, number, string, string, number];

/** Entity `i`'s mentions row (after the file's id). */
export function mentionRow(c: EntityColumns, i: number): MentionRow {
  return [
    c.keys[i] as string,
    c.kinds[i] as string,
    c.names[i] as string,
    c.aliases[i] as string,
    c.mentions[i] as number,
    c.sentences[i] as string,
    c.quotes[i] as string,
    c.weak[i] as number,
  ];
}

/** The forms the entity records are gathered from (entity-index.ts's gather), one per entity. */
export function entityForms(c: EntityColumns): EntityForm[] {
  const forms: EntityForm[] = [];
  for (let i = 0; i < c.keys.length; i++) {
    const aliases = c.aliases[i] as string;
    forms.push({
      key: c.keys[i] as string,
      kind: c.kinds[i] as EntityKind,
      name: c.names[i] as string,
      // Most entities have none: no parse for those.
      aliases: aliases === '[]' ? [] : (JSON.parse(aliases) as string[]),
      mentions: c.mentions[i] as number,
      weak: c.weak[i] === 1,
    });
  }
  return forms;
}
