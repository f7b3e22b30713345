import {formatInstant} from '@portico/sdk/domain';
import type {CaseContext, Slot} from './context.js';

/** One black-box check of the API, run after a reset of the server's state. */
export interface ConformanceCase {
  readonly group: string;
  readonly name: string;
  run(context: CaseContext): Promise<void>;
}

/** Lists a group's cases by name. */
export function defineCases(
  group: string,
  cases: Record<string, (context: CaseContext) => Promise<void>>,
): ConformanceCase[] {
  return Object.entries(cases).map(([name, run]) => ({group, name, run}));
}

/** The body of `POST /bookings` for a slot. */
export function bookingBody(slot: Pick<Slot, 'resource' | 'start' | 'end'>): {
  resourceId: string;
  start: string;
  end: string;
} {
  return {resourceId: slot.resource.id, start: iso(slot.start), end: iso(slot.end)};
}

/** An instant (epoch ms) as the API writes it: ISO-8601 with an offset, here `+00:00`. */
export function iso(time: number): string {
  return formatInstant(time, 'UTC');
}
