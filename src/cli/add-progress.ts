import {cleanLine} from '../library/sanitize.js';
import {displayWidth, truncate} from '../ui/text.js';
import {plural} from './feeds-target.js';
import type {ProgressSink} from './index-command.js';
import {REDRAW_MS} from './progress-line.js';

/**
 * The line `brief add` redraws in a terminal while it reads a source:
 * "adding URL · 1200 of 3000 items · 1180 new articles".
 */
export interface AddProgress {
  /** A source is being read. */
  start(source: string): void;
  /** Its feed is read: it has `count` items (a feed read in parts, as a saved copy and its address, adds them up). */
  items(count: number): void;
  /** An item of it was dealt with (written, found in the library already, or not read). */
  item(): void;
  /** An article of it was written. */
  article(): void;
  /** Clears the line, before a line of output is printed under it. */
  clear(): void;
}

// A feed of 1,000 teasers takes `brief add` a page fetch per item, and it said nothing until the last was read
// (8 s from a server on this machine, minutes from a slow one): in a terminal it says what it is reading and how
// far it is. A feed of 3,000 whole items said "adding URL…" for 8 s and then counted to 3,000 in one: it counts
// the items as they are dealt with, and writes them a few dozen at a time (ingestFeed).
const SILENT: AddProgress = {
  start: () => {},
  items: () => {},
  item: () => {},
  article: () => {},
  clear: () => {},
};

// Least of the source shown before its counts are cut instead.
const SOURCE_LEAST = 12;

/**
 * "adding URL · 1200 of 3000 items · 1180 new articles" in `width` columns: where it is wider, the counts in fewer
 * words ("1200/3000 items · 1180 new"), then the source cut to the room they leave; at 60 columns the address of a
 * feed took the room and the count of new articles was cut ("adding http://…/many.xml · 227 of 1000 items…").
 */
export function addLine(source: string, total: number, done: number, added: number, width: number): string {
  const tail = (items: string, articles: string): string => {
    const counts = [total > 0 ? items : '', added > 0 ? articles : ''].filter((c) => c !== '');
    return counts.length > 0 ? ` · ${counts.join(' · ')}` : '…';
  };
  if (total === 0 && added === 0) return truncate(`adding ${source}…`, width);
  const whole = tail(`${done} of ${plural(total, 'item')}`, plural(added, 'new article'));
  const short = tail(`${done}/${total} items`, `${added} new`);
  for (const t of [whole, short]) {
    const text = `adding ${source}${t}`;
    if (displayWidth(text) <= width) return text;
  }
  const room = width - displayWidth(`adding ${short}`);
  if (room >= SOURCE_LEAST) return `adding ${truncate(source, room)}${short}`;
  return truncate(`adding ${source}${short}`, width);
}

/**
 * Draws through `sink` (not the sanitised stderr: it strips the redraw's \r and ESC); silent off a terminal. The
 * counts are redrawn at most once per REDRAW_MS (`now` gives the time), a new source or its item count at once.
 */
export function addProgress(sink: ProgressSink | null, now: () => number = Date.now): AddProgress {
  if (!sink?.isTTY) return SILENT;
  let source = '';
  let total = 0;
  let done = 0;
  let added = 0;
  let shown = false;
  let drawnAt = -Infinity;
  const draw = (force: boolean): void => {
    const at = now();
    if (!force && at - drawnAt < REDRAW_MS) return;
    drawnAt = at;
    // Cut by display width: a path or address in CJK took twice the columns its length said, and a cut could fall
    // inside an emoji.
    sink.write(`\r${addLine(source, total, done, added, Math.max(1, sink.columns - 1))}\u001b[K`);
    shown = true;
  };
  return {
    start(next) {
      source = cleanLine(next);
      total = 0;
      done = 0;
      added = 0;
      draw(true);
    },
    items(count) {
      total += count;
      draw(true);
    },
    item() {
      done += 1;
      draw(false);
    },
    // Drawn with its item (told just after): drawn now, "84 of 1000 items · 85 new articles" read as a miscount.
    article() {
      added += 1;
    },
    clear() {
      if (shown) sink.write('\r\u001b[K');
      shown = false;
    },
  };
}
