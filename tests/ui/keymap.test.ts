import {describe, expect, it} from 'vitest';
import type {Key} from 'ink';
import {
  bindingsFor,
  COMMANDS,
  fitFooter,
  footerFor,
  KEYMAP,
  keyLabel,
  keyToken,
  MODES,
  resolveCommand,
  type Command,
  type Mode,
} from '../../src/ui/keymap.js';

describe('keymap', () => {
  it('gives every command a key and a help line', () => {
    // The list is the keymap's own: a command added there is checked here without touching this file.
    expect(COMMANDS.length).toBeGreaterThan(0);
    expect(new Set(COMMANDS).size).toBe(COMMANDS.length);
    for (const command of COMMANDS) {
      const bindings = KEYMAP.filter((b) => b.command === command);
      expect(bindings.length, command).toBeGreaterThan(0);
      for (const b of bindings) {
        expect(b.keys.length, command).toBeGreaterThan(0);
        expect(b.help.trim().length, command).toBeGreaterThan(3);
      }
    }
  });

  it('never binds one key to two commands in the same mode', () => {
    for (const mode of MODES) {
      const seen = new Map<string, Command>();
      for (const b of bindingsFor(mode)) {
        for (const key of b.keys) {
          expect(seen.get(key) ?? b.command, `${mode}: ${key}`).toBe(b.command);
          seen.set(key, b.command);
        }
      }
    }
  });

  it('has a way out of every mode and a footer for each', () => {
    for (const mode of MODES) {
      expect(
        bindingsFor(mode).some((b) => b.command === 'quit' && b.keys.includes('ctrl+c')),
        mode,
      ).toBe(true);
      expect(footerFor(mode).length, mode).toBeGreaterThan(0);
    }
  });
});

const k = (key: Partial<Key>) => key;
const table: [Mode, string, Partial<Key>, Command | null][] = [
  ['list', 'j', {}, 'down'],
  ['list', '', k({downArrow: true}), 'down'],
  ['list', 'k', {}, 'up'],
  ['list', '', k({upArrow: true}), 'up'],
  ['list', 'g', {}, 'top'],
  ['list', 'G', k({shift: true}), 'bottom'],
  ['list', '', k({pageDown: true}), 'pageDown'],
  ['list', '', k({pageUp: true}), 'pageUp'],
  ['list', '', k({return: true}), 'open'],
  ['list', 'q', {}, 'quit'],
  ['list', 'c', k({ctrl: true}), 'quit'],
  ['list', '/', {}, 'search'],
  ['list', '?', {}, 'help'],
  ['list', 'm', {}, 'toggleRead'],
  ['list', 'f', {}, 'toggleFavourite'],
  ['list', 'o', {}, 'openUrl'],
  ['list', '', k({tab: true}), 'nextFilter'],
  ['list', '', k({escape: true}), null],
  ['list', 'x', {}, null],
  ['article', '', k({tab: true}), 'nextPanel'],
  ['article', '', k({tab: true, shift: true}), 'prevPanel'],
  ['article', 'n', {}, 'nextArticle'],
  ['article', 'p', {}, 'prevArticle'],
  ['article', 't', {}, 'toggleFullText'],
  ['article', '', k({escape: true}), 'back'],
  ['article', 'h', {}, 'back'],
  ['article', '', k({return: true}), 'open'],
  // q leaves the screen it is pressed on (it quit brief from an article); Q quits from any screen but search.
  ['article', 'q', {}, 'back'],
  ['text', 'q', {}, 'back'],
  ['entity', 'q', {}, 'back'],
  ['list', 'Q', k({shift: true}), 'quit'],
  ['article', 'Q', k({shift: true}), 'quit'],
  ['entity', 'Q', k({shift: true}), 'quit'],
  ['help', 'Q', k({shift: true}), 'quit'],
  ['search', 'Q', k({shift: true}), null],
  ['search', 'j', {}, null],
  ['search', 'q', {}, null],
  ['search', '/', {}, null],
  ['search', '?', {}, null],
  ['search', '', k({downArrow: true}), 'down'],
  ['search', '', k({escape: true}), 'back'],
  ['search', '', k({return: true}), 'open'],
  ['search', 'c', k({ctrl: true}), 'quit'],
  ['entity', '', k({return: true}), 'open'],
  ['entity', '', k({escape: true}), 'back'],
  ['entity', 'j', {}, 'down'],
  ['help', '?', {}, 'back'],
  ['help', 'q', {}, 'back'],
  ['help', 'j', {}, 'down'],
  ['help', 'm', {}, null],
  // "terminal too small" says "q to quit" whichever screen is behind it (search types q; help closes on q).
  ['small', 'q', {}, 'quit'],
  ['small', 'c', k({ctrl: true}), 'quit'],
  ['small', 'j', {}, null],
  ['small', '', k({return: true}), null],
];

describe('resolveCommand', () => {
  it.each(table)('%s: %j %j → %s', (mode, input, key, expected) => {
    expect(resolveCommand(mode, input, key)).toBe(expected);
  });
});

describe('keyToken and keyLabel', () => {
  it.each([
    ['a', {}, 'a'],
    ['A', {shift: true}, 'A'],
    ['', {tab: true, shift: true}, 'shift+tab'],
    ['u', {ctrl: true}, 'ctrl+u'],
    ['', {backspace: true}, 'backspace'],
    ['x', {meta: true}, null],
    ['ab', {}, null],
    ['\r', {return: true}, 'enter'],
    ['\n', {}, 'enter'],
  ] as [string, Partial<Key>, string | null][])('%j %j → %s', (input, key, token) => {
    expect(keyToken(input, key)).toBe(token);
  });

  it.each([
    ['down', '↓'],
    ['pgdn', 'PgDn'],
    ['ctrl+c', 'Ctrl+C'],
    ['shift+tab', 'Shift+Tab'],
    ['G', 'G'],
  ])('%s is written %s', (token, label) => {
    expect(keyLabel(token)).toBe(label);
  });
});

describe('the footer', () => {
  const hint = (mode: Mode, command: Command) => footerFor(mode).find((h) => h.command === command);
  it("calls search's Tab a kind, as its help and the row of kinds do, and the list's a filter", () => {
    expect(hint('search', 'nextFilter')).toMatchObject({keys: 'Tab', label: 'kind'});
    expect(hint('list', 'nextFilter')).toMatchObject({keys: 'Tab', label: 'filter'});
  });

  it('offers q where it quits, and not where it goes back', () => {
    expect(hint('list', 'quit')?.keys).toBe('q');
    expect(hint('article', 'quit')).toBeUndefined();
    expect(hint('article', 'back')?.keys).toBe('Esc/h');
  });
});

describe('the help lines', () => {
  const helpOf = (mode: Mode, command: Command) => bindingsFor(mode).find((b) => b.command === command)?.help;
  it("says what Enter opens on each screen (the list's said article / entity)", () => {
    expect(helpOf('list', 'open')).toBe('open the article under the cursor');
    expect(helpOf('article', 'open')).toMatch(/People, Places or Organizations/);
    expect(helpOf('search', 'open')).toBe('open the result under the cursor');
  });
});

describe('the footer in a narrow terminal', () => {
  const line = (hints: readonly {keys: string; label: string}[]) =>
    hints.map((h) => `${h.keys} ${h.label}`).join('  ');
  it.each([200, 100, 80, 60, 40])('keeps the key to the help and fits %i columns', (columns) => {
    const all = footerFor('list');
    const fitted = fitFooter(all, columns);
    expect(fitted.at(-1)?.command).toBe('help');
    expect([...line(fitted)].length).toBeLessThanOrEqual(
      Math.max(columns, [...line(fitted.slice(-1))].length),
    );
    // Only the last ones go, in order.
    expect(fitted.slice(0, -1)).toEqual(all.slice(0, fitted.length - 1));
    if ([...line(all)].length <= columns) expect(fitted).toEqual(all);
  });
});
