import {existsSync, mkdirSync, statSync} from 'node:fs';
import {dirname, resolve} from 'node:path';

/**
 * `mkdir -p`: makes the folder and every missing one above it, from the first that exists down; the first that
 * cannot be made throws its error (EEXIST when a file is where the folder goes, ENOTDIR below a file). Not Node's
 * `mkdirSync(path, {recursive: true})`, which loops for ever at full CPU where mkdir answers ENOENT though the parent
 * exists (under /proc: `brief add --articles /proc/x/news` never returned). Returns the folders it made, the
 * outermost first (those another program made meanwhile left out).
 */
export function makeFolders(path: string): string[] {
  const target = resolve(path);
  const missing: string[] = [];
  for (let p = target; !existsSync(p); p = dirname(p)) {
    missing.push(p);
    if (dirname(p) === p) break;
  }
  if (missing.length === 0 && !statSync(target).isDirectory()) mkdirSync(target);
  const made: string[] = [];
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
      made.push(dir);
    } catch (err) {
      // Made meanwhile by another program (a second brief): as good as made here.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw err;
    }
  }
  return made;
}
