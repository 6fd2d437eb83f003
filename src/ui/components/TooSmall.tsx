import React from 'react';
import {Box, Text} from 'ink';
import {theme} from '../theme.js';
import {tooSmallLines} from '../state/too-small.js';

export {MIN_COLUMNS, MIN_ROWS} from '../state/too-small.js';

const STYLE = {title: theme.warning, size: {}, hint: theme.muted} as const;

/**
 * Shown instead of a broken layout when the terminal is under MIN_COLUMNS × MIN_ROWS. As tall as every screen's frame
 * (all rows but the last): a note of three lines at the top left the cursor mid-screen, and a terminal that rewraps
 * its lines when narrowed (tmux, VTE, kitty) pushed it a row down per line too long for the new width, so Ink's erase
 * of the old note stopped short and left its first line above the new one ("terminal too small" twice, thrice).
 */
export function TooSmall({columns, rows}: {columns: number; rows: number}) {
  return (
    <Box flexDirection="column" width={columns} height={Math.max(1, rows - 1)}>
      {tooSmallLines(columns, rows).map((line) => (
        <Text key={line.kind} wrap="truncate" {...STYLE[line.kind]}>
          {line.text}
        </Text>
      ))}
    </Box>
  );
}
