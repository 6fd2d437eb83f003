import {EventEmitter} from 'node:events';
import type {Worker} from 'node:worker_threads';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {resetStaging, startStaged} from '../../src/store/staged-worker.js';

/** A stand-in for a worker thread: records what it was sent and whether it was stopped. */
class FakeThread extends EventEmitter {
  sent: unknown[] = [];
  stopped = false;
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): Promise<number> {
    this.stopped = true;
    return Promise.resolve(1);
  }
}

function maker() {
  const made: FakeThread[] = [];
  const make = (): Worker => {
    const thread = new FakeThread();
    made.push(thread);
    return thread as unknown as Worker;
  };
  return {made, make};
}

describe('worker threads started one after another', () => {
  beforeEach(() => resetStaging());
  afterEach(() => resetStaging());

  it('starts the first at once and the next only once the first is running', () => {
    const {made, make} = maker();
    const first = startStaged(make);
    expect(made).toHaveLength(1);
    expect(first).toBe(made[0]);
    const second = startStaged(make);
    expect(made).toHaveLength(1);
    expect(second).not.toBe(made[0]);
    made[0]!.emit('online');
    expect(made).toHaveLength(2);
    // The gate stays open: later ones start at once.
    const third = startStaged(make);
    expect(made).toHaveLength(3);
    expect(third).toBe(made[2]);
  });

  it('keeps what is posted before its thread exists and passes the thread’s events on', () => {
    const {made, make} = maker();
    startStaged(make);
    const second = startStaged(make);
    const heard: unknown[] = [];
    second.on('message', (m: unknown) => heard.push(m));
    second.postMessage({kind: 'read', seq: 1});
    second.postMessage({kind: 'extract', seq: 2});
    made[0]!.emit('online');
    const thread = made[1]!;
    expect(thread.sent).toEqual([
      {kind: 'read', seq: 1},
      {kind: 'extract', seq: 2},
    ]);
    second.postMessage({kind: 'version', seq: 3});
    expect(thread.sent).toHaveLength(3);
    thread.emit('message', {kind: 'outcome', seq: 1});
    expect(heard).toEqual([{kind: 'outcome', seq: 1}]);
  });

  it('lets the others start when the first ends or fails before running', () => {
    for (const end of ['exit', 'error'] as const) {
      resetStaging();
      const {made, make} = maker();
      startStaged(make);
      startStaged(make);
      expect(made).toHaveLength(1);
      made[0]!.emit(end, end === 'exit' ? 1 : new Error('no thread'));
      expect(made).toHaveLength(2);
    }
  });

  it('never starts a thread for one stopped while it waited, and ends it as a stopped worker', async () => {
    const {made, make} = maker();
    startStaged(make);
    const second = startStaged(make);
    const exits: number[] = [];
    second.on('exit', (code: number) => exits.push(code));
    second.postMessage({kind: 'read', seq: 1});
    await expect(second.terminate()).resolves.toBe(1);
    await Promise.resolve();
    expect(exits).toEqual([1]);
    made[0]!.emit('online');
    expect(made).toHaveLength(1);
  });

  it('stops the thread it became', async () => {
    const {made, make} = maker();
    startStaged(make);
    const second = startStaged(make);
    made[0]!.emit('online');
    await second.terminate();
    expect(made[1]!.stopped).toBe(true);
  });
});
