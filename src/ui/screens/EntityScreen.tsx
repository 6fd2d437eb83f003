import React from 'react';
import {Box, Text} from 'ink';
import {Lines} from '../components/Lines.js';
import type {EntityView} from '../state/app-state.js';
import {occurrenceOffset} from '../state/entity-lines.js';
import type {Line} from '../state/lines.js';
import {safeLine, truncate} from '../text.js';
import {theme} from '../theme.js';

// Title lines start with two spaces; the selected article's gets a marker there (visible without colour too).
function markSelected(l: Line, selected: number): Line {
  const first = l.segments[0];
  if (l.item !== selected || first?.role !== 'title') return l;
  return {
    ...l,
    segments: [{text: '▶ ', role: 'focus'}, {...first, text: first.text.slice(2)}, ...l.segments.slice(1)],
  };
}

/** The entity's name and kind, then every article naming it with highlighted sentences; the selected one inverse. */
export function EntityScreen({
  view,
  name,
  forms,
  kind,
  count,
  lines,
  bodyHeight,
  columns,
}: {
  view: EntityView;
  name: string;
  forms: readonly string[];
  kind: string;
  count: number;
  lines: readonly Line[];
  bodyHeight: number;
  columns: number;
}) {
  const selected = Math.max(0, Math.min(view.selected, count - 1));
  const offset = occurrenceOffset(lines, selected, bodyHeight, view.within);
  const aliases = forms.filter((f) => f !== name).map(safeLine);
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate">
        <Text {...theme.title}>{safeLine(name)}</Text>
        <Text {...theme.muted}>{`  ${safeLine(kind)} · ${count} article${count === 1 ? '' : 's'}`}</Text>
        {/* Where the cursor is, once there is more than one: after G or PgDn the list alone does not say. */}
        {count > 1 ? <Text {...theme.muted}>{` · ${selected + 1} of ${count}`}</Text> : null}
      </Text>
      <Text wrap="truncate" {...theme.muted}>
        {aliases.length ? truncate(`also: ${aliases.join(', ')}`, columns) : ' '}
      </Text>
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        {count === 0 ? <Text {...theme.muted}>no article names it (still analysing?)</Text> : null}
        <Lines lines={lines.slice(offset, offset + bodyHeight).map((l) => markSelected(l, selected))} />
      </Box>
    </Box>
  );
}
