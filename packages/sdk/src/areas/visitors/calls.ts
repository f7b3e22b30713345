import type {PorticoCore} from '../../core/PorticoCore.js';
import {call, bodyCall, idBodyCall, idCall} from '../../core/calls.js';
import {query} from '../../core/query.js';
import * as endpoints from './endpoints.js';

/** Upcoming and past visitors of the member, and the space's rules. */
export const listVisitors = call(endpoints.listVisitors);

/** Registers a visitor; refused with `visitors_members_only` or `visitor_limit_reached`. */
export const registerVisitor = bodyCall(endpoints.registerVisitor);

/** Changes an expected visitor. */
export const updateVisitor = idBodyCall(endpoints.updateVisitor, 'visitorId');

/** Cancels an expected visitor. */
export const cancelVisitor = idCall(endpoints.cancelVisitor, 'visitorId');

export const visitorsQuery = (client: PorticoCore) =>
  query(['visitors'], (signal) => listVisitors(client, {signal}));

/** `client.visitors`: registering guests, changing and cancelling them. */
export const calls = {
  list: listVisitors,
  register: registerVisitor,
  update: updateVisitor,
  cancel: cancelVisitor,
};
