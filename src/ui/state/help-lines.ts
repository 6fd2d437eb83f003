import {bindingsFor, keyLabel, MODES, type Mode} from '../keymap.js';
import {fit, wrapText} from '../text.js';
import {line, type Line} from './lines.js';
import {QUERY_KEYS} from './query-edit.js';

const MODE_TITLES: Record<Mode, string> = {
  list: 'Article list',
  article: 'Article',
  text: 'Full text',
  search: 'Search (type to search)',
  entity: 'Entity: every article naming it',
  help: 'Help',
  small: 'Terminal too small',
};

// Two spaces, the keys in 18 columns, two spaces: the help text starts here, and wraps back to here.
const KEYS_WIDTH = 18;
const TEXT_AT = 2 + KEYS_WIDTH + 2;

const LEGEND = [
  '● unread   ★ favourite',
  'P·Q·F people · quotes · facts',
  '… not analysed yet',
  'timed out, failed  not analysed whole; open it for why',
];

/** One key's entry: its keys in their column, its text wrapped under itself. */
function entry(keys: string, help: string, room: number): Line[] {
  return wrapText(help, room).map((text, i) => ({
    segments: [{text: `  ${fit(i === 0 ? keys : '', KEYS_WIDTH)}`, role: 'accent'}, {text: `  ${text}`}],
  }));
}

/**
 * The help screen, drawn from the keymap: one block per mode, the screen it was opened from first, one binding
 * per entry with its text wrapped under itself so nothing is cut at 60 columns.
 */
export function helpLines(width: number, from: Mode = 'list'): Line[] {
  const out: Line[] = [];
  const room = Math.max(10, width - TEXT_AT);
  for (const mode of [from, ...MODES.filter((m) => m !== from)]) {
    out.push(line(MODE_TITLES[mode], 'heading'));
    for (const b of bindingsFor(mode)) out.push(...entry(b.keys.map(keyLabel).join(' / '), b.help, room));
    out.push(line(''));
    if (mode !== 'search') continue;
    // What typing does in the box, which the keymap (commands only) leaves out.
    out.push(line('Search box', 'heading'));
    for (const k of QUERY_KEYS) out.push(...entry(k.keys, k.help, room));
    out.push(line(''));
  }
  out.push(line('The table', 'heading'));
  for (const text of LEGEND) out.push(line(`  ${text}`));
  return out;
}
