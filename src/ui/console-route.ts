import {Console} from 'node:console';
import {Writable} from 'node:stream';

// While the reader draws, anything a library prints with console.* must go above Ink's frame, not into it. Ink's own
// `patchConsole` does that by making two streams and a Console before the first render (~2-5 ms of the first
// frame); this routes the same methods through Ink's useStdout/useStderr writers once the first frame is out, and
// makes the Console only when something is printed.

const METHODS = [
  'assert',
  'count',
  'countReset',
  'debug',
  'dir',
  'dirxml',
  'error',
  'group',
  'groupCollapsed',
  'groupEnd',
  'info',
  'log',
  'table',
  'time',
  'timeEnd',
  'timeLog',
  'trace',
  'warn',
] as const;

type Method = (typeof METHODS)[number];

/** Where printed text goes: Ink's writers, which put it above the frame and draw the frame again. */
export interface ConsoleTargets {
  stdout: (data: string) => void;
  stderr: (data: string) => void;
}

const sink = (write: (data: string) => void) =>
  new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      write(String(chunk));
      done();
    },
  });

/** Sends `target`'s console methods to `to`; returns the function that puts the original methods back. */
export function routeConsole(to: ConsoleTargets, target: Console = console): () => void {
  let inner: Console | undefined;
  const routed = (): Console => (inner ??= new Console(sink(to.stdout), sink(to.stderr)));
  const original = new Map<Method, unknown>();
  const methods = target as unknown as Record<Method, unknown>;
  for (const method of METHODS) {
    original.set(method, methods[method]);
    methods[method] = (...args: unknown[]) =>
      (routed()[method] as (...a: unknown[]) => unknown).apply(routed(), args);
  }
  return () => {
    for (const [method, fn] of original) methods[method] = fn;
  };
}
