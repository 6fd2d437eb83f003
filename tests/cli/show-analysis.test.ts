import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {extract, toExtractInput} from '../../src/extract/index.js';
import {readArticleFile, type Article} from '../../src/library/index.js';
import {analyseForShow, createAnalyser} from '../../src/cli/show-analysis.js';
import {findWorkerScript} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';
import {articleText} from '../store/fixtures.js';

function article(title: string, body: string): Article {
  const dir = tempDir({'a.md': articleText(title, body)});
  const read = readArticleFile(join(dir, 'a.md'));
  if (!read.ok) throw new Error(read.skipped.reason);
  return read.article;
}

describe('brief show analyses in a worker, under the time budget', () => {
  const script = findWorkerScript();
  if (!script) throw new Error('no built worker: run npm run build');

  it('gives the analysis extract gives', async () => {
    const a = article(
      'Harbour opens',
      '"We are ready," Ada Varga said on Monday. The harbour employs 300 people.',
    );
    const shown = await analyseForShow(a, {script});
    expect(shown).toEqual({ok: true, analysis: extract(toExtractInput(a))});
  });

  it('ends an analysis that never finishes with the reason, instead of holding the terminal', async () => {
    const a = article('Numbers', 'It went on and on: 1, 2, 3.');
    process.env.BRIEF_STALL_TITLE = 'Numbers';
    const shown = await analyseForShow(a, {script, budgetMs: 500}).finally(
      () => delete process.env.BRIEF_STALL_TITLE,
    );
    expect(shown).toEqual({ok: false, reason: 'too long to analyse (more than 500 ms)'});
  });

  it('analyses file after file in one worker for brief extract, going on past one out of time', async () => {
    const stalled = article('Numbers', 'It went on and on: 1, 2, 3.');
    const fine = article('Harbour opens', '"We are ready," Ada Varga said on Monday.');
    // A budget a fresh worker's first article keeps under any load (the stalled one never ends, so any budget
    // ends it): with 500 ms, the fine article in the new worker ran out of time on a busy machine.
    const analyser = await createAnalyser({script, budgetMs: 3000});
    process.env.BRIEF_STALL_TITLE = 'Numbers';
    try {
      expect(await analyser.analyse(stalled)).toEqual({
        ok: false,
        reason: 'too long to analyse (more than 3 s)',
      });
      expect(await analyser.analyse(fine)).toEqual({ok: true, analysis: extract(toExtractInput(fine))});
    } finally {
      delete process.env.BRIEF_STALL_TITLE;
      await analyser.close();
    }
  });

  it('runs in the calling thread when there is no worker bundle', async () => {
    const a = article('Harbour opens', 'The harbour employs 300 people.');
    const shown = await analyseForShow(a, {script: null});
    expect(shown).toEqual({ok: true, analysis: extract(toExtractInput(a))});
  });
});
