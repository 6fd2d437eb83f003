// The one wording of the file system's failures, whichever command meets them: the article folder opened or made
// (cli/folder-problem.ts), an article written (feeds/target.ts), an OPML list exported (cli/feeds-command.ts), the
// output (cli/settle-exit.ts) and a file read (fs-error.ts, for the codes it has no words of its own for). Each said
// a full disk its own way ("no space left on the device", "the disk is full") and knew its own few codes.

/** A failure in words, and what to do about it where the words do not say it already. */
interface FsWords {
  words: string;
  todo?: string;
}

const FREE_SPACE = 'free some space on it, then try again';
const FEWER_FILES = 'close some programs, or raise the limit with ulimit -n, then try again';

/** Each error code's words, and what to do: "the disk is full (free some space on it, then try again)". */
export const FS_WORDS: Readonly<Record<string, FsWords>> = {
  ENOSPC: {words: 'the disk is full', todo: FREE_SPACE},
  EDQUOT: {words: 'the disk quota is used up', todo: FREE_SPACE},
  EFBIG: {words: 'the file is larger than the system allows'},
  EROFS: {words: 'the disk is read-only'},
  EACCES: {words: 'permission denied'},
  EPERM: {words: 'permission denied'},
  ENOENT: {words: 'no such folder'},
  ENOTDIR: {words: 'a part of its path is a file, not a folder'},
  EISDIR: {words: 'it is a folder, not a file'},
  ELOOP: {words: 'symbolic link loop'},
  ENAMETOOLONG: {words: 'its path is longer than the system allows'},
  EMFILE: {words: 'too many open files', todo: FEWER_FILES},
  ENFILE: {words: 'too many open files on the system', todo: FEWER_FILES},
  EIO: {words: 'input/output error (a failing disk or a lost network share)'},
};

/** The error's code, if it has one. */
export function fsCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A file-system error in words, with what to do where that helps ("the disk is full (free some space on it, then
 * try again)"); a code without words is given as it is, an error without a code by its message.
 */
export function fsProblem(err: unknown): string {
  const code = fsCode(err);
  const known = code === undefined ? undefined : FS_WORDS[code];
  if (known) return known.todo ? `${known.words} (${known.todo})` : known.words;
  return code ?? (err instanceof Error ? err.message : String(err));
}

/**
 * What the output went to: a file (or a disk), a terminal, or a pipe or socket. The disk's words are wrong for the
 * other two: an EIO on a terminal whose window closed was "a failing disk or a lost network share".
 */
export type OutputKind = 'file' | 'terminal' | 'pipe';

/** The words of a failure that are the output's own where it is not a file; other codes read as fsProblem. */
const OUTPUT_WORDS: Readonly<Record<Exclude<OutputKind, 'file'>, Readonly<Record<string, string>>>> = {
  terminal: {
    EIO: 'input/output error on the terminal (its window was closed or its connection lost)',
    ENXIO: 'the terminal is gone (its window was closed or its connection lost)',
  },
  pipe: {
    EIO: 'input/output error on the pipe or connection it was going to',
    ECONNRESET: 'the program or connection reading it closed it',
  },
};

/** Why the output took no more, in words for where it was going: "input/output error on the terminal (…)". */
export function outputProblem(err: unknown, kind: OutputKind): string {
  const code = fsCode(err);
  const own = kind === 'file' || code === undefined ? undefined : OUTPUT_WORDS[kind][code];
  return own ?? fsProblem(err);
}
