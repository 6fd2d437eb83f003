import React from 'react';
import {Box} from 'ink';
import type {ArticleRecord, IndexProgress} from '../../store/index.js';
import {ArticleTable} from '../components/ArticleTable.js';
import {StatusLine} from '../components/StatusLine.js';
import type {ListFilter} from '../state/app-state.js';
import {scrollIntoView} from '../state/cursor.js';
import {listPage} from '../state/metrics.js';

/** Props of the list screen: the filtered articles and the cursor. */
export interface ListScreenProps {
  all: readonly ArticleRecord[];
  /** Counts over the whole library while `all` is only its first page. */
  totals: {total: number; unread: number} | null;
  shown: readonly ArticleRecord[];
  filter: ListFilter;
  selected: number;
  top: number;
  columns: number;
  rows: number;
  progress: IndexProgress | null;
  /** Other background work to report (a feed refresh), or null. */
  activity?: string | null;
}

/** Status line and the windowed article table: only the rows that fit are rendered. */
export function ListScreen({
  all,
  totals,
  shown,
  filter,
  selected,
  top,
  columns,
  rows,
  progress,
  activity = null,
}: ListScreenProps) {
  const page = listPage(rows);
  const start = scrollIntoView(top, selected, page, shown.length);
  const window = shown.slice(start, start + page);
  return (
    <Box flexDirection="column">
      <StatusLine
        total={totals?.total ?? all.length}
        unread={totals?.unread ?? all.filter((a) => !a.read).length}
        filter={filter}
        shown={shown.length}
        progress={progress}
        activity={activity}
      />
      <ArticleTable rows={window} selected={selected - start} width={columns} />
    </Box>
  );
}
