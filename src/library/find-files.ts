import {lstatSync, readdirSync, realpathSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {decodeFileName, fsPath} from './file-names.js';
import {describeFsError} from './read-article.js';
import type {SkippedFile} from './types.js';

/** Extensions brief reads as articles: text, Markdown, and saved web pages (read in reader mode). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

// Documentation that lives beside articles (the shipped library has an ATTRIBUTION.md) is not an article.
const HOUSEKEEPING = /^(readme|attribution|licen[cs]e|changelog|contributing|notice|copying)(\.[a-z]+)?$/i;

/**
 * Folders below the library that are read: a tree deeper than this is not a library of articles but a mistake or
 * an attack (1,500 nested folders froze the reader for over a minute, each level's real path costing as much as
 * every level above it), and what lies below is reported, not read.
 */
export const MAX_DEPTH = 32;

/** Article files found under a folder, and the entries that could not be followed. */
export interface FoundFiles {
  files: string[];
  skipped: SkippedFile[];
}

function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !HOUSEKEEPING.test(name);
}

/**
 * Lists article files under `root`, recursively and in a stable (sorted) order. Hidden entries are ignored;
 * symlinks are followed, with broken links and loops reported instead of followed. Names are read as bytes, so
 * a name that is not UTF-8 is still found (see file-names.ts; `fsPath` opens it). Folders deeper than
 * MAX_DEPTH are reported, not read.
 */
export function findArticleFiles(root: string): FoundFiles {
  const found: FoundFiles = {files: [], skipped: []};
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const walk = (dir: string, depth: number): void => {
    if (depth > MAX_DEPTH) {
      found.skipped.push({
        path: dir,
        reason: `too deep: more than ${MAX_DEPTH} folders below the library (not read)`,
      });
      return;
    }
    let real: string;
    try {
      real = realKey(dir);
    } catch (err) {
      found.skipped.push({path: dir, reason: describeFsError(err)});
      return;
    }
    if (seenDirs.has(real)) {
      found.skipped.push({path: dir, reason: 'symbolic link loop (folder already visited)'});
      return;
    }
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(fsPath(dir), {encoding: 'buffer'}).map(decodeFileName).sort();
    } catch (err) {
      found.skipped.push({path: dir, reason: describeFsError(err)});
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let isDir = false;
      try {
        const link = lstatSync(fsPath(path));
        isDir = link.isSymbolicLink() ? statSync(fsPath(path)).isDirectory() : link.isDirectory();
      } catch (err) {
        if (isArticleName(name)) found.skipped.push({path, reason: brokenLinkReason(err)});
        else if ((err as NodeJS.ErrnoException).code === 'ELOOP')
          found.skipped.push({path, reason: 'symbolic link loop'});
        continue;
      }
      if (isDir) {
        walk(path, depth + 1);
      } else if (isArticleName(name)) {
        const key = safeRealKey(path);
        if (seenFiles.has(key)) continue;
        seenFiles.add(key);
        found.files.push(path);
      }
    }
  };
  walk(root, 0);
  return found;
}

function brokenLinkReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'broken symbolic link (its target does not exist)';
  return describeFsError(err);
}

// Real paths compared as bytes (latin1 keeps one character per byte), so names that are not UTF-8 stay distinct.
function realKey(path: string): string {
  return realpathSync(fsPath(path), {encoding: 'buffer'}).toString('latin1');
}

function safeRealKey(path: string): string {
  try {
    return realKey(path);
  } catch {
    return path;
  }
}
