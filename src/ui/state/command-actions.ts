import type {ArticleRecord} from '../../store/index.js';
import type {Command} from '../keymap.js';
import type {Action, Rewindow} from './app-reducer.js';
import {currentView, type AppState, type SiblingWindow} from './app-state.js';
import {siblingIndex} from './follow-articles.js';
import type {Movement} from './cursor.js';
import type {EntityBlock} from './entity-move.js';

/** What Enter opens from where the cursor is. */
export type OpenTarget =
  | {type: 'article'; id: string; siblings: readonly string[]; window?: SiblingWindow}
  | {type: 'entity'; key: string; name: string; forms: readonly string[]}
  | null;

/** What a command needs to know about the screen, gathered by the root from the data on show. */
export interface CommandContext {
  state: AppState;
  /** Rows of whatever has the keyboard and how many are visible; scroll = offset semantics (text) vs cursor. */
  count: number;
  page: number;
  scroll: boolean;
  /** Full text: the first line shown and the width the text wraps at (see the reducer's move). */
  text?: {top: number; width: number};
  /** Entity view: the selected article's block, which j/k scroll when it is taller than the screen. */
  block?: EntityBlock;
  /** A text panel's blank lines, which a line's move steps over. */
  gaps?: readonly number[];
  open: OpenTarget;
  /** The article m / f / o act on: the selected row, or the one being read. */
  article: ArticleRecord | null;
  /** Rows of the article table, whose cursor follows n / p (absent: the table's height is not known). */
  listPage?: number;
  /** An article opened from an entity view: its siblings' window read again around it, for n / p. */
  siblings?: Rewindow;
}

/** Side effects the root performs for a command: the reducer stays pure. */
export type Effect =
  | {type: 'exit'}
  | {type: 'openUrl'; url: string | null}
  | {type: 'setRead'; id: string; read: boolean}
  | {type: 'setFavourite'; id: string; favourite: boolean}
  | {type: 'refresh'}
  | {type: 'suspend'}
  | {type: 'repaint'};

const MOVEMENTS: readonly Command[] = ['up', 'down', 'top', 'bottom', 'pageUp', 'pageDown'];

function isMovement(command: Command): command is Movement & Command {
  return MOVEMENTS.includes(command);
}

/** Turns a command into reducer actions and side effects, given what is on screen. Pure. */
export function commandActions(
  command: Command,
  ctx: CommandContext,
): {actions: Action[]; effects: Effect[]} {
  const {state, article} = ctx;
  const none = {actions: [], effects: []};
  if (isMovement(command)) {
    return {
      actions: [
        {
          type: 'move',
          movement: command,
          count: ctx.count,
          page: ctx.page,
          scroll: ctx.scroll,
          ...(ctx.text ? {text: ctx.text} : {}),
          ...(ctx.block ? {block: ctx.block} : {}),
          ...(ctx.gaps ? {gaps: ctx.gaps} : {}),
        },
      ],
      effects: [],
    };
  }
  switch (command) {
    case 'open': {
      const target = ctx.open;
      if (!target) return none;
      if (target.type === 'entity')
        return {
          actions: [{type: 'openEntity', key: target.key, name: target.name, forms: target.forms}],
          effects: [],
        };
      const record = state.articles.find((a) => a.id === target.id);
      return {
        actions: [
          {
            type: 'openArticle',
            id: target.id,
            siblings: target.siblings,
            ...(target.window ? {window: target.window} : {}),
          },
        ],
        effects: record && !record.read ? [{type: 'setRead', id: target.id, read: true}] : [],
      };
    }
    case 'nextArticle':
    case 'prevArticle': {
      const view = currentView(state);
      const delta = command === 'nextArticle' ? 1 : -1;
      const here =
        view.mode === 'article' && ctx.siblings?.ids.includes(view.id)
          ? {...view, siblings: ctx.siblings.ids}
          : view;
      const id = here.mode === 'article' ? here.siblings[siblingIndex(here, delta)] : undefined;
      const record = id === undefined ? undefined : state.articles.find((a) => a.id === id);
      return {
        actions: [
          {
            type: 'sibling',
            delta,
            listPage: ctx.listPage ?? 1,
            ...(ctx.siblings ? {siblings: ctx.siblings} : {}),
          },
        ],
        effects: id !== undefined && record && !record.read ? [{type: 'setRead', id, read: true}] : [],
      };
    }
    case 'back':
      return {actions: [{type: 'back'}], effects: []};
    case 'quit':
      return {actions: [{type: 'quit'}], effects: [{type: 'exit'}]};
    case 'search':
      return {actions: [{type: 'search'}], effects: []};
    case 'help':
      return {actions: [{type: 'help'}], effects: []};
    case 'nextPanel':
    case 'prevPanel':
      return {actions: [{type: 'panel', delta: command === 'nextPanel' ? 1 : -1}], effects: []};
    case 'nextFilter':
    case 'prevFilter':
      return {actions: [{type: 'filter', delta: command === 'nextFilter' ? 1 : -1}], effects: []};
    case 'toggleFullText':
      return {actions: [{type: 'fullText'}], effects: []};
    case 'toggleRead':
      return article
        ? {actions: [], effects: [{type: 'setRead', id: article.id, read: !article.read}]}
        : none;
    case 'toggleFavourite':
      return article
        ? {actions: [], effects: [{type: 'setFavourite', id: article.id, favourite: !article.favourite}]}
        : none;
    case 'openUrl':
      return article ? {actions: [], effects: [{type: 'openUrl', url: article.url}]} : none;
    case 'refresh':
      return {actions: [], effects: [{type: 'refresh'}]};
    case 'suspend':
      return {actions: [], effects: [{type: 'suspend'}]};
    case 'repaint':
      return {actions: [], effects: [{type: 'repaint'}]};
  }
}
