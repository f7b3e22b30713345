import {CheckInResult, Entries} from './schemas.js';
import {defineRoute} from '../../contract/route.js';

export const getEntries = defineRoute({
  method: 'GET',
  path: '/me/entries',
  summary: 'Entries total, used, remaining, validity and history',
  access: 'member',
  response: Entries,
  status: 200,
  errors: [],
});

export const checkIn = defineRoute({
  method: 'POST',
  path: '/me/entries/check-in',
  summary: "Use today's entry while the space is open; once per day, repeating it changes nothing",
  access: 'member',
  response: CheckInResult,
  status: 200,
  invalidates: ['entries', 'membership'],
  idempotent: true,
  errors: [
    'no_entries_left',
    'no_active_membership',
    'outside_opening_hours',
    'terms_not_accepted',
  ],
});
