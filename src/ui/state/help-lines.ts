import {bindingsFor, keyLabel, MODES, type Mode} from '../keymap.js';
import {fit} from '../text.js';
import {line, type Line} from './lines.js';

const MODE_TITLES: Record<Mode, string> = {
  list: 'Article list',
  article: 'Article',
  search: 'Search (type to search)',
  entity: 'Entity: every article naming it',
  help: 'Help',
  small: 'Terminal too small',
};

/** The help screen, drawn from the keymap: one block per mode, one line per binding. */
export function helpLines(width: number): Line[] {
  const out: Line[] = [];
  for (const mode of MODES) {
    out.push(line(MODE_TITLES[mode], 'heading'));
    for (const b of bindingsFor(mode)) {
      out.push({
        segments: [
          {text: `  ${fit(b.keys.map(keyLabel).join(' / '), 18)}`, role: 'accent'},
          {text: `  ${b.help}`},
        ],
      });
    }
    out.push(line(''));
  }
  out.push(line('The table', 'heading'));
  out.push(line('  ● unread   ★ favourite   P·Q·F people · quotes · facts   … not analysed yet'));
  return out.map((l) => ({
    ...l,
    segments: l.segments.map((s) => ({...s, text: s.text.slice(0, Math.max(0, width))})),
  }));
}
