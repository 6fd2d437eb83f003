import React from 'react';
import {Box, Text} from 'ink';
import {theme} from '../theme.js';
import {tooSmallLines} from '../state/too-small.js';

export {MIN_COLUMNS, MIN_ROWS} from '../state/too-small.js';

const STYLE = {title: theme.warning, size: {}, hint: theme.muted} as const;

/** Shown instead of a broken layout when the terminal is under MIN_COLUMNS × MIN_ROWS. */
export function TooSmall({columns, rows}: {columns: number; rows: number}) {
  return (
    <Box flexDirection="column" width={columns}>
      {tooSmallLines(columns, rows).map((line) => (
        <Text key={line.kind} wrap="truncate" {...STYLE[line.kind]}>
          {line.text}
        </Text>
      ))}
    </Box>
  );
}
