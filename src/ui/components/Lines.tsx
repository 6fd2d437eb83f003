import React from 'react';
import {Text} from 'ink';
import type {Line} from '../state/lines.js';
import {theme} from '../theme.js';

/**
 * Draws prepared lines, each already fitted to its width (state/lines.ts), as one <Text> with a newline between
 * lines; `selected` lines are drawn inverse. One text node for the block, not one per line: yoga measures each
 * text node through a call into JavaScript and Ink squashes each one's children, which made a panel of 30 lines
 * cost 30 of each on every frame that draws it.
 */
export function Lines({lines, selected}: {lines: readonly Line[]; selected?: number}) {
  if (lines.length === 0) return null;
  return (
    <Text>
      {lines.map((l, i) => {
        const segments =
          l.segments.length === 0 || l.segments.every((s) => s.text === '')
            ? ' '
            : l.segments.map((s, j) => (
                <Text key={j} {...(s.role ? theme[s.role] : {})}>
                  {s.text}
                </Text>
              ));
        const shown =
          selected !== undefined && l.item === selected ? (
            <Text {...theme.selected}>{segments}</Text>
          ) : (
            segments
          );
        return (
          <React.Fragment key={i}>
            {i > 0 ? '\n' : null}
            {shown}
          </React.Fragment>
        );
      })}
    </Text>
  );
}
