import * as z from 'zod/mini';
import {Email, Instant, Label, text} from '../../contract/primitives.js';

/** A mail the mock server "sent", readable at `GET /__dev/mailbox`. */
export const Mail = z.object({
  to: Email,
  subject: Label,
  text: text(10_000),
  /** The one-time code in the mail, if it carries one. */
  code: z.nullable(text(6)),
  sentAt: Instant,
});
export type Mail = z.infer<typeof Mail>;

export const Mailbox = z.object({messages: z.array(Mail)});
export type Mailbox = z.infer<typeof Mailbox>;

export const SCENARIOS = ['demo', 'empty', 'busy', 'errors', 'campus'] as const;
export const Scenario = z.enum(SCENARIOS);
export type Scenario = z.infer<typeof Scenario>;

export const ClockRequest = z.strictObject({now: Instant});
export const ClockState = z.object({now: Instant});
/** Milliseconds every answer waits (0 to stop); opens an in-flight window on purpose. */
export const LatencyRequest = z.strictObject({ms: z.int().check(z.gte(0), z.lte(10_000))});
export const LatencyState = z.object({ms: z.int()});
export const ResetRequest = z.strictObject({scenario: z.optional(Scenario)});
export const ResetState = z.object({scenario: Scenario, now: Instant});
