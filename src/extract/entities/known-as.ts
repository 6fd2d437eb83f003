// "Turkey's Fair Competition Authority fined …", later "The authority, known by its Turkish initials RRK, said …": a
// body named in full once, then its head word in lower case given an acronym whose letters need not spell the
// English name. The acronym is the one body of the article whose name ends in that head word.
import {ORG_WORDS} from './cues.js';

/** A body's head word in lower case ("authority") and the acronym the text says it is known by. */
export interface KnownAs {
  head: string;
  acronym: string;
}

const KNOWN_AS =
  /\b[Tt]he\s+(\p{Ll}+),\s+(?:which\s+is\s+|also\s+)?known\s+(?:(?:by|under)\s+(?:its|the)\s+(?:[\p{L}-]+\s+)?(?:initials|acronym|abbreviation)|locally\s+as|as)\s+(?:the\s+)?(\p{Lu}{2,8})\b/gu;

/** Each "the <body word>, known by its initials ACR" in `sentence`; none in most sentences. */
export function knownAsAcronyms(sentence: string): KnownAs[] {
  if (!sentence.includes(' known ')) return [];
  const out: KnownAs[] = [];
  for (const m of sentence.matchAll(KNOWN_AS)) {
    const head = m[1] ?? '';
    if (m[2] && ORG_WORDS.has(head)) out.push({head, acronym: m[2]});
  }
  return out;
}

/**
 * The one name of two words or more among `names` (in article order, those before the sentence) that ends in the
 * head word; undefined when none or several do.
 */
export function headedBody(names: readonly string[], head: string): string | undefined {
  let found: string | undefined;
  for (const n of names) {
    const last = n.slice(n.lastIndexOf(' ') + 1).toLowerCase();
    if (!n.includes(' ') || last !== head) continue;
    if (found !== undefined && found !== n) return undefined;
    found = n;
  }
  return found;
}
