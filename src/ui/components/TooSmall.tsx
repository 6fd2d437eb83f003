import React from 'react';
import {Box, Text} from 'ink';
import {theme} from '../theme.js';

/** Smallest terminal the layout is designed for. */
export const MIN_COLUMNS = 60;
/** Smallest terminal height the layout is designed for. */
export const MIN_ROWS = 15;

/** Shown instead of a broken layout when the terminal is under MIN_COLUMNS × MIN_ROWS. */
export function TooSmall({columns, rows}: {columns: number; rows: number}) {
  return (
    <Box flexDirection="column">
      <Text wrap="truncate" {...theme.warning}>
        terminal too small
      </Text>
      <Text wrap="truncate">
        {columns}×{rows}, needs {MIN_COLUMNS}×{MIN_ROWS}
      </Text>
      <Text wrap="truncate" {...theme.muted}>
        enlarge it, or q to quit
      </Text>
    </Box>
  );
}
