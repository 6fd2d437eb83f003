/** One option as a command's help names it. */
export interface OptionHelp {
  /** The option's name in the parser's table (`articles`, `json`, …). */
  name: string;
  /** What the help prints in its first column, e.g. `-a, --articles DIR`. */
  flag: string;
  text: string;
}

/** Everything `brief CMD --help` says, and the command's lines in `brief --help`. */
export interface CommandHelp {
  /** What follows `brief` on the command line. */
  synopsis: string;
  /** The overview's description (brief --help, README's Commands), in lines the overview joins and wraps again. */
  summary: readonly string[];
  /** One line for the command's own help. */
  line: string;
  /** The options the command takes, besides --help. */
  options: readonly OptionHelp[];
  example: string;
}

const ARTICLES: OptionHelp = {
  name: 'articles',
  flag: '-a, --articles DIR',
  text: 'the article folder (default: $BRIEF_ARTICLES, else ./articles; see brief --help)',
};
const DB: OptionHelp = {
  name: 'db',
  flag: '    --db FILE',
  text: 'the database (default: $BRIEF_DB, else one in $XDG_DATA_HOME/brief; see brief --help)',
};
const JSON_OUT: OptionHelp = {name: 'json', flag: '    --json', text: 'machine-readable output'};
const LIBRARY = [ARTICLES, DB] as const;

/** Each command's help, keyed by what follows `brief` (`feeds remove` has its own). '' is the reader. */
export const COMMAND_HELP = {
  '': {
    synopsis: '[--articles DIR]',
    summary: ['open the reader (a text list when output is not a terminal)'],
    line: 'Open the reader; when output is not a terminal, print the text list instead.',
    options: LIBRARY,
    example: 'brief --articles ~/news',
  },
  list: {
    synopsis: 'list [--json]',
    summary: ['list the articles: marks, date, source, title and id'],
    line: 'List the articles, newest first: marks (● unread, ★ favourite), date, source, title and id.',
    options: [...LIBRARY, JSON_OUT],
    example: 'brief list --json',
  },
  show: {
    synopsis: 'show ID [--json]',
    summary: ["one article's summary, key facts, quotes, names, then its text"],
    line: "Print one article's summary, key facts, quotes and names, then its text (ID as brief list shows it, or the file's path or name).",
    // Analysed from its file as extract does: the help said --db was the database, which show never opens.
    options: [ARTICLES, JSON_OUT, {...DB, text: 'not used: show reads the article file, not the database'}],
    example: 'brief show kyiv-strike',
  },
  extract: {
    synopsis: 'extract FILE... [--json] [--explain]',
    summary: [
      'extract summary, people, places, organizations, quotes, facts;',
      '--explain lists the rules behind each name, speaker and fact;',
      'FILE - reads one article from standard input',
    ],
    line: 'Extract summary, people, places, organizations, quotes and facts from the FILEs named (- reads standard input).',
    options: [
      JSON_OUT,
      {name: 'explain', flag: '    --explain', text: 'the rules behind each name, speaker and fact'},
      {...ARTICLES, text: 'not used: extract reads only the FILEs named'},
      {...DB, text: 'not used: extract neither reads nor writes the database'},
    ],
    example: 'brief extract articles/kyiv-strike.txt --explain',
  },
  index: {
    synopsis: 'index [--json] [--check]',
    summary: [
      'index the library now (only new and changed files are extracted);',
      '--check also checks the whole database, as brief does once a day',
    ],
    line: 'Index the library now: only new and changed files are extracted.',
    options: [
      ...LIBRARY,
      JSON_OUT,
      {name: 'check', flag: '    --check', text: 'also check the whole database now (brief does once a day)'},
    ],
    example: 'brief index --check',
  },
  search: {
    synopsis: 'search QUERY [--json] [--kind person|place|organization] [--text] [--explain]',
    summary: [
      'fuzzy search people, places and organizations, each with the',
      'articles naming it most; --explain says how each matched and why',
      'names were joined into one entry; --text searches the article',
      'text instead ("a phrase", word*, A OR B); new and changed',
      'articles are indexed first',
    ],
    line: 'Fuzzy search people, places and organizations, each with the articles naming it most.',
    options: [
      ...LIBRARY,
      JSON_OUT,
      {
        name: 'kind',
        flag: '    --kind KIND',
        text: 'only person, place or organization (people, places, organizations also work)',
      },
      {name: 'text', flag: '    --text', text: 'search article text instead ("a phrase", word*, A OR B)'},
      {
        name: 'explain',
        flag: '    --explain',
        text: 'how each matched and why names were joined into one entry',
      },
    ],
    example: 'brief search "new york" --kind place',
  },
  add: {
    synopsis: 'add SOURCE... [--json]',
    summary: [
      "add articles and subscriptions: a page's URL, a saved .html file,",
      'an article file (.md, .txt: copied into the library), an RSS /',
      'Atom / JSON feed (URL or file: subscribes and adds its items) or',
      'an OPML list (subscribes); brief URL is brief add URL',
    ],
    line: "Add a page's URL, a saved .html file, an article file (.md, .txt), a feed (subscribes, adds its items) or an OPML list (one that names no feeds, as an empty export, is no failure).",
    options: [...LIBRARY, JSON_OUT],
    example: 'brief add https://example.com/feed.xml',
  },
  refresh: {
    synopsis: 'refresh [--json]',
    summary: ['fetch every subscribed feed and add its new items'],
    line: 'Fetch every subscribed feed and add its new items (with none subscribed, it says so and exits 0).',
    options: [...LIBRARY, JSON_OUT],
    example: 'brief refresh',
  },
  feeds: {
    synopsis: 'feeds [--json]',
    summary: ['list the subscriptions: last good fetch, items, articles, last failure or error'],
    line: 'List the subscriptions: last good fetch, items, articles, a failure since or the last error (brief feeds remove URL unsubscribes).',
    options: [...LIBRARY, JSON_OUT],
    example: 'brief feeds --json',
  },
  'feeds remove': {
    synopsis: 'feeds remove URL',
    summary: ['unsubscribe (the articles stay)'],
    line: 'Unsubscribe from the feed at URL; the articles it brought in stay in the library.',
    options: LIBRARY,
    example: 'brief feeds remove https://example.com/feed.xml',
  },
  'export-opml': {
    synopsis: 'export-opml [FILE]',
    summary: ['the subscriptions as OPML (on stdout, or in a new FILE)'],
    line: 'Print the subscriptions as OPML (no FILE, or -), or write them to FILE (which must not exist yet); with none subscribed, a list that names no feeds (exit 0, a note on stderr).',
    options: LIBRARY,
    example: 'brief export-opml subscriptions.opml',
  },
} as const satisfies Record<string, CommandHelp>;

/** What `brief help TOPIC` and `brief CMD --help` know. */
export type HelpTopic = keyof typeof COMMAND_HELP;

/** The width `brief CMD --help` keeps to: a terminal's 80 columns wrapped its longer lines mid-word. */
export const HELP_WIDTH = 80;

/**
 * `words` joined into lines of at most `width` columns (a word longer than that has a line of its own), every
 * line after the first indented by `indent` spaces. Help text is ASCII and a few one-column symbols, so a
 * character is a column.
 */
export function wrapWords(words: readonly string[], width: number, indent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const room = width - (lines.length ? indent : 0);
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l));
}

/** The synopsis's words, a bracketed option ("[--kind person|place|organization]") kept as one. */
function synopsisWords(synopsis: string): string[] {
  return synopsis.match(/\[[^\]]*\]|\S+/g) ?? [];
}

/** How far the overview indents a command's description under it, within its own two-space indent. */
const DESCRIPTION_INDENT = 4;

/**
 * The Usage block of `brief --help` (and README's Commands), one command after another, without indent: each
 * command line, then its description under it, both wrapped to fit 80 columns once `brief --help` indents them by
 * two (beside each other, descriptions from column 41 ran to 109 columns, which an 80-column terminal broke
 * mid-word).
 */
export function usageLines(): string[] {
  const width = HELP_WIDTH - 2;
  const out: string[] = [];
  for (const help of Object.values(COMMAND_HELP) as CommandHelp[]) {
    out.push(...wrapWords(['brief', ...synopsisWords(help.synopsis)], width, DESCRIPTION_INDENT + 2));
    const words = help.summary.join(' ').split(' ');
    out.push(...wrapWords(words, width - DESCRIPTION_INDENT).map((l) => ' '.repeat(DESCRIPTION_INDENT) + l));
  }
  return out;
}

/** `brief CMD --help`: synopsis, one line, options, an example, each wrapped to 80 columns. */
export function commandHelpText(topic: HelpTopic): string {
  const help: CommandHelp = COMMAND_HELP[topic];
  const options = [...help.options, {name: 'help', flag: '-h, --help', text: 'this help'}];
  const width = Math.max(...options.map((o) => o.flag.length)) + 3;
  const usage = 'Usage: brief';
  const optionText = (text: string) =>
    wrapWords(text.split(' '), HELP_WIDTH - 2 - width).join(`\n${' '.repeat(2 + width)}`);
  return [
    ...wrapWords([usage, ...synopsisWords(help.synopsis)], HELP_WIDTH, usage.length + 1),
    '',
    ...wrapWords(help.line.split(' '), HELP_WIDTH),
    '',
    'Options:',
    ...options.map((o) => `  ${o.flag.padEnd(width)}${optionText(o.text)}`),
    '',
    'Example:',
    `  ${help.example}`,
    '',
    'All commands and what they share: brief --help',
    '',
  ].join('\n');
}

/** The help topic a command line names (`feeds remove` before `feeds`), or null when it names none. */
export function helpTopic(words: readonly string[]): HelpTopic | null {
  const two = words.slice(0, 2).join(' ');
  if (two in COMMAND_HELP && words.length >= 2) return two as HelpTopic;
  const one = words[0] ?? '';
  return one !== '' && one in COMMAND_HELP ? (one as HelpTopic) : null;
}
