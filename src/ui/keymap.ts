import type {Key} from 'ink';

/**
 * Which screen has the keyboard; `text` is an article's full text (its own keys: no panels to Tab between), `small`
 * is "terminal too small", which stands in front of any other.
 */
export type Mode = 'list' | 'article' | 'text' | 'search' | 'entity' | 'help' | 'small';

/** Every mode, in the order help lists them. */
export const MODES: readonly Mode[] = ['list', 'article', 'text', 'search', 'entity', 'help', 'small'];

/** Everything a key can ask for, in one list: the type below and the keymap tests both come from it. */
export const COMMANDS = [
  'up',
  'down',
  'top',
  'bottom',
  'pageUp',
  'pageDown',
  'open',
  'back',
  'quit',
  'search',
  'nextArticle',
  'prevArticle',
  'nextPanel',
  'prevPanel',
  'nextFilter',
  'prevFilter',
  'toggleFullText',
  'toggleRead',
  'toggleFavourite',
  'openUrl',
  'refresh',
  'help',
  'suspend',
  'repaint',
] as const;

/** One of COMMANDS. */
export type Command = (typeof COMMANDS)[number];

/** One binding: the keys (as tokens from `keyToken`), what it does in each mode it works in, and footer rank. */
export interface Binding {
  command: Command;
  /** Key tokens, e.g. "j", "down", "G", "shift+tab", "ctrl+c". */
  keys: readonly string[];
  /** The modes where these keys run this command. */
  modes: readonly Mode[];
  /** One line for the help screen. */
  help: string;
  /** Shown in the footer of these modes (the main keys only). */
  footer?: readonly Mode[];
  /** The footer's word for it where the command's own would mislead (search's Tab picks a kind, not a filter). */
  label?: string;
}

const BROWSE: readonly Mode[] = ['list', 'article', 'text', 'entity', 'help'];
const READ: readonly Mode[] = ['list', 'article', 'text', 'entity'];
// An article, as panels or as its full text.
const ARTICLE: readonly Mode[] = ['article', 'text'];

/** The one keymap: the root input handler, the footer, the help screen and the README table all read it. */
export const KEYMAP: readonly Binding[] = [
  {command: 'down', keys: ['j', 'down'], modes: BROWSE, help: 'move down / scroll down', footer: ['list']},
  {command: 'up', keys: ['k', 'up'], modes: BROWSE, help: 'move up / scroll up'},
  {command: 'down', keys: ['down', 'ctrl+n'], modes: ['search'], help: 'next result'},
  {command: 'up', keys: ['up', 'ctrl+p'], modes: ['search'], help: 'previous result'},
  {command: 'top', keys: ['g', 'home'], modes: BROWSE, help: 'go to the top'},
  {command: 'bottom', keys: ['G', 'end'], modes: BROWSE, help: 'go to the bottom'},
  {command: 'pageUp', keys: ['pgup', 'ctrl+b'], modes: [...BROWSE, 'search'], help: 'page up'},
  {command: 'pageDown', keys: ['pgdn', 'ctrl+f'], modes: [...BROWSE, 'search'], help: 'page down'},
  // As in less and most pagers; not in search, where Space is typed.
  {command: 'pageDown', keys: ['space'], modes: BROWSE, help: 'page down (as in a pager)'},
  // One line per screen: what Enter opens differs (the list had "article / entity", though it holds articles only).
  {
    command: 'open',
    keys: ['enter'],
    modes: ['list', 'entity'],
    help: 'open the article under the cursor',
    footer: ['list', 'entity'],
  },
  {
    command: 'open',
    keys: ['enter'],
    modes: ['article'],
    help: 'open the name selected in People, Places or Organizations',
  },
  {
    command: 'open',
    keys: ['enter'],
    modes: ['search'],
    help: 'open the result under the cursor',
    footer: ['search'],
  },
  {
    command: 'back',
    keys: ['esc', 'h'],
    modes: ['article', 'entity'],
    help: 'back one level',
    footer: ['article', 'entity'],
  },
  // As in newsboat, mutt and tin, and as help already did: q leaves the screen it is pressed on, and quits only
  // from the list (it quit from an article, the cursor's place and the search lost with it). Q quits from any.
  {command: 'back', keys: ['q'], modes: ['article', 'entity'], help: 'back one level (q in the list quits)'},
  // Full text is a level under the panels: Esc there went to the list, though `t` had opened it from the panels.
  {
    command: 'back',
    keys: ['esc', 'h'],
    modes: ['text'],
    help: "back to the article's panels (as t)",
    footer: ['text'],
  },
  {command: 'back', keys: ['q'], modes: ['text'], help: "back to the article's panels"},
  {
    command: 'back',
    keys: ['esc'],
    modes: ['search'],
    help: 'back one level (keeps the query)',
    footer: ['search'],
  },
  {command: 'back', keys: ['esc', '?', 'q'], modes: ['help'], help: 'close help', footer: ['help']},
  {command: 'quit', keys: ['q'], modes: ['list', 'small'], help: 'quit', footer: ['list', 'small']},
  {command: 'quit', keys: ['Q'], modes: [...READ, 'help', 'small'], help: 'quit from any screen but search'},
  {command: 'quit', keys: ['ctrl+c'], modes: MODES, help: 'quit now, from anywhere'},
  {command: 'search', keys: ['/'], modes: READ, help: 'search people, places, organizations', footer: READ},
  {command: 'nextArticle', keys: ['n'], modes: ARTICLE, help: 'next article', footer: ARTICLE},
  {command: 'prevArticle', keys: ['p'], modes: ARTICLE, help: 'previous article'},
  {
    command: 'nextPanel',
    keys: ['tab'],
    modes: ['article'],
    help: 'focus the next panel',
    footer: ['article'],
  },
  {command: 'prevPanel', keys: ['shift+tab'], modes: ['article'], help: 'focus the previous panel'},
  {
    command: 'nextFilter',
    keys: ['tab'],
    modes: ['list'],
    help: 'next filter (all, unread, favourites)',
    footer: ['list'],
  },
  {
    command: 'nextFilter',
    keys: ['tab'],
    modes: ['search'],
    help: 'next kind (all, people, places, organizations)',
    footer: ['search'],
    label: 'kind',
  },
  {command: 'prevFilter', keys: ['shift+tab'], modes: ['list'], help: 'previous filter'},
  {command: 'prevFilter', keys: ['shift+tab'], modes: ['search'], help: 'previous kind'},
  {
    command: 'toggleFullText',
    keys: ['t'],
    modes: ARTICLE,
    help: 'full text on / off',
    footer: ARTICLE,
  },
  {
    command: 'toggleRead',
    keys: ['m'],
    modes: ['list', ...ARTICLE],
    help: 'mark read / unread',
    footer: ['list'],
  },
  {
    command: 'toggleFavourite',
    keys: ['f'],
    modes: ['list', ...ARTICLE],
    help: 'favourite on / off',
    footer: ['list'],
  },
  {
    command: 'openUrl',
    keys: ['o'],
    modes: ['list', ...ARTICLE],
    help: "open the article's URL in the browser",
  },
  {
    command: 'refresh',
    keys: ['R'],
    modes: READ,
    help: 'refresh the feeds in the background',
    footer: ['list'],
  },
  {command: 'help', keys: ['?'], modes: READ, help: 'help: every key', footer: READ},
  // As in less and vim: raw mode reads Ctrl+Z as a key, so the terminal's own suspend never happens without this.
  {command: 'suspend', keys: ['ctrl+z'], modes: MODES, help: 'suspend to the shell (fg comes back)'},
  // As in less, vim and newsboat: a screen another program wrote over (a wall message, a stray print) drawn clean.
  {command: 'repaint', keys: ['ctrl+l'], modes: MODES, help: 'redraw the screen'},
];

/** The token a keypress is known by in the keymap ("j", "G", "down", "shift+tab", "ctrl+c"), or null. */
export function keyToken(input: string, key: Partial<Key>): string | null {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pgup';
  if (key.pageDown) return 'pgdn';
  if (key.home) return 'home';
  if (key.end) return 'end';
  // A linefeed is Enter too: Ctrl+J, or an Enter typed while the terminal was still in line mode (at start-up).
  if (key.return || input === '\n') return 'enter';
  if (key.escape) return 'esc';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
  if (key.meta) return null;
  if (input === ' ') return 'space';
  return input.length === 1 ? input : null;
}

/** The command a keypress runs in a mode, or null when it runs none (in search, typing goes to the box). */
export function resolveCommand(mode: Mode, input: string, key: Partial<Key>): Command | null {
  const token = keyToken(input, key);
  if (token === null) return null;
  return KEYMAP.find((b) => b.modes.includes(mode) && b.keys.includes(token))?.command ?? null;
}

const LABELS: Record<string, string> = {
  up: '↑',
  down: '↓',
  pgup: 'PgUp',
  pgdn: 'PgDn',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  esc: 'Esc',
  tab: 'Tab',
  'shift+tab': 'Shift+Tab',
  space: 'Space',
};

/** How a key token is written for people: "↓", "PgUp", "Ctrl+C". */
export function keyLabel(token: string): string {
  if (LABELS[token] !== undefined) return LABELS[token];
  if (token.startsWith('ctrl+')) return `Ctrl+${token.slice(5).toUpperCase()}`;
  return token;
}

/** The bindings of one mode, in keymap order. */
export function bindingsFor(mode: Mode): Binding[] {
  return KEYMAP.filter((b) => b.modes.includes(mode));
}

/** What acts on the list's rows: an empty list's footer leaves them out (they would do nothing). */
export const ROW_COMMANDS: ReadonlySet<Command> = new Set<Command>([
  'up',
  'down',
  'top',
  'bottom',
  'pageUp',
  'pageDown',
  'open',
  'toggleRead',
  'toggleFavourite',
  'openUrl',
]);

/** The footer of a mode: "j/↓ down · Enter open …" built from the bindings marked for it. */
export function footerFor(
  mode: Mode,
  omit: ReadonlySet<Command> = new Set(),
): {command: Command; keys: string; label: string}[] {
  return KEYMAP.filter((b) => b.footer?.includes(mode) && !omit.has(b.command)).map((b) => ({
    command: b.command,
    keys: b.keys.map(keyLabel).join('/'),
    label: b.label ?? FOOTER_LABELS[b.command],
  }));
}

/**
 * The footer's hints that fit in `columns` (two spaces between them): when they do not all fit, the last ones go
 * first, but never the key to the help, which lists the rest (at 80 columns the footer was cut before it).
 */
export function fitFooter<T extends {command: Command; keys: string; label: string}>(
  hints: readonly T[],
  columns: number,
): T[] {
  const out = [...hints];
  for (let i = out.length - 1; i >= 0 && footerWidth(out) > columns; i--) {
    if (out[i]?.command !== 'help' && out.length > 1) out.splice(i, 1);
  }
  return out;
}

/** Columns the hints take as the footer draws them ("keys label", two spaces apart). */
export function footerWidth(hints: readonly {keys: string; label: string}[]): number {
  return hints.reduce((sum, h, i) => sum + [...`${h.keys} ${h.label}`].length + (i > 0 ? 2 : 0), 0);
}

/**
 * The hints and a status text (" · "-separated parts, such as indexing progress) on one line of `columns`: hints
 * go first (the help's last), then the status's trailing parts; its first part stays whole, so a count is never
 * cut into another number ("analysing 53/28…" of 280).
 */
export function fitFooterWithStatus<T extends {command: Command; keys: string; label: string}>(
  hints: readonly T[],
  status: string,
  columns: number,
): {hints: T[]; status: string} {
  const parts = status.split(' · ');
  for (let n = parts.length; n >= 1; n--) {
    const text = parts.slice(0, n).join(' · ');
    const room = columns - [...`  · ${text}`].length;
    const fitted = fitFooter(hints, room);
    if (footerWidth(fitted) <= room || n === 1) return {hints: fitted, status: text};
  }
  return {hints: fitFooter(hints, columns), status};
}

const FOOTER_LABELS: Record<Command, string> = {
  up: 'up',
  down: 'move',
  top: 'top',
  bottom: 'bottom',
  pageUp: 'page up',
  pageDown: 'page',
  open: 'open',
  back: 'back',
  quit: 'quit',
  search: 'search',
  nextArticle: 'next',
  prevArticle: 'previous',
  nextPanel: 'panel',
  prevPanel: 'panel back',
  nextFilter: 'filter',
  prevFilter: 'filter back',
  toggleFullText: 'full text',
  toggleRead: 'read',
  toggleFavourite: 'favourite',
  openUrl: 'open URL',
  refresh: 'refresh',
  help: 'help',
  suspend: 'suspend',
  repaint: 'redraw',
};
