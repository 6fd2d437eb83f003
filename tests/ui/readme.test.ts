import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {keyTableMarkdown} from '../../src/ui/key-table.js';
import {KEYMAP} from '../../src/ui/keymap.js';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) return '';
  const end = README.indexOf('\n## ', start + 4);
  return README.slice(start, end < 0 ? undefined : end);
}

/** A markdown table's cells, trimmed, with the alignment row's dashes made one. */
function cells(table: string): string[][] {
  return table.split('\n').map((row) =>
    row
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim().replace(/^-+$/, '---')),
  );
}

describe('README', () => {
  it('has a "Using brief" section whose key table is the keymap, row for row', () => {
    const using = section('Using brief');
    expect(using).not.toBe('');
    const table = using
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .join('\n');
    // Prettier pads the columns; the cells are what must match.
    expect(cells(table)).toEqual(cells(keyTableMarkdown()));
    expect(table.split('\n')).toHaveLength(KEYMAP.length + 2);
  });

  it('shows a captured list screen and the seed article view', () => {
    const using = section('Using brief');
    expect(using).toMatch(/brief · \d+ articles · \d+ unread · filter: all/);
    expect(using).toContain('Russian Missile and Drone Attack Kills at Least 15 in Kyiv');
    for (const panel of ['Summary', 'Key facts', 'Quotes', 'People', 'Places', 'Organizations'])
      expect(using).toContain(panel);
  });
});
