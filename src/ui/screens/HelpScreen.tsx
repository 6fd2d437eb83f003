import React from 'react';
import {Box, Text} from 'ink';
import {Lines} from '../components/Lines.js';
import type {Line} from '../state/lines.js';
import {KEYMAP, keyLabel} from '../keymap.js';
import {theme} from '../theme.js';

// The keys that close help, from the keymap (the footer names the same ones): "Esc, ? or q".
const CLOSING = (() => {
  const keys = KEYMAP.filter((b) => b.command === 'back' && b.modes.includes('help')).flatMap((b) =>
    b.keys.map(keyLabel),
  );
  return keys.length > 1 ? `${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}` : (keys[0] ?? 'Esc');
})();

/** Every key, drawn from the keymap, scrollable; the title says when there is more above or below. */
export function HelpScreen({
  lines,
  scroll,
  bodyHeight,
}: {
  lines: readonly Line[];
  scroll: number;
  bodyHeight: number;
}) {
  // Clamped: a resize can rewrap the lines under a scroll position made for another width.
  const top = Math.max(0, Math.min(scroll, lines.length - bodyHeight));
  const more = [top > 0 ? '↑' : '', top + bodyHeight < lines.length ? '↓' : ''].join('');
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        <Text {...theme.title}>{`Keys — ${CLOSING} closes`}</Text>
        {more ? <Text {...theme.muted}>{`  ${more} more (j/k)`}</Text> : null}
      </Text>
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        <Lines lines={lines.slice(top, top + bodyHeight)} />
      </Box>
    </Box>
  );
}
