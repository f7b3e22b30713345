import * as z from 'zod/mini';
import {
  ClockRequest,
  ClockState,
  LatencyRequest,
  LatencyState,
  Mailbox,
  ResetRequest,
  ResetState,
} from '../dev.js';
import {Email} from '../primitives.js';
import {defineRoute} from '../route.js';

export const devMailbox = defineRoute({
  method: 'GET',
  path: '/__dev/mailbox',
  summary: 'Mails and codes the mock server "sent"',
  access: 'dev',
  query: z.object({email: Email}),
  response: Mailbox,
  status: 200,
  errors: [],
});

export const devSetClock = defineRoute({
  method: 'POST',
  path: '/__dev/clock',
  summary: "Set the mock server's clock",
  access: 'dev',
  body: ClockRequest,
  response: ClockState,
  status: 200,
  errors: [],
});

export const devSetLatency = defineRoute({
  method: 'POST',
  path: '/__dev/latency',
  summary:
    'Delay every answer by this many milliseconds (0 to stop), e.g. to send a request while another is in flight',
  access: 'dev',
  body: LatencyRequest,
  response: LatencyState,
  status: 200,
  errors: [],
});

export const devReset = defineRoute({
  method: 'POST',
  path: '/__dev/reset',
  summary: 'Reset the state to a scenario',
  access: 'dev',
  body: ResetRequest,
  response: ResetState,
  status: 200,
  errors: [],
});
