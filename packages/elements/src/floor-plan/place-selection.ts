// What the booking panel books for a chosen place: its longest free time within the span (or
// the whole span, with the reason it cannot be booked), trimmed to the longest booking and
// checked by the rules the server applies. Pure.
import type {Space} from '@portico/sdk';
import {formatInstant, MINUTE_MS, validateBookingWindow} from '@portico/sdk/domain';
import {hoursOf} from '../booking-calendar/calendar-grid.js';
import type {ResolvedSelection} from '../booking-calendar/calendar-selection.js';
import type {Place, Span} from './floor-places.js';

export function placeSelection(
  place: Place,
  space: Space,
  span: Span,
  now: string,
): ResolvedSelection {
  const {resource} = place;
  const bookable = place.state === 'free' || place.state === 'partial';
  const time = bookable && place.window ? place.window : span;
  const end = Math.min(time.end, time.start + resource.rules.maxMinutes * MINUTE_MS);
  const start = formatInstant(time.start, space.timeZone);
  const endIso = formatInstant(end, space.timeZone);
  const rule = validateBookingWindow({
    start,
    end: endIso,
    hours: hoursOf(resource, space),
    closures: space.closures,
    timeZone: space.timeZone,
    rules: resource.rules,
    now,
  });
  const blocked = place.state === 'unavailable' ? 'not_in_plan' : 'busy';
  return {
    resource,
    start,
    end: endIso,
    minutes: (end - time.start) / MINUTE_MS,
    firstRow: 0,
    lastRow: 0,
    column: 0,
    issue: bookable ? (rule?.code ?? null) : blocked,
    adjusted: end < time.end ? 'max' : null,
  };
}
