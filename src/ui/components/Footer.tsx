import React from 'react';
import {Text} from 'ink';
import type {IndexProgress} from '../../store/index.js';
import {footerFor, type Mode} from '../keymap.js';
import {progressText} from './StatusLine.js';
import {safeLine} from '../text.js';
import {theme} from '../theme.js';

/** The main keys of a mode (from the keymap), or a message in their place; indexing progress off the list. */
export function Footer({
  mode,
  message,
  progress = null,
  activity = null,
}: {
  mode: Mode;
  message: string | null;
  progress?: IndexProgress | null;
  /** Other background work (a feed refresh), shown off the list like indexing. */
  activity?: string | null;
}) {
  if (message) {
    return (
      <Text wrap="truncate" {...theme.warning}>
        {safeLine(message)}
      </Text>
    );
  }
  const keys = footerFor(mode);
  // The list's status line already shows progress; elsewhere it explains results that are still filling in.
  const indexing = mode === 'list' ? null : [activity, progressText(progress)].filter(Boolean).join(' · ');
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
