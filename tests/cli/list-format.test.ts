import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {formatRow} from '../../src/cli/list-format.js';

// The title of articles/2019-01-05-florida-highway-pileup-fire-kills-five-children-two-truck-drivers.md.
const LONG = 'Florida highway pileup, fire kills five children, two truck drivers';
const row = (title: string, terminal?: boolean, marks = {}, columns = 120, id = 'florida') =>
  formatRow({date: '2019-01-05', source: 'Wikinews', title, id, ...marks}, terminal, columns);
// The id of that article, as brief list shows it.
const LONG_ID = '2019-01-05-florida-highway-pileup-fire-kills-five-children-two-truck-drivers';

describe('formatRow', () => {
  it('cuts a long title to its column in a terminal only', () => {
    expect(row(LONG, true)).toContain('two truck…  florida');
    expect(row(LONG, true)).not.toContain('drivers');
    expect(row(LONG)).toContain(`${LONG}  florida`);
    expect(row(LONG, false)).toContain(`${LONG}  florida`);
  });
  it('pads a short title to the column either way, so the ids line up', () => {
    const widths = [
      row('Harbour reopens', true),
      row('Harbour reopens'),
      row(LONG, true),
      row('日本語のニュース'),
    ].map((r) => stringWidth(r.slice(0, r.lastIndexOf(' ') + 1)));
    expect(new Set(widths).size).toBe(1);
  });
  it('gives a terminal emoji sequences as every terminal draws them at one width, a pipe them whole', () => {
    const title = 'Family 👨\u200d👩\u200d👧 day 👍🏽 at the harbour';
    // Each code point alone, as xterm or tmux 3.3 count, and each cluster, as kitty counts: the same.
    const line = row(title, true, {}, 80).trimEnd();
    expect([...line].reduce((sum, c) => sum + stringWidth(c), 0)).toBe(stringWidth(line));
    expect(line).toContain('Family 👨👩👧 day 👍 at the harbour');
    expect(row(title)).toContain(title);
  });
  it.each([
    [{read: false, favourite: false}, '●  '],
    [{read: false, favourite: true}, '●★ '],
    [{read: true, favourite: true}, ' ★ '],
    [{read: true, favourite: false}, '   '],
    [{}, '   '],
  ])('marks %j start the row as %j', (marks, start) => {
    expect(row('Harbour reopens', false, marks).slice(0, 3)).toBe(start);
  });
  it('fits a terminal row to the terminal, narrowing the title so the whole id fits beside it', () => {
    for (const columns of [100, 80]) {
      const line = row(LONG, true, {}, columns, 'florida-pileup');
      expect(line).toMatch(
        /^.{3}2019-01-05 {2}Wikinews {10}Florida highway pileup,[^\n]*… {2,}florida-pileup\n$/,
      );
      expect(stringWidth(line.trimEnd())).toBeLessThan(columns);
    }
  });
  it('puts a long id on a line of its own where it leaves too little of the title, every line within the terminal', () => {
    for (const columns of [80, 60, 40]) {
      const lines = row(LONG, true, {}, columns, LONG_ID).split('\n');
      expect(lines).toHaveLength(3);
      // Indented under the row where it fits so, else from the left edge, where it wraps least.
      expect(lines[1]).toBe(columns > 3 + LONG_ID.length ? `   ${LONG_ID}` : LONG_ID);
      expect(stringWidth(lines[0] as string)).toBeLessThan(columns);
      expect(lines[0]).toMatch(/Florida highway/);
    }
    // Narrower than 60 columns the source gives way.
    expect(row(LONG, true, {}, 80, LONG_ID)).toContain('Wikinews');
    expect(row(LONG, true, {}, 40, LONG_ID)).not.toContain('Wikinews');
    // A pipe keeps one line per article, whatever the id.
    expect(row(LONG, false, {}, 40, LONG_ID).split('\n')).toHaveLength(2);
  });
});
