import {renderToString} from 'ink';
import {entityElement} from './screens/entity-element.js';
import type {EntityView} from './state/app-state.js';
import {entityModel, type Size} from './screen-model.js';
import type {ViewData} from './view-data.js';

// The first entity opened cost about twice a later one (17-34 ms against 6-8 on the shipped library): its key was
// the first to read an entity's articles from SQLite (statements, pages), to look a record up by key (the linked
// records' map), to highlight names in sentences and to run the entity screen's code. Once search is warm, the most
// named entity (the first row of search before anything is typed) is opened on a copy of the view and drawn once
// off-screen, a step at a time; its data stays in the caches the real open reads. The entity Enter would open
// (search's result under the cursor, an article's entity panel) has its own data read the same way once the keys
// pause (its articles from SQLite are its own: the warm-up's entity holds other pages).

/**
 * Steps that warm what opening an entity needs: `entity` (the one Enter would open), else the most named one; none when
 * the library names none.
 */
export function* entityWarmSteps(
  data: ViewData,
  size: Size,
  entity?: {key: string; name: string},
): Generator<void> {
  const top = entity ?? data.results('', 'all')[0]?.entity;
  yield;
  if (!top) return;
  const view: EntityView = {mode: 'entity', key: top.key, name: top.name, forms: [], selected: 0};
  yield* entityReadSteps(data, view.key);
  // Given an entity (the one Enter would open), only its data: the screen's code was warmed at start, and drawing
  // it off-screen (a step of several ms) between two letters typed held the second back.
  if (entity) return;
  const model = entityModel(view, data, size);
  yield;
  renderToString(entityElement(view, data, size, model), {columns: size.columns});
}

/** Steps that read what an entity's screen shows first from the store: its count, its record, its first page. */
function* entityReadSteps(data: ViewData, key: string): Generator<void> {
  data.entityCount(key);
  yield;
  data.entity(key);
  yield;
  data.entityWindow(key, 0);
  yield;
}
