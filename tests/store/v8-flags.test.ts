import {describe, expect, it} from 'vitest';
import {flagSetting} from '../../src/store/v8-flags.js';

// V8 refuses "--flag=false" for a switch ("illegal value for flag"), so a switch is set by its name alone.
describe('flagSetting', () => {
  it.each([
    ['--interrupt-budget', '1000000', '--interrupt-budget=1000000'],
    ['--regexp-tier-up', 'false', '--no-regexp-tier-up'],
    ['--regexp-tier-up', 'true', '--regexp-tier-up'],
  ])('%s set to %s is %s', (flag, value, text) => {
    expect(flagSetting(flag, value)).toBe(text);
  });
});
