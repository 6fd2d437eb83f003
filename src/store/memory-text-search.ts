import type {Article} from '../library/types.js';
import type {TextHit} from './types.js';

const CONTEXT = 60;

/** Full-text search for the in-memory store: every word must appear (the last as a prefix), titles first. */
export function searchArticles(articles: readonly Article[], query: string, limit: number): TextHit[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return [];
  const patterns = words.map(
    (w, i) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${w}${i === words.length - 1 ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu'),
  );
  const hits: {hit: TextHit; inTitle: boolean}[] = [];
  for (const a of articles) {
    const haystack = `${a.title}\n${a.text}`;
    if (!patterns.every((p) => p.test(haystack))) continue;
    const first = patterns[0]?.exec(a.text);
    const at = first?.index ?? 0;
    const start = Math.max(0, at - CONTEXT);
    const text = a.text.slice(start, at + CONTEXT * 2);
    const snippet: TextHit['snippet'] = [];
    let last = 0;
    const all = new RegExp(patterns.map((p) => p.source).join('|'), 'giu');
    for (const m of text.matchAll(all)) {
      if (m.index > last) snippet.push({text: text.slice(last, m.index), match: false});
      snippet.push({text: m[0], match: true});
      last = m.index + m[0].length;
    }
    if (last < text.length) snippet.push({text: text.slice(last), match: false});
    if (start > 0) snippet.unshift({text: '…', match: false});
    hits.push({
      hit: {articleId: a.id, title: a.title, date: a.date, snippet},
      inTitle: patterns.every((p) => p.test(a.title)),
    });
  }
  return hits
    .sort((x, y) => Number(y.inTitle) - Number(x.inTitle))
    .slice(0, limit)
    .map((h) => h.hit);
}
