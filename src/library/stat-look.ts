// What the look-ahead thread (stat-worker.ts) tells the main thread's walk (stat-ahead.ts, find-files.ts).

/** The progress value that tells the worker to stop. */
export const STOP = 0x7fffffff;

/** What the worker posts: paths, and for each three numbers: 1 for a folder (else 0), size, modification time. */
export interface LookBatch {
  paths: string[];
  looks: number[];
}

/** An entry as the worker's lstat saw it: what the walk asks of a Stats. */
export class Look {
  constructor(
    private readonly folder: boolean,
    readonly size: number,
    readonly mtimeMs: number,
  ) {}

  /** Never: the worker leaves links to the main thread. */
  isSymbolicLink(): boolean {
    return false;
  }

  isDirectory(): boolean {
    return this.folder;
  }
}
