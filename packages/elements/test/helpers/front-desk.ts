// The front desk's side (dev routes), which visitors and deliveries tests and stories play.
import type {Delivery, Visitor} from '@portico/sdk';
import {devPost as dev, SPACE} from './client.js';

export const VISITORS = `*/v1/spaces/${SPACE}/me/visitors`;
export const DELIVERIES = `*/v1/spaces/${SPACE}/me/deliveries`;

/** The front desk posts a parcel for `member`. */
export const postParcel = (member: string, carrier = 'FedEx', location = 'Front desk, shelf A') =>
  dev<Delivery>('deliveries', {member, carrier, sender: 'Babbage & Co', size: 'medium', location});

/** The front desk hands a parcel over. */
export const handOver = (deliveryId: string) => dev<Delivery>(`deliveries/${deliveryId}/collect`);

/** The front desk greets a visitor. */
export const visitorArrives = (visitorId: string) => dev<Visitor>(`visitors/${visitorId}/arrive`);

export const HELP_REQUESTS = `*/v1/spaces/${SPACE}/me/help/requests`;
export const GUIDES = `*/v1/spaces/${SPACE}/help/guides`;

/** The space answers a request (it then waits for the member). */
export const spaceAnswers = (requestId: string, body: string) =>
  dev<unknown>(`help/requests/${requestId}/answer`, {body});

/** A 1×1 PNG file, as a member's photo picker gives it. */
export function pngFile(name = 'desk.png'): File {
  const base64 =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new File([bytes], name, {type: 'image/png'});
}
