import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, writeFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {rawArgs} from '../../src/cli/raw-args.js';
import {CLI} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp-dir.js';

// A file named in Latin-1 ("caf\xe9.md", made up), given on the command line: Node decodes the argument to
// "caf\ufffd.md", a name no file has; brief takes its bytes from /proc/self/cmdline.

const cmdline =
  (...args: (string | Buffer)[]) =>
  (): Buffer =>
    Buffer.concat(
      ['node', '/usr/lib/brief/cli.js', ...args].flatMap((a) => [Buffer.from(a), Buffer.from([0])]),
    );

describe('arguments Node could not decode', () => {
  it('are taken as their bytes, each byte that is not UTF-8 as its stand-in', () => {
    const name = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64]);
    expect(rawArgs(['extract', 'caf\ufffd.md'], cmdline('extract', name))).toEqual([
      'extract',
      'caf\uefe9.md',
    ]);
    // A U+FFFD that was in the command line as UTF-8 stays as it is.
    expect(rawArgs(['caf\ufffd.md'], cmdline('caf\ufffd.md'))).toEqual(['caf\ufffd.md']);
    // A command line that does not end with these arguments (changed by a wrapper) is not used.
    expect(rawArgs(['extract', 'caf\ufffd.md'], cmdline('show', name))).toEqual(['extract', 'caf\ufffd.md']);
    expect(rawArgs(['x\ufffd'], () => null)).toEqual(['x\ufffd']);
    // Nothing to read when every argument decoded.
    expect(rawArgs(['extract', 'café.md'], () => Buffer.from('never read'))).toEqual(['extract', 'café.md']);
  });

  it.skipIf(process.platform !== 'linux' || !existsSync(CLI))(
    'let `brief extract` read a file named in Latin-1, and refuse such a database name',
    () => {
      const dir = tempDir({});
      const file = Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.md')]);
      writeFileSync(
        file,
        '---\ntitle: Harbour opens\n---\nMaria Lopez opened the harbour in Lisbon on Monday.\n',
      );
      const sh = (command: string) =>
        spawnSync('sh', ['-c', command], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
      const extracted = sh(`node '${CLI}' extract --json "$(printf 'caf\\351.md')"`);
      expect(extracted.stderr).toBe('');
      expect(extracted.status).toBe(0);
      expect(JSON.stringify(JSON.parse(extracted.stdout))).toContain('Maria Lopez');
      const missing = sh(`node '${CLI}' extract "$(printf 'nope\\351.md')"`);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('nope\\xe9.md: file not found');
      const before = readdirSync(dir).length;
      const db = sh(`node '${CLI}' list --articles . --db "$(printf 'caf\\351.db')"`);
      expect(db.status).toBe(2);
      expect(db.stderr).toContain('the database path caf\\xe9.db is not UTF-8');
      expect(readdirSync(dir).length).toBe(before);
    },
    60_000,
  );
});
