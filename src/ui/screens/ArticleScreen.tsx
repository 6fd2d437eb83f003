import React from 'react';
import {Box, Text} from 'ink';
import type {Analysis} from '../../extract/index.js';
import type {ArticleRecord} from '../../store/index.js';
import {Lines} from '../components/Lines.js';
import {Panel} from '../components/Panel.js';
import {PANELS, type ArticleView} from '../state/app-state.js';
import type {ArticleLayout} from '../state/article-layout.js';
import {failureLine, panelCount} from '../state/article-panels.js';
import type {Line} from '../state/lines.js';
import {titleRule} from '../state/panel-window.js';
import {displayWidth, fitPair, safeLine, truncate, truncateWords} from '../text.js';
import {theme} from '../theme.js';

/** What the article screen draws: the record, its analysis (null while analysing) and the prepared layout. */
export interface ArticleScreenProps {
  record: ArticleRecord | null;
  /**
   * The article is no longer in the library: its file was removed or renamed while it was open, or made something
   * brief skips (replaced by a binary file, emptied, its read permission taken away).
   */
  gone?: boolean;
  title: string;
  /** The title's lines as the model fitted them (screen-model's titleLines); absent: `title` cut to one line. */
  titleLines?: readonly string[];
  analysis: Analysis | null;
  /** Why the index run stopped (it will not analyse this article): "not analysed" rather than "analysing…". */
  failed?: string | null;
  view: ArticleView;
  layout: ArticleLayout;
  /** Wrapped full text, when the view shows it. */
  textLines: readonly Line[];
  /** The first line of the full text to show (screen-model's textTop). */
  textTop: number;
  /** The width the full text wraps at (screen-model's textWidth; absent: the screen's, less one column). */
  textWidth?: number;
  bodyHeight: number;
  columns: number;
}

/** Header (title, source, authors, date) and the six panels, or the full text. */
export function ArticleScreen({
  record,
  gone = false,
  title,
  titleLines,
  analysis,
  failed = null,
  view,
  layout,
  textLines,
  textTop: top,
  bodyHeight,
  columns,
  textWidth = columns - 1,
}: ArticleScreenProps) {
  const state = [
    record && !record.read ? 'unread' : null,
    record?.favourite ? '★ favourite' : null,
    gone ? 'no longer in the library' : analysis ? null : failed ? 'not analysed' : 'analysing…',
  ]
    .filter(Boolean)
    .join(' · ');
  const failure = failureLine(analysis);
  const focused = PANELS[view.focus];
  const position = view.siblings.indexOf(view.id) + 1;
  const stateText = state ? `  ${state}` : '';
  const failureText = failure ? `  ${failure}` : '';
  // A window of a longer list (an entity's articles) counts in the whole list: "61/148", not "61/120".
  const {offset, total} = view.window ?? {offset: 0, total: view.siblings.length};
  const positionText = position > 0 ? `  ${offset + position}/${total}` : '';
  const date = record?.date ? safeLine(record.date) : null;
  // Source and byline share what the date, the marks and the position leave, so that a long one (a feed's whole
  // description as its source) does not push the date off the line: a third of the line each was not enough
  // once "★ favourite" stood beside them (80 columns: "… · 202…  ★ favourite  3/5").
  const tail = displayWidth(stateText + failureText + positionText);
  const [source, byline] = fitPair(
    record?.source ? safeLine(record.source) : null,
    record?.authors.length ? safeLine(record.authors.join(', ')) : null,
    columns - tail - (date ? displayWidth(date) + 3 : 0),
  );
  const meta = [source, byline, date].filter((x): x is string => Boolean(x)).join(' · ');
  // The byline gives way first, so a narrow terminal still shows the marks and where the article is in its list
  // (at 60 columns a long byline pushed "1/280" off the line).
  const metaText = truncate(meta || 'no source or date', Math.max(12, columns - tail));
  return (
    <Box flexDirection="column" width={columns}>
      {/* Cut to the width here (plain text: a slice), not by Ink: its cut of a title wider than the screen (wrapText,
          cli-truncate through slice-ansi) made opening such an article 2-3 times as slow as another (~18 ms). */}
      {(titleLines ?? [truncateWords(safeLine(title), columns)]).map((text, i) => (
        <Text key={i} wrap="truncate" {...theme.title}>
          {text}
        </Text>
      ))}
      <Text wrap="truncate">
        <Text {...theme.muted}>{metaText}</Text>
        {stateText ? <Text {...theme.accent}>{stateText}</Text> : null}
        {failureText ? <Text {...theme.warning}>{failureText}</Text> : null}
        {positionText ? <Text {...theme.muted}>{positionText}</Text> : null}
      </Text>
      {gone ? (
        <Box height={bodyHeight}>
          <Text wrap="wrap">
            Its file was removed or renamed, or can no longer be read as an article, while it was open. Esc
            goes back to the list.
          </Text>
        </Box>
      ) : view.fullText ? (
        <Box flexDirection="column" height={bodyHeight} overflow="hidden">
          <Text wrap="truncate">
            <Text {...theme.focus}>{titleRule('▶ Full text ', textWidth - 1)}</Text>
            <Text
              {...theme.muted}
            >{`${top > 0 ? '↑' : ' '}${top + bodyHeight - 1 < textLines.length ? '↓' : ' '}`}</Text>
          </Text>
          <Lines lines={textLines.slice(top, top + bodyHeight - 1)} />
        </Box>
      ) : (
        <Box flexDirection="row" height={bodyHeight} overflow="hidden">
          {layout.columns.map((col, c) => (
            <Box key={c} flexDirection="column" marginLeft={c > 0 ? 3 : 0}>
              {col.map((box) => (
                <Panel
                  key={box.id}
                  box={box}
                  position={view.positions[box.id]}
                  isFocused={box.id === focused}
                  count={panelCount(box.id, analysis)}
                />
              ))}
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
