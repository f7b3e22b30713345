import * as z from 'zod/mini';
import {ClockRequest, ClockState, Mailbox, ResetRequest, ResetState} from '../dev.js';
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
