/** What the bare `brief` does where it runs: the full-screen reader, or the text list (and why, if not obvious). */
export type ReaderPlace = {reader: true} | {reader: false; note: string | null};

/** Terminals that cannot move the cursor: the reader's frame would scroll away as a heap of lines. */
const CANNOT_DRAW: readonly string[] = ['dumb'];

/** Whether the terminal $TERM names can move the cursor and erase a line (not `dumb`: Emacs' shell, some IDEs). */
export function canRedraw(env: NodeJS.ProcessEnv): boolean {
  return !CANNOT_DRAW.includes(env.TERM ?? '');
}

/**
 * The reader needs a terminal on both ends that can draw a screen. Output to a pipe or file gets the list
 * silently (that is what it is for); a terminal that cannot draw, or one whose keys cannot reach brief (input from
 * a file, `/dev/null` or a pipe, or closed), gets it with a note, so the reader is not simply missing.
 */
export function readerPlace(
  env: NodeJS.ProcessEnv,
  stdout: {isTTY?: boolean},
  stdin: {isTTY?: boolean},
): ReaderPlace {
  if (!stdout.isTTY) return {reader: false, note: null};
  if (!stdin.isTTY)
    return {
      reader: false,
      note: 'brief: input is not a terminal (keys cannot reach the reader), so here is the list; for the reader, run brief with the terminal as its input\n',
    };
  const term = env.TERM ?? '';
  if (CANNOT_DRAW.includes(term))
    return {
      reader: false,
      note: `brief: TERM=${term} cannot draw the reader, so here is the list; for the reader, run brief in a terminal that can (TERM=xterm-256color, say)\n`,
    };
  return {reader: true};
}
