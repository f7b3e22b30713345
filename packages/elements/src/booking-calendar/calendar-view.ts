// Which resources and days a view shows, which window of availability it needs, and the
// list view's free slots. Pure.
import type {Interval, Resource, ResourceType} from '@portico/sdk';
import {
  addDays,
  formatInstant,
  slotsWithin,
  weekdayOf,
  WEEKDAYS,
  zonedDateTimeToInstant,
} from '@portico/sdk/domain';
import type {ResourceTimes} from './calendar-grid.js';

export type CalendarView = 'day' | 'week' | 'list';

/** What the member filters the resources by. */
export interface ResourceFilter {
  readonly type?: ResourceType | '' | undefined;
  /** Only these resources (the `resource-ids` attribute); empty for all. */
  readonly ids?: readonly string[] | undefined;
  /** At least this many seats. */
  readonly capacity?: number | undefined;
  /** Has this amenity. */
  readonly amenity?: string | undefined;
}

export function filterResources(
  resources: readonly Resource[],
  filter: ResourceFilter,
): Resource[] {
  return resources.filter(
    (r) =>
      (!filter.type || r.type === filter.type) &&
      (!filter.ids?.length || filter.ids.includes(r.id)) &&
      (!filter.capacity || r.capacity >= filter.capacity) &&
      (!filter.amenity || r.amenities.includes(filter.amenity)),
  );
}

/** Every amenity of the resources, sorted, for the amenity filter. */
export function amenitiesOf(resources: readonly Resource[]): string[] {
  return [...new Set(resources.flatMap((r) => r.amenities))].sort();
}

/** The Monday-to-Sunday week holding `day`. */
export function weekOf(day: string): string[] {
  const monday = addDays(day, -WEEKDAYS.indexOf(weekdayOf(day)));
  return Array.from({length: 7}, (_, i) => addDays(monday, i));
}

/** The days a view shows: one, or the week. */
export function daysOf(view: CalendarView, day: string): string[] {
  return view === 'week' ? weekOf(day) : [day];
}

/**
 * The grid's columns: each resource on the day (day view), the first resource on each day
 * of the week (week view), or every resource on every day (compact week).
 */
export function columnsOf(
  view: CalendarView,
  day: string,
  resources: readonly Resource[],
  compact: boolean,
): {resource: Resource; day: string}[] {
  if (view !== 'week') return resources.map((resource) => ({resource, day}));
  const days = weekOf(day);
  if (!compact) {
    const first = resources[0];
    return first ? days.map((d) => ({resource: first, day: d})) : [];
  }
  return days.flatMap((d) => resources.map((resource) => ({resource, day: d})));
}

/** The instants `[from, to)` of the days a view shows, for `availabilityQuery`. */
export function windowOf(
  view: CalendarView,
  day: string,
  timeZone: string,
): {from: string; to: string} {
  const days = daysOf(view, day);
  const first = days[0] as string;
  const last = days.at(-1) as string;
  return {
    from: formatInstant(zonedDateTimeToInstant(first, '00:00', timeZone), timeZone),
    to: formatInstant(zonedDateTimeToInstant(last, '24:00', timeZone), timeZone),
  };
}

/** The list view: each resource's bookable slots of the day, resources without any left out. */
export function listSlots(
  resources: readonly Resource[],
  availability: ReadonlyMap<string, ResourceTimes>,
  timeZone: string,
): {resource: Resource; slots: Interval[]}[] {
  return resources
    .map((resource) => ({
      resource,
      slots: slotsWithin(
        availability.get(resource.id)?.free ?? [],
        resource.rules.slotMinutes,
        timeZone,
      ),
    }))
    .filter((entry) => entry.slots.length > 0);
}

/** `8` → `08:00`; `08:30` stays; empty → undefined (the opening hours decide). */
export function hourText(value: string): string | undefined {
  if (!value) return undefined;
  if (/^\d{1,2}$/.test(value)) return `${value.padStart(2, '0')}:00`;
  return /^\d{2}:\d{2}$/.test(value) ? value : undefined;
}
