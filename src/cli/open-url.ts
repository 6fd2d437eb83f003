import {spawn} from 'node:child_process';
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';
import {isHttpUrl} from '../web/url.js';

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The system's URL opener as a function, or null when the system has none (no desktop, say). */
export function findOpener(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): ((url: string) => void) | null {
  const command = platform === 'darwin' ? 'open' : platform === 'win32' ? null : 'xdg-open';
  if (!command || !onPath(command, env)) return null;
  return (url) => {
    // Only web addresses: a file: or custom-scheme URL in an article must not launch local programs.
    if (!isHttpUrl(url)) return;
    const child = spawn(command, [url], {detached: true, stdio: 'ignore'});
    child.on('error', () => {});
    child.unref();
  };
}
