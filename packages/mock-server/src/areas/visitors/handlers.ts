import {defineHandlers} from '../shared/context.js';
import {
  cancelVisitor,
  registerVisitor,
  updateVisitor,
  visitorArrived,
  visitorsOf,
} from './visitors.js';

export const visitorsHandlers = defineHandlers({
  listVisitors: ({db, space, member, now}) => visitorsOf(db, space, member, now),

  registerVisitor: ({space, member, body, now, transaction}) =>
    transaction((tx) => registerVisitor(tx, space, member, body, now)),

  updateVisitor: ({space, member, params, body, now, transaction}) =>
    transaction((tx) => updateVisitor(tx, space, member, params.visitorId, body, now)),

  cancelVisitor: ({member, params, transaction}) =>
    transaction((tx) => cancelVisitor(tx, member, params.visitorId)),

  devVisitorArrived: ({space, params, now, transaction}) =>
    transaction((tx) => visitorArrived(tx, space, params.visitorId, now)),
});
