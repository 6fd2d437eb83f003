import {terminalText} from '../library/sanitize.js';
import {articleMeta, type Article} from '../library/types.js';
import {widthAtMost} from '../ui/narrow.js';
import {wrapWords} from './wrap-words.js';
import {canRedraw} from './reader-terminal.js';

/** Where CLI commands write; a parameter so tests can capture output without spawning. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Resolves once `out` can take more (a pipe read slowly): streamed output waits on it, so memory stays flat. */
  drain?: () => Promise<void>;
  /**
   * Whether `out` is a terminal. Only then is the plain list's title cut to its column: output piped into grep, awk
   * or a file keeps whole titles (COLUMNS describes a terminal, not a pipe, and most shells do not export it).
   */
  terminal?: boolean;
  /** The terminal's width in columns, when `out` is a terminal that says it. */
  columns?: number;
}

let stderrQuiet = false;

/**
 * `process.stderr`, its write errors ignored: with nowhere left to say anything (`brief … 2>&1 | head -1` closed
 * the pipe), a failed write of a message threw from Node's stream, and a usage error that exits 2 exited 1 with a
 * stack trace written to nowhere. Made on first use, as `process.stderr` is: the reader's start-up writes nothing there.
 */
export function quietStderr(): NodeJS.WriteStream {
  if (!stderrQuiet) {
    stderrQuiet = true;
    process.stderr.on('error', () => undefined);
  }
  return process.stderr;
}

/**
 * Writes to the process streams through the one sanitiser: whatever a command prints (file names, titles from a
 * database, error messages quoting the command line) cannot act on the terminal. Progress redraws, brief's own
 * control sequences, go through the progress sink instead.
 */
export const processIo: Io = {
  out: (text) => process.stdout.write(terminalText(text)),
  // Read when asked: made at the module's load, `process.stdout` loaded Node's stream modules (and for a pipe its
  // net module) before a first index's workers were spawned (early-workers.ts), on the path to their start.
  get terminal() {
    return process.stdout.isTTY === true;
  },
  get columns() {
    return terminalColumns(process.stdout);
  },
  err: (text) => {
    const stderr = quietStderr();
    stderr.write(terminalText(wrapLines(text, terminalColumns(stderr))));
  },
  drain: () =>
    process.stdout.writableNeedDrain
      ? new Promise((resolve) => process.stdout.once('drain', () => resolve()))
      : Promise.resolve(),
};

/**
 * A line of a command's answer as `out` takes it: word-wrapped to the terminal's width when `out` is a terminal (its
 * own wrapping cut words in two: "3000 new art" / "icles"), whole for a pipe or a file.
 */
export function answerLine(io: Io, line: string): string {
  return `${io.terminal && io.columns ? wrapWords(line, io.columns) : line}\n`;
}

/**
 * The width of a terminal stream, when it says one: a pseudo-terminal nobody sized (`script` run without a terminal,
 * some CI runners) says 0 columns, which cut every title of `brief list` to "…" and `brief feeds` to 20 columns,
 * where the reader took it for 80.
 */
export function terminalColumns(stream: {isTTY?: boolean; columns?: number}): number | undefined {
  return stream.isTTY === true && stream.columns ? stream.columns : undefined;
}

/**
 * Text for a terminal `columns` wide, each line longer than that word-wrapped (its own wrapping cut words in two:
 * "TERM=xte" / "rm-256color" at 60 columns); unchanged where there is no terminal to fit (a pipe, a log file).
 */
export function wrapLines(text: string, columns: number | undefined): string {
  if (columns === undefined) return text;
  return text
    .split('\n')
    .map((line) => (widthAtMost(line) > columns ? wrapWords(line, columns) : line))
    .join('\n');
}

/**
 * Progress on stderr: redrawn when it is a terminal that can redraw a line (index-command.ts's ProgressSink). A
 * `TERM=dumb` terminal (Emacs' shell) showed `brief index`'s bar as a run of "^[[K" and carriage returns.
 */
export function stderrSink(
  stream: {isTTY?: boolean; columns?: number; write: (text: string) => unknown} = quietStderr(),
  env: NodeJS.ProcessEnv = process.env,
): {isTTY: boolean; columns: number; write: (text: string) => void} {
  return {
    isTTY: stream.isTTY === true && canRedraw(env),
    columns: stream.columns || 80,
    write: (text) => void stream.write(text),
  };
}

/** Article metadata without its body: what `list --json` prints (`paragraphs` a count there, see list-rows.ts). */
export function articleSummary(a: Article) {
  return {
    ...articleMeta(a),
    contributors: a.contributors,
    paragraphs: a.paragraphs.length,
    paragraphCount: a.paragraphs.length,
    words: a.text.split(/\s+/).filter(Boolean).length,
  };
}

/**
 * Articles newest first, undated last; within a day those that give their own time (and a feed's items, by the time
 * their file was given as added: the feed's order) newest first, then by title, then by path (the order of the
 * store's list, list-rows.ts). Not every file's time: a copy of the library (`cp -r`) made it the order of copying.
 */
const dayTime = (a: Article): number => a.time ?? (a.feed ? a.mtimeMs : 0);

export function newestFirst(articles: Article[]): Article[] {
  return [...articles].sort(
    (a, b) =>
      (b.date ?? '').localeCompare(a.date ?? '') ||
      dayTime(b) - dayTime(a) ||
      a.title.localeCompare(b.title) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}
