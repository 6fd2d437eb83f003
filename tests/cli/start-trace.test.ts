import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterEach, describe, expect, it} from 'vitest';
import {formatStartTrace, memorySample, startMarks, traceStart} from '../../src/cli/start-trace.js';
import {indexTiming} from '../../src/store/index-timing.js';
import {runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

afterEach(() => performance.clearMarks());

describe('start-up trace', () => {
  it('reports each phase with its end and its own duration, in the order reached', () => {
    const text = formatStartTrace([
      {name: 'brief:entry', at: 40},
      {name: 'brief:store', at: 55.5},
      {name: 'brief:first-write', at: 120},
    ]);
    const lines = text.trim().split('\n').slice(1);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\s+40\.0 ms\s+\+\s+40\.0 ms\s+node and the CLI bundle$/);
    expect(lines[1]).toMatch(/55\.5 ms\s+\+\s+15\.5 ms\s+store ready/);
    expect(lines[2]).toMatch(/120\.0 ms\s+\+\s+64\.5 ms\s+first frame written/);
  });

  it('keeps only brief marks, sorted by time', () => {
    performance.mark('brief:store');
    performance.mark('someone-else');
    expect(startMarks().map((m) => m.name)).toEqual(['brief:store']);
  });

  it('marks the first long write after the first render, not the screen switch before it', () => {
    const out = new PassThrough() as unknown as NodeJS.WriteStream;
    const written: string[] = [];
    (out as unknown as PassThrough).on('data', (d: Buffer) => written.push(d.toString()));
    traceStart('1', out);
    out.write('\u001b[?1049h'.repeat(5)); // before any render: not the frame
    expect(performance.getEntriesByName('brief:first-write')).toHaveLength(0);
    performance.mark('brief:first-render');
    out.write('\u001b[?2026h'); // a short begin-update sequence: not the frame either
    expect(performance.getEntriesByName('brief:first-write')).toHaveLength(0);
    out.write(`brief · 280 articles · 280 unread · filter: all${' '.repeat(60)}`);
    out.write('a second frame, long enough to count but not the first one');
    expect(performance.getEntriesByName('brief:first-write')).toHaveLength(1);
    expect(written.join('')).toContain('280 articles'); // what is written still goes out
  });

  it('is off without the variable: the stream is left as it was', () => {
    const out = new PassThrough() as unknown as NodeJS.WriteStream;
    const write = out.write;
    traceStart(undefined, out);
    expect(out.write).toBe(write);
  });

  it('the built CLI writes its marks as JSON into the named file at exit', () => {
    const file = join(tempDir(), 'trace.json');
    const run = runCli(['--version'], {BRIEF_TRACE_START: file});
    expect(run.code).toBe(0);
    const trace = JSON.parse(readFileSync(file, 'utf8')) as {timeOrigin: number; marks: {name: string}[]};
    expect(trace.timeOrigin).toBeGreaterThan(0);
    expect(trace.marks.map((m) => m.name)).toContain('brief:entry');
  });

  it('says in one line when the trace file cannot be written, and still exits as it would', () => {
    const run = runCli(['--version'], {BRIEF_TRACE_START: join(tempDir(), 'missing-folder', 'trace.json')});
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^brief: cannot write the start-up trace: .+\n$/);
  });
});

describe('index timing', () => {
  it('takes the slowest worker start, the sum and median of extraction, and the write figures as given', () => {
    const timing = indexTiming(
      {workerStartMs: [300, 420], extractMs: [9, 3, 5, 40], workerCpuMs: [1250, 1190]},
      {writeMs: 80, linkMs: 12},
    );
    expect(timing).toEqual({
      workerStartMs: 420,
      extractMs: 57,
      extractMedianMs: 9,
      writeMs: 80,
      linkMs: 12,
      workerCpuMs: [1250, 1190],
    });
  });
  it('is all zeros when nothing was extracted', () => {
    const timing = indexTiming({workerStartMs: [], extractMs: []}, {writeMs: 0, linkMs: 0});
    expect(timing.workerStartMs).toBe(0);
    expect(timing.extractMedianMs).toBe(0);
    expect(timing.workerCpuMs).toEqual([]);
  });
});

describe('memory samples (BRIEF_TRACE_MEMORY)', () => {
  it('reads the resident set, the V8 heap and the threads in MB', () => {
    const m = memorySample();
    expect(m.rss).toBeGreaterThan(m.heapUsed);
    expect(m.heapTotal).toBeGreaterThanOrEqual(m.heapUsed);
    expect(m.external).toBeGreaterThanOrEqual(0);
    if (process.platform === 'linux') expect(m.threads).toBeGreaterThan(0);
  });
});
