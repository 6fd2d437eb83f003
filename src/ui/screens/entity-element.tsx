import React from 'react';
import type {EntityView} from '../state/app-state.js';
import {entityModel, type EntityModel, type Size} from '../screen-model.js';
import type {ViewData} from '../view-data.js';
import {EntityScreen} from './EntityScreen.js';

/**
 * The entity screen for `view` as the reader draws it: one place for its props, shared by the frame and the
 * warm-up that draws it once off-screen (warm-entity.tsx), so both run the same code. `model`: the screen's model
 * when the caller has made it already (the warm-up makes it a step before drawing).
 */
export function entityElement(
  view: EntityView,
  data: ViewData,
  shown: Size,
  model: EntityModel = entityModel(view, data, shown),
) {
  return (
    <EntityScreen
      view={view}
      name={model.name}
      forms={model.forms}
      kind={view.key.split(':')[0] ?? ''}
      count={model.count}
      lines={model.lines}
      bodyHeight={model.bodyHeight}
      columns={shown.columns}
    />
  );
}
