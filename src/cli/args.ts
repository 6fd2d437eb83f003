import {parseArgs} from 'node:util';
import type {EntityKind} from '../extract/types.js';
import {defaultDbPath} from '../store/paths.js';
import {defaultArticlesPath} from './library-path.js';

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
  /** `search --kind`: only entities of this kind. */
  kind: EntityKind | null;
  /** `search --text`: full-text search over article bodies instead of entities. */
  text: boolean;
}

/** A command line brief cannot run; the CLI prints the message and exits 2. */
export class UsageError extends Error {}

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

/** Parses argv (without node and script) into a command; throws UsageError on anything it cannot run. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
        json: {type: 'boolean'},
        articles: {type: 'string', short: 'a'},
        db: {type: 'string'},
        kind: {type: 'string'},
        text: {type: 'boolean'},
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const {values, positionals} = parsed;
  const articles = values.articles || defaultArticlesPath(env);
  if (values.kind !== undefined && !KINDS.includes(values.kind as EntityKind)) {
    throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
  }
  const base = {
    json: values.json ?? false,
    articles,
    db: values.db || defaultDbPath(env),
    kind: (values.kind as EntityKind | undefined) ?? null,
    text: values.text ?? false,
  };
  if (values.help) return {...base, command: 'help', positionals: []};
  if (values.version) return {...base, command: 'version', positionals: []};
  const [first, ...rest] = positionals;
  if (first === undefined) return {...base, command: 'tui', positionals: []};
  if (first === 'help') return {...base, command: 'help', positionals: []};
  // `brief https://…` is `brief add https://…`.
  if (/^https?:\/\//i.test(first)) return {...base, command: 'add', positionals};
  if (!COMMANDS.includes(first as CommandName)) throw new UsageError(`unknown command '${first}'`);
  const command = first as CommandName;
  if (command === 'show' && rest.length !== 1) throw new UsageError('show takes one article id');
  if (command === 'extract' && rest.length === 0) throw new UsageError('extract takes one or more files');
  if (command === 'list' && rest.length > 0) throw new UsageError('list takes no arguments');
  if (command === 'index' && rest.length > 0) throw new UsageError('index takes no arguments');
  if (command === 'search' && rest.join(' ').trim() === '') throw new UsageError('search takes a query');
  if (command === 'add' && rest.length === 0)
    throw new UsageError('add takes one or more URLs, .html files, feeds or OPML files');
  if (command === 'refresh' && rest.length > 0) throw new UsageError('refresh takes no arguments');
  if (command === 'export-opml' && rest.length > 1)
    throw new UsageError('export-opml takes at most one file');
  if (command === 'feeds' && !(rest.length === 0 || (rest[0] === 'remove' && rest.length === 2)))
    throw new UsageError('feeds takes no arguments, or: feeds remove URL');
  if (command !== 'search' && (base.kind !== null || base.text))
    throw new UsageError('--kind and --text go with search');
  return {...base, command, positionals: rest};
}

/** The text of `brief --help`. */
export const HELP = `brief — a terminal newsreader that reads the news for you

Usage:
  brief [--articles DIR]                 open the reader (a text list when output is not a terminal)
  brief list [--json]                    list the articles of the library
  brief show ID [--json]                 show one article's metadata and paragraphs
  brief extract FILE... [--json]         extract summary, people, places, organizations, quotes, facts
  brief index [--json]                   index the library now (only new and changed files are extracted)
  brief search QUERY [--json] [--kind person|place|organization] [--text]
                                         fuzzy search people, places and organizations; --text searches
                                         the article text instead (searches what is indexed; a library
                                         never indexed is indexed first)
  brief add SOURCE... [--json]           add articles and subscriptions: a page's URL, a saved .html file,
                                         an RSS / Atom / JSON feed (URL or file: subscribes and adds its
                                         items) or an OPML list (subscribes); brief URL is brief add URL
  brief refresh [--json]                 fetch every subscribed feed and add its new items
  brief feeds [--json]                   list the subscriptions: last fetch, items, articles, last error
  brief feeds remove URL                 unsubscribe (the articles stay)
  brief export-opml [FILE]               the subscriptions as OPML (on stdout, or in a new FILE)

Options:
  -a, --articles DIR   the article folder (default: $BRIEF_ARTICLES, else ./articles when it exists,
                       else $XDG_DATA_HOME/brief/articles, made by the first add)
      --db FILE        the database (default: $BRIEF_DB, else $XDG_DATA_HOME/brief/brief.db,
                       else ~/.local/share/brief/brief.db); it caches analyses and keeps read marks
      --json           machine-readable output
  -h, --help           this help
  -v, --version        the version

Environment: BRIEF_WORKERS=N extraction threads (default: one per core); NO_COLOR turns colours off.

Exit codes: 0 ok, 1 some input failed (reasons on stderr), 2 usage error.
`;
