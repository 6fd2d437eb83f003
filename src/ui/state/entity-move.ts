import type {EntityView} from './app-state.js';
import {move, type Movement} from './cursor.js';

/** The selected article's block in the entity view: how many lines it takes, and how many the screen shows. */
export interface EntityBlock {
  lines: number;
  body: number;
}

/**
 * The entity view after a movement. The cursor goes from article to article; but while the selected article's block
 * goes on below the screen (an article naming the entity in forty sentences), j / ↓, Space and PgDn scroll it first,
 * and k / ↑ and PgUp scroll back up to its title before leaving it, so every sentence and quote can be read. G on
 * the last article shows the end of its block.
 */
export function entityMove(
  view: EntityView,
  movement: Movement,
  count: number,
  page: number,
  block?: EntityBlock,
): EntityView {
  const within = view.within ?? 0;
  // Lines of the block below the screen when it shows the block's top.
  const hidden = block ? Math.max(0, block.lines - block.body) : 0;
  const step = block ? Math.max(1, block.body - 1) : 1;
  if (within < hidden && movement === 'down') return {...view, within: within + 1};
  if (within < hidden && movement === 'pageDown') return {...view, within: Math.min(hidden, within + step)};
  if (within > 0 && movement === 'up') return {...view, within: within - 1};
  if (within > 0 && movement === 'pageUp') return {...view, within: Math.max(0, within - step)};
  const selected = move(view.selected, movement, count, page);
  if (movement === 'bottom' && selected === view.selected) return {...view, within: hidden};
  return {...view, selected, within: 0};
}
