import * as z from 'zod/mini';
import {Interval} from '../resources/availability.js';
import {
  CalendarDay,
  Credits,
  Email,
  HttpsUrl,
  Id,
  Instant,
  Money,
  Name,
  PageQuery,
  text,
} from '../../contract/primitives.js';
import {BookingCost, Refund} from '../bookings/schemas.js';
import {CancellationPolicy} from '../space/schemas.js';

/** The longest values an event and a registration hold: the routes declare them, elements read them. */
export const EVENT_LIMITS = {
  title: 120,
  category: 40,
  /** Markdown: paragraphs, emphasis, links, lists, headings. */
  description: 5000,
  address: 200,
  search: 100,
  /** The most guests any event lets a member bring. */
  guests: 5,
} as const;

export const EventTitle = text(EVENT_LIMITS.title);
export const EventCategory = text(EVENT_LIMITS.category);

/** Free, a number of credits, or money; per seat (a member's guests pay the same). */
export const EventPrice = z.discriminatedUnion('kind', [
  z.object({kind: z.literal('free')}),
  z.object({kind: z.literal('credits'), credits: Credits}),
  z.object({kind: z.literal('money'), money: Money}),
]);
export type EventPrice = z.infer<typeof EventPrice>;

/** How a ticket is paid: credits, the member's saved card, or a line on their next invoice. */
export const PayWith = z.enum(['credits', 'card', 'invoice']);
export type PayWith = z.infer<typeof PayWith>;

/** Who may come: members only, or the public too (visitors register on the space's site). */
export const EventAudience = z.enum(['members', 'public']);
export type EventAudience = z.infer<typeof EventAudience>;

/** A room of the space (`resourceId`, blocked while the event runs) or somewhere else. */
export const EventPlace = z.object({
  resourceId: z.nullable(Id),
  name: Name,
  address: z.nullable(text(EVENT_LIMITS.address)),
});
export type EventPlace = z.infer<typeof EventPlace>;

/**
 * `offered`: promoted from the waitlist, the seat is held until `offerExpiresAt` for the
 * member to confirm (and pay); `expired`: the offer lapsed and went to the next in line.
 */
export const RegistrationStatus = z.enum([
  'registered',
  'waitlisted',
  'offered',
  'cancelled',
  'expired',
]);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

export const Registration = z.object({
  id: Id,
  eventId: Id,
  status: RegistrationStatus,
  guests: z.int(),
  /** The member and their guests. */
  seats: z.int(),
  /** 1 for the first in line, while waitlisted. */
  waitlistPosition: z.nullable(z.int()),
  offerExpiresAt: z.nullable(Instant),
  /** How it was paid (null while free, waitlisted or offered). */
  paidWith: z.nullable(PayWith),
  cost: BookingCost,
  refund: z.nullable(Refund),
  createdAt: Instant,
  cancelledAt: z.nullable(Instant),
});
export type Registration = z.infer<typeof Registration>;

export const Event = z.object({
  id: Id,
  title: EventTitle,
  category: EventCategory,
  /** In the space's time zone (its offset). */
  ...Interval.shape,
  place: EventPlace,
  /** Markdown, rendered without HTML. */
  description: text(EVENT_LIMITS.description),
  coverImageUrl: z.nullable(HttpsUrl),
  /** Seats in all; null: no limit. */
  capacity: z.nullable(z.int()),
  /** Seats still free (null: no limit); held offers count as taken. */
  seatsLeft: z.nullable(z.int()),
  waitlistLength: z.int(),
  price: EventPrice,
  /** How a paid ticket may be paid here; empty for a free event. */
  payWith: z.array(PayWith),
  audience: EventAudience,
  /** Registering and cancelling close then. */
  registrationDeadline: Instant,
  maxGuests: z.int().check(z.minimum(0), z.maximum(EVENT_LIMITS.guests)),
  /** Cancelling refunds everything until `freeUntilHoursBefore` the start, then the late share. */
  refundPolicy: CancellationPolicy,
  /** How long a seat offered from the waitlist is held. */
  offerHoldHours: z.int(),
  /** The caller's own registration, if any (the latest). */
  myRegistration: z.nullable(Registration),
});
export type Event = z.infer<typeof Event>;

export const EventWhen = z.enum(['upcoming', 'past']);
export type EventWhen = z.infer<typeof EventWhen>;

/** `GET /events`: upcoming (soonest first) or past (latest first), filtered. */
export const EventsQuery = z.object({
  when: z.optional(EventWhen),
  category: z.optional(EventCategory),
  /** Events on or after this day, and on or before `to` (the space's calendar days). */
  from: z.optional(CalendarDay),
  to: z.optional(CalendarDay),
  /** Words in the title, category, place or description. */
  q: z.optional(text(EVENT_LIMITS.search)),
  ...PageQuery,
});

/** `GET /me/event-registrations`: upcoming (registered, waitlisted, offered) or past. */
export const MyEventsQuery = z.object({when: z.optional(EventWhen), ...PageQuery});

/** An event with the caller's registration (always set here). */
export const MyEvent = z.object({event: Event, registration: Registration});
export type MyEvent = z.infer<typeof MyEvent>;

const Guests = z.int().check(z.minimum(0), z.maximum(EVENT_LIMITS.guests));
const PaymentMethodId = text(100);

/** `POST /events/:eventId/quote`: what registering would cost and whether a seat is free. */
export const RegistrationQuoteRequest = z.strictObject({guests: z.optional(Guests)});

/** Register (or join the waitlist); a paid ticket says how it is paid. */
export const RegistrationRequest = z.strictObject({
  guests: z.optional(Guests),
  payWith: z.optional(PayWith),
  /** A saved card (`payWith: 'card'`); the default one otherwise. */
  paymentMethodId: z.optional(PaymentMethodId),
});
export type RegistrationRequest = z.infer<typeof RegistrationRequest>;

/** Confirm a seat offered from the waitlist (and pay for it). */
export const ConfirmOfferRequest = z.strictObject({
  payWith: z.optional(PayWith),
  paymentMethodId: z.optional(PaymentMethodId),
});
export type ConfirmOfferRequest = z.infer<typeof ConfirmOfferRequest>;

export const RegistrationQuote = z.object({
  seats: z.int(),
  /** What the seats cost, in the event's terms. */
  cost: BookingCost,
  /** `registered` while enough seats are free, else the member joins the waitlist (no charge). */
  outcome: z.enum(['registered', 'waitlisted']),
  waitlistPosition: z.nullable(z.int()),
  payWith: z.array(PayWith),
  creditsAvailable: Credits,
  /** Whether `cost.credits` can be paid with the member's credits. */
  affordable: z.boolean(),
  freeCancellationUntil: Instant,
  lateRefundPercent: z.int(),
  registrationDeadline: Instant,
});
export type RegistrationQuote = z.infer<typeof RegistrationQuote>;

export const RegistrationCancelled = z.object({registration: Registration, refund: Refund});
export type RegistrationCancelled = z.infer<typeof RegistrationCancelled>;

/** `GET /public-events`: the public events to come (soonest first), for visitors. */
export const PublicEventsQuery = z.object({...PageQuery});

/**
 * A visitor (not signed in) registers for a public, free event with their name and email: one
 * open registration per email and event. Seats and the waitlist are the members' own.
 */
export const PublicRegistrationRequest = z.strictObject({
  name: Name,
  email: Email,
  guests: z.optional(Guests),
});
export type PublicRegistrationRequest = z.infer<typeof PublicRegistrationRequest>;

/**
 * What a visitor learns of their registration: a seat, or a place on the waitlist (a seat
 * that frees up is theirs, and they are mailed). Never anyone else's.
 */
export const PublicRegistration = z.object({
  id: Id,
  eventId: Id,
  status: z.enum(['registered', 'waitlisted']),
  seats: z.int(),
  waitlistPosition: z.nullable(z.int()),
  createdAt: Instant,
  /**
   * The visitor's key to cancel (`POST /public-event-registrations/cancel`): only in this
   * answer and in their confirmation mail, never listed anywhere.
   */
  cancelToken: Id,
});
export type PublicRegistration = z.infer<typeof PublicRegistration>;

/** A visitor cancels with the key they got on registering. */
export const PublicCancellationRequest = z.strictObject({token: Id});
export type PublicCancellationRequest = z.infer<typeof PublicCancellationRequest>;

/** A visitor's registration, cancelled: its seats go to the waitlist. */
export const PublicRegistrationCancelled = z.object({
  eventId: Id,
  status: z.literal('cancelled'),
  cancelledAt: Instant,
});
export type PublicRegistrationCancelled = z.infer<typeof PublicRegistrationCancelled>;
