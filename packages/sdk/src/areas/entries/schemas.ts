import * as z from 'zod/mini';
import {CalendarDay, Instant} from '../../contract/primitives.js';

export const CheckIn = z.object({day: CalendarDay, at: Instant});
export type CheckIn = z.infer<typeof CheckIn>;

/** Daily entries of an entries-based membership. */
export const Entries = z.object({
  total: z.int(),
  used: z.int(),
  remaining: z.int(),
  validFrom: z.nullable(CalendarDay),
  validUntil: z.nullable(CalendarDay),
  checkedInToday: z.boolean(),
  history: z.array(CheckIn),
});
export type Entries = z.infer<typeof Entries>;

export const CheckInResult = z.object({
  checkIn: CheckIn,
  remaining: z.int(),
  alreadyCheckedIn: z.boolean(),
});
export type CheckInResult = z.infer<typeof CheckInResult>;
