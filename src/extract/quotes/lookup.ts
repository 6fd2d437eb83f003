// Sorted-array lookups for the quote stage. Every quote used to search all of the article's mentions and sentences
// (`find`/`filter` over the whole list), which made the stage grow with quotes × mentions: these answer the same
// questions from the sorted lists by binary search.
import type {Sentence} from '../pipeline.js';
import type {Mention} from './mentions.js';

/** The first index in `0..length` whose item is not `before(item)`; `before` must hold for a prefix only. */
export function partition<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a list sorted by `start` whose start lies in [from, to). */
export function startingIn<T extends {start: number}>(items: readonly T[], from: number, to: number): T[] {
  if (to <= from) return [];
  return items.slice(
    partition(items, (m) => m.start < from),
    partition(items, (m) => m.start < to),
  );
}

/** The first item of a list sorted by `start` whose start lies in [from, to). */
export function firstStartingIn<T extends {start: number}>(
  items: readonly T[],
  from: number,
  to: number,
): T | undefined {
  const m = items[partition(items, (x) => x.start < from)];
  return m && m.start < to ? m : undefined;
}

/** Items grouped by paragraph, each group in the list's order. */
export function byParagraph<T extends {paragraph: number}>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  // (An indexed loop: an array's iterator is an object per step in V8's interpreter.)
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const list = out.get(item.paragraph);
    if (list) list.push(item);
    else out.set(item.paragraph, [item]);
  }
  return out;
}

/** The sentence of a paragraph that holds offset `at` (the paragraph's sentences in order, never overlapping). */
export function sentenceAt(sentences: readonly Sentence[] | undefined, at: number): Sentence | undefined {
  if (!sentences) return undefined;
  const s = sentences[partition(sentences, (x) => x.start <= at) - 1];
  return s && at < s.start + s.text.length ? s : undefined;
}

/**
 * What `read` finds at each mention of `name`, read in the sentence that holds it (the ages or nations the text sets
 * beside a person), in article order; mentions outside any sentence are skipped.
 */
export function readAtMentions(
  mentions: readonly Mention[],
  sentencesOf: ReadonlyMap<number, readonly Sentence[]>,
  name: string,
  read: (sentence: Sentence, mention: Mention) => string | undefined,
): string[] {
  const found: string[] = [];
  for (const m of mentions) {
    if (m.name !== name) continue;
    const s = sentenceAt(sentencesOf.get(m.paragraph), m.start);
    const value = s ? read(s, m) : undefined;
    if (value) found.push(value);
  }
  return found;
}

/**
 * Mentions in article order (paragraph, then offset; within a paragraph they never overlap, so their ends rise
 * too): the index of the last one that ends by `at` in `paragraph`, or lies in an earlier paragraph; -1 if none.
 */
export function lastBefore(mentions: readonly Mention[], paragraph: number, at: number): number {
  return (
    partition(mentions, (m) => m.paragraph < paragraph || (m.paragraph === paragraph && m.end <= at)) - 1
  );
}

/** The largest index of a sorted index list that is at most `limit`, or -1. */
export function latestUpTo(indices: readonly number[], limit: number): number {
  return indices[partition(indices, (i) => i <= limit) - 1] ?? -1;
}
