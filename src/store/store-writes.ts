import type {Analysis} from '../extract/types.js';
import type {Article} from '../library/types.js';
import type {ReadArticle, SentArticle} from './pool.js';
import {
  articleEntities,
  gather,
  gathered,
  gatheringFrom,
  mergeForms,
  type EntityForm,
} from './entity-index.js';
import {entityColumns, entityForms, type EntityColumns} from './mention-rows.js';
import type {Db} from './open-db.js';
import type {PackedAnalysis} from './packed-analysis.js';
import type {MarkRow} from './salvage.js';
import {analysisCounts, parseJson, toEntity, type EntityRow} from './rows.js';

/**
 * What changed in the entity index since it was last refreshed, per library root: keys that lost mentions
 * (recomputed from the mentions table) and mentions added (folded into the stored records as deltas, which is
 * exact for additions and keeps a cold index from re-reading every mention of a popular entity per batch).
 */
export type Affected = Map<string, RootChanges>;

/** One root's changes (Affected); `held`: how many added forms refreshEntities last left unfolded (`holdAdded`). */
interface RootChanges {
  dirty: Set<string>;
  added: Map<string, EntityForm[]>;
  held?: number;
}

// Past this many keys that lost mentions in one root, or this share of its keys, one pass over all its mentions
// beats a query per key (each reads every mention of its key: a re-analysis at 100,000 files dirtied ~1,500 of
// ~2,600 keys, the popular ones with tens of thousands of mentions each, and spent 89 s of a 190 s run so).
const FULL_REBUILD_AT = 2000;

/**
 * Most added forms refreshEntities holds unfolded for a root (`holdAdded`): the shipped 280 articles have 4,460, a
 * 10,000-file first index ~141,000, which held whole would add tens of MB to its peak; past this they are folded.
 */
const HELD_FORMS_MAX = 20_000;
const FULL_REBUILD_SHARE = 0.25;

/**
 * The meta key saying a root's entity records lag its mentions: a full rebuild was put off (refreshEntities's
 * `deferFull`) and the run that put it off may not live to make it. Set in the transaction that wrote the mentions,
 * cleared by the rebuild; a run finding it set rebuilds first (rebuildStaleEntities).
 */
const staleKey = (root: string): string => `entities-stale:${root}`;

function changesOf(affected: Affected, root: string): RootChanges {
  let changes = affected.get(root);
  if (!changes) affected.set(root, (changes = {dirty: new Set(), added: new Map()}));
  return changes;
}

function markDirty(affected: Affected, root: string, keys: Iterable<string>): void {
  const {dirty} = changesOf(affected, root);
  for (const k of keys) dirty.add(k);
}

function markAdded(affected: Affected, root: string, forms: readonly EntityForm[]): void {
  const {added} = changesOf(affected, root);
  for (const f of forms) {
    const list = added.get(f.key);
    if (list) list.push(f);
    else added.set(f.key, [f]);
  }
}

/** Folds more articles' forms into a stored record, as mergeForms would have from scratch. */
function addForms(rec: EntityRecordLike | null, forms: readonly EntityForm[]): EntityRecordLike | null {
  let out = rec ? gatheringFrom(rec) : null;
  for (const f of forms) out = gather(out, f);
  return out ? gathered(out) : null;
}

type EntityRecordLike = ReturnType<typeof mergeForms>[number];

/** A file that could not be read as an article: remembered so an unchanged bad file is not re-read. */
export interface SkippedEntry {
  path: string;
  id: string;
  size: number;
  mtimeMs: number;
  reason: string;
}

/** The write side of the store, used by the indexer; every method runs inside the caller's transaction. */
export function createWriter(db: Db, journal?: (rows: readonly MarkRow[]) => void) {
  const s = {
    fileByPath: db.prepare<[string], {fid: number; hash: string | null}>(
      'SELECT fid, hash FROM files WHERE path = ?',
    ),
    // An edited file's marks (kept under its text's hash) follow it to its new text, unless that text has its own.
    carryMarks: db.prepare<[string, string], MarkRow>(
      `INSERT INTO marks (key, read, favourite, updated_ms)
       SELECT ?, read, favourite, updated_ms FROM marks WHERE key = ?
       ON CONFLICT (key) DO NOTHING
       RETURNING key, read, favourite, updated_ms`,
    ),
    upsert: db.prepare<Record<string, string | number | null>, {fid: number}>(
      `INSERT INTO files (root, path, id, size, mtime_ms, hash, skip_reason, title, source, authors, contributors, date, url, time_ms, warnings, feed)
       VALUES (@root, @path, @id, @size, @mtime, @hash, @skip, @title, @source, @authors, @contributors, @date, @url, @time, @warnings, @feed)
       ON CONFLICT (path) DO UPDATE SET root = excluded.root, id = excluded.id, size = excluded.size,
         mtime_ms = excluded.mtime_ms, hash = excluded.hash, skip_reason = excluded.skip_reason, title = excluded.title,
         source = excluded.source, authors = excluded.authors, contributors = excluded.contributors, date = excluded.date,
         url = excluded.url, time_ms = excluded.time_ms, warnings = excluded.warnings, feed = excluded.feed
       RETURNING fid`,
    ),
    // An upsert, not OR REPLACE: a replace deletes without firing the trigger that keeps the FTS index in step.
    putBody: db.prepare<[number, string, string]>(
      'INSERT INTO bodies (fid, title, body) VALUES (?, ?, ?) ON CONFLICT (fid) DO UPDATE SET title = excluded.title, body = excluded.body',
    ),
    dropBody: db.prepare<[number]>('DELETE FROM bodies WHERE fid = ?'),
    touchFile: db.prepare<[number, number, string, number]>(
      'UPDATE files SET size = ?, mtime_ms = ?, id = ? WHERE fid = ?',
    ),
    setId: db.prepare<[string, string]>('UPDATE files SET id = ? WHERE path = ?'),
    mentionKeys: db.prepare<[number], {key: string}>('SELECT key FROM mentions WHERE fid = ?'),
    dropMentions: db.prepare<[number]>('DELETE FROM mentions WHERE fid = ?'),
    addMention: db.prepare<[number, string, string, string, string, number, string, string, number]>(
      'INSERT OR REPLACE INTO mentions (fid, key, kind, name, aliases, mentions, sentences, quotes, weak) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    analysisOf: db.prepare<[string], {json: string}>(
      'SELECT json FROM analyses WHERE hash = ? ORDER BY version DESC LIMIT 1',
    ),
    dropAnalyses: db.prepare<[string]>('DELETE FROM analyses WHERE hash = ?'),
    addAnalysis: db.prepare<[string, number, string, number, number, number]>(
      'INSERT INTO analyses (hash, version, json, people, quotes, facts) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    filesWithHash: db.prepare<[string], {fid: number; root: string; body: string}>(
      "SELECT f.fid, f.root, coalesce(b.body, '') AS body FROM files f LEFT JOIN bodies b ON b.fid = f.fid WHERE f.hash = ?",
    ),
    filesOfHash: db.prepare<[string], {fid: number; root: string}>(
      'SELECT fid, root FROM files WHERE hash = ?',
    ),
    filesOfRoot: db.prepare<[string], {fid: number; path: string}>(
      'SELECT fid, path FROM files WHERE root = ?',
    ),
    dropFile: db.prepare<[number]>('DELETE FROM files WHERE fid = ?'),
    // Another file of the same text with mentions: with an analysis stored, every file of its text has them.
    sibling: db.prepare<[string, number], {fid: number}>(
      'SELECT f.fid FROM files f WHERE f.hash = ? AND f.fid != ? AND EXISTS (SELECT 1 FROM mentions m WHERE m.fid = f.fid) LIMIT 1',
    ),
    copyMentions: db.prepare<[number, number]>(
      `INSERT INTO mentions (fid, key, kind, name, aliases, mentions, sentences, quotes, weak)
       SELECT ?, key, kind, name, aliases, mentions, sentences, quotes, weak FROM mentions WHERE fid = ?`,
    ),
    formsOfFile: db.prepare<[number], FormRow>(
      'SELECT key, kind, name, aliases, mentions, weak FROM mentions WHERE fid = ?',
    ),
    formsOfKey: db.prepare<[string, string], FormRow>(
      'SELECT m.key, m.kind, m.name, m.aliases, m.mentions, m.weak FROM mentions m JOIN files f ON f.fid = m.fid WHERE m.key = ? AND f.root = ? ORDER BY m.fid',
    ),
    formsOfRoot: db.prepare<[string], FormRow>(
      'SELECT m.key, m.kind, m.name, m.aliases, m.mentions, m.weak FROM mentions m JOIN files f ON f.fid = m.fid WHERE f.root = ? ORDER BY m.key, m.fid',
    ),
    dropEntity: db.prepare<[string, string]>('DELETE FROM entities WHERE root = ? AND key = ?'),
    entity: db.prepare<[string, string], EntityRow>(
      'SELECT key, kind, name, aliases, article_count, mentions, weak_articles FROM entities WHERE root = ? AND key = ?',
    ),
    dropEntities: db.prepare<[string]>('DELETE FROM entities WHERE root = ?'),
    entityCount: db.prepare<[string], {n: number}>('SELECT count(*) AS n FROM entities WHERE root = ?'),
    stale: db.prepare<[string], {value: string}>('SELECT value FROM meta WHERE key = ?'),
    markStale: db.prepare<[string]>("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"),
    clearStale: db.prepare<[string]>('DELETE FROM meta WHERE key = ?'),
    addEntity: db.prepare<[string, string, string, string, string, number, number, number]>(
      'INSERT OR REPLACE INTO entities (root, key, kind, name, aliases, article_count, mentions, weak_articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  };

  const replaceMentions = (
    fid: number,
    root: string,
    paragraphs: readonly string[],
    analysis: Analysis | null,
    affected: Affected,
  ): void => {
    dropMentionsOf(fid, root, affected);
    if (!analysis) return;
    const columns = entityColumns(articleEntities({paragraphs: [...paragraphs]}, analysis));
    addMentions(fid, columns);
    markAdded(affected, root, entityForms(columns));
  };

  // A file's mentions go (their keys marked for a refresh); a file without any, as every file of a first index
  // is, costs one look-up. The delete ran for each of the 10,000 files of a first index, twice for most.
  const dropMentionsOf = (fid: number, root: string, affected: Affected): void => {
    const keys = s.mentionKeys.all(fid);
    if (keys.length === 0) return;
    markDirty(
      affected,
      root,
      keys.map((r) => r.key),
    );
    s.dropMentions.run(fid);
  };

  const addMentions = (fid: number, c: EntityColumns): void => {
    const {keys, kinds, names, aliases, mentions, sentences, quotes, weak} = c;
    for (let i = 0; i < keys.length; i++)
      s.addMention.run(
        fid,
        keys[i] as string,
        kinds[i] as string,
        names[i] as string,
        aliases[i] as string,
        mentions[i] as number,
        sentences[i] as string,
        quotes[i] as string,
        weak[i] as number,
      );
  };

  /**
   * Gives a file the mentions another file of the same text has, in SQL: derived again from the stored analysis,
   * each copy of a text cost the main thread parsing that analysis and splitting the text into sentences (most of
   * the writes of a library of copies once extraction runs beside the reads). False when no file has them.
   */
  const copyMentions = (fid: number, root: string, hash: string, affected: Affected): boolean => {
    const source = s.sibling.get(hash, fid);
    if (!source) return false;
    dropMentionsOf(fid, root, affected);
    s.copyMentions.run(fid, source.fid);
    markAdded(affected, root, s.formsOfFile.all(fid).map(toForm));
    return true;
  };

  const storedAnalysis = (hash: string): Analysis | null =>
    parseJson<Analysis | null>(s.analysisOf.get(hash)?.json, null);

  const addEntity = (root: string, rec: ReturnType<typeof mergeForms>[number]): void => {
    s.addEntity.run(
      root,
      rec.key,
      rec.kind,
      rec.name,
      JSON.stringify(rec.aliases),
      rec.articleCount,
      rec.mentions,
      rec.weakArticles ?? 0,
    );
  };

  // Every entity record of a root from its mentions, in one pass over them.
  const rebuildRoot = (root: string): void => {
    // The connection cannot write while a query iterates, so merged records are inserted afterwards.
    const records: ReturnType<typeof mergeForms> = [];
    let group: EntityForm[] = [];
    for (const row of s.formsOfRoot.iterate(root)) {
      if (group.length > 0 && group[0]?.key !== row.key) {
        records.push(...mergeForms(group));
        group = [];
      }
      group.push(toForm(row));
    }
    records.push(...mergeForms(group));
    s.dropEntities.run(root);
    for (const rec of records) addEntity(root, rec);
    s.clearStale.run(staleKey(root));
  };

  return {
    /**
     * Records a readable article; mentions follow from any analysis already stored for its content. Its paragraphs
     * are needed only then, and are split again from `text` when it comes without them (a worker's read).
     * `warnings`: what reading it warned about, kept so that `brief list` says them again while the file is unchanged.
     */
    putArticle(
      root: string,
      article: Article | SentArticle | ReadArticle,
      affected: Affected,
      warnings: readonly string[] = [],
    ): void {
      const before = s.fileByPath.get(article.path);
      if (before && before.hash === article.hash) {
        s.touchFile.run(article.size, article.mtimeMs, article.id, before.fid);
        return;
      }
      const row = s.upsert.get({
        root,
        path: article.path,
        id: article.id,
        size: article.size,
        mtime: article.mtimeMs,
        hash: article.hash,
        skip: null,
        title: article.title,
        source: article.source,
        authors: JSON.stringify(article.authors),
        contributors: JSON.stringify(article.contributors),
        date: article.date,
        url: article.url,
        time: article.time ?? null,
        warnings: warnings.length > 0 ? JSON.stringify(warnings) : null,
        feed: article.feed ?? null,
      });
      // Marks are kept under the text's hash (and the URL, when there is one, which an edit keeps): without this an
      // edited article without a URL came back unread and unstarred.
      // The journal gets the new key too, so marks restored from it after a loss of the database find the article.
      const carried = before?.hash ? s.carryMarks.get(`h:${article.hash}`, `h:${before.hash}`) : undefined;
      if (carried) journal?.([carried]);
      // The body is the paragraphs joined by blank lines: a read without them sends that text instead.
      const whole = 'paragraphs' in article ? article.paragraphs : null;
      const body = whole ? whole.join('\n\n') : (article as ReadArticle).text;
      if (row) s.putBody.run(row.fid, article.title, body);
      if (row && !copyMentions(row.fid, root, article.hash, affected)) {
        const analysis = storedAnalysis(article.hash);
        const paragraphs = whole ?? (body === '' ? [] : body.split('\n\n'));
        replaceMentions(row.fid, root, paragraphs, analysis, affected);
      }
    },

    /** Records a file that is not an article, dropping whatever it used to be. */
    putSkipped(root: string, entry: SkippedEntry, affected: Affected): void {
      const row = s.upsert.get({
        root,
        path: entry.path,
        id: entry.id,
        size: entry.size,
        mtime: entry.mtimeMs,
        hash: null,
        skip: entry.reason,
        title: '',
        source: null,
        authors: '[]',
        contributors: '[]',
        date: null,
        url: null,
        time: null,
        warnings: null,
        feed: null,
      });
      if (row) s.dropBody.run(row.fid);
      if (row) replaceMentions(row.fid, root, [], null, affected);
    },

    /** Renumbers an unchanged file whose id moved because another file with the same name came or went. */
    setId(path: string, id: string): void {
      s.setId.run(id, path);
    },

    /** Drops every file of `root` not in `present`; returns how many went. */
    removeMissing(root: string, present: ReadonlySet<string>, affected: Affected): number {
      let removed = 0;
      for (const {fid, path} of s.filesOfRoot.all(root)) {
        if (present.has(path)) continue;
        markDirty(
          affected,
          root,
          s.mentionKeys.all(fid).map((r) => r.key),
        );
        s.dropFile.run(fid);
        removed += 1;
      }
      return removed;
    },

    /**
     * Stores the analysis of one content hash and the mentions of every file with that content (`entities`,
     * when given, were derived from that same content; otherwise they are derived here).
     */
    putAnalysis(
      hash: string,
      version: number,
      given: Analysis | PackedAnalysis,
      affected: Affected,
      entities?: EntityColumns,
    ): void {
      const packed = 'json' in given ? given : null;
      const counts = packed ?? analysisCounts(given as Analysis);
      s.dropAnalyses.run(hash);
      s.addAnalysis.run(
        hash,
        version,
        packed ? packed.json : JSON.stringify(given),
        counts.people,
        counts.quotes,
        counts.facts,
      );
      if (entities) {
        // Derived once for the text: every copy gets the same rows and forms, without reading the copies' bodies,
        // which only deriving them here needs.
        let forms: EntityForm[] | null = null;
        for (const file of s.filesOfHash.all(hash)) {
          dropMentionsOf(file.fid, file.root, affected);
          addMentions(file.fid, entities);
          markAdded(affected, file.root, (forms ??= entityForms(entities)));
        }
        return;
      }
      const analysis = packed ? (JSON.parse(packed.json) as Analysis) : (given as Analysis);
      for (const file of s.filesWithHash.all(hash)) {
        replaceMentions(
          file.fid,
          file.root,
          file.body === '' ? [] : file.body.split('\n\n'),
          analysis,
          affected,
        );
      }
    },

    /**
     * Brings the library-wide entity records of the affected keys up to date with the mentions. Mentions added are
     * folded into the records at once. Keys that lost mentions are recomputed from all of theirs (a re-analysis
     * dirties most keys of a library with every write batch: at 10,000 files, popular keys were re-read batch after
     * batch; at 100,000, each batch's pass over every mention took ~1 s, 45 s of a 78 s run); with `defer`, they
     * are kept in `affected` for a later call, the root's records marked stale meanwhile. With `holdAdded`, the
     * mentions added are kept in `affected` too, unfolded, the records marked stale (a first index folds them once
     * a key instead of once a batch: its batches wrote ~3,600 records for 2,668 keys of the shipped articles). Says
     * whether that was done, or a root rebuilt whole.
     */
    refreshEntities(affected: Affected, defer = false, holdAdded = false): 'done' | 'deferred' | 'rebuilt' {
      let deferred = false;
      let rebuilt = false;
      // (Counted only when the count could decide.)
      const wholeRoot = (root: string, dirty: Set<string>): boolean =>
        dirty.size >= FULL_REBUILD_AT ||
        (dirty.size > 0 && dirty.size >= FULL_REBUILD_SHARE * (s.entityCount.get(root)?.n ?? 0));
      for (const [root, changes] of affected) {
        const {dirty, added} = changes;
        if (!defer && wholeRoot(root, dirty)) {
          rebuildRoot(root);
          rebuilt = true;
          affected.delete(root);
          continue;
        }
        let held = 0;
        if (holdAdded) for (const forms of added.values()) held += forms.length;
        const hold = held > 0 && held <= HELD_FORMS_MAX;
        if (hold) {
          // Marked once, while held: a run that dies before folding them leaves the records to be rebuilt.
          if (changes.held === undefined) s.markStale.run(staleKey(root));
          changes.held = held;
        } else {
          // (Those that also lost mentions are recomputed whole, with their added forms, which the table holds.)
          for (const [key, forms] of added) {
            if (dirty.has(key)) continue;
            const stored = s.entity.get(root, key);
            const rec = addForms(stored ? toEntity(stored) : null, forms);
            if (rec) addEntity(root, rec);
          }
          added.clear();
        }
        if (dirty.size > 0 && defer) {
          s.markStale.run(staleKey(root));
          deferred = true;
          continue;
        }
        for (const key of dirty) {
          const [rec] = mergeForms(s.formsOfKey.all(key, root).map(toForm));
          if (rec) addEntity(root, rec);
          else s.dropEntity.run(root, key);
          // Recomputed with every mention, held ones too.
          added.delete(key);
        }
        if (hold) {
          dirty.clear();
          continue;
        }
        if (dirty.size > 0 || changes.held !== undefined) s.clearStale.run(staleKey(root));
        affected.delete(root);
      }
      return deferred ? 'deferred' : rebuilt ? 'rebuilt' : 'done';
    },

    /** Whether a run put off rebuilding the entity records of `root` and did not live to do it. */
    entitiesStale(root: string): boolean {
      return s.stale.get(staleKey(root)) !== undefined;
    },

    /** Rebuilds the entity records of `root` if they are stale (entitiesStale); in a write transaction. */
    rebuildStaleEntities(root: string): void {
      if (s.stale.get(staleKey(root))) rebuildRoot(root);
    },
  };
}

/** The writer's methods. */
export type Writer = ReturnType<typeof createWriter>;

interface FormRow {
  key: string;
  kind: EntityForm['kind'];
  name: string;
  aliases: string;
  mentions: number;
  weak: number;
}

function toForm(row: FormRow): EntityForm {
  return {
    key: row.key,
    kind: row.kind,
    name: row.name,
    aliases: parseJson<string[]>(row.aliases, []),
    mentions: row.mentions,
    weak: row.weak === 1,
  };
}
