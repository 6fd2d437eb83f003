import React from 'react';
import {Box, Text} from 'ink';
import type {PanelBox} from '../state/article-layout.js';
import {PANEL_TITLES} from '../state/article-panels.js';
import {theme} from '../theme.js';
import {fit} from '../text.js';
import {Lines} from './Lines.js';

/** Title and visible lines of one article panel; focus is a prop (state), never Ink's focus ring. */
export function Panel({
  box,
  position,
  isFocused,
  count,
}: {
  box: PanelBox;
  position: number;
  isFocused: boolean;
  count: number | null;
}) {
  const label = `${isFocused ? '▶ ' : '  '}${PANEL_TITLES[box.id]}${count === null ? '' : ` (${count})`} `;
  // Positions survive a resize that changes the wrapping, so they are clamped here rather than trusted.
  const start = box.selects
    ? Math.max(0, position - box.height + 1)
    : Math.max(0, Math.min(position, box.lines.length - box.height));
  const visible = box.lines.slice(start, start + box.height);
  // A panel with no room shows its title and count only: arrows there would read as "scrolled".
  const more =
    box.height > 0 ? `${start > 0 ? '↑' : ' '}${start + box.height < box.lines.length ? '↓' : ' '}` : '  ';
  const rule = fit(
    `${label}${'─'.repeat(box.width)}`.slice(0, Math.max(0, box.width - 2)),
    Math.max(0, box.width - 2),
  );
  return (
    <Box flexDirection="column" width={box.width} height={box.height + 1} overflow="hidden">
      <Text wrap="truncate">
        <Text {...(isFocused ? theme.focus : theme.heading)}>{rule}</Text>
        <Text {...theme.muted}>{more}</Text>
      </Text>
      {box.height > 0 ? (
        <Lines lines={visible} {...(box.selects && isFocused ? {selected: position} : {})} />
      ) : null}
    </Box>
  );
}
