// Kept apart from the library's own wording (library/fs-error.ts speaks of reading files) and small: the reader's
// start-up opens the article folder through it.

const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symbolic link loop',
  ENOTDIR: 'a part of its path is a file, not a folder',
  ENAMETOOLONG: 'its path is longer than the system allows',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EIO: 'input/output error (a failing disk or a lost network share)',
  // Only from making a folder (opening one says "no such folder" and what to do): a folder above it cannot be made.
  ENOENT: 'a folder above it cannot be made there',
};

/**
 * Why an article folder cannot be opened or made, in words: "cannot open the article folder lib/loop: ELOOP" (a
 * symbolic link loop), "…: ENOTDIR" (a file on its path) and "cannot create the article folder …: EACCES" said the
 * system's code only. An error without a known code keeps its code, else its message.
 */
export function folderProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return (code && WORDS[code]) ?? code ?? (err instanceof Error ? err.message : String(err));
}
