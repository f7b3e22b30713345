// The bench's space: 50 resources open 08:00–20:00 every day, each busy an hour a day; a
// compact week of them is 24 rows × 350 columns (8,400 cells).
import type {Availability, Resource, Space} from '@portico/sdk';
import {formatInstant, zonedDateTimeToInstant} from '@portico/sdk/domain';
import {weekOf, windowOf} from '../src/booking-calendar/calendar-view.js';

export const TZ = 'Europe/Paris';
export const DAY = '2030-03-06';
export const RESOURCES = 50;
const hours = [{open: '08:00', close: '20:00'}];

export const space: Space = {
  id: 'sp_bench',
  slug: 'bench',
  name: 'Bench',
  timeZone: TZ,
  currency: 'EUR',
  locales: ['en'],
  defaultLocale: 'en',
  address: '',
  openingHours: {
    mon: hours,
    tue: hours,
    wed: hours,
    thu: hours,
    fri: hours,
    sat: hours,
    sun: hours,
  },
  closures: [],
  terms: {version: '1', url: 'https://example.com/terms'},
  cancellationPolicy: {freeUntilHoursBefore: 24, lateRefundPercent: 50},
  branding: {primaryColor: '#2f6f4e', logoUrl: null},
};

/** A resource of the benches: bookable whenever the space is open, no approval, no buffer. */
export function benchResource(
  resource: Pick<Resource, 'id' | 'name' | 'type' | 'capacity' | 'creditsPerHour' | 'position'>,
  slotMinutes: number,
  maxMinutes: number,
): Resource {
  return {
    description: '',
    amenities: [],
    photoUrl: null,
    openingHours: null,
    pricePerHour: null,
    ...resource,
    rules: {
      slotMinutes,
      minMinutes: slotMinutes,
      maxMinutes,
      bufferMinutes: 0,
      advanceDays: 3650,
      minimumNoticeMinutes: 0,
      requiresApproval: false,
    },
  };
}

/** What the resources of one bench share: their ids and names are numbered (`r0`, `Room 1`…). */
type BenchKind = Pick<Resource, 'type' | 'capacity' | 'creditsPerHour'> & {
  readonly prefix: string;
  readonly name: string;
};

/** `count` resources of one kind, booked by `slotMinutes` up to `maxMinutes`, placed by `at`. */
export function benchResources(
  count: number,
  {prefix, name, ...kind}: BenchKind,
  [slotMinutes, maxMinutes]: readonly [number, number],
  at: (i: number) => Resource['position'] = () => null,
): Resource[] {
  return Array.from({length: count}, (_, i) =>
    benchResource(
      {id: `${prefix}${i}`, name: `${name} ${i + 1}`, ...kind, position: at(i)},
      slotMinutes,
      maxMinutes,
    ),
  );
}

export const resources = benchResources(
  RESOURCES,
  {prefix: 'r', name: 'Room', type: 'meeting_room', capacity: 4, creditsPerHour: 2},
  [30, 240],
);

const at = (day: string, time: string) => formatInstant(zonedDateTimeToInstant(day, time, TZ), TZ);
export const {from, to} = windowOf('week', DAY, TZ);

/** Each resource is busy for an hour a day (a different hour per resource), free otherwise. */
export function availabilityWith(
  extra: {resource: number; day: string; start: string; end: string}[],
) {
  return {
    from,
    to,
    resources: resources.map((r, i) => {
      const busy = weekOf(DAY).map((day) => {
        const h = 8 + (i % 11);
        return {
          start: at(day, `${String(h).padStart(2, '0')}:00`),
          end: at(day, `${String(h + 1).padStart(2, '0')}:00`),
        };
      });
      for (const e of extra)
        if (e.resource === i) busy.push({start: at(e.day, e.start), end: at(e.day, e.end)});
      busy.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      const free: {start: string; end: string}[] = [];
      for (const day of weekOf(DAY)) {
        let cursor = at(day, '08:00');
        for (const b of busy.filter((x) => x.start.startsWith(day))) {
          if (Date.parse(b.start) > Date.parse(cursor)) free.push({start: cursor, end: b.start});
          cursor = b.end;
        }
        if (Date.parse(cursor) < Date.parse(at(day, '20:00')))
          free.push({start: cursor, end: at(day, '20:00')});
      }
      return {resourceId: r.id, free, busy};
    }),
  } satisfies Availability;
}

/** The cold start's data (bench/calendar-mount.ts), as a page would have it in its store. */
export const benchData = () => ({
  day: DAY,
  space,
  resources,
  availability: availabilityWith([]),
  from,
  to,
});
