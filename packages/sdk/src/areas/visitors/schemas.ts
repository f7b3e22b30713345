import * as z from 'zod/mini';
import {CalendarDay, Email, Id, Instant, Name, WallTime, text} from '../../contract/primitives.js';

/** The longest note a host leaves for the front desk. */
export const MAX_VISITOR_NOTE_LENGTH = 500;

/**
 * `expected` until the front desk marks the visitor `arrived`; a host may cancel before that.
 * An expected visitor whose day has passed is listed with the past ones (a no-show).
 */
export const VisitorStatus = z.enum(['expected', 'arrived', 'cancelled']);
export type VisitorStatus = z.infer<typeof VisitorStatus>;

/** A guest a member registered, visible only to that member (the host) and the space. */
export const Visitor = z.object({
  id: Id,
  name: Name,
  email: z.nullable(Email),
  company: z.nullable(Name),
  /** The day of the visit, in the space's time zone. */
  day: CalendarDay,
  /** When the visitor is expected that day, `HH:MM`. */
  time: WallTime,
  /** What the front desk should know (a badge, parking, accessibility). */
  note: z.nullable(text(MAX_VISITOR_NOTE_LENGTH)),
  status: VisitorStatus,
  arrivedAt: z.nullable(Instant),
  createdAt: Instant,
});
export type Visitor = z.infer<typeof Visitor>;

const required = Name.check(z.minLength(1));

/** What a host tells the space about a visitor. */
export const VisitorInput = z.object({
  name: required,
  email: z.optional(z.nullable(Email)),
  company: z.optional(z.nullable(Name)),
  day: CalendarDay,
  time: WallTime,
  note: z.optional(z.nullable(text(MAX_VISITOR_NOTE_LENGTH))),
});
export type VisitorInput = z.infer<typeof VisitorInput>;

/** A change to an expected visitor: only the fields sent change. */
export const VisitorPatch = z.partial(VisitorInput);
export type VisitorPatch = z.infer<typeof VisitorPatch>;

/** The space's rules for this member: how many visitors a day, and whether their plan allows any. */
export const VisitorRules = z.object({
  perDay: z.int().check(z.minimum(0), z.maximum(100)),
  /** False when the member's plan (or lack of one) does not include visitors. */
  allowed: z.boolean(),
});
export type VisitorRules = z.infer<typeof VisitorRules>;

/** `GET /me/visitors`: upcoming visits soonest first, past ones (12 months) newest first. */
export const Visitors = z.object({
  upcoming: z.array(Visitor),
  past: z.array(Visitor),
  rules: VisitorRules,
});
export type Visitors = z.infer<typeof Visitors>;
