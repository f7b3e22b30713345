import {CheckInResult, Entries} from './schemas.js';
import {memberRoute} from '../../contract/route.js';

export const getEntries = memberRoute({
  method: 'GET',
  path: '/me/entries',
  summary: 'Entries total, used, remaining, validity and history',
  response: Entries,
});

export const checkIn = memberRoute({
  method: 'POST',
  path: '/me/entries/check-in',
  summary: "Use today's entry while the space is open; once per day, repeating it changes nothing",
  response: CheckInResult,
  invalidates: ['entries', 'membership'],
  idempotent: true,
  errors: [
    'no_entries_left',
    'no_active_membership',
    'outside_opening_hours',
    'terms_not_accepted',
  ],
});
