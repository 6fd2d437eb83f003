import React from 'react';
import {Text} from 'ink';
import {footerFor, type Mode} from '../keymap.js';
import {theme} from '../theme.js';

/** The main keys of a mode (from the keymap), or a message in their place. */
export function Footer({mode, message}: {mode: Mode; message: string | null}) {
  if (message) {
    return (
      <Text wrap="truncate" {...theme.warning}>
        {message}
      </Text>
    );
  }
  const keys = footerFor(mode);
  return (
    <Text wrap="truncate">
      {keys.map((k, i) => (
        <Text key={i}>
          {i > 0 ? '  ' : ''}
          <Text {...theme.accent}>{k.keys}</Text>
          <Text {...theme.muted}> {k.label}</Text>
        </Text>
      ))}
    </Text>
  );
}
