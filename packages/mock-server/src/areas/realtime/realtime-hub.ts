import type {RealtimeEvent} from '@portico/sdk/contract';
import {formatInstant} from '@portico/sdk/domain';
import {devUtils} from '../../problem.js';
import type {Clock} from '../../state/clock.js';
import type {ChangeSet, Db} from '../../state/db.js';
import {creditTotal, today} from '../../state/lookups.js';
import type {
  BookingRow,
  DeliveryRow,
  HelpRequestRow,
  InvoiceRow,
  MemberRow,
  MembershipRow,
  NotificationRow,
  OrderRow,
  PostReadRow,
  RegistrationRow,
  SpaceRow,
  VisitorRow,
} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {invoiceStatus, toNotification} from '../../state/views.js';

/** One event and who may see it: everyone in the space (`memberId: null`) or one member. */
export interface HubEvent {
  readonly id: number;
  readonly spaceId: string;
  readonly memberId: string | null;
  readonly event: RealtimeEvent;
}

export interface Audience {
  readonly spaceId: string;
  readonly memberId: string;
}

export interface RealtimeHubOptions {
  /**
   * How many recent events are kept for `Last-Event-ID` resume.
   * @default 1000
   */
  capacity?: number;
}

type EventInput = RealtimeEvent extends infer E
  ? E extends RealtimeEvent
    ? Omit<E, 'id' | 'at'>
    : never
  : never;

// Ids grow with the Db's commit sequence (which a journal restores), so they keep rising
// across restarts and resets, and a stale `Last-Event-ID` never hides new events.
const IDS_PER_COMMIT = 1000;

/** The tables whose rows {@link RealtimeHub} derives events from. */
const EVENT_TABLES: ReadonlySet<string> = new Set([
  TABLES.bookings,
  TABLES.creditBuckets,
  TABLES.memberships,
  TABLES.orders,
  TABLES.invoices,
  TABLES.notifications,
  TABLES.visitors,
  TABLES.deliveries,
  TABLES.helpRequests,
  TABLES.eventRegistrations,
  TABLES.posts,
  TABLES.replies,
  TABLES.postReads,
]);

/** Rows owned by one member whose event is just "this row's status changed". */
const STATUS_EVENTS = {
  [TABLES.visitors]: (row: VisitorRow): EventInput => ({
    type: 'visitor.changed',
    data: {visitorId: row.id, status: row.status},
  }),
  [TABLES.helpRequests]: (row: HelpRequestRow): EventInput => ({
    type: 'request.changed',
    data: {requestId: row.id, status: row.status},
  }),
  [TABLES.deliveries]: (row: DeliveryRow): EventInput => ({
    type: 'delivery.changed',
    data: {deliveryId: row.id, status: row.status},
  }),
} as Record<string, (row: never) => EventInput>;

/**
 * Realtime events, derived from every committed change set: a booking row written means
 * `booking.changed` for its member and `availability.changed` for the whole space, a credit
 * bucket means `credits.changed`, and so on. Routes never emit events themselves, so no change
 * can be missed. Keeps a ring buffer of recent events for resume.
 */
export class RealtimeHub {
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #capacity: number;
  readonly #buffer: HubEvent[] = [];
  readonly #subscribers = new Set<{audience: Audience; listener: (event: HubEvent) => void}>();
  readonly #closers = new Set<() => void>();
  readonly #stop: () => void;

  constructor(db: Db, clock: Clock, options: RealtimeHubOptions = {}) {
    this.#db = db;
    this.#clock = clock;
    this.#capacity = options.capacity ?? 1000;
    this.#stop = db.onCommit((changeSet) => {
      // Realtime is a side channel: a fault here is logged, and never fails the write.
      try {
        this.#publish(this.#derive(changeSet));
      } catch (error) {
        devUtils.error('Failed to publish the events of commit %s: %s', changeSet.seq, error);
      }
    });
  }

  /** Events in the buffer, oldest first. */
  recent(): readonly HubEvent[] {
    return this.#buffer;
  }

  /**
   * Listens to the events `audience` may see. With `lastEventId`, the buffered events after
   * it are returned as `missed` (all buffered ones if it is older than the buffer).
   */
  subscribe(
    audience: Audience,
    listener: (event: HubEvent) => void,
    lastEventId?: string | null,
  ): {missed: HubEvent[]; unsubscribe: () => void} {
    const subscriber = {audience, listener};
    this.#subscribers.add(subscriber);
    const after = lastEventId ? Number(lastEventId) : NaN;
    const missed = Number.isFinite(after)
      ? this.#buffer.filter((event) => event.id > after && isFor(event, audience))
      : [];
    return {missed, unsubscribe: () => void this.#subscribers.delete(subscriber)};
  }

  /** Registers a callback run by {@link close} (open event streams end themselves with it). */
  onClose(closer: () => void): () => void {
    this.#closers.add(closer);
    return () => void this.#closers.delete(closer);
  }

  /**
   * A reset replaces the whole state without a commit, so nothing is derived from it: tell
   * every member whose credits it set that they changed (`credits.changed` with the new
   * total). Ids continue from the Db's `seq`, which a reset moves on.
   */
  announceReset(): void {
    const changes = this.#db
      .all(TABLES.creditBuckets)
      .map((row) => ({op: 'put', table: TABLES.creditBuckets, row}) as const);
    this.#publish(this.#derive({seq: this.#db.seq, changes}));
  }

  /** Stops deriving events and ends every open stream. */
  close(): void {
    this.#stop();
    for (const closer of [...this.#closers]) closer();
    this.#closers.clear();
    this.#subscribers.clear();
  }

  #publish(events: HubEvent[]): void {
    for (const event of events) {
      this.#buffer.push(event);
      if (this.#buffer.length > this.#capacity) this.#buffer.shift();
      for (const {audience, listener} of this.#subscribers)
        if (isFor(event, audience)) listener(event);
    }
  }

  #derive(changeSet: ChangeSet): HubEvent[] {
    // Most writes (a profile, a session, a mail) concern no event: skip the work below.
    if (!changeSet.changes.some((c) => c.op === 'put' && EVENT_TABLES.has(c.table))) return [];
    const now = this.#clock.now();
    const events: HubEvent[] = [];
    const push = (spaceId: string, memberId: string | null, event: EventInput) => {
      const space = this.#db.get<SpaceRow>(TABLES.spaces, spaceId);
      if (!space) return;
      const id = changeSet.seq * IDS_PER_COMMIT + events.length;
      const full = {
        ...event,
        id: String(id),
        at: formatInstant(now, space.timeZone),
      } as RealtimeEvent;
      events.push({id, spaceId, memberId, event: full});
    };
    const availability = new Map<string, {resourceIds: Set<string>; from: number; to: number}>();
    const creditMembers = new Set<string>();
    const changedEvents = new Map<string, string>(); // event id -> space id
    const changedPosts = new Map<string, {spaceId: string; memberId: string | null}>();
    for (const change of changeSet.changes) {
      if (change.op !== 'put') continue;
      const statusEvent = STATUS_EVENTS[change.table];
      if (statusEvent) {
        const row = change.row as VisitorRow | DeliveryRow | HelpRequestRow;
        push(row.spaceId, row.memberId, statusEvent(row as never));
      } else if (change.table === TABLES.bookings) {
        const booking = change.row as BookingRow;
        push(booking.spaceId, booking.memberId, {
          type: 'booking.changed',
          data: {bookingId: booking.id, status: booking.status},
        });
        const span = availability.get(booking.spaceId) ?? {
          resourceIds: new Set(),
          from: Infinity,
          to: -Infinity,
        };
        span.resourceIds.add(booking.resourceId);
        span.from = Math.min(span.from, booking.startMs);
        span.to = Math.max(span.to, booking.endMs);
        availability.set(booking.spaceId, span);
      } else if (change.table === TABLES.creditBuckets) {
        creditMembers.add(String(change.row['memberId']));
      } else if (change.table === TABLES.memberships) {
        const membership = change.row as MembershipRow;
        push(membership.spaceId, membership.memberId, {
          type: 'membership.changed',
          data: {membershipId: membership.id, status: membership.status},
        });
      } else if (change.table === TABLES.orders) {
        const order = change.row as OrderRow;
        push(order.spaceId, order.memberId, {
          type: 'order.changed',
          data: {orderId: order.id, status: order.status},
        });
      } else if (change.table === TABLES.invoices) {
        const invoice = change.row as InvoiceRow;
        const space = this.#db.get<SpaceRow>(TABLES.spaces, invoice.spaceId);
        if (!space) continue;
        push(invoice.spaceId, invoice.memberId, {
          type: 'invoice.changed',
          data: {invoiceId: invoice.id, status: invoiceStatus(invoice, today(space, now))},
        });
      } else if (change.table === TABLES.eventRegistrations) {
        const registration = change.row as RegistrationRow;
        // A visitor's registration (no member) is only everyone's news as seats, below.
        if (registration.memberId !== null)
          push(registration.spaceId, registration.memberId, {
            type: 'registration.changed',
            data: {
              registrationId: registration.id,
              eventId: registration.eventId,
              status: registration.status,
            },
          });
        changedEvents.set(registration.eventId, registration.spaceId);
      } else if (change.table === TABLES.posts || change.table === TABLES.replies) {
        // A post published, a reply written or hidden: everyone's news.
        const row = change.row as {id: string; spaceId: string; postId?: string};
        changedPosts.set(row.postId ?? row.id, {spaceId: row.spaceId, memberId: null});
      } else if (change.table === TABLES.postReads) {
        // Read in one tab: the member's other tabs and devices drop the unread mark.
        const read = change.row as PostReadRow;
        if (!changedPosts.has(read.postId))
          changedPosts.set(read.postId, {spaceId: read.spaceId, memberId: read.memberId});
      } else if (change.table === TABLES.notifications) {
        const notification = change.row as NotificationRow;
        // A put with `readAt` set is "mark read", not a new notification.
        if (notification.readAt === null) {
          push(notification.spaceId, notification.memberId, {
            type: 'notification.created',
            data: {notification: toNotification(notification)},
          });
        }
      }
    }
    for (const [spaceId, span] of availability) {
      const space = this.#db.get<SpaceRow>(TABLES.spaces, spaceId);
      if (!space) continue;
      const data = {
        resourceIds: [...span.resourceIds],
        from: formatInstant(span.from, space.timeZone),
        to: formatInstant(span.to, space.timeZone),
      };
      push(spaceId, null, {type: 'availability.changed', data});
    }
    // Seats and waitlists are everyone's news: each event once per commit.
    for (const [eventId, spaceId] of changedEvents)
      push(spaceId, null, {type: 'event.changed', data: {eventId}});
    for (const [postId, {spaceId, memberId}] of changedPosts)
      push(spaceId, memberId, {type: 'post.changed', data: {postId}});
    for (const memberId of creditMembers) {
      const member = this.#db.get<MemberRow>(TABLES.members, memberId);
      if (!member) continue;
      const space = this.#db.get<SpaceRow>(TABLES.spaces, member.spaceId);
      if (!space) continue;
      const total = creditTotal(this.#db, member, formatInstant(now, space.timeZone));
      push(member.spaceId, member.id, {type: 'credits.changed', data: {total}});
    }
    return events;
  }
}

function isFor(event: HubEvent, audience: Audience): boolean {
  return (
    event.spaceId === audience.spaceId &&
    (event.memberId === null || event.memberId === audience.memberId)
  );
}
