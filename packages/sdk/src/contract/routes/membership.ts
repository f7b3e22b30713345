import * as z from 'zod/mini';
import {CurrentMembership, Membership} from '../membership.js';
import {Plan} from '../plan.js';
import {PageQuery, list, page} from '../primitives.js';
import {defineRoute} from '../route.js';

export const listPlans = defineRoute({
  method: 'GET',
  path: '/plans',
  summary: 'Plans on offer',
  access: 'public',
  response: list(Plan),
  status: 200,
  errors: [],
});

export const getMembership = defineRoute({
  method: 'GET',
  path: '/me/membership',
  summary: 'The current membership with status, validity, usage and next billing',
  access: 'member',
  response: CurrentMembership,
  status: 200,
  errors: [],
});

export const listMemberships = defineRoute({
  method: 'GET',
  path: '/me/memberships',
  summary: 'Every membership, newest first, with payments',
  access: 'member',
  query: z.object({...PageQuery}),
  response: page(Membership),
  status: 200,
  errors: [],
});
