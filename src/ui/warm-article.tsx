import React from 'react';
import {renderToString} from 'ink';
import {Panel} from './components/Panel.js';
import {articleElement} from './screens/article-element.js';
import {reduce} from './state/app-reducer.js';
import {currentMode, currentView, type AppState} from './state/app-state.js';
import {commandActions} from './state/command-actions.js';
import {articleModel, commandContext, type Size} from './screen-model.js';
import {warmGraphemes} from './text.js';
import type {ViewData} from './view-data.js';

// The first article opened cost 2-4 times a later one (40-85 ms against 10-20 on a busy machine): its frame was
// the first to need ICU's grapheme rules (string-width's Intl.Segmenter, ~15 ms), Ink's ANSI and width code on
// panel text, the article's rows from SQLite and its panel lines, and it ran the screen's code for the first time.
// While the reader waits on the list, the article under the cursor is opened in a copy of the state (the reducer
// is pure; no read mark is saved) and drawn once off-screen with Ink's renderToString, a panel at a time, so
// each step is short. Its data and panel lines stay in the caches the real open reads, and the code cache taken
// 2 s after start holds the screen's compiled code.

/** Steps that warm what opening the selected article needs; none when the list is not on screen. */
export function* articleWarmSteps(state: AppState, data: ViewData, size: Size): Generator<void> {
  if (currentMode(state) !== 'list') return;
  const {actions} = commandActions('open', commandContext(state, data, size));
  const opened = actions.reduce(reduce, state);
  const view = currentView(opened);
  if (view.mode !== 'article') return;
  yield;
  data.article(view.id);
  yield;
  data.analysis(view.id);
  yield;
  // ICU's grapheme rules, which the first text cut to width or not one column a character needs.
  warmGraphemes();
  yield;
  const model = articleModel(view, data, size);
  yield;
  for (const box of model.layout.columns.flat()) {
    renderToString(<Panel box={box} position={0} isFocused={false} count={null} />, {columns: size.columns});
    yield;
  }
  renderToString(articleElement(opened, view, data, size), {columns: size.columns});
}
