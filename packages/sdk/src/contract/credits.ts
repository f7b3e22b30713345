import * as z from 'zod/mini';
import {Credits, Id, Instant, Label} from './primitives.js';

export const CreditSource = z.enum(['membership', 'purchase', 'grant']);
export type CreditSource = z.infer<typeof CreditSource>;

/** Credits from one source that expire together; spent soonest-to-expire first. */
export const CreditBucket = z.object({
  id: Id,
  amount: Credits,
  source: CreditSource,
  grantedAt: Instant,
  expiresAt: z.nullable(Instant),
});
export type CreditBucket = z.infer<typeof CreditBucket>;

/** Credits a booking would take from one bucket (a quote lists them in spending order). */
export const CreditUse = z.object({
  bucketId: Id,
  source: CreditSource,
  amount: Credits,
  expiresAt: z.nullable(Instant),
});
export type CreditUse = z.infer<typeof CreditUse>;

export const CreditBalance = z.object({
  total: Credits,
  buckets: z.array(CreditBucket),
  /** The soonest expiry among non-empty buckets, to warn the member. */
  nextExpiry: z.nullable(z.object({amount: Credits, expiresAt: Instant})),
});
export type CreditBalance = z.infer<typeof CreditBalance>;

export const LedgerReason = z.enum([
  'booking',
  'refund',
  'purchase',
  'membership',
  'grant',
  'expiry',
]);

/** One movement of credits; `delta` is negative when spent. */
export const LedgerEntry = z.object({
  id: Id,
  at: Instant,
  delta: Credits,
  balanceAfter: Credits,
  reason: LedgerReason,
  description: Label,
  bookingId: z.nullable(Id),
  orderId: z.nullable(Id),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;
