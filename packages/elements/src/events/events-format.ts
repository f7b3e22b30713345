import type {Event as CommunityEvent, Registration} from '@portico/sdk';
import {formatMoney} from '@portico/sdk/domain';
import {msg} from '../i18n/index.js';

/** `Free`, `3 credits` or `€15.00`: an event's price per seat. */
export function priceText(locale: string, event: Pick<CommunityEvent, 'price'>): string {
  const {price} = event;
  if (price.kind === 'free') return msg(locale, 'events.free');
  if (price.kind === 'credits') return msg(locale, 'events.credits', {count: price.credits});
  return formatMoney(price.money, locale);
}

/** `2 seats left`, `Full: waitlist open` or `Open to all`. */
export function seatsText(locale: string, event: CommunityEvent): string {
  if (event.seatsLeft === null) return msg(locale, 'events.unlimited');
  if (event.seatsLeft === 0 || event.waitlistLength > 0) return msg(locale, 'events.full');
  return msg(locale, 'events.seatsLeft', {count: event.seatsLeft});
}

/** The badge class of each registration status (ui.styles.ts). */
export const STATUS_BADGE: Record<Registration['status'], string> = {
  registered: 'badge--success',
  waitlisted: 'badge--warning',
  offered: 'badge--info',
  cancelled: 'badge--neutral',
  expired: 'badge--neutral',
};

export function statusText(locale: string, registration: Registration): string {
  if (registration.status === 'waitlisted')
    return msg(locale, 'events.status.waitlisted', {position: registration.waitlistPosition ?? 0});
  return msg(locale, `events.status.${registration.status}`);
}

/** Whether the member still holds (or waits for) a place: what "my events" shows a badge for. */
export const isActive = (registration: Registration | null): registration is Registration =>
  registration !== null && ['registered', 'waitlisted', 'offered'].includes(registration.status);

/** A month and day for the date tile, in the space's zone: `{month: 'Dec', day: '7'}`. */
export function dateTile(locale: string, instant: string, timeZone: string | undefined) {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, {...options, timeZone}).format(new Date(instant));
  return {month: part({month: 'short'}), day: part({day: 'numeric'})};
}
