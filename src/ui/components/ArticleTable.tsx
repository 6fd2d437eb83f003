import React from 'react';
import {Box, Text} from 'ink';
import {Table, type CellProps} from 'ink-table';
import type {ArticleRecord} from '../../store/index.js';
import {displayWidth, fit, safeLine, truncate} from '../text.js';
import {theme} from '../theme.js';

type Row = Record<string, string | boolean>;

const Widths = React.createContext<readonly number[]>([]);

/** What the table's rules say in the title column, or null for a plain rule. */
interface RuleLabels {
  /** Over the titles in the top rule ("↑ 3 new above"). */
  top: string | null;
  /** Under them in the bottom rule ("↓ 4 new below"). */
  bottom: string | null;
  column: number;
}

const Labels = React.createContext<RuleLabels | null>(null);

/** A rule's corners and crosses: the top rule's, or the bottom's. */
const RULE_ENDS = {top: ['┌', '┬', '┐'], bottom: ['└', '┴', '┘']} as const;

/**
 * The top (or bottom) rule with `label` in column `column` (widths include each cell's padding), cut to fit it.
 */
export function labelledRule(
  widths: readonly number[],
  column: number,
  label: string,
  edge: keyof typeof RULE_ENDS = 'top',
): {before: string; label: string; after: string} {
  const [left, cross, right] = RULE_ENDS[edge];
  const cells = widths.map((w) => '─'.repeat(w));
  const room = (widths[column] ?? 0) - 2;
  const text = room >= 3 ? truncate(` ${label} `, room) : '';
  const rest = '─'.repeat(Math.max(0, (widths[column] ?? 0) - 1 - displayWidth(text)));
  return {
    before: `${left}${[...cells.slice(0, column), ''].join(cross)}─`,
    label: text,
    after: `${rest}${['', ...cells.slice(column + 1)].join(cross)}${right}`,
  };
}

/** A rule with a label in one column, in the rule's colour and the label in the accent's. */
function LabelledRule({text, column, edge}: {text: string; column: number; edge: keyof typeof RULE_ENDS}) {
  const widths = React.useContext(Widths);
  const rule = labelledRule(widths, column, text, edge);
  return (
    <Text>
      <Text {...theme.muted}>{rule.before}</Text>
      <Text {...theme.accent}>{rule.label}</Text>
      <Text {...theme.muted}>{rule.after}</Text>
    </Text>
  );
}

// The heading and the rules are ink-table's. Each article's line is drawn here as one <Text> with the characters
// ink-table's row would have (its "│" between cells, one space of padding each side): ink-table makes a row of
// twelve layout nodes (a box, five cells, six rules), and Yoga's layout of a window of forty of them was about a
// third of the first frame's render. tests/ui/table-width.test.tsx holds the two drawings to the same text.
// The cells' text is fitted by display width: ink-table pads by String.length, which is not the width on screen
// (an emoji sequence is up to 11 code units in 2 columns).

function Header({children}: {children?: React.ReactNode}) {
  return <Text {...theme.heading}>{children}</Text>;
}

function Skeleton({children}: {children?: React.ReactNode}) {
  return <Text {...theme.muted}>{children}</Text>;
}

/** ink-table's cell for the header's rules: the text it is given. */
function Cell({children}: CellProps) {
  return <Text>{children}</Text>;
}

interface RowProps {
  /** The row's cell texts, column by column. */
  texts: readonly string[];
  selected: boolean;
}

// One article's line, drawn again only when its texts or selection change (the widths come with new texts).
const TableRow = React.memo(
  function TableRow({texts, selected}: RowProps) {
    const widths = React.useContext(Widths);
    const rule = <Text {...theme.muted}>│</Text>;
    return (
      <Text>
        {rule}
        {texts.map((text, i) => (
          <React.Fragment key={i}>
            <Text {...(selected ? theme.selected : i === 0 ? theme.unread : {})}>
              {` ${fit(text, (widths[i] ?? 2) - 2)} `}
            </Text>
            {rule}
          </React.Fragment>
        ))}
      </Text>
    );
  },
  (a, b) =>
    a.selected === b.selected &&
    a.texts.length === b.texts.length &&
    a.texts.every((t, i) => t === b.texts[i]),
);

/** ink-table without the rule between rows (one line per article), with the selected row drawn inverse. */
class CompactTable extends Table<Row> {
  static override contextType = Labels;
  declare context: React.ContextType<typeof Labels>;

  override render() {
    const columns = this.getColumns();
    const headings = this.getHeadings();
    const label = this.context;
    return (
      <Box flexDirection="column">
        {label?.top ? (
          <LabelledRule key="header" text={label.top} column={label.column} edge="top" />
        ) : (
          this.header({key: 'header', columns, data: {}})
        )}
        {this.heading({key: 'heading', columns, data: headings})}
        {this.props.data.map((row, index) => (
          <TableRow
            key={`row-${index}`}
            texts={columns.map((c) => String(row[`${TEXT}${c.key}`] ?? ''))}
            selected={row.selected === true}
          />
        ))}
        {label?.bottom ? (
          <LabelledRule key="footer" text={label.bottom} column={label.column} edge="bottom" />
        ) : (
          this.footer({key: 'footer', columns, data: {}})
        )}
      </Box>
    );
  }
}

// Where a row keeps each cell's text beside the column's placeholder (ink-table draws only the named columns).
const TEXT = 'text:';

/** Lines the table takes beyond its rows: top rule, heading, bottom rule. */
export const TABLE_CHROME = 3;

function marker(a: ArticleRecord): string {
  return `${a.read ? ' ' : '●'}${a.favourite ? '★' : ' '}`;
}

/** "6·2·1"; "…" while not analysed yet; "timed out" or "failed" for an analysis that did not run through. */
function counts(a: ArticleRecord): string {
  if (a.unanalysed) return a.unanalysed;
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

// The cells' widths (padding included) by the columns' widths, so the context holds the same array while they stay:
// a new array each render is a changed context, which draws every row again past React.memo (a list move redrew all
// forty rows for the two whose selection changed, 5-7 ms of React a key).
const cellWidths = new Map<string, readonly number[]>();

function cellWidthsOf(widths: readonly number[]): readonly number[] {
  const key = widths.join(' ');
  let cells = cellWidths.get(key);
  if (!cells) {
    if (cellWidths.size >= 64) cellWidths.clear();
    cells = widths.map((w) => w + 2);
    cellWidths.set(key, cells);
  }
  return cells;
}

/** The article table: `rows` are already the visible window; `selected` indexes into them. */
export function ArticleTable({
  rows,
  selected,
  width,
  empty = '(no articles here)',
  above = null,
  below = null,
}: {
  rows: readonly ArticleRecord[];
  selected: number;
  width: number;
  /** The title cell of the one row shown when there are none. */
  empty?: string;
  /** Said in the top rule over the titles ("↑ 3 new above"), or null. */
  above?: string | null;
  /** Said in the bottom rule under the titles ("↓ 4 new below"), or null. */
  below?: string | null;
}) {
  const columns = tableColumns(width);
  // Each column adds two cells of padding (the title's included), and n columns have n+1 rules: the title gets
  // the rest, so the table is exactly `width` wide (a further "- 2" here once left two columns unused).
  const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0) + 2, 0) + columns.length + 1;
  const widths = columns.map((c) => c.width ?? Math.max(5, width - fixed));
  const row = (cells: (c: Column) => string): Row =>
    Object.fromEntries(
      columns.flatMap((c, i) => [
        [c.name, ' '.repeat(widths[i] ?? 0)],
        [`${TEXT}${c.name}`, cells(c)],
      ]),
    );
  const data: Row[] = rows.map((a, i) => ({...row((c) => c.text(a)), selected: i === selected}));
  const placeholder = row((c) => (c.name === 'Title' ? empty : ''));
  const label =
    above || below ? {top: above, bottom: below, column: columns.findIndex((c) => c.width === null)} : null;
  return (
    <Widths.Provider value={cellWidthsOf(widths)}>
      <Labels.Provider value={label}>
        <CompactTable
          data={data.length ? data : [placeholder]}
          columns={columns.map((c) => c.name)}
          cell={Cell}
          header={Header}
          skeleton={Skeleton}
        />
      </Labels.Provider>
    </Widths.Provider>
  );
}
