import {cleanLine} from '../library/sanitize.js';
import {truncate} from '../ui/text.js';
import {plural} from './feeds-target.js';
import type {ProgressSink} from './index-command.js';

/** The line `brief add` redraws in a terminal while it reads a source: "adding URL · 340 new articles". */
export interface AddProgress {
  /** A source is being read. */
  start(source: string): void;
  /** An article of it was written. */
  article(): void;
  /** Clears the line, before a line of output is printed under it. */
  clear(): void;
}

// A feed of 1,000 teasers takes `brief add` a page fetch per item, and it said nothing until the last was read
// (8 s from a server on this machine, minutes from a slow one): in a terminal it now says what it is reading and
// how many articles it has written so far, as `brief refresh` does.
const SILENT: AddProgress = {start: () => {}, article: () => {}, clear: () => {}};

/** Draws through `sink` (not the sanitised stderr: it strips the redraw's \r and ESC); silent off a terminal. */
export function addProgress(sink: ProgressSink | null): AddProgress {
  if (!sink?.isTTY) return SILENT;
  let source = '';
  let added = 0;
  let shown = false;
  const draw = (): void => {
    const text = `adding ${source}${added > 0 ? ` · ${plural(added, 'new article')}` : '…'}`;
    // Cut by display width: a path or address in CJK took twice the columns its length said, and a cut could fall
    // inside an emoji.
    sink.write(`\r${truncate(text, Math.max(1, sink.columns - 1))}\u001b[K`);
    shown = true;
  };
  return {
    start(next) {
      source = cleanLine(next);
      added = 0;
      draw();
    },
    article() {
      added += 1;
      draw();
    },
    clear() {
      if (shown) sink.write('\r\u001b[K');
      shown = false;
    },
  };
}
