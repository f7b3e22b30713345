// What each place on a floor is for the chosen time: free, partly free, busy, the member's,
// closed, or not available to them; in reading order, with its free window. Pure.
import type {Booking, Floor, Resource} from '@portico/sdk';
import type {ResourceTimes} from '../booking-calendar/calendar-grid.js';
import {markerRadius, roomLabelBox, type LabelBox} from './room-label.js';

export const PLACE_STATES = ['free', 'partial', 'busy', 'mine', 'closed', 'unavailable'] as const;
export type PlaceState = (typeof PLACE_STATES)[number];

/** A time span in epoch ms, `[start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Place {
  readonly resource: Resource;
  /** Where its marker or label sits, in the drawing's units. */
  readonly x: number;
  readonly y: number;
  /** A room's outline as SVG `points`, in the drawing's units; null for a point. */
  readonly outline: string | null;
  /** Where a room shows its name, inside its outline; null for a point or a room too small. */
  readonly label: LabelBox | null;
  readonly state: PlaceState;
  /** The longest bookable time within the span (free, partly free), else null. */
  readonly window: Span | null;
}

export interface PlacesInput {
  readonly floor: Floor;
  readonly resources: readonly Resource[];
  /** Availability by resource id; a resource without an entry is not available to the member. */
  readonly availability: ReadonlyMap<string, ResourceTimes>;
  /** The member's bookings (any status; cancelled ones are ignored). */
  readonly mine: readonly Booking[];
  /** Resources the member's plan does not include (the server's plan access); empty signed out. */
  readonly excluded: ReadonlySet<string>;
  readonly day: string;
  readonly span: Span;
}

/** Places whose marker centres are this close (percent of the height) share a reading row. */
const ROW_BAND = 4;

/** The places of `input.floor`, top to bottom then left to right (the order arrow keys follow). */
export function placesOf(input: PlacesInput): Place[] {
  const {floor} = input;
  const sx = floor.width / 100;
  const sy = floor.height / 100;
  const placed = input.resources.filter((r) => r.position?.floor === floor.id);
  // A room reads from its top left corner, a desk from its point.
  const corner = (r: Resource): [number, number] => {
    const {x, y, outline} = r.position!;
    if (!outline) return [x, y];
    return [Math.min(...outline.map((p) => p[0])), Math.min(...outline.map((p) => p[1]))];
  };
  placed.sort((a, b) => {
    const [ax, ay] = corner(a);
    const [bx, by] = corner(b);
    return Math.round(ay / ROW_BAND) - Math.round(by / ROW_BAND) || ax - bx;
  });
  const r = markerRadius(floor);
  return placed.map((resource) => {
    const position = resource.position!;
    const x = position.x * sx;
    const y = position.y * sy;
    const outline = position.outline?.map(([px, py]) => [px * sx, py * sy] as const) ?? null;
    return {
      resource,
      x,
      y,
      outline: outline?.map(([px, py]) => `${px},${py}`).join(' ') ?? null,
      label: outline ? roomLabelBox(outline, x, y, r) : null,
      ...stateOf(resource, input),
    };
  });
}

function stateOf(resource: Resource, input: PlacesInput): Pick<Place, 'state' | 'window'> {
  const {span} = input;
  const times = input.availability.get(resource.id);
  const mine = input.mine.find(
    (b) =>
      b.resourceId === resource.id &&
      b.status !== 'cancelled' &&
      Date.parse(b.start) < span.end &&
      Date.parse(b.end) > span.start,
  );
  if (mine) {
    return {state: 'mine', window: {start: Date.parse(mine.start), end: Date.parse(mine.end)}};
  }
  if (input.excluded.has(resource.id)) return {state: 'unavailable', window: null};
  if (!times) return {state: 'closed', window: null};
  let window: Span | null = null;
  let freeMs = 0;
  for (const free of times.free) {
    const start = Math.max(Date.parse(free.start), span.start);
    const end = Math.min(Date.parse(free.end), span.end);
    if (end <= start) continue;
    freeMs += end - start;
    if (!window || end - start > window.end - window.start) window = {start, end};
  }
  if (window) return {state: freeMs >= span.end - span.start ? 'free' : 'partial', window};
  // Booked when someone holds part of the span; otherwise it cannot be booked then at all
  // (closed, past, too soon or too far ahead): closed.
  const booked = times.busy.some(
    (b) => Date.parse(b.start) < span.end && Date.parse(b.end) > span.start,
  );
  return {state: booked ? 'busy' : 'closed', window: null};
}

/** The index of the place after (`+1`) or before (`-1`) `index`, for arrow keys; stays in range. */
export function stepPlace(count: number, index: number, step: number): number {
  return Math.min(count - 1, Math.max(0, index + step));
}
