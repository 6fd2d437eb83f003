import {fold} from '../../search/fold.js';
import {isTitleWord} from '../../search/forms.js';
import type {EntityOccurrence} from '../../store/index.js';
import {safeLine, truncateWords, wrapText} from '../text.js';
import {quoteText} from './article-panels.js';
import {highlight, line, type Line} from './lines.js';

/**
 * Most sentences, and most quotes, an article's block lays out. The shipped library's most is 108 sentences; a page
 * of 4 MB naming a town in each of its 40,000 paragraphs took 1.7 s to lay out, at every key. The rest are said in
 * one line: the article itself (Enter) has them all.
 */
export const BLOCK_MOST = 300;

// Blocks laid out, per occurrence (the view's pages keep theirs while the entity is open), per width, item number and
// forms: the keys of an entity view lay out the same few blocks again and again.
const laidOut = new WeakMap<EntityOccurrence, Map<string, Line[]>>();

/** Under an article none of whose sentences holds one of the entity's forms (a pronoun, "the president"). */
const BY_OTHER_NAME = '    no sentence names it as written here (Enter opens the article)';

/** "… and 39700 more sentences name it (Enter opens the article)". */
function moreLine(left: number, what: 'sentence' | 'quote', item: number): Line {
  const words =
    what === 'quote'
      ? `${left} more quote${left === 1 ? '' : 's'}`
      : `${left} more ${left === 1 ? 'sentence names' : 'sentences name'} it`;
  return line(`    … and ${words} (Enter opens the article)`, 'muted', item);
}

/** One article's block: its title line, the sentences naming the entity (highlighted), its quotes, a blank line. */
function blockLines(o: EntityOccurrence, forms: readonly string[], width: number, item: number): Line[] {
  const key = `${width}\u0000${item}\u0000${forms.join('\u0001')}`;
  const known = laidOut.get(o);
  const hit = known?.get(key);
  if (hit) return hit;
  const out: Line[] = [];
  const date = o.date ? `  ${o.date}` : '';
  const title = truncateWords(safeLine(o.title), width - 2 - date.length);
  // Highlighted as its sentences are: an article that names it in its title alone showed a bare title.
  const titleSegments = highlight(title, forms, 'highlight', 'title');
  out.push({item, segments: [{text: '  ', role: 'title'}, ...titleSegments, {text: date, role: 'muted'}]});
  // Nothing under the title read as a fault ("Russia's Navalny airlifted to Germany" names Russia in its title, its
  // text only "Russian"): say where it is named, or that the article names it otherwise.
  if (o.sentences.length === 0 && o.quotes.length === 0) {
    const inTitle = titleSegments.some((s) => s.role === 'highlight');
    out.push(line(inTitle ? '    named in the title only' : BY_OTHER_NAME, 'muted', item));
  }
  for (const sentence of o.sentences.slice(0, BLOCK_MOST)) {
    wrapText(sentence, width - 4).forEach((t, j) =>
      out.push({
        item,
        segments: [{text: j === 0 ? '  · ' : '    '}, ...highlight(t, forms, 'highlight')],
      }),
    );
  }
  if (o.sentences.length > BLOCK_MOST) out.push(moreLine(o.sentences.length - BLOCK_MOST, 'sentence', item));
  for (const q of o.quotes.slice(0, BLOCK_MOST)) {
    wrapText(`“${quoteText(q.text)}”`, width - 4).forEach((t, j) =>
      out.push(line(`${j === 0 ? '  — ' : '    '}${t}`, 'accent', item)),
    );
  }
  if (o.quotes.length > BLOCK_MOST) out.push(moreLine(o.quotes.length - BLOCK_MOST, 'quote', item));
  out.push(line('', undefined, item));
  // A few layouts per block at most (a resize, the forms of another view): not one per width ever tried.
  const kept = known ?? new Map<string, Line[]>();
  if (kept.size >= 4) kept.clear();
  kept.set(key, out);
  laidOut.set(o, kept);
  return out;
}

/**
 * Lines of the entity view: per article a title line, the sentences naming it (highlighted), then its quotes, at
 * most BLOCK_MOST of each; `first` is the index in the view of the first of `occurrences`.
 */
export function occurrenceLines(
  occurrences: readonly EntityOccurrence[],
  forms: readonly string[],
  width: number,
  first = 0,
): Line[] {
  // Items are numbered in the whole view, so a window of it keeps the numbers the cursor uses.
  return occurrences.flatMap((o, at) => blockLines(o, forms, width, first + at));
}

/**
 * How many lines an article's block takes at `width`: as occurrenceLines lays it out, from a layout already made
 * for any forms (highlighting does not change the wrapping).
 */
export function blockLineCount(o: EntityOccurrence, forms: readonly string[], width: number): number {
  for (const [key, lines] of laidOut.get(o) ?? []) if (key.startsWith(`${width}\u0000`)) return lines.length;
  return blockLines(o, forms, width, 0).length;
}

/**
 * The lines of only the articles that can be on screen: the selected one's block and those after it until
 * `height` lines are filled, and, when the window ends first, the blocks before it as far as needed. Sliced with
 * occurrenceOffset they show what all of `occurrences` would, while laying out a few articles instead of all of
 * them (an entity view opened on a much-named person read 120 and showed 8).
 */
export function visibleOccurrenceLines(
  occurrences: readonly EntityOccurrence[],
  forms: readonly string[],
  width: number,
  first: number,
  selected: number,
  height: number,
): Line[] {
  const at = selected - first;
  if (at < 0 || at >= occurrences.length) return occurrenceLines(occurrences, forms, width, first);
  const block = (k: number): Line[] => occurrenceLines(occurrences.slice(k, k + 1), forms, width, first + k);
  const after: Line[] = [];
  for (let k = at; k < occurrences.length && after.length < height; k++) after.push(...block(k));
  const before: Line[][] = [];
  let filled = after.length;
  for (let k = at - 1; k >= 0 && filled < height; k--) {
    const lines = block(k);
    before.unshift(lines);
    filled += lines.length;
  }
  return [...before.flat(), ...after];
}

/**
 * The first line to show: the selected article's block at the top, `within` lines down it (a block taller than the
 * screen, scrolled), unless that would leave the end of the view empty.
 */
export function occurrenceOffset(
  lines: readonly Line[],
  selected: number,
  height: number,
  within = 0,
): number {
  const start = lines.findIndex((l) => l.item === selected);
  if (start < 0) return 0;
  let size = 0;
  while (lines[start + size]?.item === selected) size += 1;
  // Never past the block's end: a wider window (a resize) has fewer lines to scroll.
  const down = Math.min(within, Math.max(0, size - height));
  return Math.max(0, Math.min(start + down, lines.length - Math.max(1, height)));
}

/**
 * The names shown after "also:": the entity's forms other than its name, without the name with a title or role
 * before it ("Historian Darcy Richardson", "US President Barack Obama" beside the person's full name), which a
 * reader would not call them (the store keeps those forms: search finds them). Only for a person named with more
 * than one word: words before a full name are not part of it, while "Pope Francis" is how a one-word name is known.
 * Likewise another form with words before it that hold a title and none of the name's words ("Mr. Holm",
 * "US President Holm" beside "Holm"; "President of Ukraine Anna Holmova" beside "Anna Holmova"); a titled form whose
 * bare form is not among the forms is how the articles call the person, and stays. Initials and given names are not
 * titles ("A. Holm", "Donald J. Trump" stay).
 */
export function otherNames(name: string, kind: string, forms: readonly string[]): string[] {
  if (kind !== 'person' || !name.includes(' ')) return forms.filter((f) => f !== name);
  const nameWords = new Set(fold(name).split(' '));
  const bare = [name, ...forms];
  const titled = (form: string): boolean =>
    bare.some(
      (g) => g !== form && form.endsWith(` ${g}`) && titlesOnly(form.slice(0, -g.length - 1), nameWords),
    );
  return forms.filter((f) => f !== name && !f.endsWith(` ${name}`) && !titled(f));
}

/** Whether words written before a name hold a title or office and none of the name's own words. */
function titlesOnly(prefix: string, nameWords: ReadonlySet<string>): boolean {
  const words = fold(prefix).split(' ').filter(Boolean);
  return words.some(isTitleWord) && !words.some((w) => nameWords.has(w));
}
