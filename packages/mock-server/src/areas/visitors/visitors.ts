/** Visitors a member registers, the space's rules for them, and the front desk's arrival. */
import type {VisitorInput, VisitorPatch, VisitorRules, Visitors} from '@portico/sdk/contract';
import {addDays, zonedDateTimeToInstant} from '@portico/sdk/domain';
import {problem} from '../../problem.js';
import type {Transaction} from '../../state/db.js';
import {nextId} from '../../state/ids.js';
import type {Reader} from '../../state/lookups.js';
import {activeMembership, instant, ofMember, ownRow, today, spaceRow} from '../../state/lookups.js';
import type {MemberRow, SpaceRow, VisitorRow, VisitorSettingsRow} from '../../state/rows.js';
import {TABLES} from '../../state/rows.js';
import {notify} from '../shared/notify.js';

/** A space that set no rules: five visitors a day, for any active member. */
const DEFAULT_SETTINGS = {perDay: 5, planIds: null};

/** Past visits are kept 12 months, like the rest of the front desk's history. */
const HISTORY_DAYS = 366;

const toVisitor = ({spaceId: _s, memberId: _m, ...visitor}: VisitorRow) => visitor;

/** What the space allows this member today. */
export function visitorRules(reader: Reader, space: SpaceRow, member: MemberRow, now: number) {
  const settings =
    reader.get<VisitorSettingsRow>(TABLES.visitorSettings, space.id) ?? DEFAULT_SETTINGS;
  const membership = activeMembership(reader, member, today(space, now));
  const allowed =
    membership !== null &&
    (settings.planIds === null || settings.planIds.includes(membership.planId));
  return {perDay: settings.perDay, allowed} satisfies VisitorRules;
}

/** Upcoming visits soonest first; past ones (and no-shows) newest first, 12 months back. */
export function visitorsOf(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  now: number,
): Visitors {
  const day = today(space, now);
  const since = addDays(day, -HISTORY_DAYS);
  const rows = ofMember<VisitorRow>(reader, TABLES.visitors, member);
  const key = (v: VisitorRow) => `${v.day}T${v.time}|${v.id}`;
  const upcoming = rows
    .filter((v) => v.status === 'expected' && v.day >= day)
    .sort((a, b) => key(a).localeCompare(key(b)));
  const past = rows
    .filter((v) => !upcoming.includes(v) && v.day >= since)
    .sort((a, b) => key(b).localeCompare(key(a)));
  return {
    upcoming: upcoming.map(toVisitor),
    past: past.map(toVisitor),
    rules: visitorRules(reader, space, member, now),
  };
}

/** A visit must be in the future, and the member under the day's limit. */
function checkVisit(
  reader: Reader,
  space: SpaceRow,
  member: MemberRow,
  visit: {day: string; time: string},
  now: number,
  except?: string,
): void {
  if (zonedDateTimeToInstant(visit.day, visit.time, space.timeZone) <= now) {
    throw problem('visitor_in_past', `${visit.day} ${visit.time} has passed: pick a later time.`);
  }
  const {perDay} = visitorRules(reader, space, member, now);
  const sameDay = ofMember<VisitorRow>(reader, TABLES.visitors, member).filter(
    (v) => v.day === visit.day && v.status !== 'cancelled' && v.id !== except,
  );
  if (sameDay.length >= perDay) {
    throw problem(
      'visitor_limit_reached',
      `${space.name} allows ${perDay} visitors a day per member; ${visit.day} is full.`,
    );
  }
}

export function registerVisitor(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  input: VisitorInput,
  now: number,
) {
  if (!visitorRules(tx, space, member, now).allowed) {
    throw problem('visitors_members_only', `Your plan at ${space.name} does not include visitors.`);
  }
  checkVisit(tx, space, member, input, now);
  const row: VisitorRow = {
    id: nextId(tx, 'vis'),
    spaceId: space.id,
    memberId: member.id,
    name: input.name.trim(),
    email: input.email ?? null,
    company: input.company ?? null,
    day: input.day,
    time: input.time,
    note: input.note ?? null,
    status: 'expected',
    arrivedAt: null,
    createdAt: instant(space, now),
  };
  return toVisitor(tx.put(TABLES.visitors, row));
}

function expectedVisitor(tx: Transaction, member: MemberRow, visitorId: string) {
  const row = ownRow<VisitorRow>(tx, TABLES.visitors, visitorId, member, 'visitor');
  if (row.status !== 'expected') {
    throw problem('visitor_not_expected', `Visitor ${visitorId} is already ${row.status}.`);
  }
  return row;
}

export function updateVisitor(
  tx: Transaction,
  space: SpaceRow,
  member: MemberRow,
  visitorId: string,
  patch: VisitorPatch,
  now: number,
) {
  const row = expectedVisitor(tx, member, visitorId);
  const next: VisitorRow = {
    ...row,
    ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
  };
  checkVisit(tx, space, member, next, now, row.id);
  return toVisitor(tx.put(TABLES.visitors, next));
}

export function cancelVisitor(tx: Transaction, member: MemberRow, visitorId: string) {
  const row = expectedVisitor(tx, member, visitorId);
  return toVisitor(tx.put<VisitorRow>(TABLES.visitors, {...row, status: 'cancelled'}));
}

/** The front desk greets the visitor; the host hears it at once. */
export function visitorArrived(tx: Transaction, space: SpaceRow, visitorId: string, now: number) {
  const row = spaceRow<VisitorRow>(tx, TABLES.visitors, visitorId, space, 'visitor');
  const host = tx.get<MemberRow>(TABLES.members, row.memberId);
  if (!host) throw problem('not_found', `There is no visitor ${visitorId}.`);
  expectedVisitor(tx, host, visitorId);
  const arrived = tx.put<VisitorRow>(TABLES.visitors, {
    ...row,
    status: 'arrived',
    arrivedAt: instant(space, now),
  });
  notify(tx, space, host, now, {
    kind: 'visitor.arrived',
    params: {visitorId: row.id, visitorName: row.name},
    title: `Your visitor ${row.name} has arrived`,
    body: `${row.name} is waiting for you at the front desk.`,
  });
  return toVisitor(arrived);
}
