/**
 * Said of a path that starts with a literal "~": the shell expands it only at the start of a word, so `--db=~/x.db`
 * and `BRIEF_DB="~/x.db"` reach brief as written, and "make it first" had the user make a folder named "~".
 */
export const TILDE =
  "the shell did not expand '~' (it does not after '=' or inside quotes); write $HOME/… instead";

/** Whether `path` starts with a literal "~" ("~" alone or "~/…"). */
export function unexpandedTilde(path: string): boolean {
  return /^~(\/|$)/.test(path);
}
