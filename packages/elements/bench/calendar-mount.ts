// The calendar both calendar benches render: the compact week of the bench's space, readonly,
// at a pinned instant, reading through `client` (its data in the store, or a fake API).
import type {Availability, PorticoCore, Resource, Space} from '@portico/sdk';
import type {PorticoBookingCalendar} from '../src/booking-calendar/booking-calendar.js';
import '../src/booking-calendar/booking-calendar.js';

/** What the cold start puts in the store (bench/fixtures.ts's, computed by bench/run.mjs). */
export interface BenchData {
  /** The day whose week is shown. */
  readonly day: string;
  readonly space: Space;
  readonly resources: Resource[];
  readonly availability: Availability;
  readonly from: string;
  readonly to: string;
}

/** A `<portico-booking-calendar>` showing the compact week of `day`, not yet added. */
export function calendarFor(client: PorticoCore, day: string): PorticoBookingCalendar {
  const el = document.createElement('portico-booking-calendar');
  el.client = client;
  el.view = 'week';
  el.compact = true;
  el.readonly = true;
  el.date = day;
  el.now = '2030-01-01T00:00:00Z';
  return el;
}
