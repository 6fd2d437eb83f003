import {describe, expect, it} from 'vitest';
import {bindingsFor, KEYMAP, type Mode} from '../../src/ui/keymap.js';
import {helpLines} from '../../src/ui/state/help-lines.js';
import {lineText} from '../../src/ui/state/lines.js';
import {editQuery} from '../../src/ui/state/query-edit.js';
import {displayWidth} from '../../src/ui/text.js';

// Help text as one string with wrapped lines joined, so a help line split over two screen lines still reads whole.
function joined(width: number, from: Mode): string {
  return helpLines(width, from)
    .map((l) => lineText(l).trim())
    .join(' ');
}

describe('help lines', () => {
  it.each(['list', 'article', 'text', 'search', 'entity'] as Mode[])(
    'opened from %s, start with that screen’s keys',
    (from) => {
      const lines = helpLines(100, from).map(lineText);
      const first = bindingsFor(from).map((b) => b.help);
      // The first block is the screen's own: its heading, then its bindings in keymap order.
      const block = lines.slice(1, 1 + first.length).map((l) => l.trim());
      first.forEach((help, i) => expect(block[i], help).toContain(help));
    },
  );

  it('says what Tab cycles on each screen: the list’s filters, search’s kinds', () => {
    const tab = (mode: Mode): string[] =>
      bindingsFor(mode)
        .filter((b) => b.keys.includes('tab'))
        .map((b) => b.help);
    expect(tab('list')).toEqual(['next filter (all, unread, favourites)']);
    expect(tab('search')).toEqual(['next kind (all, people, places, organizations)']);
  });

  it.each([60, 80, 140])('fit %i columns without losing any text', (width) => {
    for (const l of helpLines(width, 'list')) expect(displayWidth(lineText(l))).toBeLessThanOrEqual(width);
    const text = joined(width, 'list');
    for (const b of KEYMAP) expect(text, b.help).toContain(b.help);
    expect(text).toContain('not analysed yet');
    expect(text).toContain('timed out, failed  not analysed whole');
  });

  it('lists the search box’s own editing keys under Search, and each does what it says', () => {
    const lines = helpLines(80, 'search').map((l) => lineText(l).trim());
    const box = lines.indexOf('Search box');
    expect(box).toBeGreaterThan(0);
    const block = lines.slice(box + 1, box + 6).join('\n');
    expect(block).toMatch(/^Ctrl\+W\s+delete the last word$/m);
    expect(block).toMatch(/^Alt\+Backspace\s+delete the last word$/m);
    // Every key whole in its column, none cut.
    expect(block).not.toContain('…');
    expect(joined(60, 'list')).toMatch(/Ctrl\+U\s+clear the query/);
    // What the help says of them, against the box itself.
    expect(editQuery({query: 'new york', marked: false}, 'w', {ctrl: true}).query).toBe('new ');
    expect(editQuery({query: 'new york', marked: false}, '', {backspace: true, meta: true}).query).toBe(
      'new ',
    );
    expect(editQuery({query: 'new york', marked: false}, 'u', {ctrl: true}).query).toBe('');
    expect(editQuery({query: 'new york', marked: true}, '', {end: true})).toEqual({
      query: 'new york',
      marked: false,
    });
  });
});
