import {memberRoute} from '../../contract/route.js';

export const stream = memberRoute({
  method: 'GET',
  path: '/stream',
  summary:
    'Server-sent events: availability, booking, credits, order and notification changes (resume with Last-Event-ID)',
  response: null,
  stream: true,
});
