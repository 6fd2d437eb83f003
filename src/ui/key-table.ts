import {KEYMAP, keyLabel, MODES, type Mode} from './keymap.js';

const WHERE: Record<Mode, string> = {
  list: 'list',
  article: 'article',
  text: 'full text',
  search: 'search',
  entity: 'entity',
  help: 'help',
  small: 'too small',
};

/** The keymap as a Markdown table (keys, where, what), in keymap order: README's key table is this text. */
export function keyTableMarkdown(): string {
  const rows = KEYMAP.map((b) => {
    const where = b.modes.length === MODES.length ? 'everywhere' : b.modes.map((m) => WHERE[m]).join(', ');
    const keys = b.keys.map((k) => `\`${keyLabel(k)}\``).join(' ');
    return `| ${keys} | ${where} | ${b.help} |`;
  });
  return ['| keys | where | what it does |', '| --- | --- | --- |', ...rows].join('\n');
}
