import React from 'react';
import {Box, Text} from 'ink';
import {Table, type CellProps} from 'ink-table';
import type {ArticleRecord} from '../../store/index.js';
import {displayWidth, fit, safeLine} from '../text.js';
import {theme} from '../theme.js';

type Row = Record<string, string | boolean>;

const Widths = React.createContext<readonly number[]>([]);
const Selected = React.createContext(false);

// ink-table sizes columns by String.length and pads with spaces; cells are re-fitted by display width here so
// a wide character can never push a row past the screen edge.
function Cell({column, children}: CellProps) {
  const widths = React.useContext(Widths);
  const selected = React.useContext(Selected);
  const width = widths[column] ?? 0;
  const text = String(children ?? '');
  const shown = displayWidth(text) > width ? fit(text.trimEnd(), width) : text;
  return <Text {...(selected ? theme.selected : column === 0 ? theme.unread : {})}>{shown}</Text>;
}

function Header({children}: {children?: React.ReactNode}) {
  return <Text {...theme.heading}>{children}</Text>;
}

function Skeleton({children}: {children?: React.ReactNode}) {
  return <Text {...theme.muted}>{children}</Text>;
}

/** ink-table without the rule between rows (one line per article), with the selected row drawn inverse. */
class CompactTable extends Table<Row> {
  override render() {
    const columns = this.getColumns();
    const headings = this.getHeadings();
    return (
      <Box flexDirection="column">
        {this.header({key: 'header', columns, data: {}})}
        {this.heading({key: 'heading', columns, data: headings})}
        {this.props.data.map((row, index) => (
          <Selected.Provider key={`row-${index}`} value={row.selected === true}>
            {this.data({key: `data-${index}`, columns, data: row})}
          </Selected.Provider>
        ))}
        {this.footer({key: 'footer', columns, data: {}})}
      </Box>
    );
  }
}

/** Lines the table takes beyond its rows: top rule, heading, bottom rule. */
export const TABLE_CHROME = 3;

function marker(a: ArticleRecord): string {
  return `${a.read ? ' ' : '●'}${a.favourite ? '★' : ' '}`;
}

function counts(a: ArticleRecord): string {
  return a.counts ? `${a.counts.people}·${a.counts.quotes}·${a.counts.facts}` : '…';
}

/** The article table: `rows` are already the visible window; `selected` indexes into them. */
export function ArticleTable({rows, selected, width}: {rows: readonly ArticleRecord[]; selected: number; width: number}) {
  const countsHeader = width >= 120 ? 'people·quotes·facts' : 'P·Q·F';
  const sourceWidth = width >= 120 ? 18 : width >= 90 ? 14 : 10;
  // Room for "61·23·145": the column never depends on which rows happen to be in the window.
  const countsWidth = Math.max(countsHeader.length, 9);
  const fixed = [2, sourceWidth, 10, countsWidth];
  // Each column adds two cells of padding, and n columns have n+1 rules.
  const titleWidth = Math.max(5, width - fixed.reduce((s, w) => s + w, 0) - 5 * 2 - 6);
  const widths = [2, titleWidth, sourceWidth, 10, countsWidth].map((w) => w + 2);
  const data: Row[] = rows.map((a, i) => ({
    ' ': fit(marker(a), 2),
    Title: fit(safeLine(a.title), titleWidth),
    Source: fit(safeLine(a.source ?? '—'), sourceWidth),
    Date: fit(safeLine(a.date ?? ''), 10),
    [countsHeader]: fit(counts(a), countsWidth),
    selected: i === selected,
  }));
  const empty: Row = {' ': '  ', Title: fit('(no articles here)', titleWidth), Source: fit('', sourceWidth), Date: fit('', 10), [countsHeader]: fit('', countsWidth)};
  return (
    <Widths.Provider value={widths}>
      <CompactTable
        data={data.length ? data : [empty]}
        columns={[' ', 'Title', 'Source', 'Date', countsHeader]}
        cell={Cell}
        header={Header}
        skeleton={Skeleton}
      />
    </Widths.Provider>
  );
}
