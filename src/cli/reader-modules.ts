// The reader's modules that load after its first frame: indexing (the article parser, the worker pool) and the
// feed refresh (the HTML reader among it). The CLI's ES bundle imports them and hands them to the reader, so the
// reader itself can be a classic script with a V8 code cache (dist/reader.cjs, see classic-script.ts) that does
// not carry copies of them, and neither form of the reader pays for them before its first frame.

export const readerModules = {
  indexing: () => Promise.all([import('../store/indexer.js'), import('../store/worker-pool.js')]),
  refresh: () =>
    Promise.all([
      import('../feeds/refresh.js'),
      import('../feeds/target.js'),
      import('../feeds/page-pool.js'),
      import('../web/fetch.js'),
      import('../store/sync-files.js'),
      import('../store/list-landed.js'),
    ]),
};

export type ReaderModules = typeof readerModules;
