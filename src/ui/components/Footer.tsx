import React from 'react';
import {Box, Text} from 'ink';
import type {IndexProgress} from '../../store/index.js';
import {fitFooter, fitFooterWithStatus, footerFor, type Command, type Mode} from '../keymap.js';
import {fitActivity, progressText, type Activity} from './StatusLine.js';
import {displayWidth} from '../text.js';
import {theme} from '../theme.js';

// What the footer keeps beside background work at the least: "? help" after "  · ".
const HELP_ROOM = '  · '.length + '? help'.length + 1;

/**
 * Background work and indexing progress as one text for `room` columns: the widest forms of both that fit, the
 * activity widened first; the indexing whole however little room there is (the hints give way to it).
 */
function workText(activity: Activity | null, progress: IndexProgress | null, room: number): string {
  if (!activity) return progressText(progress) ?? '';
  const least = progressText(progress, 0);
  const doing = fitActivity(activity, room - (least === null ? 0 : 3 + displayWidth(least)));
  const indexing = progressText(progress, room - displayWidth(doing) - 3);
  return indexing === null ? doing : `${doing} · ${indexing}`;
}

/**
 * The main keys of a mode (from the keymap), or a message in their place (already wrapped: it may take several
 * lines); indexing progress off the list.
 */
export function Footer({
  mode,
  message,
  progress = null,
  activity = null,
  columns = Infinity,
  omit,
}: {
  mode: Mode;
  message: readonly string[] | null;
  progress?: IndexProgress | null;
  /** Other background work (a feed refresh), shown off the list like indexing. */
  activity?: Activity | null;
  /** The terminal's width: hints that do not fit are left out, the help's last. */
  columns?: number;
  /** Keys not to offer (those acting on rows, under an empty list). */
  omit?: ReadonlySet<Command>;
}) {
  if (message) {
    return (
      <Box flexDirection="column">
        {message.map((text, i) => (
          <Text key={i} wrap="truncate" {...theme.warning}>
            {text}
          </Text>
        ))}
      </Box>
    );
  }
  // The list's status line already shows progress; elsewhere it explains results that are still filling in.
  // Beside a refresh, each takes its widest form that leaves both whole beside the help's key: from its end, the
  // text dropped the indexing at 60 columns ("refreshing 0/1 feeds · 19 new"), then the new articles' count.
  const status = mode === 'list' ? '' : workText(activity, progress, columns - HELP_ROOM);
  // Hints give way to the progress, so its count is never cut in the middle of a number.
  const {hints: keys, status: indexing} = status
    ? fitFooterWithStatus(footerFor(mode, omit), status, columns)
    : {hints: fitFooter(footerFor(mode, omit), columns), status: ''};
  return (
    <Text wrap="truncate">
      {keys.map((k, i) => (
        <Text key={i}>
          {i > 0 ? '  ' : ''}
          <Text {...theme.accent}>{k.keys}</Text>
          <Text {...theme.muted}> {k.label}</Text>
        </Text>
      ))}
      {indexing ? <Text {...theme.accent}>{`  · ${indexing}`}</Text> : null}
    </Text>
  );
}
