import React from 'react';
import {Box, Text} from 'ink';
import type {PanelBox} from '../state/article-layout.js';
import {PANEL_TITLES} from '../state/article-panels.js';
import {panelWindow, titleRule} from '../state/panel-window.js';
import {theme} from '../theme.js';
import {Lines} from './Lines.js';

interface PanelProps {
  box: PanelBox;
  position: number;
  isFocused: boolean;
  count: number | null;
}

/** Title and visible lines of one article panel; focus is a prop (state), never Ink's focus ring. */
export const Panel = React.memo(PanelView, (a, b) => {
  // A layout is made for each render, but its boxes' lines are cached per article and width: a panel whose box,
  // position and focus did not change is not drawn again (Tab or j/k in one panel redraw that one or two).
  const [x, y] = [a.box, b.box];
  return (
    x.id === y.id &&
    x.width === y.width &&
    x.height === y.height &&
    x.lines === y.lines &&
    x.selects === y.selects &&
    a.position === b.position &&
    a.isFocused === b.isFocused &&
    a.count === b.count
  );
});

function PanelView({box, position, isFocused, count}: PanelProps) {
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
