import {statSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import type {EntityKind} from '../extract/types.js';
import {COMMAND_HELP, helpTopic, usageLines, type HelpTopic} from './command-help.js';
import {defaultDbPath} from '../store/paths.js';
import {defaultArticlesPath} from './library-path.js';
import {nearest} from './did-you-mean.js';
import {TILDE, unexpandedTilde} from './tilde.js';
import {missingDatabase, namedBy, noDatabaseAt, READS_ONLY} from './named-db.js';
import {cleanLine, showName} from '../library/sanitize.js';
import {holdsRawBytes} from '../library/file-names.js';
import {KIND_WORDS, kindNamed} from '../search/other-kinds.js';
import {readsAsAddress} from '../web/url.js';

/** The commands brief understands. */
export type CommandName =
  | 'tui'
  | 'list'
  | 'show'
  | 'extract'
  | 'index'
  | 'search'
  | 'add'
  | 'feeds'
  | 'refresh'
  | 'export-opml'
  | 'help'
  | 'version';

/** Parsed command line. */
export interface CliArgs {
  command: CommandName;
  positionals: string[];
  json: boolean;
  articles: string;
  /** The database file: --db, else $BRIEF_DB, else the user's data folder. */
  db: string;
  /** The user named the database (--db or $BRIEF_DB): its folder must exist; only the default one is made. */
  dbGiven: boolean;
  /** `search --kind`: only entities of this kind. */
  kind: EntityKind | null;
  /** `search --text`: full-text search over article bodies instead of entities. */
  text: boolean;
  /** `--explain`: say why (the rules behind each extraction; how search results matched and were joined). */
  explain: boolean;
  /** `index --check`: run SQLite's check of the whole database now, not only when a day has passed. */
  check: boolean;
  /** `help`: the command whose help to print (`brief CMD --help`, `brief help CMD`); null for the overview. */
  topic: HelpTopic | null;
}

/** A command line brief cannot run; the CLI prints the message and exits 2. */
export class UsageError extends Error {
  /** The command whose line was wrong (`feeds remove` has its own), when its own help says what it takes. */
  readonly command: HelpTopic | null;
  constructor(message: string, command: HelpTopic | null = null) {
    super(message);
    this.command = command;
  }
}

const COMMANDS: readonly CommandName[] = [
  'list',
  'show',
  'extract',
  'index',
  'search',
  'add',
  'feeds',
  'refresh',
  'export-opml',
];
const KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];

const OPTIONS = {
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  json: {type: 'boolean'},
  articles: {type: 'string', short: 'a'},
  db: {type: 'string'},
  kind: {type: 'string'},
  text: {type: 'boolean'},
  explain: {type: 'boolean'},
  check: {type: 'boolean'},
} as const;

/** Every option the parser knows, with whether it takes a value. */
export const OPTION_TYPES: Readonly<Record<string, 'boolean' | 'string'>> = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, spec]) => [name, spec.type]),
);

/** What each option's value is, for "needs a value" messages. */
const VALUE_NAMES: Record<string, string> = {articles: 'DIR', db: 'FILE', kind: KINDS.join('|')};

/**
 * Commands other feed readers and tools name otherwise, each with brief's own: a new user's "brief subscribe URL" or
 * "brief import subs.opml" got "unknown command" and no pointer, being no typo of any of brief's.
 */
const OTHER_TOOLS_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // An option here, though some tools take it as a command ("git version").
    version: '--version',
    subscribe: 'add',
    follow: 'add',
    import: 'add',
    unsubscribe: 'feeds remove',
    unfollow: 'feeds remove',
    export: 'export-opml',
    opml: 'export-opml',
    update: 'refresh',
    fetch: 'refresh',
    sync: 'refresh',
    reload: 'refresh',
  }),
);

/**
 * The name a typed word meant: the name itself when the word is it with escapes or invisible characters in it
 * (pasted from a terminal), else the nearest (did-you-mean.ts).
 */
function meant(typed: string, names: readonly string[]): string | null {
  const clean = cleanLine(typed);
  return clean !== typed && names.includes(clean) ? clean : nearest(clean, names);
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** Checks the options parseArgs found (leniently, so the message can be brief's own rather than Node's). */
function checkOption(token: Token): void {
  if (token.kind !== 'option') return;
  const spec = (OPTIONS as Record<string, {type: 'boolean' | 'string'}>)[token.name];
  if (!spec) {
    // Named as typed, escapes spelt out: stripped, `--\e[1mjson` would read as a known option.
    const near = token.rawName.startsWith('--') ? meant(token.name, Object.keys(OPTIONS)) : null;
    throw new UsageError(
      `unknown option ${showName(token.rawName)}${near ? ` (did you mean --${near}?)` : ''}`,
    );
  }
  const long = `--${token.name}`;
  if (spec.type === 'boolean') {
    if (token.value !== undefined) throw new UsageError(`option ${long} takes no value`);
  } else if (
    token.value === undefined ||
    token.value === '' ||
    (!token.inlineValue && token.value.startsWith('-'))
  ) {
    // "--articles --json" would take --json as the folder: a value that looks like an option needs "=". An empty
    // one ("--db ''", an unset variable in a script) would quietly mean the default.
    throw new UsageError(`option ${long} needs a value (${long} ${VALUE_NAMES[token.name] ?? 'VALUE'})`);
  }
}

/** Parses argv (without node and script) into a command; throws UsageError on anything it cannot run. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  const args = parseCommand(argv, env);
  // `show` analyses the article file as `extract` does: a --db beside it is not used, so not checked either.
  const opensDb = !['help', 'version', 'extract', 'show'].includes(args.command);
  // A path ending in "/" names a folder: SQLite made a database file of that name (`--db ~/news/` before the folder
  // was made), then brief failed with a raw ENOTDIR on the files it keeps beside one, the file left behind.
  if (opensDb && args.db.endsWith('/'))
    throw new UsageError(
      `the database ${showName(args.db)} ends in '/', which names a folder; name a file in it (${showName(args.db)}brief.db)`,
    );
  if (opensDb && args.dbGiven) checkChosenDbFolder(args.db);
  // A path given in bytes that are not UTF-8 (raw-args.ts): SQLite opens a database by a UTF-8 name only, so it would
  // make another file, named with the stand-ins.
  if (opensDb && holdsRawBytes(args.db))
    throw new UsageError(
      `the database path ${showName(args.db)} is not UTF-8, which SQLite cannot open by name; rename it or choose another`,
    );
  // A mistyped --db for a command that only reads: an empty new database would list every article unread.
  if (READS_ONLY.includes(args.command) && namedBy(args.db, env) !== null && noDatabaseAt(args.db))
    throw new UsageError(
      `${missingDatabase(args.db, env)}; check the path (brief index, brief add or the reader start a new one)`,
    );
  return args;
}

function parseCommand(argv: string[], env: NodeJS.ProcessEnv): CliArgs {
  try {
    return parseWords(argv, env);
  } catch (err) {
    // An option wrong on a command's line (`brief index --frob`) points at that command's help, which lists what it
    // takes, rather than at the overview's.
    if (!(err instanceof UsageError) || err.command !== null) throw err;
    const topic = typedCommand(argv);
    throw topic === null ? err : new UsageError(err.message, topic);
  }
}

/** The command the line names (`feeds remove` as its own), if it names one brief has; null for the reader's. */
function typedCommand(argv: string[]): HelpTopic | null {
  const {positionals} = parseArgs({args: argv, allowPositionals: true, strict: false, options: OPTIONS});
  const [first] = positionals;
  if (first === undefined || !COMMANDS.includes(first as CommandName)) return null;
  return helpTopic(positionals);
}

function parseWords(argv: string[], env: NodeJS.ProcessEnv): CliArgs {
  const parsed = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  for (const token of parsed.tokens) checkOption(token);
  const values = parsed.values as {
    [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
  };
  const {positionals} = parsed;
  const articles = values.articles || defaultArticlesPath(env);
  const kind = values.kind === undefined ? null : kindNamed(values.kind);
  if (values.kind !== undefined && kind === null)
    throw new UsageError(`--kind must be one of ${KIND_WORDS}, not '${cleanLine(values.kind)}'`);
  const base = {
    json: values.json ?? false,
    articles,
    db: values.db || defaultDbPath(env),
    dbGiven: Boolean(values.db || env.BRIEF_DB),
    kind,
    text: values.text ?? false,
    explain: values.explain ?? false,
    check: values.check ?? false,
    topic: null,
  };
  if (values.help) return {...base, command: 'help', positionals: [], topic: helpTopic(positionals)};
  if (values.version) return {...base, command: 'version', positionals: []};
  const [first, ...rest] = positionals;
  if (first === undefined) {
    // The reader takes none of the commands' options; --json asks for what it prints off a terminal, the list,
    // as data (it printed the text list, --json unheard).
    if (base.kind !== null || base.text) throw new UsageError('--kind and --text go with search');
    if (base.explain) throw new UsageError('--explain goes with extract and search');
    if (base.check) throw new UsageError('--check goes with index');
    return {...base, command: base.json ? 'list' : 'tui', positionals: []};
  }
  if (first === 'help') {
    const topic = helpTopic(rest);
    if (rest.length > 0 && (topic === null || rest.length > topic.split(' ').length)) {
      const near = rest.length === 1 ? nearest(rest[0] ?? '', COMMANDS) : null;
      const hint = near ? `did you mean brief help ${near}?` : 'brief --help lists the commands';
      throw new UsageError(`no help for '${showName(rest.join(' '))}' (${hint})`);
    }
    return {...base, command: 'help', positionals: [], topic};
  }
  // `brief https://…` is `brief add https://…`.
  if (/^https?:\/\//i.test(first)) return {...base, command: 'add', positionals};
  if (!COMMANDS.includes(first as CommandName)) {
    // A folder given where the reader's library goes: say how to name it. A page, feed, OPML or article file (what
    // brief add takes): how to add it.
    // Named as typed, escapes spelt out: stripped for the terminal, "\e[31mlist" read as "unknown command 'list'".
    const shown = showName(first);
    const addable = /\.(?:html?|xml|rss|atom|json|opml|md|txt)$/i.test(first) && !first.includes('://');
    const path = addable
      ? ` (to add it to the library: brief add ${shown})`
      : readsAsAddress(first) && pathKind(first) === 'none'
        ? ` (to add the page or feed at that address: brief add https://${shown})`
        : /[/\\.]/.test(first) && !first.includes('://')
          ? ` (to read the articles in ${shown}: brief --articles ${shown})`
          : '';
    const near = path !== '' ? null : (OTHER_TOOLS_WORDS.get(first.toLowerCase()) ?? meant(first, COMMANDS));
    throw new UsageError(
      `unknown command '${shown}'${path || (near ? ` (did you mean brief ${near}?)` : '')}`,
    );
  }
  const command = first as CommandName;
  // An empty id (an unset variable in a script: brief show "$ID") is no id, as an empty query is no query.
  if (command === 'show' && (rest.length !== 1 || rest[0]?.trim() === ''))
    throw new UsageError('show takes one article id', command);
  // An empty argument is no file or address (an unset variable in a script, brief add "$URL"): it was looked up as
  // one, and the message named nothing ("cannot add : file not found"; export-opml '' found the current folder).
  const emptyArgument = rest.some((a) => a.trim() === '');
  const empty = emptyArgument ? ' (an empty argument names none)' : '';
  if (command === 'extract' && (rest.length === 0 || emptyArgument))
    throw new UsageError(`extract takes one or more files${empty}`, command);
  if (command === 'list' && rest.length > 0) throw new UsageError('list takes no arguments', command);
  if (command === 'index' && rest.length > 0) throw new UsageError('index takes no arguments', command);
  if (command === 'search' && rest.join(' ').trim() === '')
    throw new UsageError('search takes a query', command);
  if (command === 'add' && (rest.length === 0 || emptyArgument))
    throw new UsageError(
      `add takes one or more URLs, article files (.md, .txt, .html), feeds or OPML files${empty}`,
      command,
    );
  if (command === 'refresh' && rest.length > 0) throw new UsageError('refresh takes no arguments', command);
  if (command === 'export-opml' && (rest.length > 1 || emptyArgument))
    throw new UsageError(`export-opml takes at most one file${empty}`, command);
  if (
    command === 'feeds' &&
    !(rest.length === 0 || (rest[0] === 'remove' && rest.length === 2 && !emptyArgument))
  )
    throw new UsageError(`feeds takes no arguments, or: feeds remove URL${empty}`, command);
  if (command !== 'search' && (base.kind !== null || base.text))
    throw new UsageError('--kind and --text go with search');
  if (base.explain && command !== 'search' && command !== 'extract')
    throw new UsageError('--explain goes with extract and search');
  if (base.check && command !== 'index') throw new UsageError('--check goes with index');
  // A search of the text has no kinds and no joined names: either option was quietly ignored with it.
  if (command === 'search' && base.text && (base.kind !== null || base.explain))
    throw new UsageError('--kind and --explain go with a search of names, not --text');
  // Any other option a command would quietly ignore: its help (command-help.ts) lists what it takes.
  const topic = helpTopic([command, ...rest]) ?? command;
  const takes = new Set<string>(COMMAND_HELP[topic as HelpTopic].options.map((o) => o.name));
  for (const token of parsed.tokens)
    if (token.kind === 'option' && !takes.has(token.name))
      throw new UsageError(`--${token.name} does not go with ${topic}`, topic as HelpTopic);
  return {...base, command, positionals: rest};
}

/** Whether `path` is there: a folder, something else, or nothing. */
function pathKind(path: string): 'folder' | 'other' | 'none' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'none';
  }
}

/**
 * A database the user named (--db, $BRIEF_DB) whose folder does not exist is a mistyped path far more often than a
 * wish for new folders: brief would quietly build a new library database there and every mark would seem lost. Only
 * brief's default place is made as needed.
 */
function checkChosenDbFolder(db: string): void {
  // "~" alone is the home folder the shell did not expand, never a database the user meant to name "~".
  if (db === '~' && pathKind(db) === 'none') throw new UsageError(`the database ~ is not a file: ${TILDE}`);
  const dir = dirname(resolve(db));
  let up = dir;
  let kind = pathKind(up);
  while (kind === 'none' && dirname(up) !== up) {
    up = dirname(up);
    kind = pathKind(up);
  }
  if (up !== dir && kind === 'folder') {
    throw new UsageError(
      unexpandedTilde(db)
        ? `there is no folder ${dir} for the database ${db}: ${TILDE}`
        : `there is no folder ${dir} for the database ${db}; make it first, or check the path`,
    );
  }
  if (kind === 'other') {
    throw new UsageError(`there is no folder ${dir} for the database ${db}: ${up} is a file; check the path`);
  }
}

/** The text of `brief --help`: the Usage block comes from each command's help (command-help.ts). */
export const HELP = `brief — a terminal newsreader that reads the news for you

Usage:
${usageLines()
  .map((l) => `  ${l}`)
  .join('\n')}

Options:
  -a, --articles DIR   the article folder (default: $BRIEF_ARTICLES, else
                       ./articles when it exists, else
                       $XDG_DATA_HOME/brief/articles, made by the first add)
      --db FILE        the database (default: $BRIEF_DB, else
                       $XDG_DATA_HOME/brief/brief.db, else
                       ~/.local/share/brief/brief.db); it caches analyses and
                       keeps read marks and subscriptions; a FILE you name must
                       be in a folder that exists, and when it is not there yet
                       only the reader, index, add and refresh make it (saying
                       so)
      --json           machine-readable output
  -h, --help           this help (brief CMD --help, brief help CMD: that
                       command's own)
  -v, --version        the version

Environment: BRIEF_WORKERS=N extraction threads (default: one per core; at most
two per core); NO_COLOR turns colours off; BRIEF_CODE_CACHE=0 starts the reader
without its code cache ($XDG_CACHE_HOME/brief/v8).

Exit codes: 0 ok (an empty library too: it says how to add articles), 1 some
input failed or could not be read (reasons on stderr; no library yet too), 2
usage error (a folder or database named by --articles, --db, $BRIEF_ARTICLES or
$BRIEF_DB that is not there or is the wrong kind of file too), 130 stopped by
Ctrl+C, 143 by SIGTERM, 129 by SIGHUP (index, add and refresh keep what they
had done).
`;
