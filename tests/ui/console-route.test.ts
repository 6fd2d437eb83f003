import {describe, expect, it} from 'vitest';
import {routeConsole} from '../../src/ui/console-route.js';

describe('console output while the reader draws', () => {
  it('goes to the frame-aware writers, formatted, and the original methods come back', () => {
    const out: string[] = [];
    const err: string[] = [];
    const original = {log: () => 'log', warn: () => 'warn', error: () => 'error'};
    const target = {...original} as unknown as Console;
    const restore = routeConsole({stdout: (d) => out.push(d), stderr: (d) => err.push(d)}, target);
    target.log('%d articles in %s', 3, 'World');
    target.warn('a library warns');
    target.error(new Error('made-up failure').message);
    expect(out.join('')).toBe('3 articles in World\n');
    expect(err.join('')).toBe('a library warns\nmade-up failure\n');
    restore();
    expect(target.log).toBe(original.log);
    expect(target.warn).toBe(original.warn);
    expect(target.error).toBe(original.error);
  });
});
