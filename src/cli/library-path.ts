import {statSync} from 'node:fs';
import {join} from 'node:path';
import {homeFolder} from '../store/paths.js';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The library folder when --articles is not given: `$BRIEF_ARTICLES`, else `./articles` when it exists (so
 * `npm start` in the repository opens the shipped articles), else `$XDG_DATA_HOME/brief/articles` (else
 * `~/.local/share/brief/articles`), which the first `brief add` creates.
 */
export function defaultArticlesPath(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
  home: string = homeFolder(),
): string {
  if (env.BRIEF_ARTICLES) return env.BRIEF_ARTICLES;
  if (isFolder(join(cwd, 'articles'))) return 'articles';
  const data =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/')
      ? env.XDG_DATA_HOME
      : join(home, '.local', 'share');
  return join(data, 'brief', 'articles');
}
