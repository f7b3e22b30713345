import {MAX_VISITOR_NOTE_LENGTH, Visitor, VisitorInput, VisitorPatch, Visitors} from './schemas.js';
import {MAX_NAME_LENGTH} from '../../contract/primitives.js';
import {routesWith} from '../../contract/route.js';

const route = routesWith({access: 'member', feature: 'visitors'});

/** A change to one expected visitor: it answers the visitor as they now are. */
const visitorChange = {response: Visitor, invalidates: ['visitors']} as const;

/** The lengths the visitor form enforces before sending (the schemas check the same). */
const VISITOR_LIMITS = {name: MAX_NAME_LENGTH, email: 254, note: MAX_VISITOR_NOTE_LENGTH};

export const listVisitors = route({
  method: 'GET',
  path: '/me/visitors',
  summary: "The member's upcoming and past visitors, and the space's rules for them",
  response: Visitors,
});

export const registerVisitor = route({
  method: 'POST',
  path: '/me/visitors',
  summary: 'Register a visitor for a day and time; the front desk expects them',
  body: VisitorInput,
  response: Visitor,
  status: 201,
  invalidates: ['visitors'],
  limits: VISITOR_LIMITS,
  idempotent: true,
  errors: ['visitors_members_only', 'visitor_limit_reached', 'visitor_in_past'],
});

export const updateVisitor = route({
  method: 'PATCH',
  path: '/me/visitors/:visitorId',
  summary: 'Change an expected visitor (before they arrive)',
  ...visitorChange,
  body: VisitorPatch,
  limits: VISITOR_LIMITS,
  errors: ['visitor_not_expected', 'visitor_limit_reached', 'visitor_in_past'],
});

export const cancelVisitor = route({
  method: 'DELETE',
  path: '/me/visitors/:visitorId',
  summary: 'Cancel an expected visitor (before they arrive)',
  ...visitorChange,
  errors: ['visitor_not_expected'],
});

/** The front desk greets the visitor: the host is notified and updated live. */
export const devVisitorArrived = route({
  method: 'POST',
  path: '/__dev/visitors/:visitorId/arrive',
  summary: 'Mark an expected visitor arrived (the front desk); the host is notified',
  access: 'dev',
  response: Visitor,
  errors: ['visitor_not_expected'],
});
