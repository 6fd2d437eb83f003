import React from 'react';
import {Box, Text} from 'ink';
import {Lines} from '../components/Lines.js';
import type {Line} from '../state/lines.js';
import {theme} from '../theme.js';

/** Every key, drawn from the keymap, scrollable. */
export function HelpScreen({
  lines,
  scroll,
  bodyHeight,
}: {
  lines: readonly Line[];
  scroll: number;
  bodyHeight: number;
}) {
  return (
    <Box flexDirection="column">
      <Text wrap="truncate" {...theme.title}>
        Keys — Esc or ? closes
      </Text>
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        <Lines lines={lines.slice(scroll, scroll + bodyHeight)} />
      </Box>
    </Box>
  );
}
