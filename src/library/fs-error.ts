import {fsProblem} from './fs-problem.js';

// Apart from the article reader, so code that only walks a folder (the index's scan) does not load the reader
// and its YAML parser.

/** Maps a file-system error to a short reason a person can act on. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found (or a broken symbolic link)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read: permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot read: too many open files';
    case 'ENAMETOOLONG':
      return 'cannot read: its path is longer than the system allows';
    default:
      // (EIO, a full disk's ENOSPC from a file system that writes on reading: the file system's one wording.)
      return `cannot read: ${fsProblem(err)}`;
  }
}
