import {describe, expect, it} from 'vitest';
import {ENDING_SIGNALS, fullScreen, signalExitCode} from '../../src/ui/terminal.js';

function streams(isTTY = true) {
  const written: string[] = [];
  const raw: boolean[] = [];
  return {
    written,
    raw,
    out: {write: (t: string) => written.push(t)},
    input: {isTTY, setRawMode: (r: boolean) => raw.push(r)},
  };
}

describe('fullScreen', () => {
  it('turns raw mode on as it enters, so keys typed before Ink listens arrive as keys', () => {
    const s = streams();
    fullScreen(s).enter();
    expect(s.raw).toEqual([true]);
    const piped = streams(false);
    fullScreen(piped).enter();
    expect(piped.raw).toEqual([]);
  });

  it('restores once: leaves the alternate screen, shows the cursor, turns raw mode off', () => {
    const s = streams();
    const screen = fullScreen(s);
    screen.enter();
    screen.restore();
    screen.restore();
    expect(s.written).toEqual(['\u001b[?1049h', '\u001b[?1049l\u001b[?25h']);
    expect(s.raw).toEqual([true, false]);
  });

  it('restores what it can when the terminal is gone', () => {
    const s = streams();
    const screen = fullScreen({
      out: s.out,
      input: {
        isTTY: true,
        setRawMode: () => {
          throw new Error('EIO');
        },
      },
    });
    expect(() => screen.enter()).not.toThrow();
    expect(() => screen.restore()).not.toThrow();
    expect(s.written.at(-1)).toBe('\u001b[?1049l\u001b[?25h');
  });

  it('writes nothing when it never entered', () => {
    const s = streams(false);
    fullScreen(s).restore();
    expect(s.written).toEqual([]);
  });
});

describe('signalExitCode', () => {
  it.each([
    ['SIGHUP', 129],
    ['SIGINT', 130],
    ['SIGQUIT', 131],
    ['SIGTERM', 143],
  ] as const)('%s → %i', (signal, code) => {
    expect(signalExitCode(signal)).toBe(code);
  });

  it('covers every signal that ends brief', () => {
    expect([...ENDING_SIGNALS].sort()).toEqual(['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGTERM']);
  });
});
