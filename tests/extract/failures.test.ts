import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {extract, failureText, toExtractInput} from '../../src/extract/index.js';
import {readArticleFile} from '../../src/library/index.js';
import {runCli} from '../helpers/run-cli.js';

const KYIV = 'articles/kyiv-strike.txt';

function kyiv() {
  const read = readArticleFile(KYIV);
  if (!read.ok) throw new Error(read.skipped.reason);
  return toExtractInput(read.article);
}

afterEach(() => {
  delete process.env.BRIEF_FAIL_STAGE;
});

describe('a stage that throws', () => {
  it('leaves a complete analysis without a failures field', () => {
    expect(extract(kyiv())).not.toHaveProperty('failures');
  });

  it('is named in the analysis with its error, its fields left empty and the other stages run', () => {
    process.env.BRIEF_FAIL_STAGE = 'quotes';
    const analysis = extract(kyiv());
    expect(analysis.failures).toEqual([{stage: 'quotes', reason: 'quotes made to fail (BRIEF_FAIL_STAGE)'}]);
    expect(analysis.quotes).toEqual([]);
    expect(analysis.people.length).toBeGreaterThan(0);
    expect(analysis.facts.length).toBeGreaterThan(0);
    expect(failureText(analysis)).toBe('stage quotes failed: quotes made to fail (BRIEF_FAIL_STAGE)');
  });

  it('makes `brief extract` say why on one line of stderr and exit 1, still printing what it found', () => {
    const run = runCli(['extract', '--json', KYIV], {BRIEF_FAIL_STAGE: 'facts'});
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `brief: ${KYIV}: analysis incomplete: stage facts failed: facts made to fail (BRIEF_FAIL_STAGE)`,
    ]);
    const [result] = JSON.parse(run.stdout) as {facts: unknown[]; people: unknown[]}[];
    expect(result?.facts).toEqual([]);
    expect(result?.people.length).toBeGreaterThan(0);
    expect(readFileSync(KYIV, 'utf8').length).toBeGreaterThan(0);
  });

  it('leaves `brief extract` exiting 0 when every stage runs', () => {
    const run = runCli(['extract', '--json', KYIV]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});
