import {collectLargeHeap} from './heap.js';
import {failureText, unanalysable} from '../extract/failures.js';
import {storedFailures} from './stored-failures.js';
import {isDamage} from './db-error.js';
import {allAnalysed, markAllAnalysed} from './analysed-mark.js';
import {holdCheckpoints} from './held-checkpoints.js';
import {createClaims, type ClaimVerdict, type Claims} from './claims.js';
import {
  extractorVersion,
  forEachLimit,
  knownExtractorVersion,
  missingJobs,
  READ_DEPTH,
  type ExtractJob,
} from './index-jobs.js';
import {backfillFeedsInSlices} from './feed-backfill.js';
import {mayRecoverFeeds, recoveredFeedsLine, recoverFeeds} from './recover-feeds.js';
import {scanLibraryAsync, type ReadJob} from './scan.js';
import {recordScan, type WalkList} from './scan-record.js';
import type {SqliteStore} from './sqlite-store.js';
import {createWriter} from './store-writes.js';
import type {IndexOptions, IndexRun, IndexSummary} from './index-types.js';
import {indexTiming} from './index-timing.js';
import {pauseIndexes, remakeIndexes} from './deferred-indexes.js';
import {pauseTextIndex, resumeTextIndex, shouldDeferTextIndex} from './text-index-sync.js';
import type {IndexProgress} from './types.js';
import {BUSY, tryWrite} from './write-lock.js';
import {createPassWrites, Restart, type Pass} from './index-writes.js';
import {emptySummary, progressReport} from './index-progress.js';
import {traceNow, traceSpan} from './index-trace.js';

export type {IndexOptions, IndexRun, IndexSummary} from './index-types.js';

type Listener = (progress: IndexProgress, finished: boolean) => void;

// How long an indexer waits between looks at texts another indexer on the same database is extracting.
const WAIT_FOR_OTHERS_MS = 200;

/**
 * Extraction jobs sent to each worker ahead of the text index's rebuild (extractAll's `meanwhile`), which holds the
 * main thread (1-2.5 s at 10,000 files, more under load) while the workers, holding two jobs each, went idle after a
 * few ms. An article takes a warm worker 3-10 ms, more while three threads share two cores: 256 cover 1.5-3 s (a
 * profile at load 3 shows both workers busy through a 1.4 s rebuild).
 */
const AHEAD_PER_WORKER = 256;

/**
 * Longest wait for another program's write lock to leave a shortcut for the next run (the scan record, the mark of
 * a library with every text analysed): a run with nothing changed must not wait out the busy timeout for them.
 */
const SHORTCUT_WAIT_MS = 100;

/**
 * A batch run's extraction claims taken in one transaction (claimTogether): taken up to this many jobs before their
 * turn, a few hundred ms of extraction at most, far short of a claim's staleness (claims.ts).
 */
const CLAIMS_TOGETHER = 32;

/** How soon a batch run writes the results of its last jobs (startIndexing's `withinMs`). */
export const LAST_WRITES_MS = 100;

/**
 * Most files a batch run with `endWorkersLater` writes its scan record for while the workers' threads may still be
 * ending: the record's check reads every stored file, and at 10,000 files a first index's peak memory was watched.
 */
const RECORD_BESIDE_WORKERS_MAX = 2000;

/** How often a lane waiting for a reader's writes to catch up looks again. */
const CATCH_UP_MS = 5;

/**
 * Brings the store up to date with its folder: files whose path, size and mtime are unchanged are not read;
 * new and changed files are read (and shown) first, then every content hash without an analysis from the
 * current extractor is extracted, newest articles first. Results are committed in small transactions, so a
 * killed run loses at most the last batch and the next run resumes where it stopped. A database found damaged
 * (by the quick check or by a failing write) is rebuilt and the pass starts over on it.
 */
export function startIndexing(store: SqliteStore, options: IndexOptions): IndexRun {
  const {pool} = options;
  const progressEveryMs = options.progressEveryMs ?? 200;
  const writeSliceMs = options.writeSliceMs ?? Infinity;
  const {root} = store;
  const listeners = new Set<Listener>();
  const started = performance.now();
  let pass: Pass | null = null;
  let lastEmit = 0;
  let stopped = false;
  let finished = false;
  let done = 0;
  let total = 0;
  // Of `done`, this run's own extractions; whether another indexer took texts of this run; whether only theirs are
  // left (index-progress.ts).
  let own = 0;
  let shared = false;
  let waitingForOthers = false;
  // Whether this run has written to the library's rows yet (the progress reports' `changed`).
  let wrote = false;
  let summary = emptySummary();
  // A first index's entity records are made once a key as its last jobs are handed out, not once a write batch
  // (store-writes.ts's refreshEntities, `holdAdded`): set by runPass, cleared by its `nearEnd`.
  let holdEntities = false;
  // Turns the automatic checkpoints held after the last reply back on (held-checkpoints.ts).
  let resumeCheckpoints: (() => void) | null = null;
  let extractStart: number | null = null;
  // The files this pass reads, and how many it has, while it reads them.
  let reading: {done: number; total: number} | null = null;
  const progress = (): IndexProgress =>
    progressReport({
      root,
      summary,
      done,
      total,
      own,
      shared,
      waitingForOthers,
      extractStart,
      changed: wrote,
      waiting: writes.waiting,
      reading,
    });
  const emit = (force: boolean): void => {
    const now = performance.now();
    if (!force && now - lastEmit < progressEveryMs) return;
    lastEmit = now;
    const p = progress();
    for (const listener of listeners) listener(p, finished);
  };
  const halted = (): boolean => stopped || (pass?.error ?? null) !== null;
  const writes = createPassWrites(
    store,
    {
      batchSize: options.batchSize ?? 64,
      flushEveryMs: options.flushEveryMs ?? 250,
      writeSliceMs,
      writeWaitMs: options.writeWaitMs,
    },
    {pass: () => pass, stopped: () => stopped, halted, emit, holdEntities: () => holdEntities},
  );
  const {transact, whenFree, drain, spent} = writes;
  const enqueue = (op: () => void, withinMs?: number, batch?: number): void => {
    wrote = true;
    writes.enqueue(op, withinMs, batch);
  };
  // A batch run writes its reads once as many wait as are still to come (a batch at most): held for a whole batch,
  // the 256 reads of a cold index of the 280 shipped articles were written as the last 24 came, 30-55 ms in which
  // their replies waited and the first extraction with them, while a worker done with its reads sat idle. So the
  // writes halve as the reads run out, and the last is of one read.
  const readBatch = (): number | undefined =>
    writeSliceMs === Infinity && reading ? Math.max(1, reading.total - reading.done) : undefined;
  // A batch run's last results are written soon after they come: held for a batch (up to a second's worth), they
  // were written after the last extraction ended, with the workers done (~0.1-0.15 s of the main thread alone at the
  // end of a cold index of the 280 shipped articles). From twice the pool's backlog of jobs left, so that the write
  // of what was held runs while the workers still hold deep queues (worker-pool.ts's BATCH_DEPTH). Not at once:
  // a transaction per result took the main thread ~4 ms each (the entities' refresh), beside the workers. Once fewer
  // jobs are left than the pool has workers, one of them is done and its core is free: what is held is written at
  // once, beside the last jobs, so that after the last reply only that reply's own result is left to write.
  const withinMs = (): number | undefined => {
    if (writeSliceMs !== Infinity) return undefined;
    const left = total - done;
    if (left < pool.size) return 0;
    return left <= (pool.backlog ?? pool.size * 2) ? LAST_WRITES_MS : undefined;
  };

  // Node hands a worker's replies over up to 1,000 at a time before its timers get a turn, and the read pass's
  // replies came as fast as the main thread took them: each one sent the next job from its own handler, so the queue
  // never emptied. In the reader that held every timer (the batched writes, the status line's redraws) for about 3 s
  // at a time: a 10,000-file first run showed "reading 23/10000 files" and 23 articles for seconds, then a jump. With
  // the reader's sliced writes, a read that ends a slice's worth after the last turn waits for the loop's next turn
  // before its lane sends another job (every lane that ends meanwhile waits too), so the replies come to an end.
  let turnAt = performance.now();
  let turn: Promise<void> | null = null;
  const nextTurn = (): Promise<void> | null => {
    if (writeSliceMs === Infinity || performance.now() - turnAt < writeSliceMs) return turn;
    return (turn ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      turn = null;
      turnAt = performance.now();
    }));
  };
  // A lane waits while a reader's writes are far behind, before it takes another job: its sliced writes then catch
  // up a slice a turn, keys answered between them, instead of the queue growing (index-writes.ts).
  const catchUp = async (): Promise<void> => {
    while (writes.behind() && !halted()) await new Promise((resolve) => setTimeout(resolve, CATCH_UP_MS));
  };

  // Each job belongs to one pass: one that ends after its pass was abandoned (the database repaired under it)
  // writes nothing.
  const readOne =
    (p: Pass) =>
    async (job: ReadJob): Promise<void> => {
      await catchUp();
      const outcome = await pool.read(job);
      const wait = nextTurn();
      if (wait) await wait;
      if (halted() || pass !== p) return;
      if (reading) reading.done += 1;
      if (outcome.ok) {
        summary[job.isNew ? 'added' : 'changed'] += 1;
        p.read.add(outcome.article);
        enqueue(
          () => p.writer.putArticle(root, outcome.article, p.affected, outcome.warnings),
          undefined,
          readBatch(),
        );
      } else if (outcome.transient) {
        summary.failed.push({path: job.path, reason: outcome.reason});
      } else {
        summary.skipped.push({path: job.path, reason: outcome.reason});
        enqueue(
          () => p.writer.putSkipped(root, {...job, reason: outcome.reason}, p.affected),
          undefined,
          readBatch(),
        );
      }
      emit(false);
    };

  const extractOne =
    (
      p: Pass,
      version: number,
      claims: Claims,
      theirs: ExtractJob[],
      slow: ExtractJob[] | null,
      /** The round's jobs not yet handed to the pool (nor skipped), for a batch run's workers to retire once none are. */
      round: {left: number} | null = null,
    ) =>
    async ({job, hash}: ExtractJob, taken?: ClaimVerdict, ahead = taken !== undefined): Promise<void> => {
      if (taken === undefined) await catchUp();
      // Another indexer on this database may be extracting the same text, or have stored it meanwhile. A claim
      // taken already (`taken`: the jobs sent ahead, a batch run's claims taken together) lets the job reach its
      // worker before this function yields.
      const verdict = taken ?? (await whenFree(p.db, () => claims.take(hash, version)));
      if (round) round.left -= 1;
      if (verdict === BUSY || halted() || pass !== p) return;
      if (verdict === 'theirs') {
        shared = true;
        theirs.push({job, hash});
        return;
      }
      if (verdict === 'done') {
        // Stored since this run listed it: another brief on the database analysed it.
        summary.byAnother += 1;
        done += 1;
        emit(false);
        return;
      }
      const outcome = await pool.extract(job, ahead);
      // Every job of a batch run's round is in a worker's hands: a worker with none left ends now, its thread's
      // teardown (~20-50 ms: freeing its heap) beside the other's last articles instead of after them. A job
      // after this (a retry of one out of time) starts a worker again.
      if (round && round.left === 0 && writeSliceMs === Infinity) pool.retireIdle?.();
      if (halted() || pass !== p) return;
      // Out of time while sharing the cores with the other extractions (a busy machine, many workers): tried
      // again alone at the end of the run before it is recorded as too long, which lasts until the extractor
      // changes.
      if (!outcome.ok && outcome.unanalysable && slow) {
        slow.push({job, hash});
        return;
      }
      done += 1;
      own += 1;
      if (outcome.ok) {
        summary.extracted += 1;
        // Stored with its failures, so it reads as incomplete and is redone only by a new extractor.
        const incomplete = outcome.packed ? outcome.packed.incomplete : failureText(outcome.analysis);
        if (incomplete)
          summary.unanalysable.push({path: job.path, reason: `analysis incomplete: ${incomplete}`});
        // An article this pass read and wrote, unchanged since (the pool's read memo), is in its row already: its
        // write again was a look-up and an update of the same values (~50 k instructions an article).
        const written = p.read.has(outcome.article);
        enqueue(() => {
          if (!written) p.writer.putArticle(root, outcome.article, p.affected);
          p.writer.putAnalysis(
            outcome.article.hash,
            version,
            outcome.packed ?? outcome.analysis,
            p.affected,
            outcome.entities,
          );
          claims.release(hash, version);
        }, withinMs());
      } else if (outcome.unanalysable) {
        // Out of time: recorded for this extractor version, so it is not tried again in a loop.
        summary.unanalysable.push({path: job.path, reason: outcome.reason});
        enqueue(() => {
          p.writer.putAnalysis(hash, version, unanalysable(outcome.reason), p.affected);
          claims.release(hash, version);
        });
      } else {
        if (transact(p.db, () => claims.release(hash, version)) === BUSY)
          p.pending.push(() => claims.release(hash, version));
        summary.failed.push({path: job.path, reason: outcome.reason});
      }
      emit(false);
    };

  /**
   * A batch run's claims on `jobs` (handed out in their order), taken CLAIMS_TOGETHER at a time in one transaction
   * as the first job of each run of them is handed out: a transaction per job was ~0.1 ms of the main thread each
   * (its commit), beside the workers. The verdict of a job, or undefined (the job takes its own claim) when the
   * lock was busy.
   */
  const claimTogether = (
    p: Pass,
    claims: Claims,
    version: number,
    jobs: readonly ExtractJob[],
  ): ((job: ExtractJob) => ClaimVerdict | undefined) => {
    const verdicts = new Map<ExtractJob, ClaimVerdict>();
    let next = 0;
    return (job) => {
      if (!verdicts.has(job) && jobs[next] === job && !halted() && pass === p) {
        const some = jobs.slice(next, next + CLAIMS_TOGETHER);
        next += some.length;
        const out = transact(p.db, () => some.map((j) => claims.take(j.hash, version)));
        if (out !== BUSY) some.forEach((j, i) => verdicts.set(j, out[i] as ClaimVerdict));
      } else if (jobs[next] === job) {
        next += 1;
      }
      const verdict = verdicts.get(job);
      verdicts.delete(job);
      return verdict;
    };
  };

  /**
   * Extracts what no other indexer is extracting, then waits for theirs (taking over any whose indexer died).
   * `meanwhile` (the text index's rebuild, which holds the thread for a second or more at 10,000 files) runs once
   * the first jobs are in the workers' hands, so they extract through it instead of waiting. Without it (a reader's
   * run, or a run with few new files) no job goes ahead: a reader's workers hold two jobs, as before.
   */
  /**
   * Extracts every text without an analysis of `version`. `meanwhile` runs once the first jobs are in the workers'
   * hands, `nearEnd` once the last is (both at most once, and not at all when there is nothing to extract).
   */
  const extractAll = async (
    p: Pass,
    version: number,
    meanwhile: (() => void) | null,
    nearEnd: (() => void) | null = null,
  ): Promise<void> => {
    // A library marked as having every text analysed by this version has nothing to look for (analysed-mark.ts).
    let jobs = allAnalysed(p.db, root, version)
      ? []
      : missingJobs(p.db, root, options.reanalyse === false ? null : version);
    total = jobs.length;
    done = 0;
    own = 0;
    shared = false;
    waitingForOthers = false;
    extractStart = performance.now();
    reading = null;
    emit(true);
    // Made only when there is something to claim: its owner id's first random bytes took 30-70 ms of a run with
    // nothing changed (OpenSSL's generator set up on first use).
    if (jobs.length === 0) return meanwhile?.();
    const claims = createClaims(p.db);
    try {
      let first = true;
      while (jobs.length > 0 && !halted()) {
        const theirs: ExtractJob[] = [];
        const slow: ExtractJob[] = [];
        const one = extractOne(p, version, claims, theirs, slow, {left: jobs.length});
        // The jobs sent ahead: their claims in one transaction, each job in a worker before `meanwhile` holds the
        // thread. Past half the jobs a worker could be left with the last many while the other idles.
        const ahead =
          first && meanwhile ? jobs.slice(0, Math.min(AHEAD_PER_WORKER * pool.size, jobs.length >> 1)) : [];
        const verdicts =
          ahead.length > 0 ? transact(p.db, () => ahead.map((j) => claims.take(j.hash, version))) : [];
        const sent =
          verdicts === BUSY ? [] : verdicts.map((verdict, i) => one(ahead[i] as ExtractJob, verdict));
        if (first) meanwhile?.();
        const rest = jobs.slice(sent.length);
        const claimed = writeSliceMs === Infinity ? claimTogether(p, claims, version, rest) : null;
        const give = claimed ? (job: ExtractJob) => one(job, claimed(job), false) : one;
        // `nearEnd` once the first round's last job is handed out, on the next turn (after its dispatch): the
        // workers then still hold a backlog of jobs to work through beside it.
        let handed = 0;
        const handOut =
          first && nearEnd
            ? (job: ExtractJob): Promise<void> => {
                const result = give(job);
                handed += 1;
                if (handed === rest.length) setImmediate(nearEnd);
                return result;
              }
            : give;
        if (first && nearEnd && rest.length === 0) setImmediate(nearEnd);
        first = false;
        await Promise.all([...sent, forEachLimit(rest, pool.backlog ?? pool.size * 2, handOut, halted)]);
        // One at a time, the rest done (the claims are still this run's, so each is taken again as its own).
        await forEachLimit(slow, 1, extractOne(p, version, claims, theirs, null), halted);
        if (theirs.length === 0 || halted()) break;
        waitingForOthers = true;
        emit(true);
        await drain();
        await new Promise((resolve) => setTimeout(resolve, WAIT_FOR_OTHERS_MS));
        jobs = theirs;
      }
    } finally {
      // Left to go stale (its process gone) when another program holds the lock.
      if (halted() && p.db.open) transact(p.db, () => claims.releaseAll());
    }
  };

  const runPass = async (p: Pass): Promise<void> => {
    const {db, writer, affected} = p;
    const tp = traceNow();
    // In slices, with the event loop free between them: a reader walking a huge or deep tree still answers keys.
    const plan = await scanLibraryAsync(db, root, undefined, options.lastKeyAt);
    traceSpan('scan', tp);
    if (stopped) return;
    if (store.generation !== p.generation) throw new Restart();
    // A run that died after putting off the rebuild of the entity records (index-writes.ts) left them stale.
    if (writer.entitiesStale(root) && (await whenFree(db, () => writer.rebuildStaleEntities(root))) === BUSY)
      return;
    summary.files = plan.files.length;
    summary.unchanged = plan.unchanged;
    summary.skipped.push(...plan.skipped);
    summary.outside = plan.outside;
    summary.knownSkipped = plan.skipped.length - plan.outside;
    // Many bodies to write (a first index) are written without the text index, which is built once after them;
    // not under a reader (write slices), where the rebuild would hold its keys for a second.
    const deferText =
      writeSliceMs === Infinity && shouldDeferTextIndex(db, plan.reads.length, options.deferTextIndexAt);
    const settle = (): void => {
      // Listing every stored file to find none gone was ~40 ms at 10,000 articles of a run with nothing to do.
      summary.removed = plan.missing > 0 ? writer.removeMissing(root, new Set(plan.files), affected) : 0;
      for (const move of plan.idMoves) writer.setId(move.path, move.id);
      if (summary.removed > 0 || plan.idMoves.length > 0) wrote = true;
      writer.refreshEntities(affected);
      if (deferText) {
        pauseTextIndex(db);
        pauseIndexes(db);
      }
    };
    // Nothing gone, renamed or to write without the text index: no write (and no wait for another program's lock).
    const settled =
      plan.missing > 0 || plan.idMoves.length > 0 || deferText ? await whenFree(db, settle) : null;
    if (settled === BUSY) return;
    if (store.generation !== p.generation) throw new Restart();
    // A library with no files has nothing to extract: asking the pool for its extractor's version (not stored in a
    // new database) would start a worker that loads the whole extractor, ~0.8 s of CPU for an empty first run.
    const version = plan.files.length > 0 ? extractorVersion(db, pool, (write) => transact(db, write)) : null;
    version?.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
    // An estimate until the extractor's version is known: new and changed files plus content never analysed. With
    // nothing to read and the version stored there is no wait to estimate (extraction sets the total at once):
    // counting read every file's hash, 20-30 ms of a run with nothing changed at 10,000 files.
    const unanalysed =
      plan.reads.length === 0 && knownExtractorVersion(db, pool) !== null
        ? undefined
        : db
            .prepare<[string], {n: number}>(
              'SELECT count(DISTINCT hash) AS n FROM files f WHERE root = ? AND hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM analyses a WHERE a.hash = f.hash)',
            )
            .get(root);
    total = plan.reads.length + (unanalysed?.n ?? 0);
    reading = plan.reads.length > 0 ? {done: 0, total: plan.reads.length} : null;
    emit(true);
    // What a first index puts off (deferred): a write of the whole store made once, at most, if the pass is still
    // this store's; a failure is the pass's error unless it has one, and the store is mended on its next open.
    const once = (deferred: boolean, write: () => void, mark?: string): (() => void) => {
      let pending = deferred;
      return () => {
        if (!pending) return;
        pending = false;
        if (!db.open || store.generation !== p.generation) return;
        const t0 = performance.now();
        const tt = traceNow();
        try {
          db.transaction(write).immediate();
          traceSpan('once', tt, mark ?? 'remake');
          if (mark) performance.mark(mark);
        } catch (err) {
          p.error ??= err;
        }
        spent.writeMs += performance.now() - t0;
      };
    };
    // The bodies written without the text index are indexed in one rebuild, once the first extraction jobs are in
    // the workers' hands (extractAll): done between the reads and the extraction, it held the main thread for 1-2.5 s
    // at 10,000 files while both workers waited for their next job.
    const rebuildText = once(deferText, () => resumeTextIndex(db), 'brief:text-index');
    // The indexes the run wrote without (deferred-indexes.ts), each made in one sort once every mention is written.
    const remakeDeferred = once(deferText, () => remakeIndexes(db));
    // With the deferred indexes, beside the workers' last jobs, the entity records held since the pass began: the
    // next write folds them (at the latest the last, when extraction is skipped or stopped).
    holdEntities = deferText;
    const nearEnd = (): void => {
      holdEntities = false;
      remakeDeferred();
    };
    try {
      const tr = traceNow();
      await forEachLimit(plan.reads, pool.size * READ_DEPTH, readOne(p), halted);
      traceSpan('reads', tr);
      if (p.error) throw p.error;
      const td = traceNow();
      await drain();
      traceSpan('drain', td);
      performance.mark('brief:reads');
      // Once the reads are written, the files' own record of their feeds is whole (filled in once for those read
      // before files had it): lost subscriptions come back.
      if (!stopped && !store.readOnly)
        await backfillFeedsInSlices(
          db,
          (fn) => whenFree(db, fn),
          () => new Promise((resolve) => setImmediate(resolve)),
          () => pass === p && !stopped,
        );
      if (!stopped && !store.readOnly && mayRecoverFeeds(db, root)) {
        const count = await whenFree(db, () => recoverFeeds(db, root));
        if (count !== BUSY && count > 0 && pass === p) store.notify(recoveredFeedsLine(store.path, count));
      }
      if (!stopped && version) {
        summary.extractorVersion = await version;
        // The deferred indexes are made once the last text is in the workers' hands, beside their last jobs: made
        // after them, `mentions_by_key`'s sort of every mention (~0.2-0.3 s of CPU at 10,000 files, 1 s in a
        // profile under load) was the main thread's alone at the run's end. The few mentions written after go
        // into the index row by row.
        await extractAll(
          p,
          summary.extractorVersion,
          deferText ? rebuildText : null,
          deferText ? nearEnd : null,
        );
      }
    } finally {
      // Also when stopped or failing: a store left without its triggers or indexes is made whole by its next open.
      rebuildText();
      remakeDeferred();
      holdEntities = false;
    }
    if (p.error) throw p.error;
    // The writes left before the close's checkpoint hold off their own (held-checkpoints.ts).
    if (writeSliceMs === Infinity) resumeCheckpoints ??= holdCheckpoints(db);
    const te = traceNow();
    await drain();
    traceSpan('drain-end', te);
    performance.mark('brief:extracted');
    // A batch run marks the library as having every text analysed, when it has: the next run with nothing changed
    // need not look for texts without an analysis (analysed-mark.ts). Only a shortcut: a failure leaves it unmarked.
    const analysedBy = summary.extractorVersion;
    if (!stopped && writeSliceMs === Infinity && analysedBy !== null && !allAnalysed(db, root, analysedBy)) {
      try {
        tryWrite(db, SHORTCUT_WAIT_MS, () => markAllAnalysed(db, root, analysedBy));
      } catch {
        // The next run looks for missing analyses as before.
      }
    }
    // A batch run leaves the library's scan record for the next run's walk to compare with (scan-record.ts); not
    // under a reader, whose keys would wait for the check's read of every stored file. Written once the pass is
    // over and the workers are gone (run, below), so its check does not add to the run's peak memory.
    if (!plan.recorded && plan.walk && writeSliceMs === Infinity)
      toRecord = {walk: plan.walk, generation: p.generation};
    if (!stopped && summary.extractorVersion !== null) {
      // Those found by earlier runs (not tried again until the extractor changes) are named again.
      const named = new Set(summary.unanalysable.map((u) => u.path));
      for (const u of storedFailures(db, root, summary.extractorVersion))
        if (!named.has(u.path)) summary.unanalysable.push(u);
      emit(true);
    }
  };

  // The pool's close, once asked for: its threads' end, which a second `pool.close()` would not wait for.
  let closing: Promise<void> | null = null;
  const closePool = (): Promise<void> => {
    if (closing) return closing;
    closing = pool.close();
    // Not awaited by a run with `endWorkersLater`: a failure to end a thread is no failure of the run.
    closing.catch(() => {});
    return closing;
  };

  // The walk of a batch pass that ended well, to leave as the library's scan record.
  let toRecord: {walk: WalkList; generation: number} | null = null;
  const record = (): void => {
    const what = toRecord;
    toRecord = null;
    if (!what || stopped || store.generation !== what.generation || !store.db.open) return;
    const t0 = performance.now();
    const tt = traceNow();
    // What the writes left behind goes first, so the record's check does not grow the heap past its peak.
    collectLargeHeap();
    try {
      tryWrite(store.db, SHORTCUT_WAIT_MS, () => recordScan(store.db, root, what.walk));
      traceSpan('record', tt);
    } catch {
      // Only a shortcut for the next run: without it, that run compares every stored file as before.
    }
    spent.writeMs += performance.now() - t0;
  };

  const run = async (): Promise<IndexSummary> => {
    await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
    try {
      // A repair or a re-made database starts the pass again; twice is enough for any one run.
      let checking: Promise<boolean> | null = null;
      for (let attempt = 0; ; attempt++) {
        const generation = store.generation;
        try {
          // The check runs beside the pass; damage it finds restarts the pass on the rebuilt database.
          if (attempt === 0)
            checking = store.checkIntegrityLater(options.checkIntegrity === 'now').catch(() => false);
          pass = {
            db: store.db,
            generation: store.generation,
            writer: createWriter(store.db, (rows) => store.journalMarks(rows)),
            affected: new Map(),
            pending: [],
            read: new WeakSet(),
            error: null,
          };
          toRecord = null;
          await runPass(pass);
          if (options.awaitCheck && checking) {
            const repaired = await checking;
            checking = null;
            // Repaired after this pass had read the damaged file: once more, on the new one.
            if (repaired && store.generation !== pass.generation && !stopped) {
              summary = emptySummary();
              continue;
            }
          }
          // (Set by runPass: read through a cast, which TypeScript's narrowing above cannot see.)
          const recording = toRecord as {walk: WalkList} | null;
          if (recording) {
            // Its check reads every stored file: at many files, after the workers' heaps are gone (peak memory).
            const ending = closePool();
            if (!options.endWorkersLater || recording.walk.files.length > RECORD_BESIDE_WORKERS_MAX)
              await ending;
            record();
          }
          break;
        } catch (err) {
          // Stopped while the database was being replaced: what was done is kept, nothing to report.
          if (stopped && err instanceof Restart) break;
          if (stopped || attempt >= 2) throw err;
          if (!(err instanceof Restart) && store.generation === generation) {
            if (!isDamage(err)) throw err;
            store.repair(err instanceof Error ? err.message : String(err));
          }
          summary = emptySummary();
        }
      }
    } finally {
      writes.cancel();
      resumeCheckpoints?.();
      resumeCheckpoints = null;
      const timing = pool.timing?.();
      const ending = closePool();
      if (!options.endWorkersLater) await ending;
      if (timing) summary.timing = indexTiming(timing, spent);
      summary.stopped = stopped;
      summary.seconds = (performance.now() - started) / 1000;
      finished = true;
      if (!stopped) total = done;
      emit(true);
    }
    return summary;
  };

  const donePromise = run();
  return {
    done: donePromise,
    workersEnded: donePromise
      .then(
        () => closing ?? undefined,
        () => closing ?? undefined,
      )
      .catch(() => {}),
    progress,
    subscribe(listener) {
      listeners.add(listener);
      if (finished) listener(progress(), true);
      return () => listeners.delete(listener);
    },
    async stop() {
      if (!finished) {
        stopped = true;
        // Results already received are written; only work in flight is dropped.
        writes.flushNow(true);
        await closePool();
      }
      return donePromise;
    },
  };
}
