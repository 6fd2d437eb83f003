import React from 'react';
import {Box, Text} from 'ink';
import type {ArticleRecord, IndexProgress} from '../../store/index.js';
import {ArticleTable} from '../components/ArticleTable.js';
import {StatusLine, type Activity} from '../components/StatusLine.js';
import {unreadCount, type ListFilter} from '../state/app-state.js';
import {scrollIntoView} from '../state/cursor.js';
import {emptyFilterText, emptyLibraryLines} from '../state/empty-library.js';
import {listPage} from '../state/metrics.js';
import {theme} from '../theme.js';

/** Props of the list screen: the filtered articles and the cursor. */
export interface ListScreenProps {
  all: readonly ArticleRecord[];
  /** Counts over the whole library while `all` is only its first page. */
  totals: {total: number; unread: number} | null;
  shown: readonly ArticleRecord[];
  /** Of `shown`, rows the filter would now hide, kept in place until it changes (AppState.kept). */
  keptShown?: number;
  filter: ListFilter;
  selected: number;
  top: number;
  columns: number;
  rows: number;
  progress: IndexProgress | null;
  /** The article folder, for the empty library's hint; null when not known. */
  library: string | null;
  /** The first scan is still running: an empty library may yet fill in. */
  scanning: boolean;
  /** Other background work to report (a feed refresh), or null. */
  activity?: Activity | null;
  /** Rows added above the window since it was last at the top, not on screen yet. */
  newAbove?: number;
  /** Rows added below the window since they were last on screen, not on screen yet. */
  newBelow?: number;
}

/** Status line and the windowed article table: only the rows that fit are rendered. */
export function ListScreen({
  all,
  totals,
  shown,
  keptShown = 0,
  filter,
  selected,
  top,
  columns,
  rows,
  progress,
  library,
  scanning,
  activity = null,
  newAbove = 0,
  newBelow = 0,
}: ListScreenProps) {
  const page = listPage(rows);
  const start = scrollIntoView(top, selected, page, shown.length);
  const window = shown.slice(start, start + page);
  const total = totals?.total ?? all.length;
  return (
    <Box flexDirection="column">
      <StatusLine
        total={total}
        unread={totals?.unread ?? unreadCount(all)}
        filter={filter}
        shown={shown.length}
        kept={keptShown}
        progress={progress}
        activity={activity}
        columns={columns}
      />
      {total === 0 ? (
        // Nothing to tabulate: the room goes to saying where brief looked and what to do.
        emptyLibraryLines(
          library,
          scanning,
          columns,
          progress?.reading ?? null,
          progress?.failed ?? null,
          progress?.skipped ?? null,
        ).map((text, i) => (
          <Text key={i} wrap="truncate" {...(i === 0 ? theme.warning : theme.muted)}>
            {text || ' '}
          </Text>
        ))
      ) : (
        <ArticleTable
          rows={window}
          selected={selected - start}
          width={columns}
          empty={emptyFilterText(filter)}
          // Only while rows above the window are new: after g the window is at the top and shows them.
          above={newAbove > 0 && start > 0 ? `↑ ${newAbove} new above` : null}
          // Only while rows below the window are new: after G the window is at the end and shows them.
          below={newBelow > 0 && start + page < shown.length ? `↓ ${newBelow} new below` : null}
        />
      )}
    </Box>
  );
}
