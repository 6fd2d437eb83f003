import {homedir, userInfo} from 'node:os';
import {isAbsolute, join} from 'node:path';

/**
 * The user's home folder: `$HOME` when it is an absolute path, else the system's record of the user's home. An
 * empty or relative `HOME` (a service started with `HOME=`) would otherwise put the database, the library and the
 * code cache under whatever folder brief was started in, a different one each time, the marks seeming lost.
 */
export function homeFolder(
  home: string = homedir(),
  recorded: () => string = () => userInfo().homedir,
): string {
  if (isAbsolute(home)) return home;
  try {
    const system = recorded();
    if (isAbsolute(system)) return system;
  } catch {
    // No record of the user (a container's uid without a passwd entry): nothing better than what HOME says.
  }
  return home;
}

/** Where the database lives: `$BRIEF_DB`, else `$XDG_DATA_HOME/brief/brief.db`, else `~/.local/share/brief/brief.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, home: string = homeFolder()): string {
  if (env.BRIEF_DB) return env.BRIEF_DB;
  const data =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/')
      ? env.XDG_DATA_HOME
      : join(home, '.local', 'share');
  return join(data, 'brief', 'brief.db');
}
