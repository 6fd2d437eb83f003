import {bindingsFor, keyLabel, MODES, type Mode} from '../keymap.js';
import {fit, wrapText} from '../text.js';
import {line, type Line} from './lines.js';

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

/**
 * The help screen, drawn from the keymap: one block per mode, the screen it was opened from first, one binding
 * per entry with its text wrapped under itself so nothing is cut at 60 columns.
 */
export function helpLines(width: number, from: Mode = 'list'): Line[] {
  const out: Line[] = [];
  const room = Math.max(10, width - TEXT_AT);
  for (const mode of [from, ...MODES.filter((m) => m !== from)]) {
    out.push(line(MODE_TITLES[mode], 'heading'));
    for (const b of bindingsFor(mode)) {
      wrapText(b.help, room).forEach((text, i) =>
        out.push({
          segments: [
            {text: `  ${fit(i === 0 ? b.keys.map(keyLabel).join(' / ') : '', KEYS_WIDTH)}`, role: 'accent'},
            {text: `  ${text}`},
          ],
        }),
      );
    }
    out.push(line(''));
  }
  out.push(line('The table', 'heading'));
  for (const text of LEGEND) out.push(line(`  ${text}`));
  return out;
}
