import React from 'react';
import {act} from 'react';
import {render} from 'ink-testing-library';
import {afterEach, beforeEach, expect, vi} from 'vitest';

// React only checks act() when told it is in a test environment; any act warning fails the test.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

let errors: string[] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(errors.filter((e) => /act\(|Warning|Error/.test(e))).toEqual([]);
});

/** Key sequences as a terminal sends them. */
export const KEY = {
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  enter: '\r',
  esc: '\u001b',
  tab: '\t',
  shiftTab: '\u001b[Z',
  pageDown: '\u001b[6~',
  pageUp: '\u001b[5~',
  backspace: '\u007f',
} as const;

/** A mounted tree: frames, key presses inside act(), and polling for text. */
export interface Mounted {
  frame(): string;
  press(...keys: string[]): Promise<void>;
  /** Writes `key` and runs `also` in one act(), so React draws what both did in one render. */
  pressWith(key: string, also: () => void): Promise<void>;
  /** Polls until the frame contains every text (or `test` passes), then returns the frame. */
  waitFor(...texts: (string | RegExp)[]): Promise<string>;
  waitUntil(test: (frame: string) => boolean): Promise<string>;
  unmount(): Promise<void>;
  /** Renders a new tree into the same instance (new props, same state). */
  rerender(tree: React.ReactElement): Promise<void>;
}

/** Renders inside act() and waits for the first frame, so input handlers are attached before any key is written. */
export async function mount(tree: React.ReactElement): Promise<Mounted> {
  let instance!: ReturnType<typeof render>;
  await act(async () => {
    instance = render(tree);
  });
  const frame = () => instance.lastFrame() ?? '';
  const waitUntil = (test: (frame: string) => boolean) =>
    vi.waitFor(
      () => {
        const f = frame();
        if (!test(f)) throw new Error(`frame did not match:\n${f}`);
        return f;
      },
      {timeout: 5000, interval: 10},
    );
  await waitUntil((f) => f.trim() !== '');
  return {
    frame,
    async press(...keys) {
      for (const key of keys) {
        await act(async () => {
          instance.stdin.write(key);
        });
      }
    },
    pressWith: (key, also) =>
      act(async () => {
        instance.stdin.write(key);
        also();
      }),
    waitFor: (...texts) =>
      waitUntil((f) => texts.every((t) => (typeof t === 'string' ? f.includes(t) : t.test(f)))),
    waitUntil,
    unmount: () =>
      act(async () => {
        instance.unmount();
      }),
    rerender: (next) =>
      act(async () => {
        instance.rerender(next);
      }),
  };
}
