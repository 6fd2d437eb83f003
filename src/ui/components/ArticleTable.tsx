import React from 'react';
import {Box, Text} from 'ink';
import type {ArticleRecord} from '../../store/index.js';
import {fit, safeLine} from '../text.js';
import {theme, type TextStyle} from '../theme.js';

// Each line of the table is one <Text> with a nested <Text> per cell and rule: one layout node per line instead
// of one per cell, rule and row. Drawing the first frame of a 120x40 list went from ~400 layout nodes to ~40, and
// each key that moves the selection re-lays out and re-draws that much less. The lines are the ones ink-table drew
// (box rules, a padded heading, one line per article without rules between rows).

/** One cell or rule of a line: its text and style. */
interface Piece {
  text: string;
  style: TextStyle;
}

const NONE: TextStyle = {};

function Line({pieces}: {pieces: readonly Piece[]}) {
  return (
    <Text>
      {pieces.map((p, i) => (
        <Text key={i} {...p.style}>
          {p.text}
        </Text>
      ))}
    </Text>
  );
}

const MemoLine = React.memo(Line, (a, b) => samePieces(a.pieces, b.pieces));

function samePieces(a: readonly Piece[], b: readonly Piece[]): boolean {
  return a.length === b.length && a.every((p, i) => p.text === b[i]?.text && p.style === b[i]?.style);
}

/** A rule line: left corner, each column's width of `line`, crossings, right corner. */
function rule(widths: readonly number[], [left, cross, right]: readonly [string, string, string]): Piece[] {
  return [{text: `${left}${widths.map((w) => '─'.repeat(w)).join(cross)}${right}`, style: theme.muted}];
}

/** A line of cells between vertical rules. */
function cells(texts: readonly string[], styleOf: (column: number) => TextStyle): Piece[] {
  const pieces: Piece[] = [{text: '│', style: theme.muted}];
  texts.forEach((text, i) => {
    pieces.push({text, style: styleOf(i)});
    pieces.push({text: '│', style: theme.muted});
  });
  return pieces;
}

/** Lines the table takes beyond its rows: top rule, heading, bottom rule. */
export const TABLE_CHROME = 3;

function marker(a: ArticleRecord): string {
  return `${a.read ? ' ' : '●'}${a.favourite ? '★' : ' '}`;
}

function counts(a: ArticleRecord): string {
  return a.counts ? `${a.counts.people}·${a.counts.quotes}·${a.counts.facts}` : '…';
}

/** One column of the table: heading, fixed width (null: takes the rest), and the cell text of an article. */
interface Column {
  name: string;
  width: number | null;
  text: (a: ArticleRecord) => string;
}

/** The columns for a width: Source goes below 80 columns so titles keep room; counts are spelt out from 120. */
export function tableColumns(width: number): Column[] {
  const countsHeader = width >= 120 ? 'people·quotes·facts' : 'P·Q·F';
  const columns: Column[] = [
    {name: ' ', width: 2, text: marker},
    {name: 'Title', width: null, text: (a) => safeLine(a.title)},
    {
      name: 'Source',
      width: width >= 120 ? 18 : width >= 90 ? 14 : 10,
      text: (a) => safeLine(a.source ?? '—'),
    },
    {name: 'Date', width: 10, text: (a) => safeLine(a.date ?? '')},
    // Room for "61·23·145": the column never depends on which rows happen to be in the window.
    {name: countsHeader, width: Math.max(countsHeader.length, 9), text: counts},
  ];
  return width >= 80 ? columns : columns.filter((c) => c.name !== 'Source');
}

/** The article table: `rows` are already the visible window; `selected` indexes into them. */
export function ArticleTable({
  rows,
  selected,
  width,
  empty = '(no articles here)',
}: {
  rows: readonly ArticleRecord[];
  selected: number;
  width: number;
  /** The title cell of the one row shown when there are none. */
  empty?: string;
}) {
  const columns = tableColumns(width);
  // Each column adds two cells of padding, and n columns have n+1 rules.
  const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0) + 2, 0) + columns.length + 1;
  const inner = columns.map((c) => c.width ?? Math.max(5, width - fixed - 2));
  const widths = columns.map((c, i) => Math.max(inner[i] ?? 0, c.name.length) + 2);
  const pad = (text: string, i: number): string => ` ${fit(text, (widths[i] ?? 2) - 2)} `;
  const heading = columns.map((c, i) => pad(c.name, i));
  return (
    <Box flexDirection="column">
      <MemoLine pieces={rule(widths, ['┌', '┬', '┐'])} />
      <MemoLine pieces={cells(heading, () => theme.heading)} />
      {rows.length === 0 ? (
        <MemoLine
          pieces={cells(
            columns.map((c, i) => pad(c.name === 'Title' ? empty : '', i)),
            (i) => (i === 0 ? theme.unread : NONE),
          )}
        />
      ) : (
        rows.map((a, r) => (
          <MemoLine
            key={r}
            pieces={cells(
              columns.map((c, i) => pad(c.text(a), i)),
              (i) => (r === selected ? theme.selected : i === 0 ? theme.unread : NONE),
            )}
          />
        ))
      )}
      <MemoLine pieces={rule(widths, ['└', '┴', '┘'])} />
    </Box>
  );
}
