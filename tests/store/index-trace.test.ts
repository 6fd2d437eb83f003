import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from './fixtures.js';

// BRIEF_TRACE_INDEX=FILE (src/store/index-trace.ts): each thread of `brief index` appends its spans to FILE, on one
// clock, so the workers' jobs line up with the main thread's writes; nothing is written without it.
describe('the index trace', () => {
  const library = (): string =>
    tempDir({
      'harbour.md': articleText('Harbour opens', 'Ada Varga said the harbour would open on Monday.'),
      'bridge.md': articleText('Bridge closes', 'Ben Okafor said the bridge would close.'),
    });

  it("writes each thread's reads, extractions and writes as spans in order", () => {
    const out = tempDir();
    const file = join(out, 'trace.txt');
    const run = runCli(['index', '--articles', library(), '--db', join(out, 'a.db')], {
      BRIEF_TRACE_INDEX: file,
      BRIEF_WORKERS: '1',
    });
    expect(run.code).toBe(0);
    const spans = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' '));
    const names = (thread: string) => spans.filter(([who]) => who === thread).map(([, , , name]) => name);
    const worker = spans.find(([who]) => who !== 'main')?.[0] ?? '';
    expect(names(worker).filter((n) => n === 'read' || n === 'extract')).toEqual([
      'read',
      'read',
      'extract',
      'extract',
    ]);
    expect(names('main')).toEqual(expect.arrayContaining(['scan', 'reads', 'post', 'reply', 'flush']));
    // The run's start and end: the first worker's spawn before its `online`, the store's close after every write.
    const order = names('main');
    expect(order.indexOf('spawn')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('spawn')).toBeLessThan(order.indexOf('online'));
    expect(order.lastIndexOf('flush')).toBeLessThan(order.indexOf('close'));
    for (const [, start, end] of spans) expect(BigInt(end ?? 0)).toBeGreaterThanOrEqual(BigInt(start ?? 0));
  });
});
