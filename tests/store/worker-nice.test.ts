import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createWorkerPool, findWorkerScript, READER_WORKER_NICE} from '../../src/store/worker-pool.js';
import {lowerThreadPriority} from '../../src/store/thread-priority.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

// A reader's extraction workers run below its main thread (READER_WORKER_NICE), so a key's frame gets a core first
// while a background index keeps both busy. Linux keeps a nice value per thread, read here from /proc.

const script = findWorkerScript();
if (!script) throw new Error('no built worker: run npm run build');
const perThread = existsSync('/proc/thread-self');

/** The nice value of each of this process's threads, by thread id. */
function threadNices(): Map<number, number> {
  const nices = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'latin1');
      // The fields after the command name (in parentheses): nice is the 17th of them.
      nices.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return nices;
}

/** Extracts one made-up article in a pool of one worker and returns the threads' nice values while it lives. */
async function nicesWithWorker(nice?: number): Promise<{main: number; others: number[]}> {
  const dir = tempDir({'a.md': articleText('Harbour', 'Ada Varga said the harbour would open on Monday.')});
  const pool = createWorkerPool({script: script ?? '', size: 1, ...(nice === undefined ? {} : {nice})});
  try {
    expect((await pool.extract({path: join(dir, 'a.md'), id: 'a.md'})).ok).toBe(true);
    const nices = threadNices();
    const main = nices.get(process.pid) ?? NaN;
    nices.delete(process.pid);
    return {main, others: [...nices.values()]};
  } finally {
    await pool.close();
  }
}

describe.runIf(perThread)('the priority of extraction workers', () => {
  it('a reader’s workers run READER_WORKER_NICE steps below the main thread, which keeps its own', async () => {
    const {main, others} = await nicesWithWorker(READER_WORKER_NICE);
    expect(others).toContain(Math.min(19, main + READER_WORKER_NICE));
    expect(main).toBe(threadNices().get(process.pid));
  }, 60_000);

  it('a pool that does not ask leaves its workers level with the main thread', async () => {
    const {main, others} = await nicesWithWorker();
    expect(others.every((n) => n === main)).toBe(true);
  }, 60_000);

  it('never lowers the main thread itself', () => {
    const before = threadNices().get(process.pid);
    expect(lowerThreadPriority(5)).toBeNull();
    expect(threadNices().get(process.pid)).toBe(before);
  });
});
