import React from 'react';
import {Box, Text} from 'ink';
import {Lines} from '../components/Lines.js';
import type {EntityView} from '../state/app-state.js';
import {occurrenceOffset, otherNames} from '../state/entity-lines.js';
import type {Line} from '../state/lines.js';
import {displayWidth, safeLine, truncate} from '../text.js';
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
  const aliases = otherNames(name, kind, forms).map(safeLine);
  const header = entityHeader(safeLine(name), safeLine(kind), count, selected, columns);
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate">
        <Text {...theme.title}>{header.name}</Text>
        <Text {...theme.muted}>{header.meta}</Text>
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

/**
 * The header line: the name, then its kind, its count of articles and where the cursor is among them (once there is
 * more than one: after G or PgDn the list alone does not say). Where they do not fit, the kind goes first (the
 * search that led here said it), then the name is cut: at 60 columns "World Health Organization  organization · 10
 * articles · 1 o…" lost the position.
 */
export function entityHeader(
  name: string,
  kind: string,
  count: number,
  selected: number,
  columns: number,
): {name: string; meta: string} {
  const counted = `${count} article${count === 1 ? '' : 's'}${count > 1 ? ` · ${selected + 1} of ${count}` : ''}`;
  const full = `  ${kind} · ${counted}`;
  if (displayWidth(name) + displayWidth(full) <= columns) return {name, meta: full};
  const meta = `  ${counted}`;
  return {name: truncate(name, Math.max(12, columns - displayWidth(meta))), meta};
}
