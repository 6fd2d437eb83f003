import {describe, expect, it} from 'vitest';
import {readerPlace} from '../../src/cli/reader-terminal.js';
import {stderrSink} from '../../src/cli/output.js';

const tty = {isTTY: true};
const pipe = {isTTY: false};

describe('readerPlace', () => {
  it.each([
    // TERM, stdout, stdin, reader, note
    ['xterm-256color', tty, tty, true, false],
    [undefined, tty, tty, true, false],
    ['dumb', tty, tty, false, true],
    ['xterm-256color', pipe, tty, false, false],
    ['dumb', pipe, tty, false, false],
    // Keys cannot reach it (brief < /dev/null, a pipe into it): it said nothing, as if it had no reader.
    ['xterm-256color', tty, pipe, false, true],
    ['xterm-256color', tty, {}, false, true],
    ['dumb', tty, pipe, false, true],
    ['xterm-256color', pipe, pipe, false, false],
  ])('TERM=%s: the reader %#', (term, stdout, stdin, reader, note) => {
    const place = readerPlace(term === undefined ? {} : {TERM: term}, stdout, stdin);
    expect(place.reader).toBe(reader);
    expect(!place.reader && place.note !== null).toBe(note);
    if (!place.reader && place.note) expect(place.note.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('stderrSink', () => {
  // brief index, add and refresh redraw one progress line: in TERM=dumb (Emacs' shell) it came out as "^[[K" runs.
  it.each([
    ['xterm-256color', true, true],
    [undefined, true, true],
    ['dumb', true, false],
    ['xterm-256color', false, false],
  ])('TERM=%s, a terminal %s: redrawn %s', (term, isTTY, redrawn) => {
    const stream = {isTTY, columns: 80, write: () => true};
    expect(stderrSink(stream, term === undefined ? {} : {TERM: term}).isTTY).toBe(redrawn);
  });
});
