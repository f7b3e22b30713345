import * as z from 'zod/mini';
import {Credits, Id, Instant, text} from '../../contract/primitives.js';
import {InvoiceStatus} from '../billing/schemas.js';
import {BookingStatus} from '../bookings/schemas.js';
import {MembershipStatus} from '../membership/schemas.js';
import {OrderStatus} from '../shop/schemas.js';
import {Notification} from '../notifications/schemas.js';
import {RequestStatus} from '../helpdesk/schemas.js';
import {DeliveryStatus} from '../deliveries/schemas.js';
import {VisitorStatus} from '../visitors/schemas.js';
import {RegistrationStatus} from '../events/schemas.js';

const event = <T extends string, D extends z.ZodMiniType>(type: T, data: D) =>
  z.object({id: text(64), type: z.literal(type), at: Instant, data});

/**
 * What `GET /stream` pushes. Each event only says *what* changed; clients refetch
 * through their store, so an event never carries data the member may not see.
 */
export const RealtimeEvent = z.discriminatedUnion('type', [
  event('availability.changed', z.object({resourceIds: z.array(Id), from: Instant, to: Instant})),
  event('booking.changed', z.object({bookingId: Id, status: BookingStatus})),
  event('credits.changed', z.object({total: Credits})),
  event('membership.changed', z.object({membershipId: Id, status: MembershipStatus})),
  event('order.changed', z.object({orderId: Id, status: OrderStatus})),
  event('invoice.changed', z.object({invoiceId: Id, status: InvoiceStatus})),
  event('request.changed', z.object({requestId: Id, status: RequestStatus})),
  event('visitor.changed', z.object({visitorId: Id, status: VisitorStatus})),
  event('delivery.changed', z.object({deliveryId: Id, status: DeliveryStatus})),
  // A community event's seats or waitlist changed (everyone), and one member's registration.
  event('event.changed', z.object({eventId: Id})),
  event(
    'registration.changed',
    z.object({registrationId: Id, eventId: Id, status: RegistrationStatus}),
  ),
  // A post was published or its replies changed (everyone), or one member read it.
  event('post.changed', z.object({postId: Id})),
  event('notification.created', z.object({notification: Notification})),
]);
export type RealtimeEvent = z.infer<typeof RealtimeEvent>;
export type RealtimeEventType = RealtimeEvent['type'];
