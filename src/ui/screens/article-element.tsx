import React from 'react';
import type {ArticleRecord} from '../../store/index.js';
import type {ArticleView, AppState} from '../state/app-state.js';
import {articleModel, type Size} from '../screen-model.js';
import type {ViewData} from '../view-data.js';
import {ArticleScreen} from './ArticleScreen.js';

// The last articles drawn, as they were listed: shown still (title, source, date) once their file is gone. A few,
// not one: the warm-up draws the next article off-screen (warm-article.tsx) while one is open.
const lastShown = new Map<string, {record: ArticleRecord; title: string}>();
const KEEP_SHOWN = 8;

/**
 * The article screen for `view` as the reader draws it: one place for its props, shared by the frame and the
 * warm-up that draws it once off-screen (warm-article.tsx), so both run the same code. `failed`: why the index run
 * stopped, said in place of "analysing…" by an article it did not analyse.
 */
export function articleElement(
  state: AppState,
  view: ArticleView,
  data: ViewData,
  shown: Size,
  failed: string | null = null,
) {
  const model = articleModel(view, data, shown, failed);
  const record = state.articles.find((a) => a.id === view.id) ?? null;
  // Neither listed nor in the store, or lost from the list: its file was removed (or renamed) while it was open.
  const gone = record === null && (model.article === null || view.lost.has(view.id));
  if (record) {
    lastShown.delete(view.id);
    lastShown.set(view.id, {record, title: model.article?.title ?? record.title});
    if (lastShown.size > KEEP_SHOWN) lastShown.delete(lastShown.keys().next().value as string);
  }
  const known = gone ? (lastShown.get(view.id) ?? null) : null;
  return (
    <ArticleScreen
      record={record ?? known?.record ?? null}
      gone={gone}
      title={model.article?.title ?? known?.title ?? view.id}
      {...(model.article ? {titleLines: model.titleLines} : {})}
      analysis={model.analysis}
      failed={failed}
      view={view}
      layout={model.layout}
      textLines={model.textLines}
      textTop={model.textTop}
      textWidth={model.textWidth}
      bodyHeight={model.bodyHeight}
      columns={shown.columns}
    />
  );
}
