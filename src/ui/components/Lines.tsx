import React from 'react';
import {Text} from 'ink';
import type {Line} from '../state/lines.js';
import {theme} from '../theme.js';

/** Draws prepared lines, one <Text> each, truncating rather than wrapping; `selected` lines are drawn inverse. */
export function Lines({lines, selected}: {lines: readonly Line[]; selected?: number}) {
  return (
    <>
      {lines.map((l, i) => (
        <Text
          key={i}
          wrap="truncate"
          {...(selected !== undefined && l.item === selected ? theme.selected : {})}
        >
          {l.segments.length === 0 || l.segments.every((s) => s.text === '') ? ' ' : null}
          {l.segments.map((s, j) => (
            <Text key={j} {...(s.role ? theme[s.role] : {})}>
              {s.text}
            </Text>
          ))}
        </Text>
      ))}
    </>
  );
}
