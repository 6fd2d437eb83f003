import {describe, expect, it} from 'vitest';
import {PassThrough} from 'node:stream';
import {ENDING_SIGNALS, fullScreen, keepScrollback, signalExitCode} from '../../src/ui/terminal.js';

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

  it('restores once: blanks the alternate screen and leaves it, shows the cursor, turns raw mode off', () => {
    const s = streams();
    const screen = fullScreen(s);
    screen.enter();
    screen.restore();
    screen.restore();
    // Bracketed paste (2004) on with the alternate screen and off before leaving it.
    expect(s.written).toEqual([
      '\u001b[?1049h\u001b[?2004h',
      '\u001b[?2004l\u001b[2J\u001b[H\u001b[?1049l\u001b[?25h',
    ]);
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
    expect(s.written.at(-1)).toBe('\u001b[?2004l\u001b[2J\u001b[H\u001b[?1049l\u001b[?25h');
  });

  it('writes nothing when it never entered', () => {
    const s = streams(false);
    fullScreen(s).restore();
    expect(s.written).toEqual([]);
  });
});

describe('keepScrollback', () => {
  function stream() {
    const out = Object.assign(new PassThrough(), {isTTY: true, columns: 80, rows: 24});
    const written: string[] = [];
    out.on('data', (d: Buffer) => written.push(d.toString()));
    return {out: out as unknown as NodeJS.WriteStream, written};
  }

  it('drops Erase Saved Lines from what Ink writes (its full clear), the rest as written', async () => {
    const {out, written} = stream();
    const kept = keepScrollback(out);
    kept.write('\u001b[2J\u001b[3J\u001b[Hframe one');
    kept.write('frame two\n');
    await new Promise((r) => setImmediate(r));
    expect(written.join('')).toBe('\u001b[2J\u001b[Hframe oneframe two\n');
  });

  it('is the same stream otherwise: its size, and resize listeners on the stream itself', () => {
    const {out} = stream();
    const kept = keepScrollback(out);
    expect([kept.columns, kept.rows, kept.isTTY]).toEqual([80, 24, true]);
    let heard = 0;
    const listener = () => heard++;
    kept.on('resize', listener);
    out.emit('resize');
    kept.off('resize', listener);
    out.emit('resize');
    expect(heard).toBe(1);
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
