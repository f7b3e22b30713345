/** Entries of an entries-based membership, and the once-a-day check-in that uses one. */
import type {CheckIn, CheckInResult, Entries} from '@portico/sdk/contract';
import {openIntervalsOn} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import type {Reader} from '../../state/lookups.js';
import {
  activeMembership,
  instant,
  newestFirst,
  ofMember,
  planOf,
  today,
} from '../../state/lookups.js';
import type {CheckInRow, MemberRow, SpaceRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {requireTerms} from '../shared/guards.js';

export const toCheckIn = (row: CheckInRow): CheckIn => ({day: row.day, at: row.at});

/** Entries of the member's active entries-based membership (all zero without one). */
export function entriesOf(reader: Reader, member: MemberRow, space: SpaceRow, now: number) {
  const day = today(space, now);
  const checkIns = newestFirst(ofMember<CheckInRow>(reader, TABLES.checkIns, member), 'at');
  const membership = activeMembership(reader, member, day);
  const plan = membership ? planOf(reader, membership.planId) : null;
  const counted = membership && plan?.kind === 'entries' ? membership : null;
  const total = counted ? (plan?.benefits.entries ?? 0) : 0;
  const used = counted ? checkIns.filter((c) => c.membershipId === counted.id).length : 0;
  const entries: Entries = {
    total,
    used,
    remaining: Math.max(0, total - used),
    validFrom: counted?.validFrom ?? null,
    validUntil: counted?.validUntil ?? null,
    checkedInToday: checkIns.some((c) => c.day === day),
    history: checkIns.map(toCheckIn),
  };
  return {entries, day, membership, plan, todays: checkIns.find((c) => c.day === day)};
}

/** A check-in is a visit: only while the space is open (its weekly hours, minus closures). */
export function requireOpen(space: SpaceRow, day: string, now: number): void {
  const open = openIntervalsOn(day, space.openingHours, space.timeZone, space.closures);
  if (open.some((o) => o.start <= now && now < o.end)) return;
  throw problem(
    'outside_opening_hours',
    open.length === 0
      ? `${space.name} is closed today; check in on a day it is open.`
      : `${space.name} is closed at this hour; check in during its opening hours.`,
  );
}

/**
 * Checks the member in today: once a day (again answers the same check-in and uses nothing),
 * with entries left on an entries-based membership, while the space is open.
 */
export function checkIn(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  now: number,
): CheckInResult {
  requireTerms(member, space);
  const {entries, day, membership, plan, todays} = entriesOf(tx, member, space, now);
  // Once a day: checking in again answers the same check-in and uses nothing.
  if (todays)
    return {checkIn: toCheckIn(todays), remaining: entries.remaining, alreadyCheckedIn: true};
  if (!membership || !plan)
    throw problem('no_active_membership', 'Checking in needs an active membership.');
  if (plan.kind !== 'entries') {
    throw problem(
      'no_active_membership',
      `Your plan (${plan.name}) does not count entries; just come in.`,
    );
  }
  if (entries.remaining <= 0)
    throw problem('no_entries_left', `All ${entries.total} entries of this period are used.`);
  requireOpen(space, day, now);
  const row = tx.put<CheckInRow>(TABLES.checkIns, {
    id: nextId(tx, 'chk'),
    spaceId: space.id,
    memberId: member.id,
    membershipId: membership.id,
    day,
    at: instant(space, now),
  });
  return {checkIn: toCheckIn(row), remaining: entries.remaining - 1, alreadyCheckedIn: false};
}
