import {EventEmitter} from 'node:events';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import React, {act} from 'react';
import {render, Text} from 'ink';
import {describe, expect, it} from 'vitest';
import {useTerminalSize} from '../../src/ui/hooks/use-terminal-size.js';
import {themeFor} from '../../src/ui/theme.js';
import './helpers/render.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('theme', () => {
  it('has no colours at all under NO_COLOR, and keeps selection and focus visible without them', () => {
    const plain = themeFor({NO_COLOR: '1'});
    for (const style of Object.values(plain)) {
      expect(style.color).toBeUndefined();
      expect(style.backgroundColor).toBeUndefined();
    }
    expect(plain.selected.inverse).toBe(true);
    expect(plain.focus.bold).toBe(true);
    expect(Object.values(themeFor({})).some((s) => s.color !== undefined)).toBe(true);
    // An empty NO_COLOR does not count (no-color.org).
    expect(themeFor({NO_COLOR: ''})).toEqual(themeFor({}));
  });

  it('is the only place in the UI that names a colour', () => {
    const ui = join(import.meta.dirname, '../../src/ui');
    const offenders = files(ui)
      .filter((f) => !f.endsWith('theme.ts'))
      .filter((f) =>
        /\b(?:color|backgroundColor|borderColor)=|\bchalk\b|\\u001b\[\d+m/.test(readFileSync(f, 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});

class FakeStdout extends EventEmitter {
  columns = 80;
  rows = 24;
  isTTY = true;
  output = '';
  write = (chunk: string) => {
    this.output = chunk;
    return true;
  };
}

function SizeProbe() {
  const {columns, rows} = useTerminalSize();
  return <Text>{`size ${columns}x${rows}`}</Text>;
}

describe('resize', () => {
  it('redraws with the new size when the terminal is resized', async () => {
    const stdout = new FakeStdout();
    const stdin = Object.assign(new EventEmitter(), {
      isTTY: false,
      setEncoding() {},
      setRawMode() {},
      resume() {},
      pause() {},
      ref() {},
      unref() {},
      read: () => null,
    });
    let app!: ReturnType<typeof render>;
    await act(async () => {
      app = render(<SizeProbe />, {
        stdout: stdout as unknown as NodeJS.WriteStream,
        stdin: stdin as unknown as NodeJS.ReadStream,
        debug: true,
        patchConsole: false,
        exitOnCtrlC: false,
      });
    });
    expect(stdout.output).toContain('size 80x24');
    await act(async () => {
      stdout.columns = 120;
      stdout.rows = 40;
      stdout.emit('resize');
    });
    expect(stdout.output).toContain('size 120x40');
    await act(async () => app.unmount());
  });
});
