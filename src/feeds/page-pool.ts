import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {HtmlReadResult} from '../library/html/html-article.js';
import {readPage, type RawPage} from './page-reader.js';

/** A page sent to a worker. */
export interface PageRequest {
  seq: number;
  page: RawPage;
}

/** A worker's answer. */
export interface PageReply {
  seq: number;
  result: HtmlReadResult;
}

/** Reads pages in reader mode, on worker threads when it has them. */
export interface PageReader {
  read(page: RawPage): Promise<HtmlReadResult>;
  close(): Promise<void>;
}

/** Reads pages on the calling thread (one page, or tests). */
export const inlinePageReader: PageReader = {
  read: (page) => Promise.resolve(readPage(page)),
  close: () => Promise.resolve(),
};

/** The bundled page worker beside the CLI bundle, or the built one when running from the sources; null if none. */
export function findPageWorker(): string | null {
  for (const rel of ['./page-worker.js', '../page-worker.js', '../../dist/page-worker.js']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * A pool of page workers, one per core by default, started on the first page (a refresh that gets only 304s
 * starts none). Parsing a 100 KB page takes 10-40 ms: spread over the cores, and off the thread that draws the
 * reader. Falls back to the calling thread when the worker script is missing.
 */
export function createPagePool(options: {script?: string | null; size?: number} = {}): PageReader {
  const script = options.script === undefined ? findPageWorker() : options.script;
  if (!script) return inlinePageReader;
  const size = Math.max(1, options.size ?? availableParallelism());
  const slots: Slot[] = [];
  const waiting = new Map<number, {resolve: (r: HtmlReadResult) => void; slot: Slot}>();
  let seq = 0;

  const spawn = (): Slot => {
    const slot: Slot = {worker: new Worker(script), busy: 0};
    slot.worker.on('message', (reply: PageReply) => {
      const w = waiting.get(reply.seq);
      if (!w) return;
      waiting.delete(reply.seq);
      slot.busy -= 1;
      w.resolve(reply.result);
    });
    const fail = (why: string): void => {
      const at = slots.indexOf(slot);
      if (at >= 0) slots.splice(at, 1);
      for (const [key, w] of waiting) {
        if (w.slot !== slot) continue;
        waiting.delete(key);
        w.resolve({ok: false, reason: `the page reader stopped (${why})`});
      }
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => fail(`exit ${code}`));
    slots.push(slot);
    return slot;
  };

  return {
    read(page) {
      const idle = slots.reduce<Slot | null>((best, s) => (!best || s.busy < best.busy ? s : best), null);
      const slot = idle && (idle.busy === 0 || slots.length >= size) ? idle : spawn();
      slot.busy += 1;
      const n = ++seq;
      return new Promise((resolve) => {
        waiting.set(n, {resolve, slot});
        // A copy, not a transfer: the fetcher's buffers may share one pooled ArrayBuffer.
        slot.worker.postMessage({seq: n, page} satisfies PageRequest);
      });
    },
    async close() {
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
