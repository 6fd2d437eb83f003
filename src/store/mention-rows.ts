// An article's entity rows as the mentions table stores them. A worker makes them (extraction-server.ts) and sends
// them to the main thread, which binds them; so they are few strings and one array of numbers rather than a string
// per field: every string of a reply is serialised, rebuilt on the main thread, moved by its collections while its
// batch waits, and turned into UTF-8 for its bind. Two texts hold every entity's fields one after another (their
// ends among the numbers), each a one-byte string when its characters allow: an article with one curly quote in its
// body is a two-byte string, and so was every key, name and JSON derived from it, though nearly all of them are
// ASCII. Over the 280 shipped articles’ replies, 26,760 strings (8,858 of them two-byte) became 560.
import type {EntityKind} from '../extract/types.js';
import type {ArticleEntity, EntityForm} from './entity-index.js';
import {oneByte} from './one-byte.js';

/** An article's entities as the mentions table takes them: entity `i`'s fields are found by `figures` at `i * FIGURES`. */
export interface EntityColumns {
  /** How many entities. */
  count: number;
  /** Each entity's key, name and aliases' JSON, one after another. */
  names: string;
  /** Each entity's sentences' JSON (the sentences naming it) and quotes' JSON, one after another. */
  texts: string;
  /**
   * FIGURES numbers per entity: where its key, name and aliases end in `names`, where its sentences and quotes end
   * in `texts`, its mentions, its kind (KINDS' index), and 1 when the article's own text barely decided that kind
   * (EntityForm's `weak`), else 0.
   */
  figures: number[];
}

/** The kinds, by their number in EntityColumns' figures. */
const KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];

/** Numbers per entity in EntityColumns' figures. */
const FIGURES = 8;

/** An article's entities with their list fields in JSON, as the mentions table takes them. */
export function entityColumns(entries: readonly ArticleEntity[]): EntityColumns {
  let names = '';
  let texts = '';
  const figures: number[] = [];
  for (const e of entries) {
    names += e.key;
    const keyEnd = names.length;
    names += e.name;
    const nameEnd = names.length;
    names += e.aliases.length === 0 ? '[]' : JSON.stringify(e.aliases);
    texts += JSON.stringify(e.sentences);
    const sentencesEnd = texts.length;
    texts += JSON.stringify(e.quotes);
    figures.push(keyEnd, nameEnd, names.length, sentencesEnd, texts.length, e.mentions);
    figures.push(KINDS.indexOf(e.kind), e.weak ? 1 : 0);
  }
  return {count: entries.length, names: oneByte(names), texts: oneByte(texts), figures};
}

/** A mention's columns after its file's id, as the insert takes them. */
export type MentionRow = [string, string, string, string, number, string, string, number];

/** Entity `i`'s mentions row (after the file's id). */
export function mentionRow(c: EntityColumns, i: number): MentionRow {
  const {names, texts, figures: f} = c;
  const at = i * FIGURES;
  // Its fields begin where the entity before it ended.
  const name = i === 0 ? 0 : (f[at - FIGURES + 2] as number);
  const text = i === 0 ? 0 : (f[at - FIGURES + 4] as number);
  const keyEnd = f[at] as number;
  const nameEnd = f[at + 1] as number;
  const sentencesEnd = f[at + 3] as number;
  return [
    names.slice(name, keyEnd),
    KINDS[f[at + 6] as number] as string,
    names.slice(keyEnd, nameEnd),
    names.slice(nameEnd, f[at + 2]),
    f[at + 5] as number,
    texts.slice(text, sentencesEnd),
    texts.slice(sentencesEnd, f[at + 4]),
    f[at + 7] as number,
  ];
}

/** The forms the entity records are gathered from (entity-index.ts's gather), one per entity. */
export function entityForms(c: EntityColumns): EntityForm[] {
  const {names, figures: f} = c;
  const forms: EntityForm[] = [];
  for (let at = 0, name = 0; at < c.count * FIGURES; at += FIGURES) {
    const keyEnd = f[at] as number;
    const nameEnd = f[at + 1] as number;
    const aliasesEnd = f[at + 2] as number;
    const aliases = names.slice(nameEnd, aliasesEnd);
    forms.push({
      key: names.slice(name, keyEnd),
      kind: KINDS[f[at + 6] as number] as EntityKind,
      name: names.slice(keyEnd, nameEnd),
      // Most entities have none: no parse for those.
      aliases: aliases === '[]' ? [] : (JSON.parse(aliases) as string[]),
      mentions: f[at + 5] as number,
      weak: f[at + 7] === 1,
    });
    name = aliasesEnd;
  }
  return forms;
}
