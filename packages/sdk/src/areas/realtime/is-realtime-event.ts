import type {RealtimeEvent, RealtimeEventType} from './schemas.js';
import {isInstant, isRecord, isString} from '../../utils/shape.js';

type Check = (value: unknown) => boolean;
const isStringList: Check = (value) => Array.isArray(value) && value.every(isString);
const isInteger: Check = (value) => Number.isInteger(value);

/** Each event type with the fields its `data` carries and their kinds (see `RealtimeEvent`). */
const EVENT_DATA: Readonly<Record<RealtimeEventType, Readonly<Record<string, Check>>>> = {
  'availability.changed': {resourceIds: isStringList, from: isInstant, to: isInstant},
  'booking.changed': {bookingId: isString, status: isString},
  'credits.changed': {total: isInteger},
  'membership.changed': {membershipId: isString, status: isString},
  'order.changed': {orderId: isString, status: isString},
  'invoice.changed': {invoiceId: isString, status: isString},
  'request.changed': {requestId: isString, status: isString},
  'visitor.changed': {visitorId: isString, status: isString},
  'delivery.changed': {deliveryId: isString, status: isString},
  'event.changed': {eventId: isString},
  'registration.changed': {registrationId: isString, eventId: isString, status: isString},
  'post.changed': {postId: isString},
  'notification.created': {notification: isRecord},
};

/**
 * Whether a pushed message is an event this SDK understands. An unknown type (a newer
 * server) or a malformed one is dropped, never guessed at. The exact shapes are the
 * contract's (`RealtimeEvent`); checking kinds here keeps zod out of the stream reader.
 */
export function isRealtimeEvent(value: unknown): value is RealtimeEvent {
  if (!isRecord(value) || !isString(value.id) || !isInstant(value.at)) return false;
  const type = String(value.type);
  if (!Object.hasOwn(EVENT_DATA, type)) return false;
  const data = value.data;
  const fields = EVENT_DATA[type as RealtimeEventType];
  return isRecord(data) && Object.entries(fields).every(([field, check]) => check(data[field]));
}
