import type {Analysis} from '../extract/index.js';
import type {Article} from '../library/index.js';
import type {EntityOccurrence} from '../store/index.js';
import {
  currentView,
  PANELS,
  visibleArticles,
  type AppState,
  type ArticleView,
  type EntityView,
  type SearchView,
} from './state/app-state.js';
import {articleLayout, findPanel, type ArticleLayout} from './state/article-layout.js';
import {fullText, topLine} from './state/full-text.js';
import type {CommandContext, OpenTarget} from './state/command-actions.js';
import type {Rewindow} from './state/app-reducer.js';
import {blockLineCount, visibleOccurrenceLines} from './state/entity-lines.js';
import {helpLines} from './state/help-lines.js';
import type {Line} from './state/lines.js';
import {
  articleBody,
  entityBody,
  helpBody,
  listPage,
  proseColumns,
  READING_WIDTH,
  searchPage,
  TITLE_LINES,
} from './state/metrics.js';
import {messageLines} from './state/lines.js';
import {safeLine} from './text.js';
import type {ViewData} from './view-data.js';

/** Terminal size in cells. */
export interface Size {
  columns: number;
  rows: number;
}

/** What the article screen shows, derived from the view, the store and the size. */
export interface ArticleModel {
  article: Article | null;
  analysis: Analysis | null;
  layout: ArticleLayout;
  textLines: Line[];
  /** The first full-text line shown (the view's scroll, carried over a resize and clamped). */
  textTop: number;
  /** The width the full text wraps at. */
  textWidth: number;
  bodyHeight: number;
  /** Lines of full text visible under its title rule. */
  textHeight: number;
  /** The title as drawn: one line, or two for a headline wider than the screen (the second cut with "…"). */
  titleLines: string[];
}

// An entity's sentences and quotes are drawn four columns in ("  · "), their text at most the reading measure.
const ENTITY_INDENT = 4;

/** Lays out one article for the screen (`failed`: why the index run stopped, for an article it did not analyse). */
export function articleModel(
  view: ArticleView,
  data: ViewData,
  {columns, rows}: Size,
  failed: string | null = null,
): ArticleModel {
  const article = data.article(view.id);
  const analysis = data.analysis(view.id);
  const titleLines = messageLines(safeLine(article?.title ?? ''), columns, TITLE_LINES);
  const bodyHeight = articleBody(rows, titleLines.length);
  const textHeight = Math.max(1, bodyHeight - 1);
  // The screen draws a line one column short of its width; wider than the reading measure, lines stop there.
  const textWidth = Math.min(columns - 1, READING_WIDTH);
  const text = view.fullText && article ? fullText(article.paragraphs, textWidth) : null;
  const scroll = {top: view.textScroll, width: view.textWidth};
  return {
    article,
    analysis,
    layout: articleLayout(analysis, columns, bodyHeight, view.focus, failed),
    textLines: text?.lines ?? [],
    textTop: text && article ? topLine(article.paragraphs, text, scroll, textWidth, textHeight) : 0,
    textWidth,
    bodyHeight,
    textHeight,
    titleLines,
  };
}

/** What the entity screen shows. */
export interface EntityModel {
  /** The library-wide name: an article's "Trump" opens as Donald Trump. */
  name: string;
  /** Every form of it in the library (the view's own included), for the "also" line and highlighting. */
  forms: string[];
  /** How many articles name it. */
  count: number;
  /** The articles around the cursor (see ViewData.entityWindow); the first is article `offset` of the view. */
  occurrences: EntityOccurrence[];
  offset: number;
  lines: Line[];
  bodyHeight: number;
}

/** Every article naming the entity, as highlighted lines. */
export function entityModel(view: EntityView, data: ViewData, {columns, rows}: Size): EntityModel {
  const count = data.entityCount(view.key);
  const selected = Math.max(0, Math.min(view.selected, count - 1));
  const {offset, occurrences} = data.entityWindow(view.key, selected);
  const record = data.entity(view.key);
  const name = record?.name ?? view.name;
  const forms = [...new Set([name, ...(record?.aliases ?? []), ...view.forms])];
  return {
    name,
    forms,
    count,
    occurrences,
    offset,
    lines: visibleOccurrenceLines(
      occurrences,
      forms,
      proseColumns(columns, ENTITY_INDENT),
      offset,
      selected,
      entityBody(rows),
    ),
    bodyHeight: entityBody(rows),
  };
}

const KINDS = {people: 'person', places: 'place', organizations: 'organization'} as const;

function articleContext(
  state: AppState,
  view: ArticleView,
  data: ViewData,
  size: Size,
  failed: string | null,
): CommandContext {
  const article = state.articles.find((a) => a.id === view.id) ?? null;
  const model = articleModel(view, data, size, failed);
  const siblings = entitySiblings(state, data);
  const base = {state, article, open: null, listPage: listPage(size.rows), ...(siblings ? {siblings} : {})};
  if (view.fullText) {
    const text = {top: model.textTop, width: model.textWidth};
    return {...base, count: model.textLines.length, page: model.textHeight, scroll: true, text};
  }
  const panel = PANELS[view.focus] ?? 'summary';
  const box = findPanel(model.layout, panel);
  if (panel === 'people' || panel === 'places' || panel === 'organizations') {
    const count = model.analysis?.[panel]?.length ?? 0;
    return {...base, open: panelEntity(view, data), count, page: box?.height ?? 1, scroll: false};
  }
  const gaps = box ? gapsOf(box.lines) : [];
  return {
    ...base,
    count: box?.lines.length ?? 0,
    page: box?.height ?? 1,
    scroll: true,
    ...(gaps.length > 0 ? {gaps} : {}),
  };
}

/** The blank lines of a text panel (those between its quotes), where a scroll by one line does not stop. */
export function gapsOf(lines: readonly Line[]): number[] {
  return lines.flatMap((l, i) => (l.segments.every((s) => s.text === '') ? [i] : []));
}

/**
 * An article opened from an entity view: the window of the entity's articles around the view's cursor (which n / p
 * keep on the article read), for n / p to go on past the window the article was opened with.
 */
function entitySiblings(state: AppState, data: ViewData): Rewindow | null {
  const below = state.stack[state.stack.length - 2];
  if (below?.mode !== 'entity') return null;
  const total = data.entityCount(below.key);
  const {offset, occurrences} = data.entityWindow(
    below.key,
    Math.max(0, Math.min(below.selected, total - 1)),
  );
  return {ids: occurrences.map((o) => o.articleId), window: {offset, total}};
}

/** What Enter opens in an article's focused entity panel (its selected entry), without laying the article out. */
function panelEntity(view: ArticleView, data: ViewData): OpenTarget {
  const panel = PANELS[view.focus] ?? 'summary';
  if (view.fullText || (panel !== 'people' && panel !== 'places' && panel !== 'organizations')) return null;
  const entity = data.analysis(view.id)?.[panel]?.[view.positions[panel]];
  return entity
    ? {
        type: 'entity',
        key: data.keyIn(view.id, KINDS[panel], entity.name, entity.aliases),
        name: entity.name,
        forms: [entity.name, ...entity.aliases],
      }
    : null;
}

/** Search's result under the cursor as Enter opens it (indexing can shorten the results: it stays on the last). */
function searchEntity(view: SearchView, data: ViewData): OpenTarget {
  const {results} = data.shown(view.query, view.kind);
  const hit = results[Math.min(view.selected, results.length - 1)];
  return hit
    ? {
        type: 'entity',
        key: hit.entity.key,
        name: hit.entity.name,
        forms: [hit.entity.name, ...hit.entity.aliases],
      }
    : null;
}

/**
 * The entity Enter would open on the screen `state` shows (search's result under the cursor, an article's entity
 * panel), if any: cheap enough for every render (no layout).
 */
export function entityToOpen(state: AppState, data: ViewData): {key: string; name: string} | null {
  if (state.help) return null;
  const view = currentView(state);
  const target =
    view.mode === 'search'
      ? searchEntity(view, data)
      : view.mode === 'article'
        ? panelEntity(view, data)
        : null;
  return target?.type === 'entity' ? {key: target.key, name: target.name} : null;
}

/**
 * What a command needs to know about the screen in `state`: rows, page, what Enter opens, which article (`failed`:
 * the index run's failure, which an unanalysed article's panels say).
 */
export function commandContext(
  state: AppState,
  data: ViewData,
  size: Size,
  failed: string | null = null,
): CommandContext {
  if (state.help)
    return {
      state,
      count: helpLines(size.columns, state.help.from).length,
      page: helpBody(size.rows),
      scroll: true,
      open: null,
      article: null,
    };
  const view = currentView(state);
  switch (view.mode) {
    case 'list': {
      const shown = visibleArticles(state);
      const record = shown[state.selected] ?? null;
      const open: OpenTarget = record
        ? {type: 'article', id: record.id, siblings: shown.map((a) => a.id)}
        : null;
      return {state, count: shown.length, page: listPage(size.rows), scroll: false, open, article: record};
    }
    case 'search': {
      const count = data.shown(view.query, view.kind).results.length;
      const open = searchEntity(view, data);
      return {state, count, page: searchPage(size.rows), scroll: false, open, article: null};
    }
    case 'entity': {
      const count = data.entityCount(view.key);
      const {offset, occurrences} = data.entityWindow(
        view.key,
        Math.max(0, Math.min(view.selected, count - 1)),
      );
      const hit = occurrences[Math.min(view.selected, count - 1) - offset];
      // n/p from the article walk the articles read around it, not all 10,000 of a much-named person.
      const open: OpenTarget = hit
        ? {
            type: 'article',
            id: hit.articleId,
            siblings: occurrences.map((o) => o.articleId),
            window: {offset, total: count},
          }
        : null;
      // A page of articles: each takes a few lines (title, sentences, quotes).
      return {
        state,
        count,
        page: Math.max(2, Math.floor(entityBody(size.rows) / 4)),
        scroll: false,
        open,
        article: null,
        block: {
          lines: hit ? blockLineCount(hit, view.forms, proseColumns(size.columns, ENTITY_INDENT)) : 0,
          body: entityBody(size.rows),
        },
      };
    }
    case 'article':
      return articleContext(state, view, data, size, failed);
  }
}
