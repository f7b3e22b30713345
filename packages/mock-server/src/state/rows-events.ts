/** Rows of community events and their registrations (see rows.ts). */
import type {Event, Registration} from '@portico/sdk/contract';
import type {Writable} from './rows.js';

// ---- community events

/** An event as the space keeps it; seats, waitlist and the caller's registration are derived. */
export type EventRow = Writable<Omit<Event, 'seatsLeft' | 'waitlistLength' | 'myRegistration'>> & {
  spaceId: string;
  startMs: number;
  endMs: number;
  /** A cancelled event frees its room and is no longer listed. */
  cancelled: boolean;
};

/** A member's registration of one event. */
export type RegistrationRow = Writable<Omit<Registration, 'waitlistPosition'>> & {
  spaceId: string;
  /** The member, or null for a visitor's registration (a public event), who is `visitor`. */
  memberId: string | null;
  /** `cancelToken`: the visitor's key to cancel, answered and mailed to them only. */
  visitor?: {name: string; email: string; cancelToken: string};
  /** Arrival order within the event (1, 2, …): the waitlist is served in this order. */
  seq: number;
  /** Which buckets paid for it, so a refund goes back where the credits came from. */
  debits: {bucketId: string; amount: number}[];
  /** The card payment of a ticket paid by card. */
  paymentId: string | null;
  /** When the day-before reminder was sent. */
  remindedAt: string | null;
  /** The invoice that billed a ticket paid `invoice` (it is not billed again). */
  invoiceId?: string;
};
