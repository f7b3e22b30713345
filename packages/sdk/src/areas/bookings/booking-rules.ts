import {MINUTE_MS} from '../../domain/calendar-math.js';
import {addDays} from '../../domain/zoned-time.js';
import type {BookingRules as ResourceRules} from '../resources/schemas.js';

/** How a resource may be booked (the contract's rules, but approval: the domain does not need it). */
export type BookingRules = Omit<ResourceRules, 'requiresApproval'>;

/**
 * The earliest instant a booking may start: `minimumNoticeMinutes` after now.
 * Slots and booking validation share it, so a slot on screen is always bookable.
 */
export function earliestBookableStart(now: number, rules: BookingRules): number {
  return now + rules.minimumNoticeMinutes * MINUTE_MS;
}

/** The last calendar day a booking may start on, counted from today in the space. */
export function lastBookableDay(today: string, rules: BookingRules): string {
  return addDays(today, rules.advanceDays);
}

/** @throws {RangeError} when the rules cannot describe a grid (a programming error). */
export function assertBookingRules(rules: BookingRules): void {
  const {slotMinutes, minMinutes, maxMinutes, bufferMinutes, advanceDays, minimumNoticeMinutes} =
    rules;
  const wholes = [minMinutes, maxMinutes, bufferMinutes, advanceDays, minimumNoticeMinutes];
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0 || !wholes.every(isWholeNumber)) {
    throw new RangeError('Failed to apply booking rules: durations must be whole minutes.');
  }
}

function isWholeNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}
