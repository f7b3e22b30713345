import type {MembershipStatus} from '@portico/sdk/contract';
import {availableCredits, calendarDayOf, formatInstant} from '@portico/sdk/domain';
import {problem} from '../problem.js';
import type {Db, Row} from './db.js';
import type {
  CreditBucketRow,
  MemberRow,
  MembershipRow,
  PlanRow,
  ResourceRow,
  SpaceRow,
  TableName,
} from './rows.js';
import {TABLES} from './rows.js';

/** A Db or a Transaction: anything that reads rows. */
export type Reader = Pick<Db, 'get' | 'all'>;

// `memberId` null: a row of nobody's account (a visitor's), which no member's lookup finds.
type Owned = Row & {spaceId: string; memberId: string | null};

export function spaceBySlug(reader: Reader, slug: string): SpaceRow | undefined {
  return reader.all<SpaceRow>(TABLES.spaces).find((space) => space.slug === slug);
}

/** Rows of one table that belong to one space. */
export function inSpace<T extends Row & {spaceId: string}>(
  reader: Reader,
  table: TableName,
  spaceId: string,
): T[] {
  return reader.all<T>(table).filter((row) => row.spaceId === spaceId);
}

/** Rows of one table that belong to one space, in the space's own order (`sort`). */
export function sortedInSpace<T extends Row & {spaceId: string; sort: number}>(
  reader: Reader,
  table: TableName,
  spaceId: string,
): T[] {
  return inSpace<T>(reader, table, spaceId).sort((a, b) => a.sort - b.sort);
}

/** Rows of one table that belong to one member. */
export function ofMember<T extends Owned>(
  reader: Reader,
  table: TableName,
  member: MemberRow,
): T[] {
  return reader
    .all<T>(table)
    .filter((row) => row.memberId === member.id && row.spaceId === member.spaceId);
}

/** The member of `space` with this email (any case), or undefined. */
export function memberByEmail(
  reader: Reader,
  space: SpaceRow,
  email: string,
): MemberRow | undefined {
  const wanted = email.trim().toLowerCase();
  return reader
    .all<MemberRow>(TABLES.members)
    .find((m) => m.spaceId === space.id && m.email === wanted);
}

/** A dev route's member, named by email, or 404. */
export function memberNamed(reader: Reader, space: SpaceRow, email: string): MemberRow {
  const member = memberByEmail(reader, space, email);
  if (!member) throw problem('not_found', `There is no member ${email} in ${space.name}.`);
  return member;
}

/**
 * One row the member owns, or 404: someone else's id answers exactly like an id that does
 * not exist, so ids reveal nothing (never 403).
 */
export function ownRow<T extends Owned>(
  reader: Reader,
  table: TableName,
  id: string,
  member: MemberRow,
  what: string,
): T {
  const row = reader.get<T>(table, id);
  if (!row || row.memberId !== member.id || row.spaceId !== member.spaceId) {
    throw problem('not_found', `There is no ${what} ${id}.`);
  }
  return row;
}

/** One row of the space, or 404: another space's id answers like an id that does not exist. */
export function spaceRow<T extends Row & {spaceId: string}>(
  reader: Reader,
  table: TableName,
  id: string,
  space: SpaceRow,
  what: string,
): T {
  const row = reader.get<T>(table, id);
  if (!row || row.spaceId !== space.id) throw problem('not_found', `There is no ${what} ${id}.`);
  return row;
}

export function resourceOf(reader: Reader, spaceId: string, id: string): ResourceRow | undefined {
  const resource = reader.get<ResourceRow>(TABLES.resources, id);
  return resource?.spaceId === spaceId ? resource : undefined;
}

export function planOf(reader: Reader, planId: string): PlanRow {
  const plan = reader.get<PlanRow>(TABLES.plans, planId);
  if (!plan) throw new Error(`[Portico] Failed to find plan ${planId}: the state is inconsistent.`);
  return plan;
}

export const today = (space: SpaceRow, now: number): string => calendarDayOf(now, space.timeZone);
export const instant = (space: SpaceRow, ms: number): string => formatInstant(ms, space.timeZone);

export function memberBuckets(reader: Reader, member: MemberRow): CreditBucketRow[] {
  return ofMember<CreditBucketRow>(reader, TABLES.creditBuckets, member);
}

export function creditTotal(reader: Reader, member: MemberRow, nowIso: string): number {
  return availableCredits(memberBuckets(reader, member), nowIso);
}

/**
 * An `active` membership past its last day reads as `expired` (or `cancelled`, past the end
 * of a cancellation), one not started yet as `pending`.
 */
export function effectiveStatus(membership: MembershipRow, day: string): MembershipStatus {
  if (membership.status !== 'active') return membership.status;
  // A cancellation may end it after `validUntil` (the notice runs into the next period).
  const endsOn = membership.cancellation?.endsOn;
  if (endsOn !== undefined && endsOn < day) return 'cancelled';
  if (membership.validUntil !== null && membership.validUntil < day && !(endsOn && endsOn >= day))
    return 'expired';
  if (membership.validFrom > day) return 'pending';
  return 'active';
}

/** The membership to show: the active one, else a pending one, else the most recent; null if none. */
export function currentMembership(
  reader: Reader,
  member: MemberRow,
  day: string,
): MembershipRow | null {
  const memberships = ofMember<MembershipRow>(reader, TABLES.memberships, member).sort((a, b) =>
    b.validFrom.localeCompare(a.validFrom),
  );
  return (
    memberships.find((m) => effectiveStatus(m, day) === 'active') ??
    memberships.find((m) => effectiveStatus(m, day) === 'pending') ??
    memberships[0] ??
    null
  );
}

/** The membership in force today, or null. */
export function activeMembership(
  reader: Reader,
  member: MemberRow,
  day: string,
): MembershipRow | null {
  const current = currentMembership(reader, member, day);
  return current && effectiveStatus(current, day) === 'active' ? current : null;
}

/** Newest first by a timestamp field, ties broken by id so pages are stable. */
export function newestFirst<T extends Row>(rows: T[], field: keyof T & string): T[] {
  // Parsed, not compared as text: offsets change across DST, so text order can be wrong.
  const at = (row: T) => Date.parse(String(row[field]));
  return rows.sort((a, b) => at(b) - at(a) || compareIds(b.id, a.id));
}

export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', {numeric: true});
}

/**
 * One page of `items` after the `cursor` (the id of the previous page's last item).
 * An unknown cursor is a 400 naming `query.cursor`.
 */
export function paginate<T extends Row>(
  items: T[],
  query: {cursor?: string | undefined; limit?: number | undefined},
  defaultLimit = 50,
): {page: T[]; nextCursor: string | null} {
  const limit = query.limit ?? defaultLimit;
  let start = 0;
  if (query.cursor !== undefined) {
    const index = items.findIndex((item) => item.id === query.cursor);
    if (index < 0)
      throw problem('validation_failed', 'query.cursor: Unknown or expired cursor', {
        errors: [{field: 'query.cursor', message: 'Unknown or expired cursor'}],
      });
    start = index + 1;
  }
  const page = items.slice(start, start + limit);
  const last = page.at(-1);
  return {page, nextCursor: start + limit < items.length && last ? last.id : null};
}
