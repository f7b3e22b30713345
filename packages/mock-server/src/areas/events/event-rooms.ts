import type {Interval} from '@portico/sdk/contract';
import {eventRoomBusy} from '@portico/sdk/domain';
import type {Reader} from '../../state/lookups.js';
import type {EventRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';

/**
 * The times events hold `resourceId` between `from` and `to` (epoch ms), by the domain's rule
 * (`eventRoomBusy`): what availability shows busy and what a booking cannot take.
 */
export function eventRoomTimes(
  reader: Reader,
  spaceId: string,
  resourceId: string,
  from: number,
  to: number,
): Interval[] {
  const near = reader
    .all<EventRow>(TABLES.events)
    .filter((e) => e.spaceId === spaceId && e.endMs > from && e.startMs < to)
    .map((e) => ({
      resourceId: e.place.resourceId,
      start: e.start,
      end: e.end,
      cancelled: e.cancelled,
    }));
  return eventRoomBusy(near, resourceId);
}
