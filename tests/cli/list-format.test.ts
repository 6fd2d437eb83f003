import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {formatRow} from '../../src/cli/list-format.js';

// The title of articles/2019-01-05-florida-highway-pileup-fire-kills-five-children-two-truck-drivers.md.
const LONG = 'Florida highway pileup, fire kills five children, two truck drivers';
const row = (title: string, terminal?: boolean, marks = {}) =>
  formatRow({date: '2019-01-05', source: 'Wikinews', title, id: 'florida', ...marks}, terminal);

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
  it.each([
    [{read: false, favourite: false}, '●  '],
    [{read: false, favourite: true}, '●★ '],
    [{read: true, favourite: true}, ' ★ '],
    [{read: true, favourite: false}, '   '],
    [{}, '   '],
  ])('marks %j start the row as %j', (marks, start) => {
    expect(row('Harbour reopens', false, marks).slice(0, 3)).toBe(start);
  });
});
