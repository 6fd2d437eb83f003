// Worker thread entry (bundled to dist/page-worker.js): reads fetched pages in reader mode off the main thread,
// where a refresh only fetches and writes, and the reader keeps answering keys.
import {parentPort} from 'node:worker_threads';
import {readPage} from './page-reader.js';
import type {PageReply, PageRequest} from './page-pool.js';

parentPort?.on('message', (request: PageRequest) => {
  let reply: PageReply;
  try {
    reply = {seq: request.seq, result: readPage(request.page)};
  } catch (err) {
    reply = {
      seq: request.seq,
      result: {
        ok: false,
        reason: `cannot read the page: ${err instanceof Error ? err.message : String(err)}`,
      },
    };
  }
  parentPort?.postMessage(reply);
});
