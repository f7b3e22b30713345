import {MINUTE_MS, openIntervalsOn, resourceHours, wallTimeOf} from '@portico/sdk/domain';
import type {MemberRow, ResourceRow} from '../state/rows.js';
import {TABLES} from '../state/rows.js';
import type {SpaceSeed} from './builder.js';

/**
 * Fills the next eight days: back-to-back one-hour bookings (or the resource's minimum) by
 * other members, every fifth left free, so a calendar shows "almost full".
 */
export function fillBusy(s: SpaceSeed): void {
  const members = s.b
    .rows<MemberRow>(TABLES.members)
    .filter(
      (m) =>
        m.spaceId === s.space.id &&
        !['mem_ada', 'mem_ben', 'mem_chloe', 'mem_dan', 'mem_eve'].includes(m.id),
    );
  const resources = s.b
    .rows<ResourceRow>(TABLES.resources)
    .filter((r) => r.spaceId === s.space.id && !r.rules.requiresApproval);
  let k = 0;
  for (let day = 0; day <= 7; day++) {
    for (const resource of resources) {
      const {slotMinutes, minMinutes, bufferMinutes} = resource.rules;
      const length = Math.max(60, minMinutes);
      // Steps stay on the slot grid even when a buffer has to fit between bookings.
      const step = Math.ceil((length + bufferMinutes) / slotMinutes) * slotMinutes;
      const hours = resourceHours(resource, s.space);
      for (const open of openIntervalsOn(s.day(day), hours, s.space.timeZone, s.space.closures)) {
        for (
          let start = open.start;
          start + length * MINUTE_MS <= open.end;
          start += step * MINUTE_MS
        ) {
          const end = start + length * MINUTE_MS;
          if (k++ % 5 === 4 || !s.isFree(resource, start, end)) continue;
          const member = members[k % members.length] as MemberRow;
          s.booking({
            member,
            resource,
            day,
            start: wall(s, start),
            end: wall(s, end),
            charge: false,
          });
        }
      }
    }
  }
}

const wall = (s: SpaceSeed, ms: number) => wallTimeOf(ms, s.space.timeZone).slice(0, 5);
