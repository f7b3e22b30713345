import {defineRoute} from '../../contract/route.js';

export const stream = defineRoute({
  method: 'GET',
  path: '/stream',
  summary:
    'Server-sent events: availability, booking, credits, order and notification changes (resume with Last-Event-ID)',
  access: 'member',
  response: null,
  status: 200,
  stream: true,
  errors: [],
});
