import {spawnSync} from 'node:child_process';
import {join} from 'node:path';

/** The built CLI; `npm test` builds it before vitest runs. */
export const CLI = join(import.meta.dirname, '../../dist/cli.js');

/** Result of one run of the built CLI. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `brief` with arguments and extra environment, without a terminal. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd?: string): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd,
    env: {...process.env, NO_COLOR: '1', ...env},
    timeout: 60_000,
  });
  return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}
