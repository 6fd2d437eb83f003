import {readFileSync} from 'node:fs';
import {decodeFileName} from '../library/file-names.js';

// Node decodes the command line as UTF-8 and turns bytes that are not UTF-8 into U+FFFD, so a file named by a
// Latin-1 program ("caf\xe9.md") given as an argument became a name no file has ("file not found"). On Linux the
// command line's bytes are in /proc/self/cmdline: such an argument is taken from there as the string that maps
// back to its exact bytes (file-names.ts), as a folder's names are read.

/** The arguments `argv` (the command's own, after the script), with those Node could not decode taken as bytes. */
export function rawArgs(argv: readonly string[], cmdline = readCmdline): string[] {
  if (!argv.some((arg) => arg.includes('\ufffd'))) return [...argv];
  const raw = cmdline();
  if (!raw) return [...argv];
  const parts = splitNul(raw);
  const own = parts.slice(parts.length - argv.length);
  // The command's arguments are the command line's last ones; anything else (a wrapper that changed them) is left.
  if (own.length !== argv.length || own.some((bytes, i) => bytes.toString('utf8') !== argv[i]))
    return [...argv];
  return argv.map((arg, i) => (arg.includes('\ufffd') ? decodeFileName(own[i] ?? Buffer.alloc(0)) : arg));
}

function readCmdline(): Buffer | null {
  if (process.platform !== 'linux') return null;
  try {
    return readFileSync('/proc/self/cmdline');
  } catch {
    return null;
  }
}

/** The NUL-ended pieces of a command line. */
function splitNul(raw: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = raw.indexOf(0); i !== -1; i = raw.indexOf(0, start)) {
    parts.push(raw.subarray(start, i));
    start = i + 1;
  }
  if (start < raw.length) parts.push(raw.subarray(start));
  return parts;
}
