import * as z from 'zod/mini';
import {Interval} from '../resources/availability.js';
import {Credits, Id, Instant, Label, text} from '../../contract/primitives.js';

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
  /** A ticket for a community event, paid with credits. */
  'event',
]);

/** The booking a movement is for, so a list names it (room, local time) and never its id. */
export const LedgerBooking = z.object({
  resourceName: Label,
  ...Interval.shape,
});
export type LedgerBooking = z.infer<typeof LedgerBooking>;

/** The order a movement came from, by the number the member sees on it. */
export const LedgerOrder = z.object({number: text(40)});
export type LedgerOrder = z.infer<typeof LedgerOrder>;

/**
 * One movement of credits; `delta` is negative when spent. The ledger is one chain, newest
 * first: each entry's `balanceAfter` is the next older one's plus its own `delta` (the oldest
 * starts from 0), and `at` never goes up along the list.
 */
export const LedgerEntry = z.object({
  id: Id,
  at: Instant,
  delta: Credits,
  balanceAfter: Credits,
  reason: LedgerReason,
  /** What happened, in the space's words (English): a fallback when nothing below names it. */
  description: Label,
  bookingId: z.nullable(Id),
  orderId: z.nullable(Id),
  booking: z.nullable(LedgerBooking),
  order: z.nullable(LedgerOrder),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;
