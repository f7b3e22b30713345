import {sortedInSpace} from '../../state/lookups.js';
import type {FloorRow, ResourceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {toFloor, toResource} from '../../state/views.js';
import {defineHandlers} from '../shared/context.js';
import {availability} from './availability.js';
import {uploadFloorDrawing} from './floor-drawing.js';

export const resourcesHandlers = defineHandlers({
  listResources: ({db, space, query}) => ({
    items: sortedInSpace<ResourceRow>(db, TABLES.resources, space.id)
      .filter((r) => query.type === undefined || r.type === query.type)
      .map(toResource),
  }),

  getAvailability: ({db, space, query, now}) => availability(db, space, query, now),

  listFloors: ({db, space}) => ({
    items: sortedInSpace<FloorRow>(db, TABLES.floors, space.id).map(toFloor),
  }),

  devUploadFloorDrawing: ({space, params, body, transaction}) =>
    transaction((tx) => uploadFloorDrawing(tx, space, params.floorId, body)),
});
