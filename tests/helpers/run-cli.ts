import {spawn, spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {tempDir} from './temp-dir.js';

/** The built CLI; `npm test` builds it before vitest runs. */
export const CLI = join(import.meta.dirname, '../../dist/cli.js');

/** Result of one run of the built CLI. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A data folder of its own for a run that names no database (`list` keeps the library's files in one): a test never
 * writes to the user's data folder. The database is brief's default one there, made as quietly as a new user's
 * first (a database named with $BRIEF_DB that is not there yet is said, or refused by `list`).
 */
function ownDb(args: string[], env: Record<string, string>): Record<string, string> {
  return args.includes('--db') || 'BRIEF_DB' in env ? {} : ownData();
}

/**
 * The environment of a data folder of its own, for runs that share one database without naming it: brief's default
 * place there, made quietly by whichever command comes first, as on a new user's first run.
 */
export function ownData(): Record<string, string> {
  return {BRIEF_DB: '', XDG_DATA_HOME: tempDir()};
}

/** A database file of its own that is there (empty, which brief takes as a new database): commands that only read open it. */
export function emptyDb(name = 'brief.db'): string {
  return join(tempDir({[name]: ''}), name);
}

/** Runs the built `brief` with arguments and extra environment, without a terminal. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd?: string): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd,
    env: {...process.env, NO_COLOR: '1', ...ownDb(args, env), ...env},
    timeout: 60_000,
  });
  return {code: run.status, stdout: run.stdout, stderr: run.stderr};
}

/** Runs the built `brief` without blocking this process (a test server in it must keep answering). */
export function runCliAsync(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: {...process.env, NO_COLOR: '1', ...env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({code, stdout, stderr});
    });
  });
}

/** The built `brief` started and left running (to be sent a signal), its output gathered and its exit awaited. */
export interface CliChild {
  child: ReturnType<typeof spawn>;
  /** What it wrote so far. */
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

export function startCli(args: string[]): CliChild {
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: 'pipe',
    env: {...process.env, NO_COLOR: '1'},
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {child, stdout: () => stdout, stderr: () => stderr, exited};
}
