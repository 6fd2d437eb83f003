import React from 'react';
import {Box, Text} from 'ink';
import type {IndexProgress} from '../../store/index.js';
import {fitFooter, fitFooterWithStatus, footerFor, type Command, type Mode} from '../keymap.js';
import {progressText, type Activity} from './StatusLine.js';
import {theme} from '../theme.js';

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
  // (A refresh's widest form: the hints give way to it.)
  const doing = typeof activity === 'string' ? activity : (activity?.[0] ?? null);
  const status = mode === 'list' ? '' : [doing, progressText(progress)].filter(Boolean).join(' · ');
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
