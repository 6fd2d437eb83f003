import {existsSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {HELP, OPTION_TYPES, parseCli, UsageError} from '../../src/cli/args.js';
import {STOP_REPORT} from '../../src/cli/exit-codes.js';
import {COMMAND_HELP, type HelpTopic} from '../../src/cli/command-help.js';
import {emptyDb, ownData, runCli} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

const TOPICS = (Object.keys(COMMAND_HELP) as HelpTopic[]).filter((t) => t !== '');

/** The arguments a command needs before an option can be tried on it. */
const NEEDS: Record<string, string[]> = {
  show: ['kyiv-strike'],
  extract: ['articles/kyiv-strike.txt'],
  search: ['harbour'],
  add: ['https://example.com/feed.xml'],
  'feeds remove': ['https://example.com/feed.xml'],
};

/** Whether the parser takes `--name` on the topic's command line. */
function accepts(topic: HelpTopic, name: string): boolean {
  const value = name === 'kind' ? ['person'] : name === 'db' ? [emptyDb('b.db')] : ['x'];
  const argv = [...topic.split(' '), ...(NEEDS[topic] ?? []), `--${name}`];
  try {
    parseCli(OPTION_TYPES[name] === 'string' ? [...argv, ...value] : argv, {});
    return true;
  } catch (err) {
    if (err instanceof UsageError) return false;
    throw err;
  }
}

describe('brief CMD --help', () => {
  it.each(TOPICS)('%s prints its own usage, a line, its options and an example, and exits 0', (topic) => {
    const run = runCli([...topic.split(' '), ...(NEEDS[topic] ?? []), '--help']);
    const help = COMMAND_HELP[topic];
    expect(run.code).toBe(0);
    // Wrapped to 80 columns: the synopsis and the line read the same with their breaks undone.
    const [usage = '', line = ''] = run.stdout.split('\n\n').map((p) => p.replace(/\n +|\n/g, ' '));
    expect(usage).toBe(`Usage: brief ${help.synopsis}`);
    expect(line).toBe(help.line);
    for (const l of run.stdout.split('\n')) expect([topic, l, l.length <= 80]).toEqual([topic, l, true]);
    expect(run.stdout).toContain(`Example:\n  ${help.example}`);
    expect(run.stdout).not.toContain('Exit codes:');
    // brief help CMD says the same.
    expect(runCli(['help', ...topic.split(' ')]).stdout).toBe(run.stdout);
  });

  it('names every option each command accepts, and only those', () => {
    for (const topic of TOPICS) {
      const named = new Set(COMMAND_HELP[topic].options.map((o) => o.name));
      for (const name of Object.keys(OPTION_TYPES).filter((n) => n !== 'help' && n !== 'version')) {
        expect([topic, name, named.has(name)]).toEqual([topic, name, accepts(topic, name)]);
      }
    }
  });

  it('shows in its synopsis only options the command accepts', () => {
    for (const topic of TOPICS) {
      for (const [, name] of COMMAND_HELP[topic].synopsis.matchAll(/--([a-z-]+)/g))
        expect([topic, name, accepts(topic, name ?? '')]).toEqual([topic, name, true]);
    }
  });

  it('brief --help keeps to 80 columns too', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    // Commands beside their descriptions ran to 109 columns, which an 80-column terminal broke mid-word.
    for (const l of run.stdout.split('\n')) expect([l, l.length <= 80]).toEqual([l, true]);
    expect(run.stdout).toContain(
      '  brief list [--json]\n      list the articles: marks, date, source, title and id\n',
    );
  });

  it('says so in one line when brief help names no command, naming the command a typo was close to', () => {
    const run = runCli(['help', 'frob']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("brief: no help for 'frob' (brief --help lists the commands)");
    const typo = runCli(['help', 'shwo']);
    expect(typo.code).toBe(2);
    expect(typo.stderr.split('\n')[0]).toBe("brief: no help for 'shwo' (did you mean brief help show?)");
  });
});

/** The words of an example command line after `brief`, as a shell splits them (double quotes only). */
function words(example: string): string[] {
  return [...example.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '').slice(1);
}

describe('every --help example works', () => {
  it.each(Object.keys(COMMAND_HELP) as HelpTopic[])(
    'brief %s: its example parses, names files that exist, and runs',
    (topic) => {
      // Run where a new user tries them: a folder whose ./articles is the shipped library, with a database of its own.
      const cwd = tempDir();
      symlinkSync(join(import.meta.dirname, '../../articles'), join(cwd, 'articles'));
      const argv = words(COMMAND_HELP[topic].example);
      expect(() => parseCli(argv, {})).not.toThrow();
      // A page or feed on the web, or a folder in the user's home: not something a test can run.
      if (argv.some((w) => w.includes('://') || w.startsWith('~'))) return;
      for (const file of argv.filter((w) => /^[\w./-]+\/[\w.-]+\.\w+$/.test(w)))
        expect([file, existsSync(join(cwd, file))]).toEqual([file, true]);
      const run = runCli(argv, ownData(), cwd);
      // (export-opml with nothing subscribed, as here, writes a list that names no feeds and exits 0.)
      expect([run.code, run.stderr]).toEqual([0, expect.not.stringMatching(/not found|skipped/)]);
    },
  );
});

describe('brief --help', () => {
  // `brief index`, and since s59 `brief add` and `brief refresh`, stop on SIGTERM and SIGHUP as on Ctrl+C, with
  // 143 and 129: the help's exit codes named only Ctrl+C's 130.
  it("names each stopping signal's exit code", () => {
    const exitCodes = HELP.slice(HELP.indexOf('Exit codes:')).replace(/\s+/g, ' ');
    for (const {by, code} of Object.values(STOP_REPORT))
      expect([by, exitCodes]).toEqual([by, expect.stringContaining(`${code} `)]);
    expect(exitCodes).toContain('143 by SIGTERM, 129 by SIGHUP');
  });
});
