import React from 'react';
import {describe, expect, it} from 'vitest';
import {App} from '../../src/ui/App.js';
import {fullScreen} from '../../src/ui/terminal.js';
import {article, storeOf} from './helpers/library.js';
import {mount} from './helpers/render.js';

function streams() {
  const log: string[] = [];
  return {
    log,
    out: {write: (t: string) => log.push(`write ${JSON.stringify(t)}`)},
    input: {isTTY: true, setRawMode: (r: boolean) => log.push(`raw ${r}`)},
  };
}

describe('suspending the full screen (Ctrl+Z)', () => {
  it('gives the terminal back before stopping, then takes it again blank, raw, the cursor hidden', () => {
    const s = streams();
    const screen = fullScreen(s);
    screen.enter();
    s.log.length = 0;
    expect(screen.suspend(() => s.log.push('stopped'))).toBe(true);
    expect(s.log).toEqual([
      'raw false',
      // Bracketed paste off while the shell has the terminal, on again with the screen.
      `write ${JSON.stringify('\u001b[?2004l\u001b[2J\u001b[H\u001b[?1049l\u001b[?25h')}`,
      'stopped',
      `write ${JSON.stringify('\u001b[?1049h\u001b[?2004h')}`,
      'raw true',
      `write ${JSON.stringify('\u001b[?25l\u001b[2J\u001b[H')}`,
    ]);
    // Taken again: quitting afterwards still gives it back.
    screen.restore();
    expect(s.log.at(-1)).toBe(
      `write ${JSON.stringify('\u001b[?2004l\u001b[2J\u001b[H\u001b[?1049l\u001b[?25h')}`,
    );
  });

  it('takes the screen again even when stopping fails, and does nothing when it never took it', () => {
    const s = streams();
    const screen = fullScreen(s);
    expect(screen.suspend(() => s.log.push('stopped'))).toBe(false);
    expect(s.log).toEqual([]);
    screen.enter();
    expect(() =>
      screen.suspend(() => {
        throw new Error('EPERM');
      }),
    ).toThrow('EPERM');
    expect(s.log.slice(-2)).toEqual(['raw true', `write ${JSON.stringify('\u001b[?25l\u001b[2J\u001b[H')}`]);
  });
});

const ferry = () => storeOf([article('ferry', {title: 'Ferry service resumes'})], {});

/**
 * Mounts the reader with `prop` counting its calls, presses `before` then `key`: how many times the prop was called,
 * and whether the frame after the key is the frame before it.
 */
async function pressCounted(prop: 'repaint' | 'suspend', before: readonly string[], key: string) {
  let asked = 0;
  const ui = await mount(
    <App store={ferry()} size={{columns: 100, rows: 20}} {...{[prop]: () => (asked += 1)}} />,
  );
  await ui.waitFor('1 article ·');
  for (const k of before) await ui.press(k);
  const frame = ui.frame();
  await ui.press(key);
  const unchanged = ui.frame() === frame;
  await ui.unmount();
  return {asked, unchanged};
}

describe('redrawing the full screen (Ctrl+L)', () => {
  it('blanks the screen it took, cursor home and hidden, and does nothing to a screen it never took', () => {
    const s = streams();
    const screen = fullScreen(s);
    expect(screen.blank()).toBe(false);
    expect(s.log).toEqual([]);
    screen.enter();
    s.log.length = 0;
    expect(screen.blank()).toBe(true);
    expect(s.log).toEqual([`write ${JSON.stringify('\u001b[?25l\u001b[2J\u001b[H')}`]);
  });

  it.each([
    ['the list', []],
    ['search', ['/', 'fer']],
    ['an article', ['enter']],
  ])('asks for a redraw from %s, and the screen is as it was (no letter typed)', async (_where, before) => {
    expect(await pressCounted('repaint', before, '\u000c')).toEqual({asked: 1, unchanged: true});
  });
});

describe('Ctrl+Z in the reader', () => {
  it.each([
    ['the list', []],
    ['search', ['/', 'fer']],
  ])('asks to suspend from %s, and the screen is as it was after', async (_where, before) => {
    expect(await pressCounted('suspend', before, '\u001a')).toEqual({asked: 1, unchanged: true});
  });

  it('says why where there is no terminal to give back', async () => {
    const ui = await mount(<App store={ferry()} size={{columns: 100, rows: 20}} />);
    await ui.waitFor('1 article ·');
    await ui.press('\u001a');
    await ui.waitFor('Ctrl+Z: there is no terminal to give back here.');
    await ui.unmount();
  });
});
