import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import {patchUseInput} from '../../scripts/ink-input-guard.mjs';

describe("patchUseInput on the installed Ink's useInput", () => {
  const source = readFileSync(join(process.cwd(), 'node_modules/ink/build/hooks/use-input.js'), 'utf8');

  it('finds the lines it patches (an Ink update that moves them fails here, not silently)', () => {
    expect(patchUseInput(source)).not.toBeNull();
  });

  it('gives a key with no name the empty input before any string method is called on it', () => {
    const patched = patchUseInput(source) as string;
    const guard = patched.indexOf("if (typeof input !== 'string') input = '';");
    expect(guard).toBeGreaterThan(0);
    expect(guard).toBeLessThan(patched.indexOf('input.startsWith('));
    expect(patched).toContain('keypress.name?.length === 1');
    expect(patched).not.toContain('keypress.name.length');
  });
});
