// Where a bench section keeps its copy of dist/: under node_modules/.cache (inside the project, so packages kept
// external still resolve), named per checkout. Worktrees share one node_modules (a symlink), and a section that
// emptied a shared folder at start deleted the copy another checkout's bench was running from.
import {createHash} from 'node:crypto';
import {join} from 'node:path';

/** The cache folder `name` of the checkout at `root`. */
export function benchCache(root, name) {
  const checkout = createHash('sha1').update(root).digest('hex').slice(0, 8);
  return join(root, 'node_modules/.cache', `${name}-${checkout}`);
}
