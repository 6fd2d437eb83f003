import {homedir} from 'node:os';
import {join} from 'node:path';

/** Where the database lives: `$BRIEF_DB`, else `$XDG_DATA_HOME/brief/brief.db`, else `~/.local/share/brief/brief.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (env.BRIEF_DB) return env.BRIEF_DB;
  const data =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/')
      ? env.XDG_DATA_HOME
      : join(home, '.local', 'share');
  return join(data, 'brief', 'brief.db');
}
