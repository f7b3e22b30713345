import type {BookingCost, BookingRequest, Interval, Money} from '@portico/sdk/contract';
import {
  addMoney,
  bookingCredits,
  bookingPrice,
  durationMinutes,
  expandRecurrence,
  formatInstant,
  MINUTE_MS,
  overlapsBusy,
  parseInstant,
  resourceHours,
  validateBookingWindow,
} from '@portico/sdk/domain';
import {invalidField, problem} from '../../problem.js';
import type {Reader} from '../../state/lookups.js';
import {resourceOf} from '../../state/lookups.js';
import type {BookingRow, MemberRow, ResourceRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {requestInstant} from '../shared/input.js';
import {eventRoomTimes} from '../events/event-rooms.js';
import {requirePlanIncludes} from '../membership/plan-access.js';

export interface Occurrence extends Interval {
  readonly cost: BookingCost;
}

export interface BookingPlan {
  readonly resource: ResourceRow;
  readonly occurrences: readonly Occurrence[];
  readonly cost: BookingCost;
}

/**
 * Checks a booking request against every rule (the member's plan, recurrence, hours, grid,
 * duration, notice, advance limit, other bookings with their buffer) and prices it. All or nothing: the first
 * occurrence that fails fails the request, and the problem names it. Reads only.
 */
export function planBooking(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  body: BookingRequest,
  now: number,
): BookingPlan {
  const resource = resourceOf(reader, space.id, body.resourceId);
  if (!resource) throw invalidField('body.resourceId', `Unknown resource ${body.resourceId}`);
  requirePlanIncludes(reader, space, member, resource, now);
  const {timeZone} = space;
  const start = formatInstant(requestInstant(body.start, 'body.start'), timeZone);
  const end = formatInstant(requestInstant(body.end, 'body.end'), timeZone);
  let intervals: Interval[] = [{start, end}];
  if (body.recurrence) {
    const expansion = expandRecurrence({start, end, recurrence: body.recurrence, timeZone});
    if (!expansion.ok) throw problem(expansion.code, expansion.detail);
    intervals = expansion.occurrences;
  }
  // Only bookings near the requested times can clash (the domain re-parses every one it gets).
  const bufferMs = resource.rules.bufferMinutes * MINUTE_MS;
  const from = Math.min(...intervals.map((o) => parseInstant(o.start))) - bufferMs;
  const to = Math.max(...intervals.map((o) => parseInstant(o.end))) + bufferMs;
  const busy = reader
    .all<BookingRow>(TABLES.bookings)
    .filter(
      (b) =>
        b.resourceId === resource.id &&
        b.status !== 'cancelled' &&
        b.startMs < to &&
        b.endMs > from,
    )
    .map((b) => ({start: b.start, end: b.end}));
  busy.push(...eventRoomTimes(reader, space.id, resource.id, from, to));
  const nowIso = formatInstant(now, timeZone);
  const hours = resourceHours(resource, space);
  const label = (i: number, o: Interval) =>
    intervals.length > 1 ? `Occurrence ${i + 1} of ${intervals.length} (${o.start}): ` : '';
  const occurrences = intervals.map((o, i): Occurrence => {
    const issue = validateBookingWindow({
      ...o,
      hours,
      closures: space.closures,
      timeZone,
      rules: resource.rules,
      now: nowIso,
    });
    if (issue) throw problem(issue.code, label(i, o) + issue.detail);
    if (overlapsBusy(o.start, o.end, busy, resource.rules.bufferMinutes)) {
      const buffer = resource.rules.bufferMinutes;
      const detail =
        buffer > 0
          ? `${resource.name} is taken then (bookings keep ${buffer} minutes apart).`
          : `${resource.name} is taken then.`;
      throw problem('slot_unavailable', label(i, o) + detail);
    }
    // The occurrences themselves are busy time for the ones after them.
    busy.push(o);
    return {...o, cost: costOf(resource, durationMinutes(o))};
  });
  const cost = occurrences.reduce<BookingCost>(
    (sum, o) => ({
      credits: sum.credits + o.cost.credits,
      money:
        sum.money && o.cost.money ? addMoney(sum.money, o.cost.money) : (sum.money ?? o.cost.money),
    }),
    {credits: 0, money: null},
  );
  return {resource, occurrences, cost};
}

/** Credits when the resource has a credit rate; money only for resources paid with money. */
function costOf(resource: ResourceRow, minutes: number): BookingCost {
  if (resource.creditsPerHour !== null)
    return {credits: bookingCredits(resource.creditsPerHour, minutes), money: null};
  const money: Money | null = resource.pricePerHour
    ? bookingPrice(resource.pricePerHour, minutes)
    : null;
  return {credits: 0, money};
}
