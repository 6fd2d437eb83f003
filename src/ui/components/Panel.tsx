import React from 'react';
import {Box, Text} from 'ink';
import type {PanelBox} from '../state/article-layout.js';
import {PANEL_TITLES} from '../state/article-panels.js';
import {panelWindow, titleRule} from '../state/panel-window.js';
import {theme} from '../theme.js';
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
  const {lines, up, down} = panelWindow(box, position);
  return (
    <Box flexDirection="column" width={box.width} height={box.height + 1} overflow="hidden">
      <Text wrap="truncate">
        <Text {...(isFocused ? theme.focus : theme.heading)}>{titleRule(label, box.width - 2)}</Text>
        <Text {...theme.muted}>{`${up ? '↑' : ' '}${down ? '↓' : ' '}`}</Text>
      </Text>
      {box.height > 0 ? (
        <Lines lines={lines} {...(box.selects && isFocused ? {selected: position} : {})} />
      ) : null}
    </Box>
  );
}
