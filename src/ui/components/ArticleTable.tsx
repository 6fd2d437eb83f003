import React from 'react';
import {Box, Text} from 'ink';
import type {ArticleRecord} from '../../store/index.js';
import {fit, safeLine} from '../text.js';
import {theme} from '../theme.js';

// Each line of the table is one <Text> with nested spans: Ink lays out one node per line instead of one per cell
// and rule (ink-table drew ~10 nodes a row), which made the first frame of a full screen cost ~100 ms more.
// Cells are fitted by display width, so a wide character can never push a row past the screen edge; each line
// also truncates, so a character Ink measures wider than we do cannot wrap it: the list is drawn unclipped.

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
    {name: 'Source', width: width >= 120 ? 18 : width >= 90 ? 14 : 10, text: (a) => safeLine(a.source ?? '—')},
    {name: 'Date', width: 10, text: (a) => safeLine(a.date ?? '')},
    // Room for "61·23·145": the column never depends on which rows happen to be in the window.
    {name: countsHeader, width: Math.max(countsHeader.length, 9), text: counts},
  ];
  return width >= 80 ? columns : columns.filter((c) => c.name !== 'Source');
}

/** A rule line: `left`, each column's width in `─` (cell padding included), `cross` between, `right`. */
function rule(widths: readonly number[], left: string, cross: string, right: string): string {
  return `${left}${widths.map((w) => '─'.repeat(w + 2)).join(cross)}${right}`;
}

/** One line of cells between `│` rules; `style(i)` is the style of cell i. */
function Line({cells, widths, style}: {cells: readonly string[]; widths: readonly number[]; style: (i: number) => object}) {
  return (
    <Text wrap="truncate">
      {cells.map((cell, i) => (
        <React.Fragment key={i}>
          <Text {...theme.muted}>│</Text>
          <Text {...style(i)}>{` ${fit(cell, widths[i] ?? 0)} `}</Text>
        </React.Fragment>
      ))}
      <Text {...theme.muted}>│</Text>
    </Text>
  );
}

/** The article table: `rows` are already the visible window; `selected` indexes into them. */
export function ArticleTable({rows, selected, width}: {rows: readonly ArticleRecord[]; selected: number; width: number}) {
  const columns = tableColumns(width);
  // Each column adds two cells of padding, and n columns have n+1 rules.
  const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0) + 2, 0) + columns.length + 1;
  const widths = columns.map((c) => c.width ?? Math.max(5, width - fixed - 2));
  const plain = (i: number) => (i === 0 ? theme.unread : {});
  return (
    <Box flexDirection="column">
      <Text wrap="truncate" {...theme.muted}>
        {rule(widths, '┌', '┬', '┐')}
      </Text>
      <Line cells={columns.map((c) => c.name)} widths={widths} style={() => theme.heading} />
      {rows.map((a, index) => (
        <Line key={a.id} cells={columns.map((c) => c.text(a))} widths={widths} style={index === selected ? () => theme.selected : plain} />
      ))}
      {rows.length === 0 && <Line cells={columns.map((c) => (c.name === 'Title' ? '(no articles here)' : ''))} widths={widths} style={plain} />}
      <Text wrap="truncate" {...theme.muted}>
        {rule(widths, '└', '┴', '┘')}
      </Text>
    </Box>
  );
}
