// The entries answers a test and a story both need.
import {http, HttpResponse} from 'msw';
import {SPACE} from './client.js';

export const ENTRIES = `*/v1/spaces/${SPACE}/me/entries`;

/** `GET /me/entries` says every entry of the period is used (10 of 10), none of them today. */
export const noEntriesLeft = () =>
  http.get(ENTRIES, () =>
    HttpResponse.json({
      total: 10,
      used: 10,
      remaining: 0,
      validFrom: '2031-11-01',
      validUntil: '2031-11-30',
      checkedInToday: false,
      history: [],
    }),
  );
