import {statSync} from 'node:fs';
import {join, resolve} from 'node:path';
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
  return dataArticlesPath(env, home);
}

/** `$XDG_DATA_HOME/brief/articles` (else `~/.local/share/brief/articles`): the folder the first `brief add` makes. */
function dataArticlesPath(env: NodeJS.ProcessEnv, home: string): string {
  const data =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/')
      ? env.XDG_DATA_HOME
      : join(home, '.local', 'share');
  return join(data, 'brief', 'articles');
}

/**
 * Whether `articles` is the folder brief chose itself, the one the first `brief add` makes, and not one the user
 * named (--articles, `$BRIEF_ARTICLES`): its absence is a new user's, not a typo.
 */
export function isBriefsOwnFolder(
  articles: string,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homeFolder(),
): boolean {
  return !env.BRIEF_ARTICLES && resolve(articles) === resolve(dataArticlesPath(env, home));
}
